using NewsParse.Detection.Lexicons;
using NewsParse.Model;

namespace NewsParse.Detection.Boilerplate;

/// <summary>
/// A lead-in to another article placed in the text: a short label closed by a colon, and the other article's title
/// after it ("Lea también: Impiden ingreso a Nicaragua a reportero", "LE PUEDE INTERESAR: …", "Lesen Sie hier: …",
/// "Our Standards: The Thomson Reuters Trust Principles."). Told by its shape: a label of at most
/// <see cref="MaxLabelWords"/> words, then a title of one phrase; and by one of two kinds of evidence: the page's
/// links (the title is a link, the label is not: what is not link text is the label), or, without links (a text
/// dump, a heading), a label made of a word that sends the reader elsewhere (<see cref="LeadInLexicon"/>: read, see,
/// also, related, interest...) with at most one other word that is not a function word ("LE PUEDE INTERESAR",
/// "PUEDES VER"). A label of a paragraph that goes on as running text ("Kontakt zu den Behörden: …" has no lead-in
/// word; "Hintergrund: Die Polizei ermittelt." is a sentence) is not a lead-in.
/// </summary>
internal static class LeadInDetector
{
    /// <summary>Most words of the label.</summary>
    public const int MaxLabelWords = 4;

    /// <summary>Most characters before the label's colon.</summary>
    public const int MaxLabelChars = 40;

    /// <summary>Most words of the title after the label.</summary>
    public const int MaxTitleWords = 25;

    /// <summary>Least share of the block's text in links for the page's links to be the evidence.</summary>
    public const double MinLinkDensity = 0.5;

    public static BoilerplateVerdict? Detect(DetectionContext c)
    {
        var shape = c.Shape;
        if (shape.Words < 3 || shape.Words > MaxLabelWords + MaxTitleWords) return null;
        var text = c.Block.Text;
        int colon = text.AsSpan(0, Math.Min(text.Length, MaxLabelChars + 1)).IndexOfAny(':', '：');
        // "10:30", "https://...": a colon inside a word or number ends no label.
        if (colon <= 0 || (text[colon] == ':' && colon + 1 < text.Length && !char.IsWhiteSpace(text[colon + 1]))) return null;
        var words = c.Words;
        int labelWords = 0;
        while (labelWords < words.Count && words.StartOf(labelWords) < colon) labelWords++;
        if (labelWords == 0 || labelWords > MaxLabelWords || shape.Words - labelWords < 2 || shape.Words - labelWords > MaxTitleWords) return null;

        // The page's evidence: the label is not link text, and what is not link text is no more than the label (or a
        // label per link: "Next: … Previous: …"). A link that holds its label too is a title standing alone (RelatedLinkDetector).
        double plain = text.Length * (1 - c.Block.LinkDensity);
        if (c.Block.FromHtml && c.Block.LinkDensity >= MinLinkDensity && plain >= 0.8 * colon && plain <= 2 * (colon + 2) + 4)
            return new BoilerplateVerdict(BoilerplateKind.RelatedLink, $"a lead-in (\"{Label(text, colon)}:\") and a link after it");

        // Without links: the title is one phrase, and the label's words send the reader elsewhere.
        if (shape.SentenceBreaks > 0 || shape.EndsSentence) return null;
        if ((words.LexiconMask & (1UL << (int)LexiconId.LeadInWords)) == 0 && !words.HasSpacelessScript) return null;
        bool sends = false;
        int others = 0;
        for (int i = 0; i < labelWords; i++)
        {
            if (LeadInLexicon.Words.MatchAt(words, i, out _) is not null
                || (BlockWords.IsSpacelessScript(words[i][0]) && LeadInLexicon.Words.FindIn(words[i], 0, out _) >= 0))
                sends = true;
            else if (words[i].Length > 3 && !words.IsFunctionWordAt(i) && ++others > 1)
                return null;
        }
        return sends
            ? new BoilerplateVerdict(BoilerplateKind.RelatedLink, $"a lead-in that sends the reader elsewhere (\"{Label(text, colon)}:\") before a title")
            : null;
    }

    private static string Label(string text, int colon) => text[..colon].Trim();
}
