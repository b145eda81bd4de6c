using System.Globalization;
using NewsParse.Detection.Lexicons;
using NewsParse.Model;

namespace NewsParse.Detection.Boilerplate;

/// <summary>A newsletter sign-up box: several sign-up cues in a short block that is off the article's topic.</summary>
internal static class NewsletterDetector
{
    public static BoilerplateVerdict? Detect(DetectionContext c)
    {
        if (c.Shape.Words > 60) return null;
        int cues = NewsletterLexicon.Cues.CountDistinct(c.Words);
        if (cues < 2 && !(c.Shape.Words <= 6 && c.Lower.IndexOf("newsletter".AsSpan(), StringComparison.Ordinal) >= 0)) return null;
        var (cohesion, _) = c.Cohesion();
        return cohesion < 0.5
            ? new BoilerplateVerdict(BoilerplateKind.Newsletter, string.Create(CultureInfo.InvariantCulture, $"{cues} newsletter sign-up cues, off the article's topic (cohesion {cohesion:0.00})"))
            : null;
    }
}
