using NewsParse.Detection.Lexicons;
using NewsParse.Model;

namespace NewsParse.Detection.Boilerplate;

/// <summary>A cookie or consent banner: cookie words, several consent cues, and little in common with the article.</summary>
internal static class CookieNoticeDetector
{
    public static BoilerplateVerdict? Detect(DetectionContext c)
    {
        if (c.Shape.Words > 120) return null;
        // The cheap word test first: most blocks name no cookie and need no scan of the cue lexicon.
        if (!(c.Lower.Contains("cookie", StringComparison.Ordinal) || c.Lower.Contains("consent", StringComparison.Ordinal)
            || c.Lower.Contains("кук", StringComparison.Ordinal) || c.Lower.Contains("çerez", StringComparison.Ordinal))) return null;
        int cues = CookieLexicon.Cues.CountDistinct(c.Words);
        if (cues < 2) return null;
        var (cohesion, _) = c.Cohesion();
        return cohesion < 0.5
            ? new BoilerplateVerdict(BoilerplateKind.CookieNotice, $"{cues} cookie and consent cues, off the article's topic (cohesion {cohesion:0.00})")
            : null;
    }
}
