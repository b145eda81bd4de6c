namespace NewsParse.Tests.Html.Conformance;

/// <summary>
/// How far a parser's tree agrees with the expected one, at three levels, each implying the one before:
/// the same text (all text runs in document order); every character of text under the same chain of ancestor element
/// names; the identical tree (elements, namespaces, attributes and text; comments and the doctype left out).
/// </summary>
internal readonly record struct TreeAgreement(bool SameText, bool SameAncestors, bool SameTree)
{
    /// <summary>Compares <paramref name="actual"/> with <paramref name="expected"/> (both normalised html elements).</summary>
    public static TreeAgreement Of(ComparableNode expected, ComparableNode actual)
    {
        bool sameText = expected.AllText() == actual.AllText();
        bool sameAncestors = sameText && Chains(expected).SequenceEqual(Chains(actual));
        bool sameTree = sameAncestors && expected.Dump() == actual.Dump();
        return new TreeAgreement(sameText, sameAncestors, sameTree);
    }

    /// <summary>Each text run with its ancestor chain, split so that both trees give the same characters the same runs when they agree.</summary>
    private static IEnumerable<(string Chain, char Character)> Chains(ComparableNode root)
    {
        foreach (var (node, _) in root.Descendants())
        {
            if (!node.IsText) continue;
            var chain = node.AncestorChain();
            foreach (char c in node.Text!) yield return (chain, c);
        }
    }
}
