namespace NewsParse.Cli.Evaluation;

/// <summary>
/// The rules of the shared scripts for trafilatura's evaluation set, one for one: score_trafilatura.py for the main text
/// (a snippet is found when its normalised text is a substring of the normalised body; counts pooled over the pages)
/// and score_traf_meta.py for the metadata (title equal by <see cref="ScoringText.MetaKey"/>, every labelled name in a
/// byline not much longer than the names, the same day). Stateless and thread-safe.
/// </summary>
internal static class TrafilaturaRules
{
    /// <summary>(tp, fp, fn, tn) of one page: <paramref name="with"/> snippets found, <paramref name="without"/> snippets found, and the rest; a page with no output (null) finds nothing.</summary>
    public static SnippetCounts Count(IReadOnlyList<string> with, IReadOnlyList<string> without, string? body)
    {
        if (body is null) return new SnippetCounts(0, 0, with.Count, without.Count);
        var text = ScoringText.Norm(body);
        int hits = with.Count(s => text.Contains(ScoringText.Norm(s), StringComparison.Ordinal));
        int falseHits = without.Count(s => text.Contains(ScoringText.Norm(s), StringComparison.Ordinal));
        return new SnippetCounts(hits, falseHits, with.Count - hits, without.Count - falseHits);
    }

    /// <summary>True when the headline equals the labelled title after <see cref="ScoringText.MetaKey"/>.</summary>
    public static bool TitleOk(string? headline, string title) => ScoringText.MetaKey(headline) == ScoringText.MetaKey(title);

    /// <summary>
    /// True when every labelled name is in the byline (both by <see cref="ScoringText.MetaKey"/>, a leading "by", "von",
    /// "par" or "por" of the byline dropped) and the byline is at most 1.5 times the names joined with "; " plus 10 characters.
    /// </summary>
    public static bool AuthorOk(string? byline, IReadOnlyList<string> names)
    {
        var keys = names.Where(n => !string.IsNullOrEmpty(n)).Select(ScoringText.MetaKey).ToList();
        var got = WithoutByPrefix(ScoringText.MetaKey(byline));
        return got.Length > 0 && keys.TrueForAll(k => got.Contains(k, StringComparison.Ordinal)) && got.Length <= 1.5 * string.Join("; ", keys).Length + 10;
    }

    /// <summary>The text without a leading "by ", "von ", "par " or "por " (followed by any white space), as <c>re.sub(r'^(by|von|par|por)\s+', '', s)</c>.</summary>
    public static string WithoutByPrefix(string text)
    {
        foreach (var prefix in new[] { "by", "von", "par", "por" })
        {
            if (!text.StartsWith(prefix, StringComparison.Ordinal) || text.Length <= prefix.Length || !ScoringText.IsSpace(text[prefix.Length])) continue;
            int end = prefix.Length;
            while (end < text.Length && ScoringText.IsSpace(text[end])) end++;
            return text[end..];
        }
        return text;
    }

    /// <summary>True when the published date falls on the labelled day (yyyy-mm-dd).</summary>
    public static bool DateOk(string? published, string day) => ScoringText.Day(published) == day;
}
