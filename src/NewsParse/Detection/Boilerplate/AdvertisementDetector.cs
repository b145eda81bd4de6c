using NewsParse.Detection.Lexicons;
using NewsParse.Model;

namespace NewsParse.Detection.Boilerplate;

/// <summary>An ad label standing alone ("Advertisement", "Anzeige", "Story continues below advertisement").</summary>
internal static class AdvertisementDetector
{
    public static BoilerplateVerdict? Detect(DetectionContext c) =>
        c.Shape.Words <= 8 && AdvertisementLexicon.Labels.IsWhole(c.Words)
            ? new BoilerplateVerdict(BoilerplateKind.Advertisement, "an advertisement label standing alone")
            : null;
}
