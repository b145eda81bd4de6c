using System.Collections.Frozen;
using System.Collections.Immutable;

namespace NewsParse.Detection.Lexicons;

/// <summary>
/// The words a byline writes around its names, in the main news languages (English, German, French, Spanish,
/// Portuguese, Italian, Dutch, the Scandinavian languages, Polish, Czech, Russian, Arabic, Hindi, Bengali, Chinese,
/// Japanese, Indonesian), read by <see cref="AuthorNames"/>.
/// All entries are lower-case; a label is matched at the start of the line (or of a name) followed by a space, a colon
/// or the end.
/// </summary>
internal static class BylineLexicon
{
    /// <summary>
    /// Labels that name the kind of piece with its author ("Analysis by", "Opinion by", "Eine Analyse von", "Une
    /// chronique de", "Text and photos by"): the piece's kind is no part of the author's name. Part of <see cref="Labels"/>,
    /// declared before them (static initialisers run in order), and listed before the labels they end in ("by", "von"); in the main news languages (en, de, fr, es, pt, it, nl, pl, ru), lower case.
    /// </summary>
    public static ImmutableArray<string> KindLabels { get; } =
    [
        "analysis by", "news analysis by", "opinion by", "commentary by", "a commentary by", "column by", "a column by", "essay by", "an essay by", "review by", "perspective by",
        "text and photos by", "text and photographs by", "words and photos by", "words and pictures by", "story and photos by",
        "eine analyse von", "analyse von", "ein gastkommentar von", "eine kolumne von", "kolumne von", "eine rezension von", "rezension von", "ein essay von", "essay von", "text und fotos von", "text und bilder von",
        "une analyse de", "analyse de", "une chronique de", "chronique de", "une tribune de", "tribune de", "un éditorial de", "éditorial de", "texte et photos de", "texte et photos par",
        "un análisis de", "análisis de", "opinión de", "una columna de", "columna de", "texto y fotos de", "texto y fotos por",
        "análise de", "opinião de", "coluna de", "texto e fotos de", "texto e fotos por",
        "un'analisi di", "analisi di", "un commento di", "commento di", "editoriale di", "rubrica di", "testo e foto di",
        "een analyse van", "analyse van", "analyse door", "commentaar van", "een column van", "column van", "opinie van", "tekst en foto's van", "tekst en foto's door",
        "analiza:", "komentarz:", "felieton:", "tekst i zdjęcia:",
        "мнение:", "колонка:", "аналитика:", "текст и фото:",
    ];

    /// <summary>
    /// Labels written before the author's names ("By", "Von", "Posted by", "Auteurs :", "Text:", "بقلم", "作者：", "文/", "Oleh");
    /// longest first where one starts another. Chinese news credit the article's responsible editor ("责任编辑：焦鹏")
    /// where no reporter is named: opening a line, that label names who is credited (after a name it is another role,
    /// <see cref="OtherRoles"/>).
    /// </summary>
    public static ImmutableArray<string> Labels { get; } =
    [
        .. KindLabels,
        "posted by", "submitted by", "recipe by", "photos and text by", "written by", "story by", "reported by", "words by", "text by", "article by", "published by", "created by", "compiled by", "interviewed by", "interview by", "author", "authors", "by",
        "ein artikel von", "ein interview von", "interview von", "ein gastbeitrag von", "ein bericht von", "blog beitrag von", "blogbeitrag von", "artikel von", "gespeichert von", "eingereicht von", "geschrieben von", "eingestellt von", "veröffentlicht von", "verfasst von", "erstellt von", "ein beitrag von", "beitrag von", "beitragvon", "bericht von", "ein kommentar von", "kommentar von", "gastbeitrag von", "von", "autor/in", "autor*in", "autor:in", "autor_in", "autor(in)", "autorin/autor", "autor/innen", "autor*innen", "autor:innen", "autor(a)", "autor/a", "autor", "autorin", "autoren", "text", "texte",
        "propos recueillis par", "entretien réalisé par", "publié par", "écrit par", "rédigé par", "proposé par", "par", "auteur", "auteure", "auteurs", "autrice",
        "entrevista realizada por", "publicado por", "escrito por", "redactado por", "enviado por", "escriben", "escribe", "por", "autores", "autora", "texto",
        "entrevista feita por", "postado por", "escrito por", "publicada por", "escrevem", "escreve",
        "pubblicato da", "scritto da", "intervista a cura di", "a cura di", "di", "autore", "autori", "testo",
        "interview door", "geplaatst door", "geschreven door", "door",
        "skrevet af", "skrevet av", "skriven av", "av", "af",
        "autorzy", "napisał", "napisała", "rozmawiał", "rozmawiała",
        "автор", "авторы", "текст", "беседовал", "беседовала",
        "بقلم", "كتب", "كتبت", "الكاتب", "الكاتبة", "إعداد",
        "लेखक", "लेखिका", "संवाददाता",
        "লেখক", "প্রতিবেদক", "লিখেছেন",
        "作者", "记者", "撰文", "文", "筆者", "著者", "記者", "執筆", "责任编辑", "責任編輯", "责编", "責編",
        "oleh", "penulis", "pewarta",
    ];

    /// <summary>
    /// Labels of someone who is not an author, written after the author's names ("Edited by", "Photos:", "Redigiert
    /// von"): the byline is cut there ("Rob Ewaschuk Edited by Betsy Beyer" names Rob Ewaschuk).
    /// </summary>
    public static ImmutableArray<string> OtherRoles { get; } =
    [
        "edited by", "editing by", "photos by", "photo by", "photography by", "photographs by", "illustration by", "illustrations by", "video by", "graphics by", "additional reporting by", "translated by", "reviewed by", "fact checked by", "fact-checked by", "medically reviewed by",
        "herausgeber von", "herausgegeben von", "redigiert von", "bearbeitet von", "fotos:", "foto:", "fotos von", "bilder:", "übersetzt von", "illustration:", "grafik:",
        "édité par", "photos :", "photo :", "traduit par",
        "editado por", "fotos de", "foto de", "traducido por", "fotografía:",
        "a cura della redazione", "foto di",
        "bewerkt door", "foto's:",
        "تحرير", "تصوير", "संपादन", "সম্পাদনা", "责任编辑", "编辑", "摄影", "編集", "写真", "penyunting", "editor:",
    ];

    /// <summary>
    /// Labels of a source or a credit that is no author's byline ("Quelle: dpa", "Źródło: Statista.com", "Fuente:
    /// Europa Press"): a line that opens with one and a colon names where the facts or the picture come from. In the main
    /// news languages (en, de, fr, es, pt, it, nl, pl, ru), lower case.
    /// </summary>
    public static FrozenSet<string> SourceLabels { get; } = new[]
    {
        "source", "sources", "quelle", "quellen", "fuente", "fuentes", "fonte", "fontes", "bron", "bronnen", "źródło", "źródła", "источник", "источники",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Verbs a comment writes after its author's name ("Aylin sagt:", "NCWien says:", "stephangoeldi said"): a line with one is a comment, not a byline.</summary>
    public static FrozenSet<string> CommentVerbs { get; } = new[]
    {
        "says", "said", "wrote", "writes", "replied", "commented", "sagt", "sagte", "schreibt", "schrieb", "meint", "antwortete", "kommentierte",
        "dit", "a dit", "écrit", "dice", "dijo", "escribió", "escreveu", "disse", "scrive", "ha scritto", "zegt", "schreef", "skriver", "skrev",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>What stands where a name should and is none: form labels ("Name (erforderlich)", "Nom *"), placeholders and roles ("admin", "No Author", "Follow"), a photo's courtesy ("Cortesía") or a source's label ("Źródło").</summary>
    public static FrozenSet<string> NotNames { get; } = new[]
    {
        "name", "your name", "nom", "nombre", "nome", "naam", "imię", "имя", "required", "erforderlich", "obligatoire", "obligatorio", "obbligatorio", "verplicht", "pflichtfeld",
        "admin", "administrator", "administrador", "administrateur", "webmaster", "publisher", "user", "super user", "guest", "gast", "invité", "invitado",
        "anonymous", "anonym", "anonyme", "anónimo", "anonimo", "anônimo", "unknown", "unbekannt", "unbenannt", "inconnu", "desconocido", "sconosciuto", "onbekend",
        "no author", "kein autor", "sans auteur", "sin autor", "follow", "folgen", "suivre", "seguir", "segui", "volgen", "fail", "null", "undefined", "none", "n/a",
        "share", "teilen", "partager", "compartir", "condividi", "delen", "print", "drucken", "imprimer", "imprimir", "stampa", "afdrukken",
        "home", "startseite", "accueil", "inicio", "menu", "search", "suche", "login", "log in", "sign in", "anmelden", "more", "mehr", "plus", "más",
        "biography", "bio", "biographie", "biografie", "biografía", "biografia", "biografia autora", "биография", "profile", "view profile", "profil", "perfil", "profilo", "profiel", "профиль",
        "email", "e-mail", "contact", "kontakt", "contacto", "contatto", "contato", "контакты", "twitter", "facebook", "linkedin", "instagram",
        "courtesy", "cortesía", "cortesia", "gentileza", "avec l'aimable autorisation", "per gentile concessione", "dzięki uprzejmości", "mit freundlicher genehmigung",
        "source", "sources", "quelle", "quellen", "fuente", "fuentes", "fonte", "fontes", "bron", "bronnen", "źródło", "źródła", "источник", "источники",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that join two names ("and", "und", "et", "y", "e", "och", "og", "и", "&amp;").</summary>
    public static FrozenSet<string> Joiners { get; } = new[]
    {
        "and", "und", "et", "y", "e", "och", "og", "и", "&", "+", "oraz",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Phrases that join the two people of a conversation in a byline ("Richard David Precht im Gespräch mit Karin
    /// Fischer", "X in conversation with Y"): both are named, like two authors.
    /// </summary>
    public static ImmutableArray<string> ConversationJoiners { get; } =
    [
        "in conversation with", "in an interview with", "im gespräch mit", "im interview mit", "en conversation avec", "en entretien avec",
        "en conversación con", "en diálogo con", "em conversa com", "in conversazione con", "a colloquio con", "in gesprek met",
        "w rozmowie z", "в беседе с", "в разговоре с",
    ];

    /// <summary>
    /// Labels of the one who interviews, written before their name ("Ein Interview von Eugen Zentner mit Sonja
    /// Silberhorn", "Propos recueillis par", "Interview by"): who follows the word of <see cref="IntervieweeWords"/>
    /// was interviewed, and is no author. Each is one of <see cref="Labels"/> too.
    /// </summary>
    public static ImmutableArray<string> InterviewLabels { get; } =
    [
        "interview by", "interviewed by", "ein interview von", "interview von", "propos recueillis par", "entretien réalisé par",
        "entrevista realizada por", "entrevista feita por", "intervista a cura di", "interview door", "rozmawiał", "rozmawiała", "беседовал", "беседовала",
    ];

    /// <summary>Words that introduce who was interviewed after the interviewer's name ("mit", "with", "avec", "con", "com", "met", "z", "с").</summary>
    public static FrozenSet<string> IntervieweeWords { get; } = new[]
    {
        "mit", "with", "avec", "con", "com", "met", "z", "ze", "с", "со",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Words of "with" (lower case) that open co-authors written in parentheses after the first author ("Martin Untersinger (avec Damien
    /// Leloup et Morgane Tual)", "Jane Doe (with John Roe)"), in en, de, fr, es, it, pt, nl, pl ("wspólnie z"), ru ("совместно с"); not the
    /// Polish "z" nor the Russian "с" alone, which as often say where from ("Jan Kowalski (z Warszawy)").
    /// </summary>
    public static ImmutableArray<string> CoAuthorWords { get; } =
    [
        "with", "mit", "avec", "con", "com", "met", "wspólnie z", "razem z", "совместно с", "вместе с",
    ];

    /// <summary>
    /// Possessives that open a desk's byline ("Our Foreign Staff", "Unsere Korrespondenten", "Notre correspondant",
    /// "Nuestra redacción"): the line names the newsroom, and its last word is no job title after a person's name. In the
    /// main news languages (en, de, fr, es, pt, it, nl, pl, ru), lower case.
    /// </summary>
    public static FrozenSet<string> DeskPossessives { get; } = new[]
    {
        "our", "unser", "unsere", "unserem", "unseren", "notre", "nos", "nuestro", "nuestra", "nuestros", "nuestras",
        "nosso", "nossa", "nossos", "nossas", "nostro", "nostra", "nostri", "nostre", "onze", "ons", "nasz", "nasza", "nasi",
        "наш", "наша", "наши",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Words that name a newsroom ("Redaktion", "Redacción", "Newsdesk", "Staff"): written with the publication's name
    /// ("auto-motor.at Redaktion", "Redacción Diario Pagina Siete"), a byline names the desk that wrote the article. In the
    /// main news languages (en, de, fr, es, pt, it, nl, pl, ru); compared without case.
    /// </summary>
    public static FrozenSet<string> NewsroomWords { get; } = new[]
    {
        "redaktion", "onlineredaktion", "online-redaktion", "nachrichtenredaktion", "newsroom", "newsdesk", "desk", "staff", "editors", "editorial",
        "rédaction", "redaction", "redacción", "redaccion", "redação", "redacao", "redazione", "redactie", "redakcja", "редакция",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Words for the team behind a site ("Team", "Équipe", "Zespół"): written with the site's name ("Zespół wPolityce.pl",
    /// "Limespace Team"), a byline names the site, not who wrote the article. In the main news languages (en, de, fr, es,
    /// pt, it, nl, pl, ru); compared without case.
    /// </summary>
    public static FrozenSet<string> TeamWords { get; } = new[]
    {
        "team", "équipe", "equipe", "equipo", "squadra", "zespół", "команда",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Definite articles written before a newsroom's word ("Die Redaktion", "La redacción", "The Newsroom"), and the words that join it to the paper's name ("von", "of", "de", "di", "do"); compared without case.</summary>
    public static FrozenSet<string> NewsroomLinks { get; } = new[]
    {
        "the", "die", "der", "la", "le", "el", "il", "lo", "de", "het", "o", "a", "von", "vom", "of", "du", "des", "del", "di", "della", "do", "da", "van", "bei", "at",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Words that open a job title written after a name with a comma ("Jane Doe, Staff Writer", "Sarah Hinger, Staff
    /// Attorney", "Anna Schmidt, Redakteurin"): the title is no second author.
    /// </summary>
    public static FrozenSet<string> RoleWords { get; } = new[]
    {
        "staff", "senior", "chief", "editor", "reporter", "writer", "correspondent", "attorney", "director", "producer", "contributor", "contributing",
        "columnist", "analyst", "professor", "president", "manager", "officer", "fellow", "researcher", "associate", "assistant", "intern",
        "redakteur", "redakteurin", "korrespondent", "korrespondentin", "chefredakteur", "chefredakteurin", "leiter", "leiterin", "direktor", "direktorin",
        "sprecher", "sprecherin", "referent", "referentin", "mitarbeiter", "mitarbeiterin", "volontär", "volontärin",
        "rédacteur", "rédactrice", "journaliste", "correspondant", "correspondante", "directeur", "directrice", "envoyé", "envoyée",
        "redactor", "redactora", "periodista", "corresponsal", "enviado", "enviada", "repórter", "redator", "redatora", "jornalista", "correspondente", "diretor", "diretora",
        "redattore", "redattrice", "giornalista", "corrispondente", "direttore", "direttrice", "inviato", "inviata",
        "redacteur", "redactrice", "verslaggever", "journalist", "dziennikarz", "dziennikarka", "redaktor", "redaktorka", "korespondent", "korespondentka",
        "корреспондент", "редактор", "журналист", "журналистка", "обозреватель",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that open a date line, not a name ("Publiziert am", "Erschienen", "Geschrieben am", "Zuletzt geändert am", "Last modified"), beside <see cref="TimeWordLexicon.Labels"/>.</summary>
    public static FrozenSet<string> DateLabels { get; } = new[]
    {
        "publiziert", "erschienen", "geschrieben", "gepostet", "eingestellt", "erscheinungsdatum", "veröffentlichung", "publication", "publiée", "publicación", "pubblicazione", "lesedauer", "reading", "lecture", "lectura",
        "zuletzt", "geändert", "letzte", "letztes", "last", "dernière", "dernier", "última", "último", "ultima", "ultimo", "laatst", "laatste",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words written in lower case inside a name ("Ursula von der Leyen", "Jan de Vries", "Luiz Inácio Lula da Silva").</summary>
    public static FrozenSet<string> NameParticles { get; } = new[]
    {
        "von", "van", "der", "den", "de", "del", "della", "di", "da", "das", "do", "dos", "du", "la", "le", "zu", "zur", "y", "e", "bin", "ibn", "al", "el", "ter", "ten", "af", "av",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Path segments of an address that is an author's page ("/author/jane-doe", "/autor/frank_g", "/staff/uriel-gadessaud"): a link there names the author.</summary>
    public static ImmutableArray<string> AuthorPaths { get; } =
    [
        "/author/", "/authors/", "/autor/", "/autoren/", "/autorin/", "/auteur/", "/auteurs/", "/autore/", "/autori/", "/autores/", "/auteure/",
        "/staff/", "/journalist/", "/journalists/", "/journalisten/", "/redakteur/", "/redakteure/", "/newsteam/", "/reporter/", "/reporters/", "/columnist/", "/kolumnist/", "/profile/", "/profil/", "/user/", "/users/", "/member/", "/members/",
    ];

    /// <summary>Degrees and suffixes written after a name with a comma ("Brenda Goodman, MA", "John Roe, Jr."): part of the name, not another author.</summary>
    public static FrozenSet<string> NameSuffixes { get; } = new[]
    {
        "ma", "ms", "msc", "md", "phd", "ph.d", "jr", "sr", "ii", "iii", "iv", "mba", "rn", "dr", "mph", "rd", "ba", "bsc", "llm", "esq", "cpa", "cfa", "dvm", "pharmd", "dds",
    }.ToFrozenSet(StringComparer.Ordinal);
}
