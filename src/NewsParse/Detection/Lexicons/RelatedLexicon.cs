namespace NewsParse.Detection.Lexicons;

/// <summary>Prefixes and titles that introduce links to other articles ("Also read:", "Related"), in the main languages of news sites.</summary>
internal static class RelatedLexicon
{
    /// <summary>A line starting with one of these introduces another article.</summary>
    public static readonly PhraseSet Prefixes = new(LexiconId.RelatedPrefixes,
        "also read", "read also", "read more", "read next", "related", "related story", "related stories", "related articles", "related news",
        "related coverage", "related reading", "more on this", "more from", "see also", "see more", "recommended", "recommended for you", "you may also like",
        "you might also like", "don't miss", "must read", "trending", "popular now", "most read", "latest news", "more stories", "watch",
        "lesen sie auch", "lesen sie mehr", "das könnte dich auch interessieren", "explore further", "empfohlene beiträge", "empfohlene artikel", "meistgelesen", "meistgelesene artikel", "lo más leído", "más leídas", "auch interessant", "mehr zum thema", "das könnte sie auch interessieren", "más información",
        "lee también", "leer más", "te puede interesar", "lire aussi", "à lire aussi", "voir aussi", "leia também", "leia mais", "veja também",
        "leggi anche", "potrebbe interessarti", "lees ook", "zobacz też", "czytaj też", "czytaj także", "читайте также", "читать также",
        "по теме", "ayrıca okuyun", "baca juga", "और पढ़ें", "यह भी पढ़ें", "ये भी पढ़ें", "आरও পড়ুন", "আরও পড়ুন", "আরো পড়ুন", "এছাড়াও পড়ুন",
        "اقرأ أيضا", "اقرأ أيضاً", "اقرأ ايضا", "بیشتر بخوانید", "相关阅读", "相關閱讀", "延伸阅读", "延伸閱讀", "関連記事", "関連ニュース", "관련기사", "อ่านเพิ่มเติม");
}
