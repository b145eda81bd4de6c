using NewsParse.Model;

namespace NewsParse.Tests.PlainText;

/// <summary>
/// Lines of page furniture injected into real article bodies by <see cref="TextEvaluation"/>, a small varied pool per
/// kind in English and a few other languages. Written for this evaluation (none is taken from the seed article);
/// "{title}" stands for the headline of another article, "{topics}" for words of the article's own title.
/// </summary>
internal static class InjectionPools
{
    public sealed record Pool(string Name, BoilerplateKind Expected, string[] Lines);

    public static readonly Pool Social = new("social prompt", BoilerplateKind.SocialPrompt,
    [
        "Follow us on Instagram and Threads for more stories like this",
        "Join our WhatsApp channel for breaking news alerts",
        "Like our Facebook page to stay in the loop",
        "Get the latest headlines on our Telegram channel",
        "Subscribe to our YouTube channel for daily video explainers",
        "Folgen Sie uns auf Instagram und Facebook",
        "Síguenos en X y en nuestro canal de YouTube",
        "Suivez-nous sur Facebook et LinkedIn",
        "Siga-nos no Instagram",
        "Подписывайтесь на наш канал в Telegram",
        "Follow @CityDesk on X for live updates",
        "Stay up to date: follow our newsroom on LinkedIn",
        "Don't miss a story — add us to your Google News feed",
    ]);

    public static readonly Pool TableOfContents = new("table-of-contents title", BoilerplateKind.TableOfContents,
    [
        "Table of contents", "Contents", "In this article", "Jump to", "On this page", "Inhaltsverzeichnis", "Sommaire", "Índice", "Contenido",
        "Spis treści",
        "What's in this story", "Skip to section",
    ]);

    public static readonly Pool Advertisement = new("ad label", BoilerplateKind.Advertisement,
    [
        "Advertisement", "ADVERTISEMENT", "Sponsored", "Story continues below advertisement", "Scroll to continue with content", "Ad",
        "Anzeige", "Publicidad", "Publicité", "Реклама", "Advertisement - Continue Reading Below", "AD", "Paid partnership",
    ]);

    public static readonly Pool Credit = new("credit line", BoilerplateKind.Caption,
    [
        "Photo: Getty Images", "Image: AFP via Getty Images", "(Photo by Daniel Moore/Reuters)", "Photograph: Alamy Stock Photo", "Credit: Shutterstock",
        "Image source: handout", "Foto: dpa", "Bild: picture alliance / dpa", "Foto: EFE", "Crédit photo : AFP", "Photo courtesy of the family", "Getty Images", "Picture: PA Wire",
    ]);

    public static readonly Pool Tags = new("tags line", BoilerplateKind.Tags,
    [
        "Tags: {topics}", "Topics: {topics}", "Filed under: {topics}", "TAGS: {topics}", "Schlagworte: {topics}", "Etiquetas: {topics}",
        "Mots-clés : {topics}", "Themen: {topics}", "More on: {topics}", "Keywords: {topics}",
    ]);

    public static readonly Pool AlsoRead = new("\"also read\" line", BoilerplateKind.RelatedLink,
    [
        "Also read: {title}", "Read more: {title}", "Related: {title}", "READ ALSO: {title}", "See also: {title}", "Lesen Sie auch: {title}",
        "Lire aussi : {title}", "Lee también: {title}", "Leia também: {title}", "Читайте также: {title}", "MORE: {title}", "Read: {title}", "Recommended: {title}", "Continue reading: {title}",
    ]);

    public static readonly Pool Newsletter = new("newsletter line", BoilerplateKind.Newsletter,
    [
        "Sign up for our morning newsletter to get the day's top stories",
        "Get our weekly briefing delivered to your inbox every Friday",
        "Enter your email address to subscribe to our newsletter",
        "Newsletter",
        "The Evening Brief: the news you need, in your inbox. Sign up now",
        "Abonnieren Sie unseren Newsletter",
        "Suscríbete a nuestro boletín diario",
        "Inscrivez-vous à notre newsletter quotidienne",
        "Get the best of our journalism by email — it's free",
        "Want more stories like this? Join our mailing list",
    ]);

    public static readonly Pool Cookie = new("cookie line", BoilerplateKind.CookieNotice,
    [
        "We use cookies to personalise content and ads. Read our privacy policy",
        "This site uses cookies. By continuing to browse you agree to our use of cookies and our privacy policy.",
        "We and our partners use cookies to measure traffic. Accept all or manage preferences",
        "Wir verwenden Cookies, um Inhalte zu personalisieren. Mit einem Klick auf Akzeptieren stimmen Sie zu",
        "Utilizamos cookies propias y de terceros. Al aceptar, da su consentimiento",
        "Nous utilisons des cookies pour mesurer l'audience. Accepter",
        "By using this site you agree to our use of cookies",
        "Cookie settings",
    ]);

    /// <summary>The optional kinds, each injected in about half of the articles.</summary>
    public static readonly Pool[] Optional = [Social, TableOfContents, Advertisement, Credit, Tags, AlsoRead, Newsletter, Cookie];

    /// <summary>The name used for injected headlines of other articles.</summary>
    public const string OtherHeadline = "other article's headline";

    /// <summary>Byline lines put under the headline in the headline variant, with the author they name.</summary>
    public static readonly (string Line, string Author)[] Bylines =
    [
        ("By Maria Lopez | November 19, 2019", "Maria Lopez"),
        ("By David Chen and Sarah Walsh — 2019-11-18", "David Chen and Sarah Walsh"),
        ("Von Anna Schmidt, 19.11.2019", "Anna Schmidt"),
        ("Por Lucía Fernández | 18 de noviembre de 2019", "Lucía Fernández"),
        ("Tom Hughes | Nov 19, 2019 7:04 AM", "Tom Hughes"),
        ("By Priya Raman, November 18, 2019", "Priya Raman"),
    ];
}
