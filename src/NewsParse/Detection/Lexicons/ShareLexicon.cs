namespace NewsParse.Detection.Lexicons;

/// <summary>Words of share bars, in the main languages of news sites: the verb (as a label, in the infinitive, or in the imperative that addresses the reader) and the targets that are not networks.</summary>
internal static class ShareLexicon
{
    public static readonly PhraseSet Cues = new(LexiconId.ShareCues,
        "share", "share this", "share this article", "share this story", "share on", "share via", "tweet", "pin it", "email", "print",
        "copy link", "link copied", "teilen", "teile", "teilt", "compartir", "comparte", "compártelo", "comparta", "partager", "partagez", "partage",
        "compartilhar", "compartilhe", "condividi", "delen", "udostępnij", "поделиться", "поделитесь", "поделись",
        "paylaş", "bagikan", "sebarkan", "शेयर", "साझा", "শেয়ার", "مشاركة", "شارك", "شاركوا", "分享", "分享到", "转发", "シェア", "공유", "แชร์");
}
