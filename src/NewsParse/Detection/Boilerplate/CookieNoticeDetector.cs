using System.Globalization;
using NewsParse.Detection.Lexicons;
using NewsParse.Model;

namespace NewsParse.Detection.Boilerplate;

/// <summary>A cookie or consent banner: cookie words, several consent cues, and little in common with the article.</summary>
internal static class CookieNoticeDetector
{
    public static BoilerplateVerdict? Detect(DetectionContext c)
    {
        if (c.Shape.Words > 120) return null;
        // The cue lexicon first: its scan is gated word by word, cheaper than the substring searches of NamesCookies.
        int cues = CookieLexicon.Cues.CountDistinct(c.Words);
        if (cues < 2 || !NamesCookies(c.Lower)) return null;
        var (cohesion, _) = c.Cohesion();
        return cohesion < 0.5
            ? new BoilerplateVerdict(BoilerplateKind.CookieNotice, string.Create(CultureInfo.InvariantCulture, $"{cues} cookie and consent cues, off the article's topic (cohesion {cohesion:0.00})"))
            : null;
    }

    private static readonly string[] CookieWords = ["cookie", "consent", "кук", "çerez"];

    /// <summary>
    /// True when the lower-cased text names cookies or consent. One vectorised substring search per word: a single
    /// multi-string search (SearchValues) falls back to a scalar Aho-Corasick automaton for non-ASCII words and was a
    /// quarter of the plain-text pipeline's time.
    /// </summary>
    private static bool NamesCookies(ReadOnlySpan<char> lower)
    {
        foreach (var word in CookieWords)
        {
            if (lower.IndexOf(word.AsSpan(), StringComparison.Ordinal) >= 0) return true;
        }
        return false;
    }
}
