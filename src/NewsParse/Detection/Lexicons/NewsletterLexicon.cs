namespace NewsParse.Detection.Lexicons;

/// <summary>Words of newsletter sign-up boxes, in the main languages of news sites.</summary>
internal static class NewsletterLexicon
{
    public static readonly PhraseSet Cues = new(LexiconId.NewsletterCues,
        "newsletter", "newsletters", "sign up", "signup", "subscribe", "in your inbox", "to your inbox", "your email", "email address",
        "e-mail address", "by signing up", "unsubscribe", "daily briefing", "morning briefing", "get our", "delivered to",
        "abonnieren", "ihre e-mail", "suscríbete", "boletín", "votre adresse", "inscrivez-vous", "lettre d'information", "inscreva-se",
        "iscriviti", "рассылк", "подпишитесь", "bülten", "न्यूज़लेटर", "নিউজলেটার", "النشرة", "订阅", "メールマガジン", "뉴스레터");
}
