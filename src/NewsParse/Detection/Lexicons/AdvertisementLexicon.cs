namespace NewsParse.Detection.Lexicons;

/// <summary>Labels of ads and sponsored content, in the main languages of news sites.</summary>
internal static class AdvertisementLexicon
{
    /// <summary>A line that is only one of these is an ad label.</summary>
    public static readonly PhraseSet Labels = new(LexiconId.AdvertisementLabels,
        "advertisement", "advertising", "advert", "ad", "ads", "sponsored", "sponsored content", "paid content", "paid post", "promoted", "promoted content",
        "partner content", "paid partnership", "sponsored by", "presented by", "affiliate link", "affiliate links", "affiliatelink", "affiliatelinks", "affiliate-links", "enlaces de afiliados", "liens affiliés", "link affiliati", "story continues below advertisement", "article continues below advertisement", "continue reading below",
        "scroll to continue with content", "content continues below", "anzeige", "werbung", "publicidad", "publicité", "pub", "publicidade",
        "pubblicità", "advertentie", "reklama", "реклама", "reklam", "iklan", "विज्ञापन", "বিজ্ঞাপন", "إعلان", "تبلیغات", "广告", "廣告", "広告", "광고", "โฆษณา");
}
