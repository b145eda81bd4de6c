namespace NewsParse.Detection.Lexicons;

/// <summary>Names of social networks and channels, and calls to follow or subscribe, in the main languages and scripts of news sites.</summary>
internal static class SocialLexicon
{
    /// <summary>Network and channel names, in Latin script and in common transliterations.</summary>
    public static readonly PhraseSet Networks = new(LexiconId.SocialNetworks,
        "facebook", "twitter", "x", "x.com", "instagram", "youtube", "telegram", "whatsapp", "linkedin", "tiktok", "pinterest",
        "snapchat", "threads", "bluesky", "mastodon", "reddit", "google news", "google discover", "flipboard", "line", "viber",
        "vk", "vkontakte", "ok.ru", "dzen", "wechat", "weibo", "kakaotalk", "koo", "sharechat", "dailyhunt",
        // Bengali
        "ফেসবুক", "টুইটার", "ইউটিউব", "টেলিগ্রাম", "হোয়াটসঅ্যাপ", "ইনস্টাগ্রাম", "গুগল নিউজ", "লিংকডইন",
        // Devanagari (Hindi, Marathi)
        "फेसबुक", "ट्विटर", "यूट्यूब", "टेलीग्राम", "व्हाट्सएप", "इंस्टाग्राम", "गूगल न्यूज़", "गूगल न्यूज",
        // Arabic, Persian, Urdu
        "فيسبوك", "فيس بوك", "تويتر", "يوتيوب", "تيليجرام", "تلغرام", "واتساب", "إنستغرام", "انستغرام", "فیسبوک", "تلگرام", "اینستاگرام",
        // Cyrillic
        "фейсбук", "твиттер", "ютуб", "телеграм", "телеграмм", "вконтакте", "дзен", "инстаграм",
        // CJK, Thai, Korean
        "微博", "微信", "脸书", "推特", "フェイスブック", "ツイッター", "ユーチューブ", "インスタグラム", "페이스북", "트위터", "유튜브", "인스타그램",
        "เฟซบุ๊ก", "ทวิตเตอร์", "ยูทูบ");

    /// <summary>Calls that address the reader (imperatives, "us", "our"), anywhere in a block.</summary>
    public static readonly PhraseSet Calls = new(LexiconId.SocialCalls,
        "follow us", "follow our", "subscribe to", "subscribe now", "subscribe our", "join us", "join our", "like us", "find us on",
        "connect with us", "stay connected", "stay updated", "get the latest", "download our app", "download the app", "turn on notifications",
        "our channel", "our page", "our handle",
        "folgen sie uns", "folge uns", "abonnieren sie", "síguenos", "suscríbete", "suivez-nous", "abonnez-vous", "rejoignez-nous",
        "siga-nos", "inscreva-se", "seguici", "iscriviti", "volg ons", "obserwuj nas", "подписывайтесь", "подпишитесь", "присоединяйтесь",
        "takip edin", "abone olun", "ikuti kami", "फॉलो करें", "सब्सक्राइब करें", "जुड़ें", "ফলো করুন", "সাবস্ক্রাইব করুন", "যুক্ত হোন",
        "تابعونا", "تابعوا", "تابعنا", "关注我们", "フォローしてください", "チャンネル登録", "팔로우하세요", "구독하세요");

    /// <summary>Bare verbs of following; a call only when they open the block, in the imperative ("Follow ... on Google News").</summary>
    public static readonly PhraseSet Verbs = new(LexiconId.SocialVerbs,
        "follow", "subscribe", "join", "like", "download", "abonnieren", "folgen", "suscríbete", "abonnez", "siga", "segui", "подписаться",
        "फॉलो", "सब्सक्राइब", "ফলো", "সাবস্ক্রাইব", "اشترك", "关注", "订阅", "フォロー", "팔로우", "구독", "ติดตาม");
}
