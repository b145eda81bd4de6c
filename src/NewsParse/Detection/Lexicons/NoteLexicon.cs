namespace NewsParse.Detection.Lexicons;

/// <summary>
/// What a note about the article itself is made of, in the main languages of news sites: the article referring to
/// itself ("this article", "dieser Beitrag", "cet article", "本文"), and the words of what such notes state about it —
/// where and when it was filed ("posted in", "abgelegt", "permalink", "category"), under which licence, whose opinion
/// it gives, that it is advertising, that it was updated (where it first appeared is its provenance, kept: <see cref="IsOrigin"/>). Used together, with the
/// article's edge (see <see cref="Boilerplate.ArticleNoteDetector"/>).
/// </summary>
internal static class NoteLexicon
{
    /// <summary>The article referring to itself: a demonstrative and a noun for the piece.</summary>
    public static readonly PhraseSet SelfReferences = new(LexiconId.NoteSelfReferences,
        "this article", "this story", "this post", "this entry", "this piece", "this text", "this report", "this page", "this blog",
        "dieser beitrag", "diesen beitrag", "diesem beitrag", "dieses beitrags", "dieser artikel", "diesen artikel", "diesem artikel",
        "dieses artikels", "dieser text", "diesen text", "diesem text", "dieser eintrag", "diesen eintrag", "diesem eintrag",
        "este artículo", "esta nota", "esta noticia", "esta entrada", "este texto", "este post", "este artigo", "esta matéria", "esta reportagem",
        "cet article", "ce billet", "ce texte", "cette page", "questo articolo", "questo post", "questo testo",
        "dit artikel", "deze tekst", "dit bericht", "ten artykuł", "tego artykułu", "ten tekst", "ten wpis",
        "эта статья", "этой статье", "этот материал", "данная статья", "هذا المقال", "هذه المقالة", "यह लेख", "इस लेख", "এই প্রতিবেদন",
        "এই লেখা", "artikel ini", "tulisan ini", "本文", "この記事");

    /// <summary>What a note states about the article: where and when it was filed, its licence, whose opinion, advertising, an update, its origin.</summary>
    public static readonly PhraseSet Status = new(LexiconId.NoteStatus,
        // filed and published
        "posted", "published", "filed", "permalink", "veröffentlicht", "erschienen", "erstellt", "abgelegt", "publicado", "publicada", "publié", "publiée", "pubblicato", "gepubliceerd", "opublikowany", "opublikowano", "опубликован",
        "опубликована", "diterbitkan", "发布", "掲載",
        // licence
        "licence", "license", "licensed", "lizenz", "licencia", "licença", "licenza", "licentie", "licencja", "лицензии", "creative commons", "cc-by",
        // opinion
        "opinion", "opinions", "meinung", "opinión", "opinião", "opinione", "mening", "opinia", "мнение", "राय", "মতামত", "رأي", "观点",
        // advertising
        "advertising", "advertisement", "sponsored", "affiliate", "werbung", "anzeige", "publicidad", "publicidade", "publicité", "pubblicità",
        "reklama", "реклама", "iklan",
        // updated, first published elsewhere
        "updated", "aktualisiert", "actualizado", "atualizado", "mis à jour", "aggiornato", "translated", "übersetzt");

    /// <summary>
    /// True when <paramref name="word"/> says where the article first appeared ("originally published by", "zuerst
    /// erschienen"): the article's provenance, which the article's text keeps (an attribution, not a note about filing).
    /// </summary>
    public static bool IsOrigin(ReadOnlySpan<char> word) =>
        word is "originally" or "republished" or "reprinted" or "ursprünglich" or "zuerst" or "originalmente" or "initialement"
            or "originariamente" or "oorspronkelijk" or "pierwotnie" or "первоначально" or "впервые";

    /// <summary>The words of <see cref="Status"/> that make a note an advertising disclosure.</summary>
    public static bool IsAdvertising(string status) =>
        status is "advertising" or "advertisement" or "sponsored" or "affiliate" or "werbung" or "anzeige" or "publicidad" or "publicidade"
            or "publicité" or "pubblicità" or "reklama" or "реклама" or "iklan";
}
