using NewsParse.Detection.Lexicons;
using NewsParse.Model;

namespace NewsParse.Detection.Boilerplate;

/// <summary>A share bar: a short line made mostly of share words and network names ("Share this: Facebook X WhatsApp").</summary>
internal static class ShareBarDetector
{
    public static BoilerplateVerdict? Detect(DetectionContext c)
    {
        if (c.Shape.Words > 14 || c.Shape.EndsSentence) return null;
        int covered = ShareLexicon.Cues.CoveredChars(c.Words) + SocialLexicon.Networks.CoveredChars(c.Words);
        int letters = c.Words.WordChars;
        if (letters == 0 || ShareLexicon.Cues.CountDistinct(c.Words) == 0) return null;
        return covered >= letters * 0.6
            ? new BoilerplateVerdict(BoilerplateKind.ShareBar, "a short line of share words and network names")
            : null;
    }
}
