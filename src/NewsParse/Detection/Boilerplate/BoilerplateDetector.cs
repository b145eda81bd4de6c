namespace NewsParse.Detection.Boilerplate;

/// <summary>Runs the boilerplate detectors in order of specificity; the first that recognises the block decides its kind.</summary>
internal static class BoilerplateDetector
{
    /// <summary>The verdict of the first detector that recognises the block; null when none does. Called directly, in order (a delegate to a static method costs a thunk per call, and this runs for every block).</summary>
    public static BoilerplateVerdict? Detect(DetectionContext context) =>
        AdvertisementDetector.Detect(context)
        ?? TableOfContentsDetector.Detect(context)
        ?? CookieNoticeDetector.Detect(context)
        ?? FooterDetector.Detect(context)
        ?? NewsletterDetector.Detect(context)
        ?? ShareBarDetector.Detect(context)
        ?? ArticleActionDetector.Detect(context)
        ?? SocialPromptDetector.Detect(context)
        ?? PromoDetector.Detect(context)
        ?? ArticleNoteDetector.Detect(context)
        ?? PageLabelDetector.Detect(context)
        ?? ContactDetector.Detect(context)
        ?? LeadInDetector.Detect(context)
        ?? RelatedLinkDetector.Detect(context);
}
