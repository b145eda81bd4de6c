namespace NewsParse.Detection.Lexicons;

/// <summary>
/// What a call to follow or subscribe is made of, in the main languages of news sites (English, Spanish, Portuguese,
/// French, German, Hindi, Bengali, Arabic, Russian, Chinese, Japanese, Indonesian): the names of networks and of their
/// channels, and the grammatical forms by which a line addresses its reader (imperatives and requests, second-person
/// words) or speaks as the publication ("our"). These are single words and forms, not phrases: a prompt is recognised
/// by how they combine (see <see cref="ReaderAddress"/> and <see cref="Boilerplate.SocialPromptDetector"/>), so
/// "Catch our WhatsApp channel" needs no entry of its own.
/// </summary>
internal static class SocialLexicon
{
    /// <summary>
    /// Network and channel names, in Latin script and in the native scripts of the languages above (with the case
    /// endings that Bengali and Russian attach to them: "ফেসবুকে", "телеграме"). "x", "line" and "threads" are also
    /// common words: <see cref="ReaderAddress"/> counts them only when capitalised (<see cref="IsCommonWord"/>).
    /// </summary>
    public static readonly PhraseSet Networks = new(LexiconId.SocialNetworks,
        "facebook", "twitter", "x", "x.com", "instagram", "youtube", "telegram", "whatsapp", "linkedin", "tiktok", "pinterest",
        "snapchat", "threads", "bluesky", "mastodon", "reddit", "google news", "google discover", "flipboard", "line", "viber",
        "vk", "vkontakte", "ok.ru", "dzen", "rutube", "wechat", "weibo", "douyin", "kakaotalk", "koo", "sharechat", "dailyhunt", "truth social",
        // Bengali (with the locative and genitive endings)
        "ফেসবুক", "ফেসবুকে", "ফেসবুকের", "টুইটার", "টুইটারে", "ইউটিউব", "ইউটিউবে", "ইউটিউবের", "টেলিগ্রাম", "টেলিগ্রামে",
        "হোয়াটসঅ্যাপ", "হোয়াটসঅ্যাপে", "ইনস্টাগ্রাম", "ইনস্টাগ্রামে", "গুগল নিউজ", "গুগল নিউজে", "লিংকডইন", "টিকটক", "টিকটকে",
        // Devanagari (Hindi, Marathi)
        "फेसबुक", "ट्विटर", "यूट्यूब", "टेलीग्राम", "टेलिग्राम", "व्हाट्सएप", "व्हाट्सऐप", "इंस्टाग्राम", "गूगल न्यूज़", "गूगल न्यूज", "लिंक्डइन", "टिकटॉक",
        // Arabic, Persian, Urdu
        "فيسبوك", "فيس بوك", "تويتر", "يوتيوب", "تيليجرام", "تلغرام", "تليجرام", "واتساب", "واتس اب", "إنستغرام", "انستغرام", "انستجرام",
        "تيك توك", "سناب شات", "لينكد إن", "جوجل نيوز", "فیسبوک", "تلگرام", "اینستاگرام",
        // Cyrillic (with the locative ending)
        "фейсбук", "фейсбуке", "твиттер", "твиттере", "ютуб", "ютубе", "телеграм", "телеграме", "телеграмм", "вконтакте", "вк", "дзен", "дзене",
        "инстаграм", "инстаграме", "тикток", "одноклассники", "одноклассниках", "рутуб",
        // CJK, Thai, Korean
        "微博", "微信", "脸书", "推特", "抖音", "快手", "小红书", "哔哩哔哩", "今日头条", "qq", "qq空间", "フェイスブック", "ツイッター", "ユーチューブ",
        "インスタグラム", "ティックトック", "페이스북", "트위터", "유튜브", "인스타그램", "เฟซบุ๊ก", "ทวิตเตอร์", "ยูทูบ");

    /// <summary>Network names that are also common words ("x-ray", "the front line"): a name only when capitalised.</summary>
    public static bool IsCommonWord(string network) => network is "x" or "line" or "threads";

    /// <summary>Nouns of a publication's place on a network: its channel, page, account, group or feed (with Bengali and Russian case endings).</summary>
    public static readonly PhraseSet Channels = new(LexiconId.SocialChannels,
        "channel", "page", "account", "feed", "group", "community", "profile", "handle", "app",
        "kanal", "seite", "profil", "konto", "gruppe", "canal", "página", "perfil", "cuenta", "grupo", "comunidad", "conta", "comunidade",
        "chaîne", "compte", "groupe", "communauté",
        "канал", "канале", "канала", "каналу", "страница", "странице", "страницу", "группа", "группе", "группу", "сообщество", "сообществе", "аккаунт", "аккаунте",
        "चैनल", "पेज", "ग्रुप", "अकाउंट", "हैंडल", "চ্যানেল", "চ্যানেলে", "চ্যানেলের", "পেজ", "পেজে", "গ্রুপ", "গ্রুপে", "অ্যাকাউন্ট",
        "قناة", "قناتنا", "صفحة", "صفحتنا", "حساب", "حسابنا", "مجموعة", "مجموعتنا",
        "频道", "公众号", "视频号", "账号", "主页", "チャンネル", "アカウント", "saluran", "akun", "grup", "halaman");

    /// <summary>
    /// Imperatives that open a clause in languages that do not mark them otherwise: bare verbs of calls ("follow",
    /// "join", "get", "siga", "suivez", "ikuti"), and a verb that is also a preposition only with its object ("like us").
    /// Imperatives that carry their own mark are read from their form (<see cref="ReaderAddress"/>): Spanish enclitics
    /// ("síguenos", "únete"), Portuguese and French hyphenated pronouns ("siga-nos", "suivez-nous"), German "Verb Sie",
    /// Russian endings ("подписывайтесь", "читайте").
    /// </summary>
    public static readonly PhraseSet CallVerbs = new(LexiconId.SocialCallVerbs,
        "follow", "join", "subscribe", "download", "get", "catch", "watch", "find", "visit", "check", "add", "tune", "sign up", "stay", "keep",
        "turn on", "tap", "click", "scan", "connect", "discover", "listen", "like us", "like our", "don't miss", "never miss",
        "folge", "folgt", "abonniere", "abonniert", "besuche", "besucht", "schau", "schaut", "hol", "lade", "klicke",
        "descarga", "mira", "activa", "escanea", "dale", "no te pierdas",
        "siga", "acompanhe", "inscreva", "baixe", "assine", "participe", "clique", "curta", "confira", "receba", "junte", "ative", "acesse",
        "suivez", "rejoignez", "retrouvez", "abonnez", "téléchargez", "cliquez", "découvrez", "inscrivez", "activez", "ajoutez", "likez",
        "suis", "rejoins", "abonne", "retrouve", "ne manquez",
        "подпишись", "присоединяйся", "следи", "читай", "смотри",
        "ikuti", "ikutilah", "gabung", "bergabunglah", "kunjungi", "simak", "dapatkan", "unduh", "klik", "tonton", "yuk", "ayo", "mari", "jangan lewatkan", "pantau");

    /// <summary>
    /// Requests that address the reader wherever they stand in the clause: the polite imperatives of Hindi and
    /// Bengali that turn any word into a command ("Follow করুন", "सब्सक्राइब करें"; Bengali imperatives in -উন and
    /// Hindi ones in -इए are also read from their form), Arabic imperatives that carry "us" ("تابعونا", follow us),
    /// Japanese request forms ("ください", "しよう") and Chinese "please" and "welcome (to follow)" ("请", "欢迎").
    /// </summary>
    public static readonly PhraseSet Requests = new(LexiconId.SocialRequests,
        "করুন", "করো", "হোন", "থাকুন", "রাখুন", "দেখুন", "জানুন", "নিন",
        "करें", "कीजिए", "करिए", "करो", "जुड़ें", "जुड़िए", "देखें", "रहें", "पाएं", "पाइए", "लें",
        "تابعونا", "تابعنا", "شاركونا", "زورونا", "راسلونا",
        "ください", "下さい", "してね", "しよう", "しましょう", "お願いします", "ぜひ",
        "请", "欢迎", "敬请", "快来");

    /// <summary>
    /// The publication speaking of its own place ("our"): possessives, and in Arabic the nouns and prepositions that
    /// carry "our"/"us" ("قناتنا", "إلينا"); Chinese and Japanese words for "we" and "this paper/site".
    /// </summary>
    public static readonly PhraseSet OwnWords = new(LexiconId.SocialOwnWords,
        "our", "unser", "unsere", "unseren", "unserem", "unserer", "unseres", "nuestro", "nuestra", "nuestros", "nuestras",
        "nosso", "nossa", "nossos", "nossas", "notre", "наш", "наша", "наше", "наши", "нашем", "нашего", "нашей", "нашу", "нашим", "наших",
        "हमारे", "हमारी", "हमारा", "আমাদের", "قناتنا", "صفحتنا", "حسابنا", "موقعنا", "تطبيقنا", "مجموعتنا", "إلينا", "معنا",
        "我们", "本报", "本台", "本网", "本刊", "本站", "当サイト", "当社", "弊社", "編集部", "私たち", "kami");

    /// <summary>
    /// Second-person words: the reader addressed ("you", "dein", "vous", "вы", "आप", "আপনি", "您", "anda"). German "Sie"
    /// and "Ihr" are the formal "you" only when capitalised inside a clause (else "she", "her"): see <see cref="NeedsCapital"/>.
    /// </summary>
    public static readonly PhraseSet ReaderWords = new(LexiconId.SocialReaderWords,
        "you", "your", "dir", "dich", "dein", "deine", "deinen", "deinem", "deiner", "euch", "euer", "eure", "sie", "ihr", "ihre", "ihren", "ihrem", "ihrer",
        "tu", "tus", "usted", "ustedes", "você", "vocês", "teu", "tua", "vous", "votre", "vos",
        "вы", "вас", "вам", "ваш", "ваша", "ваше", "ваши", "вашего", "вашей", "вашем",
        "आप", "आपके", "आपकी", "आपका", "आपको", "আপনি", "আপনার", "আপনাকে", "তুমি", "তোমার",
        "您", "你", "あなた", "皆さん", "みなさん", "皆様", "anda", "kamu", "kalian");

    /// <summary>German words of <see cref="ReaderWords"/> that address the reader only when capitalised inside a clause ("Folgen Sie uns", "Ihre Meinung").</summary>
    public static bool NeedsCapital(string word) => word is "sie" or "ihr" or "ihre" or "ihren" or "ihrem" or "ihrer";
}
