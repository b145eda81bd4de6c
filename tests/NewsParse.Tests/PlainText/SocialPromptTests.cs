using NewsParse.Detection;
using NewsParse.Detection.Lexicons;
using NewsParse.Model;
using Xunit;

namespace NewsParse.Tests.PlainText;

/// <summary>
/// Calls to follow or subscribe are recognised by their structure — a network or channel named, and the reader
/// addressed with an imperative or request, or the publication's own channel — in the main news languages, with
/// phrasings that no lexicon lists; share lines are share bars; reports and quotes that name networks stay text.
/// </summary>
public sealed class SocialPromptTests
{
    private static readonly string Seed = Corpus.Read("seed", "xi-putin-moscow.txt");
    private static readonly Article SeedArticle = NewsParser.Parse(Seed);
    private const string Anchor = "Xi’s visit also held significant symbolic value.";

    /// <summary>The phrase sets of the call (not the names of networks and channels): none of their phrases of two words or more may occur in a prompt below.</summary>
    private static readonly PhraseSet[] CallSets = [SocialLexicon.CallVerbs, SocialLexicon.Requests, SocialLexicon.OwnWords, SocialLexicon.ReaderWords];

    [Theory]
    // English
    [InlineData("Catch our daily explainers on YouTube")]
    [InlineData("Tap the bell on our TikTok for live updates")]
    // Spanish
    [InlineData("Únete a nuestro canal de WhatsApp y recibe las noticias del día")]
    [InlineData("Síguenos también en TikTok e Instagram")]
    // Portuguese
    [InlineData("Acompanhe o nosso trabalho também pelo Telegram")]
    [InlineData("Receba as principais notícias no seu WhatsApp")]
    // French
    [InlineData("Retrouvez toute l'actualité sur notre chaîne WhatsApp")]
    [InlineData("Abonnez-vous à notre page Facebook pour ne rien manquer")]
    // German
    [InlineData("Werden Sie Teil unserer WhatsApp-Community")]
    [InlineData("Besuchen Sie uns auch auf Instagram und TikTok")]
    // Hindi
    [InlineData("हमारे व्हाट्सएप चैनल से जुड़ने के लिए यहां क्लिक करें")]
    [InlineData("ताज़ा खबरों के लिए हमें फेसबुक और ट्विटर पर फॉलो कीजिए")]
    // Bengali
    [InlineData("সর্বশেষ খবর পেতে আমাদের হোয়াটসঅ্যাপ চ্যানেলে যোগ দিন")]
    [InlineData("প্রতিদিনের আপডেট জানতে ফেসবুক পেজে চোখ রাখুন")]
    // Arabic
    [InlineData("انضموا إلى قناتنا على واتساب لمتابعة آخر الأخبار")]
    [InlineData("لمزيد من الأخبار تابعونا على تويتر وفيسبوك")]
    // Russian
    [InlineData("Все главные новости дня — в нашем Telegram-канале")]
    [InlineData("Присоединяйтесь к нам во ВКонтакте и Дзене")]
    // Chinese
    [InlineData("更多精彩内容，欢迎关注我们的微信公众号")]
    [InlineData("想第一时间了解新闻？请在抖音搜索并关注本报官方账号")]
    // Japanese
    [InlineData("最新ニュースはLINEで友だち追加してね")]
    [InlineData("公式Xアカウントもぜひフォローしてください")]
    // Indonesian
    [InlineData("Gabung ke saluran WhatsApp kami untuk berita terkini")]
    [InlineData("Dapatkan update berita pilihan setiap hari di grup Telegram")]
    // A channel without a network's name
    [InlineData("Join our channel for breaking news alerts")]
    public void A_prompt_phrased_as_no_lexicon_lists_is_recognised_by_its_structure(string line)
    {
        var lower = line.ToLowerInvariant();
        foreach (var set in CallSets)
            Assert.DoesNotContain(set.Phrases, p => p.Contains(' ') && lower.Contains(p, StringComparison.Ordinal));

        var article = Insert(line);
        var found = Assert.Single(article.Boilerplate, b => b.Text == line);
        Assert.Equal(BoilerplateKind.SocialPrompt, found.Kind);
        Assert.Matches("addresses the reader|names its own channel", found.Reason);
        Assert.Equal(SeedArticle.AllBlocks().Select(b => b.Text), article.AllBlocks().Select(b => b.Text));
    }

    [Fact]
    public void The_seed_footer_is_recognised_by_the_same_structure()
    {
        var footer = Seed.Split('\n')[^1];
        var found = Assert.Single(SeedArticle.Boilerplate, b => b.Text == footer);
        Assert.Equal(BoilerplateKind.SocialPrompt, found.Kind);
        // "করুন" is the Bengali polite imperative that makes a command of any word ("Follow করুন"); no phrase of the call's lexicons is in the footer.
        Assert.Contains("addresses the reader (\"করুন\")", found.Reason);
        foreach (var set in CallSets)
            Assert.DoesNotContain(set.Phrases, p => p.Contains(' ') && footer.ToLowerInvariant().Contains(p, StringComparison.Ordinal));
    }

    [Fact]
    public void A_short_prompt_on_the_articles_topic_is_still_a_prompt()
    {
        const string line = "Follow our Moscow bureau on X for live updates from Red Square";
        Assert.Equal(BoilerplateKind.SocialPrompt, Assert.Single(Insert(line).Boilerplate, b => b.Text == line).Kind);
    }

    [Theory]
    [InlineData("Facebook and Twitter said they would follow the new rules on state media from Russia and China.")]
    [InlineData("Russian state media accounts on Facebook, X and Telegram shared clips of the parade within minutes.")]
    [InlineData("Like millions of others, Ahmed shared the video on Facebook and WhatsApp before it was removed.")]
    [InlineData("A Facebook spokesperson told us the feature would return.")]
    [InlineData("Our correspondent asked Facebook about the outage.")]
    // Quotes of posts: the imperative is someone else's.
    [InlineData("“Follow our live coverage on Twitter,” the Russian embassy wrote on Facebook on Friday.")]
    [InlineData("\"Join us in Red Square tomorrow,\" the mayor wrote on Facebook.")]
    [InlineData("Xi posted on Weibo: “Follow the road of friendship with Russia.”")]
    // Reports in the other languages (off the English article's topic, so only the structure keeps them).
    [InlineData("El Gobierno anunció en Twitter y Facebook que la cumbre se celebrará en Moscú.")]
    [InlineData("Últimamente, Facebook ha cambiado sus reglas en Rusia.")]
    [InlineData("Президент написал в Telegram, что переговоры пройдут в Москве.")]
    [InlineData("प्रधानमंत्री ने ट्विटर पर लिखा कि बैठक मॉस्को में होगी।")]
    [InlineData("外交部在微博上表示，两国领导人将在莫斯科会面。")]
    [InlineData("وقال المتحدث على تويتر إن القمة ستعقد في موسكو.")]
    [InlineData("Presiden menulis di Instagram bahwa pertemuan akan digelar di Moskow.")]
    public void A_report_or_a_quote_that_names_networks_stays_in_the_body(string line)
    {
        var article = Insert(line);
        Assert.DoesNotContain(article.Boilerplate, b => b.Text == line);
        Assert.Contains(article.AllBlocks(), b => b.Text == line);
    }

    [Fact]
    public void Follow_the_money_is_a_heading()
    {
        var article = NewsParser.Parse(Seed.Replace("Putin and Xi: A United Front Against Western Influence", "Follow the money"));
        Assert.DoesNotContain(article.Boilerplate, b => b.Text == "Follow the money");
        Assert.Contains(article.Sections, s => s.Heading == "Follow the money");
    }

    [Theory]
    [InlineData("Share: Facebook Twitter WhatsApp Email")]
    [InlineData("Compartilhe: Facebook X WhatsApp")]
    [InlineData("Compártelo: Facebook X WhatsApp")]
    [InlineData("Partagez : Facebook X LinkedIn E-mail")]
    [InlineData("Teilen: Facebook, X, WhatsApp, E-Mail")]
    [InlineData("Поделиться: ВКонтакте Telegram WhatsApp")]
    [InlineData("শেয়ার করুন: ফেসবুক টুইটার হোয়াটসঅ্যাপ")]
    [InlineData("شارك: فيسبوك تويتر واتساب")]
    [InlineData("分享到：微博 微信 QQ空间")]
    [InlineData("Bagikan: Facebook Twitter WhatsApp Telegram")]
    public void A_share_line_is_a_share_bar_not_a_social_prompt(string line)
    {
        var article = Insert(line);
        Assert.Equal(BoilerplateKind.ShareBar, Assert.Single(article.Boilerplate, b => b.Text == line).Kind);
        Assert.Equal(SeedArticle.AllBlocks().Select(b => b.Text), article.AllBlocks().Select(b => b.Text));
    }

    [Theory]
    [InlineData("Follow us on Instagram", "follow")]
    [InlineData("For live updates: follow the newsroom on Threads", "follow")]
    [InlineData("Folgen Sie uns auf Instagram", "folgen")]
    [InlineData("Siga-nos no Instagram", "siga")]
    [InlineData("Suivez-nous sur Instagram", "suivez")]
    [InlineData("Suscríbete a nuestro canal de YouTube", "suscríbete")]
    [InlineData("Подписывайтесь на наш Telegram", "подписывайтесь")]
    [InlineData("ফেসবুক পেজে Follow করুন", "করুন")]
    [InlineData("यूट्यूब चैनल को सब्सक्राइब कीजिए", "कीजिए")]
    [InlineData("请关注微博", "请")]
    public void An_imperative_is_read_where_its_language_puts_it(string line, string call)
    {
        var address = ReaderAddress.Read(new BlockWords(line), line);
        Assert.Equal(call, address.Call);
    }

    [Theory]
    [InlineData("Ángela Merkel escribió en Twitter que la reunión fue productiva.")]   // a stressed vowel and "-la" is a name, not an enclitic
    [InlineData("Befürchten Sie einen Datenmissbrauch durch Facebook?")]               // a German question has the order of the imperative
    [InlineData("Facebook ha cambiado sus reglas, sigue la polémica en Twitter.")]     // "sigue": a third person
    [InlineData("ফেসবুকের নতুন নিয়ম নিয়ে বিতর্ক")]                                       // "নতুন" (new) ends as an imperative does
    [InlineData("该应用在抖音上很受欢迎")]                                               // "受欢迎": popular
    [InlineData("他在微博上申请了新的账号")]                                             // "申请": apply
    [InlineData("Then she wrote on X: “Follow me for updates.”")]                       // a quote
    public void A_form_that_only_looks_like_a_call_is_none(string line)
    {
        var address = ReaderAddress.Read(new BlockWords(line), line);
        Assert.Null(address.Call);
        Assert.True(address.Networks > 0);
    }

    [Theory]
    [InlineData("All the news of the day in our WhatsApp channel", "our")]
    [InlineData("Berita terbaru ada di kanal YouTube kami", "kami")]
    [InlineData("Our correspondent asked Facebook about the outage", null)]
    public void A_possessive_speaks_of_the_network_or_channel_next_to_it(string line, string? own)
    {
        Assert.Equal(own, ReaderAddress.Read(new BlockWords(line), line).Own);
    }

    private static Article Insert(string line) => NewsParser.Parse(Seed.Replace(Anchor, line + "\n" + Anchor));
}
