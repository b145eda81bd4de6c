using Xunit;

using static NewsParse.Tests.Metadata.MetadataPages;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// A date the page labels as its publication in or after the article's text, read when nothing else gives a date:
/// "Veröffentlicht am 16.08.2019" under the text, "Erschienen am: 01.11.2023" after a change's date in the article's
/// footer. A date without the label right before it, one in the comments and one in a teaser link are not read.
/// </summary>
public class LabelledDateTests
{
    private static readonly string Headline = "<h1>Council approves the harbour budget</h1>";

    [Fact]
    public void A_date_labelled_as_the_publication_under_the_text_is_read()
    {
        var body = "<article>" + Headline + Paragraphs(4) + "<p>Veröffentlicht am 16.08.2019<br>Dauer: 1 Stunde 4 Minuten</p></article>";
        Assert.Equal("2019-08-16", Parse(body, lang: "de").Published);
    }

    [Fact]
    public void The_labelled_date_after_a_changes_date_is_read_not_the_change()
    {
        var body = "<article>" + Headline + Paragraphs(4) + "</article>"
            + "<div class=\"rez_footer\"><p>Letzte Änderung: 31.10.2023 - 14:49:39<br>Erschienen am: 01.11.2023<br>Lesungen: 61</p></div>";
        Assert.Equal("2023-11-01", Parse(body, lang: "de").Published);
    }

    [Theory]
    [InlineData("pl", "Opublikowano: 12.03.2021, 14:05")]
    [InlineData("pl", "Data publikacji: 12.03.2021")]
    [InlineData("ru", "Опубликовано 12.03.2021")]
    [InlineData("ru", "Дата публикации: 12.03.2021")]
    [InlineData("pt", "Publicado em 12.03.2021")]
    public void A_publication_label_in_the_other_news_languages_is_read(string lang, string line)
    {
        var body = "<article>" + Headline + Paragraphs(4) + $"<p>{line}</p></article>";
        Assert.Equal("2021-03-12", Parse(body, lang: lang).Published?[..10]);
    }

    [Fact]
    public void A_date_without_a_label_right_before_it_is_not_read()
    {
        var body = "<article>" + Headline + Paragraphs(4) + "<p>Published by the council press office, meeting of 16.08.2019</p></article>";
        Assert.Null(Parse(body).Published);
    }

    [Fact]
    public void A_labelled_date_in_a_teaser_link_is_not_read()
    {
        var body = "<article>" + Headline + Paragraphs(4) + "</article>"
            + "<div><a href=\"/other\">Harbour news. Published on 16.08.2019</a></div>";
        Assert.Null(Parse(body).Published);
    }

    [Fact]
    public void A_labelled_date_in_the_comments_is_not_read()
    {
        var body = "<article>" + Headline + Paragraphs(4) + "</article>"
            + "<div id=\"comments\" class=\"comments\"><ol class=\"commentlist\"><li class=\"comment\"><p>Posted on 16.08.2019 by Jane</p><p>Great news for the harbour.</p></li></ol></div>";
        Assert.Null(Parse(body).Published);
    }
}
