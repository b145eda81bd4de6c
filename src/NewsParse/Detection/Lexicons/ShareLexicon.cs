namespace NewsParse.Detection.Lexicons;

/// <summary>Words of share bars, in the main languages of news sites.</summary>
internal static class ShareLexicon
{
    public static readonly PhraseSet Cues = new(LexiconId.ShareCues,
        "share", "share this", "share this article", "share this story", "share on", "share via", "tweet", "pin it", "email", "print",
        "copy link", "link copied", "teilen", "compartir", "partager", "compartilhar", "condividi", "delen", "udostępnij", "поделиться",
        "paylaş", "bagikan", "शेयर", "শেয়ার", "مشاركة", "分享", "シェア", "공유", "แชร์");
}
