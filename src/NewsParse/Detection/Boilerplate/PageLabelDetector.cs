using NewsParse.Detection.Lexicons;
using NewsParse.Model;

namespace NewsParse.Detection.Boilerplate;

/// <summary>
/// Short lines of page furniture that text dumps keep: a photo credit ("Photo: Reuters"), a tag list ("Tags: China,
/// Russia"), a comments title ("Leave a Reply"), article navigation ("Next article", breadcrumbs such as
/// "Home › World › Asia") and an author box title ("About the author").
/// </summary>
internal static class PageLabelDetector
{
    public static BoilerplateVerdict? Detect(DetectionContext c)
    {
        var shape = c.Shape;
        var words = c.Words;
        if (shape.Words <= MaxCaptionWords && PageLabelLexicon.FigurePrefixes.FindPrefix(words) is { } figure && NumberedLabelFollows(c.Lower, figure))
            return new BoilerplateVerdict(BoilerplateKind.Caption, $"a figure caption (\"{figure} …:\")");
        if (shape.Words > 25) return null;
        if (shape.Words <= 14 && PageLabelLexicon.CreditPrefixes.FindPrefix(words) is { } credit && LabelFollows(c.Lower, credit))
            return new BoilerplateVerdict(BoilerplateKind.Caption, $"a credit line (\"{credit}:\")");
        if (shape.Words <= 12 && !shape.EndsSentence && PageLabelLexicon.CreditNames.CountDistinct(words) > 0
            && (c.Lower is ['(', ..] || c.Lower.Contains('/') || c.Lower.Contains('|') || shape.Words <= 4))
            return new BoilerplateVerdict(BoilerplateKind.Caption, "a credit naming a photo agency");
        if (PageLabelLexicon.TagPrefixes.FindPrefix(words) is { } tags && LabelFollows(c.Lower, tags))
            return new BoilerplateVerdict(BoilerplateKind.Tags, $"a tag list (\"{tags}:\")");
        if (shape.Words <= 6 && PageLabelLexicon.CommentTitles.IsWhole(words))
            return new BoilerplateVerdict(BoilerplateKind.Comments, "a comments title standing alone");
        if (shape.Words <= 8 && PageLabelLexicon.AuthorBoxTitles.IsWhole(words))
            return new BoilerplateVerdict(BoilerplateKind.AuthorBox, "an author box title standing alone");
        if (shape.Words <= 6 && PageLabelLexicon.ReadingTimes.FindFirst(words) is { } reading && c.Lower.IndexOfAnyInRange('0', '9') >= 0)
            return new BoilerplateVerdict(BoilerplateKind.Other, $"a reading-time label (\"{reading}\")");
        if (shape.Words <= 12 && (PageLabelLexicon.NavigationLabels.IsWhole(words) || IsBreadcrumb(c.Lower, shape.Words)))
            return new BoilerplateVerdict(BoilerplateKind.Navigation, "a navigation line (breadcrumb or previous/next link)");
        if (shape.Words <= 20 && PageLabelLexicon.NavigationLabels.FindPrefix(words) is { } nav && nav.Contains(' ') && LabelFollows(c.Lower, nav))
            return new BoilerplateVerdict(BoilerplateKind.Navigation, $"a link to another article (\"{nav}:\")");
        return null;
    }

    /// <summary>True when the label is followed by a colon or dash, as in "Photo: Reuters" (not "Photos show...").</summary>
    private static bool LabelFollows(ReadOnlySpan<char> lower, string label)
    {
        int at = lower.IndexOf(label.AsSpan(), StringComparison.Ordinal);
        if (at < 0) return false;
        at += label.Length;
        while (at < lower.Length && lower[at] == ' ') at++;
        return at < lower.Length && lower[at] is ':' or '：' or '-' or '–' or '—' or '|';
    }

    /// <summary>Most words of a figure caption read as such.</summary>
    public const int MaxCaptionWords = 80;

    /// <summary>
    /// True when the figure word is followed by its number or letter and a colon, full stop or dash ("Abbildung 4:",
    /// "Fig. 2.", "Figure 3 –"), or directly by a colon ("Abbildung: …"): not "Figure skating: …", "Abbildung 4 zeigt …".
    /// </summary>
    private static bool NumberedLabelFollows(ReadOnlySpan<char> lower, string label)
    {
        int at = lower.IndexOf(label.AsSpan(), StringComparison.Ordinal);
        if (at < 0) return false;
        at += label.Length;
        if (at < lower.Length && lower[at] == '.') at++;  // "fig.", "abb."
        while (at < lower.Length && lower[at] == ' ') at++;
        int number = at;
        while (at < lower.Length && (char.IsDigit(lower[at]) || (at > number && lower[at] is '.' or '-' or ')' && at + 1 < lower.Length && char.IsLetterOrDigit(lower[at + 1])))) at++;
        if (at == number && at < lower.Length && char.IsLetter(lower[at]) && at + 1 < lower.Length && lower[at + 1] is ':' or ')' or '.') at++;  // "Figure A:"
        bool numbered = at > number;
        while (at < lower.Length && lower[at] == ' ') at++;
        if (at >= lower.Length) return false;
        return lower[at] is ':' or '：' || (numbered && lower[at] is '.' or '–' or '—' or '-' or '|' or ')');
    }

    /// <summary>"Home › World › Asia": three short items or more joined by spaced breadcrumb separators.</summary>
    private static bool IsBreadcrumb(ReadOnlySpan<char> lower, int words)
    {
        int separators = 0;
        for (int i = 1; i + 1 < lower.Length; i++)
        {
            if (lower[i] is '›' or '»' or '>' or '/' or '→' or '|' && lower[i - 1] == ' ' && lower[i + 1] == ' ') separators++;
        }
        return separators >= 2 && words <= separators * 4 + 4;
    }
}
