namespace NewsParse.Detection.Boilerplate;

/// <summary>Runs the boilerplate detectors in order of specificity; the first that recognises the block decides its kind.</summary>
internal static class BoilerplateDetector
{
    private static readonly Func<DetectionContext, BoilerplateVerdict?>[] Detectors =
    [
        AdvertisementDetector.Detect,
        TableOfContentsDetector.Detect,
        CookieNoticeDetector.Detect,
        FooterDetector.Detect,
        NewsletterDetector.Detect,
        ShareBarDetector.Detect,
        SocialPromptDetector.Detect,
        PageLabelDetector.Detect,
        RelatedLinkDetector.Detect,
    ];

    public static BoilerplateVerdict? Detect(DetectionContext context)
    {
        foreach (var detect in Detectors)
        {
            if (detect(context) is { } verdict) return verdict;
        }
        return null;
    }
}
