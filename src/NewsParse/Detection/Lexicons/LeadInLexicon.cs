namespace NewsParse.Detection.Lexicons;

/// <summary>
/// Words that send the reader to another article, of which the label of a lead-in is made ("Lea también:", "LE PUEDE
/// INTERESAR:", "Lesen Sie hier:", "Explore further"): verbs of reading, seeing and watching in the forms that address
/// the reader, "also", "related", "recommended", "interest", in the main languages of news sites. Single words, not
/// phrases: a label is recognised by its shape (see <see cref="Boilerplate.LeadInDetector"/>), and these words only
/// say what kind of label it is. Words as general as "more" or "further" are not here: a label of those alone needs
/// the page's link as evidence.
/// </summary>
internal static class LeadInLexicon
{
    public static readonly PhraseSet Words = new(LexiconId.LeadInWords,
        // English
        "read", "see", "watch", "listen", "explore", "discover", "also", "related", "recommended", "interest", "interested", "interesting",
        // Spanish
        "lea", "lee", "leer", "leé", "vea", "ver", "mira", "mire", "también", "relacionado", "relacionados", "relacionada", "relacionadas",
        "recomendado", "recomendados", "interesar", "interesa",
        // Portuguese
        "leia", "veja", "assista", "confira", "relacionadas", "recomendadas", "interessar",
        // French
        "lire", "lisez", "voir", "voyez", "regardez", "aussi", "également", "découvrez", "intéresser",
        // German
        "lesen", "lies", "siehe", "sehen", "schauen", "hören", "auch", "empfohlen", "empfohlene", "empfohlener", "empfehlungen",
        "interessieren", "interessant", "verwandte", "ähnliche", "weiterlesen",
        // Italian
        "leggi", "leggere", "vedi", "guarda", "anche", "correlati", "correlato", "consigliati", "interessarti",
        // Dutch
        "lees", "bekijk", "zie", "kijk", "ook", "gerelateerd", "aanbevolen",
        // Polish
        "czytaj", "przeczytaj", "zobacz", "też", "także", "również", "polecamy", "powiązane",
        // Russian
        "читайте", "читать", "смотрите", "также", "тоже", "рекомендуем",
        // Arabic
        "اقرأ", "اقرا", "شاهد", "أيضا", "أيضاً", "ايضا",
        // Hindi, Bengali
        "पढ़ें", "पढ़िए", "देखें", "পড়ুন", "দেখুন",
        // Indonesian
        "baca", "lihat", "tonton", "simak", "terkait",
        // Chinese, Japanese (found as substrings)
        "阅读", "閱讀", "推荐", "推薦", "相关", "相關", "関連", "読みたい");
}
