using System.Text.RegularExpressions;

namespace NewsParse.Cli.Evaluation;

/// <summary>
/// The rules of score_meta.py for Readability's expected metadata, one for one: titles equal after white space is
/// collapsed and case lowered, or one is the other's first part before a " | Site" / " - Site" separator; bylines equal
/// without a leading "By"; dates on the same day; site names equal; languages on the primary subtag. Stateless and thread-safe.
/// </summary>
internal static partial class ReadabilityRules
{
    [GeneratedRegex(@"\s+[|\-–—:·»]\s+")]
    private static partial Regex TitleSeparator();

    [GeneratedRegex(@"^\s*[|\-–—:·»]")]
    private static partial Regex StartsWithSeparator();

    /// <summary>White space collapsed and trimmed (score_meta.py's <c>ws</c>).</summary>
    public static string Ws(string? text) => ScoringText.Norm(text);

    /// <summary>score_meta.py's <c>title_ok</c>.</summary>
    public static bool TitleOk(string? got, string? expected)
    {
        var g = Ws(got).ToLowerInvariant();
        var e = Ws(expected).ToLowerInvariant();
        if (e.Length == 0) return g.Length == 0;
        if (g == e) return true;
        if (g.Length > 0 && g.Length >= 8 && TitleSeparator().Split(e)[0] == g) return true;
        return g.Length > 0 && e.StartsWith(g, StringComparison.Ordinal) && StartsWithSeparator().IsMatch(e.Length > g.Length ? e[g.Length..] : "x");
    }

    /// <summary>score_meta.py's <c>by_ok</c>: equal after white space, case and a leading "by", "von", "par" or "por".</summary>
    public static bool BylineOk(string? got, string expected) => Byline(got) == Byline(expected);

    private static string Byline(string? text) => TrafilaturaRules.WithoutByPrefix(Ws(text).ToLowerInvariant());

    /// <summary>The same day (yyyy-mm-dd), or both without one.</summary>
    public static bool DayOk(string? got, string? expected) => ScoringText.Day(got) == ScoringText.Day(expected);

    /// <summary>Site names equal after white space and case.</summary>
    public static bool SiteOk(string? got, string expected) => string.Equals(Ws(got).ToLowerInvariant(), Ws(expected).ToLowerInvariant(), StringComparison.Ordinal);

    /// <summary>The same primary language subtag ("en-US" and "en"); no language is never right.</summary>
    public static bool LanguageOk(string? got, string expected)
    {
        var g = Ws(got).ToLowerInvariant().Split('-')[0];
        return (g.Length == 0 ? "?" : g) == Ws(expected).ToLowerInvariant().Split('-')[0];
    }
}
