namespace NewsParse.Detection.Cohesion;

/// <summary>
/// Lexical cohesion of a block with the article around it: the share of the block's distinct topic terms that the
/// context also uses, each weighted by how often the context uses it (a term seen three times or more counts fully,
/// once a third). An on-topic heading scores 0.5 to 1; the headline of another article injected in the text, 0 to 0.2.
/// </summary>
/// <remarks>
/// In a script written without spaces the terms are overlapping character pairs, and a pair that straddles two words
/// ("典大" in "祭典大臣") is a word boundary the text never shows, not evidence against the topic: a pair the context
/// does not use counts as much as the weaker of its two overlapping neighbours when both are used.
/// </remarks>
internal static class CohesionScorer
{
    /// <summary>Occurrences in the context at which a term counts fully.</summary>
    public const int Saturation = 3;

    /// <summary>
    /// The score, 0 to 1, and the number of distinct terms it was computed from (0 gives a score of 1: no evidence).
    /// When <paramref name="selfCounted"/> is true the context includes the block's own terms, which are discounted.
    /// </summary>
    public static (double Score, int Terms) Score(ReadOnlySpan<Term> blockTerms, TermCounts context, bool selfCounted)
    {
        if (blockTerms.IsEmpty) return (1, 0);
        double sum = 0;
        int distinct = 0;
        HashSet<Term>? seen = blockTerms.Length > 32 ? new HashSet<Term>(blockTerms.Length) : null;
        for (int i = 0; i < blockTerms.Length; i++)
        {
            var term = blockTerms[i];
            if (seen is not null ? !seen.Add(term) : blockTerms[..i].Contains(term)) continue;
            distinct++;
            double weight = Weight(blockTerms, i, context, selfCounted);
            if (weight == 0 && i > 0 && i + 1 < blockTerms.Length && Overlaps(blockTerms[i - 1], term) && Overlaps(term, blockTerms[i + 1]))
                weight = Math.Min(Weight(blockTerms, i - 1, context, selfCounted), Weight(blockTerms, i + 1, context, selfCounted));
            sum += weight;
        }
        return (sum / distinct, distinct);
    }

    /// <summary>How much the context uses the term at <paramref name="i"/>: 0 to 1, saturating at <see cref="Saturation"/> uses.</summary>
    private static double Weight(ReadOnlySpan<Term> blockTerms, int i, TermCounts context, bool selfCounted)
    {
        var term = blockTerms[i];
        int n = context[term];
        if (selfCounted)
        {
            foreach (var own in blockTerms) if (own == term) n--;
        }
        return Math.Min(Math.Max(n, 0), Saturation) / (double)Saturation;
    }

    /// <summary>True when both are character pairs of a script without spaces and the second starts where the first ends ("祭典", "典大").</summary>
    private static bool Overlaps(Term first, Term second) =>
        first.Length == 2 && second.Length == 2 && BlockWords.IsSpacelessScript(first[0]) && first[1] == second[0];
}
