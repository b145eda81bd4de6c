using NewsParse.Detection.Lexicons;
using NewsParse.Model;

namespace NewsParse.Detection.Boilerplate;

/// <summary>A short copyright or legal line: "© 2025 Site. All rights reserved.", or two legal links or more ("Privacy Policy | Terms of Use").</summary>
internal static class FooterDetector
{
    public static BoilerplateVerdict? Detect(DetectionContext c)
    {
        if (c.Shape.Words > 40) return null;
        if (FooterLexicon.Rights.FindFirst(c.Words) is { } rights)
            return new BoilerplateVerdict(BoilerplateKind.Footer, $"a short rights notice (\"{rights}\")");
        int links = FooterLexicon.Links.CountDistinct(c.Words);
        return links >= 2 && c.Shape.Words <= 20
            ? new BoilerplateVerdict(BoilerplateKind.Footer, $"a short line of {links} legal or site links")
            : null;
    }
}
