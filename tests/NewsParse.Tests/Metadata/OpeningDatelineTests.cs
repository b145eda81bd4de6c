using Xunit;

using static NewsParse.Tests.Metadata.MetadataPages;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// A dateline that opens the article's first paragraph ("Pressemitteilung vom 25. Januar 2022 | Berlin – …",
/// "Bern, 17.08.2007 - Rede …") gives the date when the head shows none; a date in the first sentence ("On 25 January
/// 2022 the council met") and a date after an update label do not.
/// </summary>
public class OpeningDatelineTests
{
    private static readonly string Headline = "<h1>Schulze: Deutschland steht an der Seite des Welternährungsprogramms</h1>";

    [Fact]
    public void A_press_releases_dateline_is_read()
    {
        var body = "<div class=\"detail\">" + Headline + "<div class=\"teaser\"><p>Pressemitteilung vom 25. Januar 2022 | Berlin – Die künftige Zusammenarbeit mit dem Programm wurde heute vereinbart, sagte die Ministerin.</p></div>"
            + Paragraphs(4) + "</div>";
        Assert.Equal("2022-01-25", Parse(body, lang: "de").Published);
    }

    [Fact]
    public void A_place_and_date_with_a_dash_before_the_text_is_read()
    {
        var body = "<div class=\"detail\">" + Headline + "<p>Bern, 17.08.2007 - Rede von Moritz Leuenberger beim Städtegipfel in Basel, vor vielen Gästen aus allen Kantonen.</p>"
            + Paragraphs(4) + "</div>";
        Assert.Equal("2007-08-17", Parse(body, lang: "de").Published);
    }

    [Fact]
    public void A_date_in_parentheses_that_opens_the_text_is_read()
    {
        var body = "<div class=\"detail\">" + Headline + "<p>(21. November 2022) Verbraucher erhalten eine Preiserhöhung nach der nächsten, und die Politik kündigt neue Umlagen an.</p>"
            + Paragraphs(4) + "</div>";
        Assert.Equal("2022-11-21", Parse(body, lang: "de").Published);
    }

    [Fact]
    public void A_block_whose_class_names_the_headline_is_not_the_first_paragraph()
    {
        var body = "<div class=\"detail\"><div class=\"news-headline\">Energiepreiskrise: Entlastungen und Rechte auf einen Blick</div><h5><em>Von Leonora Holling</em></h5>"
            + "<p>(21. November 2022) Verbraucher erhalten eine Preiserhöhung nach der nächsten, und die Politik kündigt neue Umlagen an.</p>"
            + Paragraphs(4) + "</div>";
        Assert.Equal("2022-11-21", Parse(body, "<title>example.org | Gaspreise</title>", "de").Published);
    }

    [Fact]
    public void A_date_in_parentheses_inside_a_sentence_is_not_a_dateline()
    {
        var body = "<div class=\"detail\">" + Headline + "<p>Die Ministerin (seit 21. November 2022) sagte, die Zusammenarbeit mit dem Programm werde ausgebaut.</p>"
            + Paragraphs(4) + "</div>";
        Assert.Null(Parse(body, lang: "de").Published);
    }

    [Fact]
    public void A_date_in_the_first_sentence_is_not_a_dateline()
    {
        var body = "<div class=\"detail\"><h1>Council approves the harbour budget</h1><p>On 25 January 2022 the council met to approve the budget - a long debate followed.</p>"
            + Paragraphs(4) + "</div>";
        Assert.Null(Parse(body).Published);
    }

    [Fact]
    public void A_date_after_an_update_label_is_not_a_dateline()
    {
        var body = "<div class=\"detail\"><h1>Council approves the harbour budget</h1><p>Updated 25.01.2022 – The council met to approve the budget after a long debate.</p>"
            + Paragraphs(4) + "</div>";
        var article = Parse(body);
        // read as the page's last change; as the only date it shows, it is the publication too (StateDateTests)
        Assert.Equal("2022-01-25", article.Modified);
        Assert.Equal("2022-01-25", article.Published);
    }
}
