using NewsParse.Detection.Lexicons;
using NewsParse.Model;

namespace NewsParse.Detection.Boilerplate;

/// <summary>A short copyright or legal line ("© 2025 Site. All rights reserved.").</summary>
internal static class FooterDetector
{
    public static BoilerplateVerdict? Detect(DetectionContext c)
    {
        if (c.Shape.Words > 40) return null;
        var cue = FooterLexicon.Cues.FindFirst(c.Words);
        if (cue is null) return null;
        bool strong = cue is "©" or "copyright" || cue.Contains("reserv", StringComparison.Ordinal) || cue.Length > 12;
        return strong || FooterLexicon.Cues.CountDistinct(c.Words) >= 2
            ? new BoilerplateVerdict(BoilerplateKind.Footer, $"a short legal line (\"{cue}\")")
            : null;
    }
}
