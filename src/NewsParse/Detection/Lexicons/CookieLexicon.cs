namespace NewsParse.Detection.Lexicons;

/// <summary>Words of cookie and consent banners, in the main languages of news sites.</summary>
internal static class CookieLexicon
{
    public static readonly PhraseSet Cues = new(LexiconId.CookieCues,
        "cookie", "cookies", "use of cookies", "you agree", "by using this site", "by continuing", "consent", "privacy policy", "accept all", "reject all", "manage preferences", "cookie settings", "we use",
        "our partners", "personalised ads", "personalized ads", "gdpr", "datenschutz", "einwilligung", "akzeptieren", "política de cookies",
        "aceptar", "consentement", "accepter", "aceitar", "accetta", "файлы cookie", "согласие", "çerez", "कुकीज़", "কুকি", "ملفات تعريف الارتباط");
}
