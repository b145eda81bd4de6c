using NewsParse.Detection.Boilerplate;
using NewsParse.Model;
using Xunit;

namespace NewsParse.Tests.PlainText;

/// <summary>
/// Boilerplate set inside the article's text as ordinary lines is recognised by its class — lead-ins to other
/// articles, the publication's promotions, contact details, notes about the article, share and rating prompts,
/// captions, reading times, teasers cut short — in several languages, and the sentences that only look like them
/// (a report on an app, a quotation, a paragraph that starts with "Kontakt", a quote ending with a date) stay text.
/// Lines are set at the end of an article (where notes and promotions stand) or in its middle.
/// </summary>
public sealed class InArticleBoilerplateTests
{
    private static readonly string English = Corpus.Read("seed", "xi-putin-moscow.txt");
    private static readonly string German = Corpus.Read("text", "de-energiewende.txt");
    private static readonly string Spanish = Corpus.Read("text", "es-sequia-andalucia.txt");

    /// <summary>Paragraphs with at least three paragraphs of the article before and after them.</summary>
    private const string EnglishMiddle = "This trade relationship is about more than survival.";
    private const string GermanMiddle = "Der schnelle Ausbau bringt die Stromnetze";
    private const string SpanishMiddle = "Los agricultores de olivar";

    public static TheoryData<string, string, BoilerplateKind, string> LeadIns => new()
    {
        { "es", "Lea también: Impiden ingreso a Nicaragua a reportero y camarógrafo estadounidense", BoilerplateKind.RelatedLink, "lead-in" },
        { "es", "LE PUEDE INTERESAR: La ficha de Juan Orlando Hernández en el tribunal de Nueva York", BoilerplateKind.RelatedLink, "lead-in" },
        { "de", "Lesen Sie hier: Spielabbruch in der Kreisliga zwischen zwei Mannschaften", BoilerplateKind.RelatedLink, "lead-in" },
        { "en", "Leia também: Governo anuncia novo pacote de ajuda aos agricultores", BoilerplateKind.RelatedLink, "lead-in" },
        { "en", "Czytaj także: Rząd zapowiada nowe przepisy dotyczące rolnictwa", BoilerplateKind.RelatedLink, "lead-in" },
        { "en", "Читайте также: Правительство объявило о новых мерах поддержки", BoilerplateKind.RelatedLink, "lead-in" },
        { "de", "Abbildung 4: klassische Schwachschicht. Der Unterschied in der Kornform ist klar ersichtlich.", BoilerplateKind.Caption, "figure caption" },
        { "en", "Figure 2. Russian exports of oil to China, 2020 to 2024", BoilerplateKind.Caption, "figure caption" },
        { "en", "4 Min Read", BoilerplateKind.Other, "reading-time" },
        { "de", "Lesezeit: 3 Minuten", BoilerplateKind.Other, "reading-time" },
        { "de", "Auskunft über vergangenes Wetter… mehr •••", BoilerplateKind.RelatedLink, "teaser cut short" },
    };

    [Theory]
    [MemberData(nameof(LeadIns))]
    public void A_line_that_sends_the_reader_elsewhere_or_labels_a_picture_is_boilerplate_in_the_middle_of_the_text(
        string language, string line, BoilerplateKind kind, string reason)
    {
        var found = Assert.Single(InMiddle(language, line).Boilerplate, b => b.Text == line);
        Assert.Equal(kind, found.Kind);
        Assert.Contains(reason, found.Reason);
    }

    public static TheoryData<string, string, BoilerplateKind, string> EdgeLines => new()
    {
        // Promotions: the thing promoted and the reader addressed.
        { "en", "Get the latest news straight to your phone with the VI Consortium app.", BoilerplateKind.SocialPrompt, "promotes \"app\"" },
        { "en", "For the latest stories and breaking news updates download the Nationnews apps for iOS and Android.", BoilerplateKind.SocialPrompt, "promotes \"apps\"" },
        { "en", "Subscribe now to our eNATION edition for the full story.", BoilerplateKind.Newsletter, "promotes" },
        { "en", "We rely on your support to make local news available to all", BoilerplateKind.Other, "promotes \"support\"" },
        { "de", "Lust auf mehr? Lass dir die besten Storys jede Woche in deinen Posteingang liefern. Melde dich hier für unseren Newsletter an!", BoilerplateKind.Newsletter, "promotes" },
        { "es", "Descarga la app de El Heraldo y recibe las noticias en tu móvil.", BoilerplateKind.SocialPrompt, "promotes \"app\"" },
        { "en", "Abonnez-vous à notre newsletter pour recevoir l'essentiel de l'actualité chaque matin.", BoilerplateKind.Newsletter, "promotes" },
        // Notes about the article itself.
        { "en", "This entry was posted in Allgemein. Bookmark the permalink.", BoilerplateKind.Other, "a note about the article" },
        { "de", "Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE.", BoilerplateKind.Other, "a note about the article" },
        { "de", "Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion.", BoilerplateKind.Other, "a note about the article" },
        { "de", "*Werbung. Dieser Beitrag enthält Werbung für MYMARINI.", BoilerplateKind.Advertisement, "an advertising note" },
        // Contact details.
        { "de", "Felix Losada E-Mail: flosada@nordex-online.com Telefon: +49 - (40) - 300 30 - 1141", BoilerplateKind.Other, "contact details (an e-mail address)" },
        { "de", "Leiterin: Maryam Schmidt Telefon: 089 1258-290 Fax: 089 1258-359", BoilerplateKind.Other, "contact details (a phone number)" },
        // Share and rating prompts.
        { "de", "Möchten Sie den Artikel teilen?", BoilerplateKind.ShareBar, "share the article" },
        { "de", "War der Artikel nützlich? (95 Stimmen: 4,73 von 5)", BoilerplateKind.Other, "rate the article" },
        { "es", "Valora esta noticia", BoilerplateKind.Other, "rate the article" },
    };

    [Theory]
    [MemberData(nameof(EdgeLines))]
    public void A_promotion_note_contact_or_prompt_that_closes_the_article_is_boilerplate(string language, string line, BoilerplateKind kind, string reason)
    {
        var article = AtEnd(language, line);
        var found = Assert.Single(article.Boilerplate, b => b.Text == line);
        Assert.Equal(kind, found.Kind);
        Assert.Contains(reason, found.Reason);
        Assert.DoesNotContain(article.AllBlocks(), b => b.Text == line);
    }

    public static TheoryData<string, string> Sentences => new()
    {
        // Sentences that mention an app, a subscription or a donation.
        { "en", "The ministry launched an app that lets you check the air quality in Moscow before you leave home." },
        { "en", "Moscow's transport department said its new app lets you pay for the metro with your phone, and our reporter tried it." },
        { "en", "We all know that you cannot trust apps with your data." },
        { "en", "These changes are designed to ensure our community of over a billion Android users use as little data as possible for regular app updates. The best thing is that as a developer you don't need to do anything." },
        { "de", "Die Stadtwerke haben eine App veröffentlicht, mit der Bürger den Stromverbrauch ihrer Anlage verfolgen können." },
        // Quotations: the article is not speaking of itself, nor addressing its reader.
        { "en", "“This story was published to mislead voters,” the senator said on 3 June 2025." },
        { "en", "“Download our app and see for yourself,” Putin told reporters on 9 May 2025." },
        { "de", "„Das ist ein historischer Tag für Bayern“, sagte Energieminister Hubert Aiwanger am 12. März 2025" },
        // The article's provenance is kept with it.
        { "en", "This article was originally published by Futurism. Read the original article." },
        { "es", "Este artículo fue publicado originalmente en El País." },
        // "Kontakt" and numbers in running text.
        { "de", "Kontakt zu den Behörden hatte der Betreiber nach Angaben des Landratsamts seit Wochen nicht mehr, sagte ein Sprecher." },
        { "de", "Kontakt zu den Behörden: Die Gemeinde hatte nach Angaben des Landratsamts seit Wochen keinen Kontakt mehr zu den Betreibern." },
        { "de", "Hinweise nimmt die Polizei unter 089 2910-0 entgegen." },
        { "de", "Die Anlage ging am 03-10-2004 ans Netz und lieferte seither 1 500 000 Kilowattstunden." },
        // A statement about sharing, a figure in running text, a label-like clause in a sentence.
        { "en", "The article was shared 500,000 times within a day." },
        { "de", "Abbildung 4 zeigt, wie stark die Leistung der Solarparks seit 2020 gestiegen ist." },
        { "en", "Figure skating: Russian athletes remain barred from the world championships this winter, officials said." },
        { "es", "Lea también la carta que los agricultores enviaron al Gobierno: piden ayudas urgentes para el olivar." },
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void A_sentence_that_only_looks_like_boilerplate_stays_text_at_the_end_and_in_the_middle(string language, string line)
    {
        foreach (var article in new[] { AtEnd(language, line), InMiddle(language, line) })
        {
            Assert.DoesNotContain(article.Boilerplate, b => b.Text == line);
            Assert.Contains(article.AllBlocks(), b => b.Text == line);
        }
    }

    [Theory]
    [InlineData("This entry was posted in Allgemein. Bookmark the permalink.")]
    [InlineData("Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE.")]
    public void A_note_about_the_article_in_the_middle_of_its_text_is_text(string line)
    {
        // Notes open or close an article; three paragraphs on both sides make the line part of the text.
        var article = InMiddle(line.StartsWith("Dieser", StringComparison.Ordinal) ? "de" : "en", line);
        Assert.DoesNotContain(article.Boilerplate, b => b.Text == line);
    }

    [Theory]
    [InlineData("stunnel_rsync.html - Created 03-10-2004 2:20pm - Last Modified: 03-10-2004 2:20pm", false)]
    [InlineData("Die Sitzungen: 05/11/2021 und 03-12-2021", false)]
    [InlineData("Questions? Call 02-751-1500", true)]
    [InlineData("Tel. 06 12 34 56 78", true)]
    [InlineData("+44 20 7946 0958", true)]
    public void A_date_written_with_dashes_or_slashes_is_no_phone_number(string text, bool phone)
    {
        Assert.Equal(phone, ContactDetector.HasPhoneNumber(text));
    }

    [Fact]
    public void A_label_and_a_link_to_another_article_is_a_lead_in_and_a_label_over_a_sentence_is_text()
    {
        var paragraphs = Spanish.Split('\n').Where(l => l.Length > 80 && !l.Contains(':', StringComparison.Ordinal) && !l.StartsWith("Los embalses se", StringComparison.Ordinal)).Select(l => $"<p>{l}</p>").ToArray();
        Assert.True(paragraphs.Length >= 5);
        var html = "<html><head><title>La sequía en Andalucía</title></head><body><article><h1>La sequía obliga a Andalucía a reducir el riego</h1>"
            + string.Concat(paragraphs[..3])
            + "<p>VEA TAMBIÉN: <a href=\"/otra-noticia\">Entre heces y guaricha: la escuela que no brilla para sus estudiantes</a></p>"
            + "<p>Según la Junta: <a href=\"/informe\">el informe</a> muestra que los embalses de Sevilla y Huelva son los que más agua han perdido este verano.</p>"
            + string.Concat(paragraphs[3..])
            + "</article></body></html>";
        var article = NewsParser.Parse(html);
        var leadIn = Assert.Single(article.Boilerplate, b => b.Text.StartsWith("VEA TAMBIÉN", StringComparison.Ordinal));
        Assert.Equal(BoilerplateKind.RelatedLink, leadIn.Kind);
        Assert.Contains("a lead-in", leadIn.Reason);
        Assert.Contains(article.AllBlocks(), b => b.Text.StartsWith("Según la Junta:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_label_over_contact_details_goes_with_them_and_a_label_over_the_articles_links_stays_text()
    {
        var paragraphs = German.Split('\n').Where(l => l.Length > 120).Take(5).Select(l => $"<p>{l}</p>").ToArray();
        Assert.Equal(5, paragraphs.Length);
        var html = "<html><head><title>Energiewende in Bayern</title></head><body><article><h1>Energiewende in Bayern: Solarparks verdoppeln ihre Leistung</h1>"
            + string.Concat(paragraphs[..3])
            + "<p>Quellen:</p><ul><li><a href=\"/a\">Landesamt für Statistik: Energiebericht 2024</a></li><li><a href=\"/b\">Bundesnetzagentur: Netzausbau in Bayern</a></li><li><a href=\"/c\">Energiegenossenschaften im Freistaat</a></li></ul>"
            + string.Concat(paragraphs[3..])
            + "<p>Kontakt:</p><p>Dr. Anna Schmidt, Landesamt für Umwelt, E-Mail: presse@lfu.example.de</p>"
            + "</article></body></html>";
        var article = NewsParser.Parse(html);
        var contact = Assert.Single(article.Boilerplate, b => b.Text == "Kontakt:");
        Assert.Equal("a label over the boilerplate after it", contact.Reason);
        Assert.Contains(article.Boilerplate, b => b.Text.StartsWith("Dr. Anna Schmidt", StringComparison.Ordinal) && b.Reason.Contains("contact details", StringComparison.Ordinal));
        Assert.DoesNotContain(article.Boilerplate, b => b.Text == "Quellen:");
        Assert.Contains(article.AllBlocks(), b => b.Text == "Quellen:");
    }

    /// <summary>The article without its FAQ and footer, closed by <paramref name="line"/>.</summary>
    private static Article AtEnd(string language, string line)
    {
        var (text, faq) = language switch
        {
            "de" => (German, "Häufig gestellte Fragen"),
            "es" => (Spanish, "Preguntas frecuentes"),
            _ => (English, "FAQs about Xi Jinping"),
        };
        int at = text.IndexOf(faq, StringComparison.Ordinal);
        Assert.True(at > 0, $"FAQ of the {language} article");
        return NewsParser.Parse(text[..at].TrimEnd() + "\n\n" + line + "\n");
    }

    private static Article InMiddle(string language, string line)
    {
        var (text, anchor) = language switch
        {
            "de" => (German, GermanMiddle),
            "es" => (Spanish, SpanishMiddle),
            _ => (English, EnglishMiddle),
        };
        int at = text.IndexOf(anchor, StringComparison.Ordinal);
        Assert.True(at > 0, $"anchor of the {language} article");
        string gap = text.Contains("\n\n", StringComparison.Ordinal) ? "\n\n" : "\n";
        return NewsParser.Parse(text[..at] + line + gap + text[at..]);
    }
}
