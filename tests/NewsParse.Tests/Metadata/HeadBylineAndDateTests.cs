using System.Text;
using NewsParse.Model;
using Xunit;

using static NewsParse.Tests.Metadata.MetadataPages;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// The byline and the date as the article's head shows them, on small pages made for one rule each: a header whose
/// class names a gallery or caption is still the headline's header, an author box of one line beside the headline is
/// its byline, a name that only starts with the site's host is no site name, "autor" and "auteur" classes name the
/// author, a told name shown in a post's meta line is kept, and a date after a publication label is the publication
/// date even on a day the metadata gives as a change. Each has its counterpart that must stay empty.
/// </summary>
public class HeadBylineAndDateTests
{
    [Fact]
    public void A_byline_in_the_headlines_own_gallery_header_is_read()
    {
        // the theme names the whole article "gallery": the headline stands in it, so its byline line is no caption
        var body = "<article><div class=\"gallery--paragraph\"><h1 class=\"gallery--page-title\">Items We Never Knew We Wanted</h1>"
            + "<div class=\"gallery--page-meta\"><div class=\"gallery--page-meta--author\">Posted on September 21, 2020 by Adi Tzlil</div></div>"
            + "<div class=\"gallery--paragraph-section\">" + Paragraphs(4) + "</div></div></article>";
        var article = Parse(body);
        Assert.Equal("Items We Never Knew We Wanted", article.Headline);
        Assert.Equal("Adi Tzlil", article.Byline);
    }

    [Fact]
    public void A_photo_credit_in_a_caption_is_no_byline()
    {
        var body = "<article><h1>Council approves the budget</h1><figure><img src=\"a.jpg\" alt=\"\"><figcaption class=\"caption\">"
            + "<span class=\"caption-author\">Jane Doe</span></figcaption></figure>" + Paragraphs(4) + "</article>";
        Assert.Null(Parse(body).Byline);
    }

    [Fact]
    public void A_one_line_author_box_beside_the_headline_is_its_byline()
    {
        var body = "<div class=\"introBox\"><h1 class=\"title\">Bundesliga: Dortmund gegen Gladbach live</h1>"
            + "<div class=\"authorbox\"><strong>von</strong> <span>Dennis Kochinky</span></div></div>"
            + "<div class=\"article\">" + Paragraphs(4) + "</div>";
        Assert.Equal("Dennis Kochinky", Parse(body, lang: "de").Byline);
    }

    [Fact]
    public void An_author_box_with_a_biography_beside_the_headline_is_no_byline()
    {
        var body = "<div class=\"introBox\"><h1 class=\"title\">Bundesliga: Dortmund gegen Gladbach live</h1>"
            + "<div class=\"authorbox\"><span>Dennis Kochinky</span> schreibt seit vielen Jahren über Fußball, Technik und das Fernsehen, "
            + "am liebsten über alles, was live übertragen wird, und lebt mit seiner Familie in Hamburg.</div></div>"
            + "<div class=\"article\">" + Paragraphs(4) + "</div>";
        Assert.Null(Parse(body, lang: "de").Byline);
    }

    [Fact]
    public void A_name_that_only_starts_with_the_sites_host_is_an_author()
    {
        const string head = "<link rel=\"canonical\" href=\"https://www.limespace.example/entloeten/\">";
        var body = "<article><h1>Professionell entlöten</h1><p class=\"post-byline\">von <span class=\"vcard author\"><a href=\"/author/limespacer/\" rel=\"author\">Limespacer</a></span> · 22. Oktober 2019</p>"
            + Paragraphs(4) + "</article>";
        Assert.Equal("Limespacer", Parse(body, head, "de").Byline);
    }

    [Fact]
    public void The_sites_host_followed_by_a_word_is_still_the_site()
    {
        const string head = "<link rel=\"canonical\" href=\"https://www.limespace.example/entloeten/\">";
        var body = "<article><h1>Professionell entlöten</h1><p class=\"post-byline\">von <span class=\"vcard author\">Limespace Team</span> · 22. Oktober 2019</p>"
            + Paragraphs(4) + "</article>";
        Assert.Null(Parse(body, head, "de").Byline);
    }

    [Fact]
    public void A_class_naming_the_autor_marks_the_byline_with_all_its_names()
    {
        var body = "<article><h1>Warum es ein Ressourcenschutzgesetz braucht</h1><ul class=\"meta\"><li><span class=\"content-left-autor\">"
            + "<a href=\"/autoren/clara-loew\">Clara Löw</a>, <a href=\"/autoren/siddharth-prakash\">Siddharth Prakash</a> &amp; <a href=\"/autoren/klaus-jacob\">Klaus Jacob</a>"
            + "</span></li><li>Energie &amp; Umwelt</li></ul>" + Paragraphs(4) + "</article>";
        var article = Parse(body, lang: "de");
        Assert.Equal("Clara Löw, Siddharth Prakash & Klaus Jacob", article.Byline);
        Assert.Equal(["Clara Löw", "Siddharth Prakash", "Klaus Jacob"], article.Authors);
    }

    private const string UntypedAuthor = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"Article\","
        + "\"headline\":\"Ammoniak-Spaltung durch LEDs\",\"author\":{\"name\":\"Nadja Podbregar\",\"@id\":\"https://www.example.org/#/schema/person/24\"}}</script>";

    [Fact]
    public void A_told_name_shown_in_the_posts_meta_line_is_kept()
    {
        var body = "<article><h1>Ammoniak-Spaltung durch LEDs</h1><div class=\"entry-content\">" + Paragraphs(4)
            + "<p class=\"entry-meta\">28. November 2022 - Nadja Podbregar</p></div></article>";
        Assert.Equal("Nadja Podbregar", Parse(body, UntypedAuthor, "de").Byline);
    }

    [Fact]
    public void A_told_name_the_page_does_not_show_is_not_kept()
    {
        var body = "<article><h1>Ammoniak-Spaltung durch LEDs</h1><div class=\"entry-content\">" + Paragraphs(4)
            + "<p class=\"entry-meta\">28. November 2022</p></div></article>";
        Assert.Null(Parse(body, UntypedAuthor, "de").Byline);
    }

    [Fact]
    public void A_date_after_a_publication_label_is_published_even_on_the_day_of_the_last_change()
    {
        const string head = "<meta property=\"og:updated_time\" content=\"2022-01-28T10:00:00+01:00\">";
        var body = "<article><h1>Sicherheits-Check für Künstliche Intelligenz</h1><p class=\"docData\">Ort Saarbrücken Datum 28.01.2022</p>"
            + Paragraphs(4) + "</article>";
        Assert.Equal("2022-01-28", Parse(body, head, "de").Published);
    }

    [Fact]
    public void An_unlabelled_date_on_the_day_of_the_last_change_is_not_published()
    {
        const string head = "<meta property=\"og:updated_time\" content=\"2022-01-28T10:00:00+01:00\">";
        var body = "<article><h1>Sicherheits-Check für Künstliche Intelligenz</h1><p class=\"docData\">Saarbrücken, 28.01.2022</p>"
            + Paragraphs(4) + "</article>";
        Assert.Null(Parse(body, head, "de").Published);
    }

    [Fact]
    public void A_marked_date_after_the_standfirst_is_published_and_a_plain_date_line_there_too()
    {
        const string standfirst = "<div class=\"teaser\">Leena Simon will die Welt retten. Sie findet, das geht nur, indem wir alle mehr Verantwortung für unsere Geräte übernehmen.</div>";
        var marked = "<article><h1>Mit Digitaler Mündigkeit die Welt retten</h1>" + standfirst
            + "<div class=\"submitted\"><span class=\"publication-date\">Veröffentlicht am 06.10.2023</span></div>" + Paragraphs(4) + "</article>";
        Assert.Equal("2023-10-06", Parse(marked, lang: "de").Published);
        var plain = "<article><h1>Mit Digitaler Mündigkeit die Welt retten</h1>" + standfirst
            + "<div><span>06.10.2023</span></div>" + Paragraphs(4) + "</article>";
        // a line that is nothing but a date within the first 300 characters of the text is the article's (DatelineAfterStandfirstTests)
        Assert.Equal("2023-10-06", Parse(plain, lang: "de").Published);
    }

    [Fact]
    public void A_date_and_byline_line_right_above_the_headline_is_read()
    {
        var body = "<article><div class=\"meta\">22.11.2022 <span>Von Christian Mihatsch</span></div><h1>Kein Kipppunkt zugunsten des Klimaschutzes</h1>"
            + "<div class=\"text\">" + Paragraphs(4) + "</div></article>";
        var article = Parse(body, lang: "de");
        Assert.Equal("Christian Mihatsch", article.Byline);
        Assert.Equal("2022-11-22", article.Published);
    }

    [Fact]
    public void An_author_card_right_above_the_headline_is_no_byline()
    {
        var body = "<article><div class=\"author\"><a href=\"/@linksc\"><strong>linksc</strong></a><p>Creating Search Engine API</p></div>"
            + "<h1>How To Scrape Google With Python</h1><div class=\"text\">" + Paragraphs(4) + "</div></article>";
        Assert.Null(Parse(body).Byline);
    }

    [Fact]
    public void The_byline_element_inside_a_longer_author_line_gives_all_the_names()
    {
        var body = "<article><h1>La agenda con que Interior busca contener la crisis</h1><div class=\"author\"><div class=\"byline\">"
            + "<a href=\"/autor/isabel-caro\">Isabel Caro</a>, <a href=\"/autor/rocio-latorre\">Rocío Latorre</a> y <a href=\"/autor/jose-miguel-wilson\">José Miguel Wilson</a></div>"
            + "<small>Hace 13 horas</small> <small>Tiempo de lectura: 8 minutos</small></div>" + Paragraphs(4) + "</article>";
        Assert.Equal(["Isabel Caro", "Rocío Latorre", "José Miguel Wilson"], Parse(body, lang: "es").Authors);
    }

    [Fact]
    public void A_heading_holding_only_a_date_right_above_the_headline_is_the_date()
    {
        var body = "<div id=\"content\"><h3>21.01.2022</h3><h1>HISTALP Österreich Jahresbericht 2021</h1><div class=\"text\">" + Paragraphs(4) + "</div></div>";
        Assert.Equal("2022-01-21", Parse(body, lang: "de").Published);
    }

    [Fact]
    public void A_heading_that_names_a_day_in_words_is_no_date_line()
    {
        var body = "<div id=\"content\"><h3>Rückblick auf den 21.01.2022</h3><h1>HISTALP Österreich Jahresbericht 2021</h1><div class=\"text\">" + Paragraphs(4) + "</div></div>";
        Assert.Null(Parse(body, lang: "de").Published);
    }

    [Fact]
    public void A_date_in_the_headlines_own_gallery_header_is_read()
    {
        var body = "<article><div class=\"gallery--paragraph\"><h1 class=\"gallery--page-title\">Items We Never Knew We Wanted</h1>"
            + "<div class=\"gallery--page-meta\">September 21, 2020</div>"
            + "<div class=\"gallery--paragraph-section\">" + Paragraphs(4) + "</div></div></article>";
        Assert.Equal("2020-09-21", Parse(body).Published);
    }
}
