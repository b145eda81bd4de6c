namespace NewsParse.Detection.Lexicons;

/// <summary>Which phrase set a <see cref="PhraseSet"/> is: its bit in the <see cref="LexiconIndex"/> (at most 64 sets).</summary>
internal enum LexiconId
{
    AdvertisementLabels,
    CookieCues,
    FaqTitles,
    FooterRights,
    FooterLinks,
    NewsletterCues,
    CreditPrefixes,
    CreditNames,
    TagPrefixes,
    CommentTitles,
    NavigationLabels,
    AuthorBoxTitles,
    RelatedPrefixes,
    ShareCues,
    SocialNetworks,
    SocialChannels,
    SocialCallVerbs,
    SocialRequests,
    SocialOwnWords,
    SocialReaderWords,
    TableOfContentsTitles,
}
