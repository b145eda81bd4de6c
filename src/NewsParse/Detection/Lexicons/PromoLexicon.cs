using NewsParse.Model;

namespace NewsParse.Detection.Lexicons;

/// <summary>
/// What a publication promotes to its reader inside an article, in the main languages of news sites: its app (and
/// the stores that sell it), its newsletter, subscription or edition, its job board, and calls for donations, support and letters;
/// with the bare verbs of such calls that <see cref="SocialLexicon.CallVerbs"/> lacks, and the publication's "we".
/// Single words and short names: a promotion is recognised by how they combine with an address to the reader (see
/// <see cref="ReaderAddress"/> and <see cref="Boilerplate.PromoDetector"/>), not by phrases.
/// </summary>
internal static class PromoLexicon
{
    private static readonly string[] Apps =
    [
        "app", "apps", "app store", "appstore", "google play", "play store", "itunes", "ios", "android",
        "aplicación", "aplicativo", "applicazione", "aplikacja", "aplikasi", "приложение", "приложении", "ऐप", "অ্যাপ", "تطبيق", "应用", "アプリ",
    ];

    /// <summary>The stores of <see cref="Apps"/>: an app named with its store is promoted even when no one is addressed.</summary>
    private static readonly string[] Stores = ["app store", "appstore", "google play", "play store", "itunes", "ios", "android"];

    private static readonly string[] Subscriptions =
    [
        "newsletter", "newsletters", "subscription", "subscribe", "subscriber", "edition", "e-edition", "e-paper", "epaper", "inbox",
        "abo", "abonnement", "abonnieren", "posteingang", "postfach", "suscripción", "suscríbete", "boletín", "assinatura", "assine",
        "abonnez", "abbonamento", "abbonati", "prenumerata", "подписка", "подписку", "langganan", "berlangganan",
        "सब्सक्राइब", "সাবস্ক্রাইব", "اشترك", "订阅", "購読",
    ];

    private static readonly string[] Support =
    [
        "donate", "donation", "donations", "contribution", "support", "spende", "spenden", "unterstützen", "unterstützung",
        "donar", "donación", "dona", "apoya", "doação", "apoie", "soutenez", "soutien", "donazione", "sostieni", "doneer", "steun",
        "darowizna", "darowizną", "darowiznę", "wesprzyj", "wsparcie", "пожертвование", "поддержите", "dukung", "donasi", "تبرع", "捐款",
        "letter to the editor", "letters to the editor", "leserbrief", "leserbriefe", "carta al director", "courrier des lecteurs",
    ];

    private static readonly string[] Jobs =
    [
        "jobbörse", "stellenmarkt", "stellenangebote", "job board", "jobs board", "bolsa de empleo", "bolsa de trabajo", "offres d'emploi",
        "vagas de emprego", "offerte di lavoro", "vacatures", "oferty pracy", "вакансии", "lowongan kerja",
    ];

    /// <summary>Things a publication promotes (see <see cref="KindOf"/>).</summary>
    public static readonly PhraseSet Things = new(LexiconId.PromoThings, [.. Apps, .. Subscriptions, .. Support, .. Jobs]);

    /// <summary>Bare verbs of the calls of promotions, at the opening of a clause (besides <see cref="SocialLexicon.CallVerbs"/>).</summary>
    public static readonly PhraseSet Calls = new(LexiconId.PromoCalls,
        "read", "submit", "donate", "register", "order", "try", "write",
        "lass", "lasst", "melde", "meldet", "unterstütze", "unterstützt", "spende", "bestelle", "registriere", "teste",
        "dona", "apoya", "lee", "apoie", "doe", "soutenez", "donnez", "faites", "lisez", "sostieni", "scarica", "iscriviti", "leggi",
        "steun", "doneer", "wesprzyj", "wspieraj", "przekaż", "pobierz", "dukung", "baca");

    /// <summary>The publication speaking as "we", which with a second-person word is the publication addressing its reader ("We rely on your support").</summary>
    public static readonly PhraseSet We = new(LexiconId.PromoWe,
        "we", "wir", "nous", "nosotros", "nós", "noi", "wij", "мы", "हम", "আমরা", "نحن", "kita");

    private static readonly Dictionary<string, BoilerplateKind> Kinds = BuildKinds();

    private static Dictionary<string, BoilerplateKind> BuildKinds()
    {
        var kinds = new Dictionary<string, BoilerplateKind>(StringComparer.Ordinal);
        foreach (var thing in Support) kinds[thing.ToLowerInvariant()] = BoilerplateKind.Other;
        foreach (var thing in Subscriptions) kinds[thing.ToLowerInvariant()] = BoilerplateKind.Newsletter;
        foreach (var thing in Apps) kinds[thing.ToLowerInvariant()] = BoilerplateKind.SocialPrompt;
        foreach (var thing in Jobs) kinds[thing.ToLowerInvariant()] = BoilerplateKind.Advertisement;
        return kinds;
    }

    /// <summary>
    /// The kind of boilerplate a promotion of <paramref name="thing"/> (a phrase of <see cref="Things"/>) is: the
    /// publication's app is a place to follow it (<see cref="BoilerplateKind.SocialPrompt"/>), a subscription or an
    /// edition a sign-up (<see cref="BoilerplateKind.Newsletter"/>), its job board an <see cref="BoilerplateKind.Advertisement"/>, a
    /// donation or a letter <see cref="BoilerplateKind.Other"/>.
    /// </summary>
    public static BoilerplateKind KindOf(string thing) => Kinds.TryGetValue(thing, out var kind) ? kind : BoilerplateKind.Other;

    /// <summary>True when <paramref name="thing"/> (a phrase of <see cref="Things"/>) is an app store.</summary>
    public static bool IsStore(string thing) => Array.IndexOf(Stores, thing) >= 0;
}
