using Xunit;

using static NewsParse.Tests.Metadata.MetadataPages;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// A date the page shows labelled as its state or last change ("Stand: 28.04.2020 18:00 Uhr", "Aktualisiert:
/// 30.12.2016", "Letzte Änderung: 14.01.2022") is the article's modified date when its metadata gives none; it is the
/// publication too only when the page gives no other date (the date a reader gives the article). The publication is
/// no later than it, so a bare "date" meta tag that gives a later day (the page's build) is not taken as the publication.
/// </summary>
public class StateDateTests
{
    private static readonly string Headline = "<h1>Daten von Rheinmetall gehackt</h1>";

    private static readonly string StateLine = "<p class=\"text\"><span class=\"stand\">Stand: 28.04.2020 18:00 Uhr</span></p>";

    [Fact]
    public void The_state_shown_under_the_headline_as_the_only_date_is_the_publication_and_the_modified_date()
    {
        var article = Parse("<article>" + Headline + StateLine + Paragraphs(4) + "</article>", lang: "de");
        Assert.Equal("2020-04-28T18:00:00", article.Published);
        Assert.Equal("2020-04-28T18:00:00", article.Modified);
    }

    [Theory]
    [InlineData("de", "Aktualisiert: 14.01.2022")]
    [InlineData("de", "Letzte Änderung: 14.01.2022 um 09:25")]
    [InlineData("fr", "Dernière mise à jour : 14.01.2022")]
    [InlineData("es", "Última modificación: 14.01.2022")]
    [InlineData("it", "Ultima modifica: 14.01.2022")]
    [InlineData("nl", "Laatst gewijzigd: 14.01.2022")]
    [InlineData("pl", "Zaktualizowano: 14.01.2022")]
    [InlineData("ru", "Обновлено: 14.01.2022")]
    [InlineData("en", "Last modified on 14.01.2022")]
    public void A_last_change_under_the_text_in_the_news_languages_is_the_modified_date(string lang, string line)
    {
        var article = Parse("<article>" + Headline + Paragraphs(4) + $"<div class=\"label\">{line}</div></article>", lang: lang);
        Assert.Equal("2022-01-14", article.Published?[..10]);
        Assert.Equal("2022-01-14", article.Modified?[..10]);
    }

    [Theory]
    [InlineData("en", "This page was last edited on 4 November 2020, at 19:23.")]
    [InlineData("de", "Diese Seite wurde zuletzt am 4. November 2020 um 19:23 Uhr geändert.")]
    [InlineData("fr", "Dernière modification de cette page le 4 novembre 2020 à 19:23.")]
    [InlineData("es", "Esta página se editó por última vez el 4 noviembre 2020 a las 19:23.")]
    [InlineData("it", "Questa pagina è stata modificata per l'ultima volta il 4 novembre 2020 alle 19:23.")]
    [InlineData("nl", "Deze pagina is het laatst bewerkt op 4 november 2020 om 19:23.")]
    [InlineData("pl", "Tę stronę ostatnio edytowano 4 listopada 2020, 19:23.")]
    [InlineData("ru", "Эта страница в последний раз была отредактирована 4 ноября 2020 в 19:23.")]
    public void A_wikis_last_edit_in_its_footer_dates_a_page_that_shows_no_other(string lang, string line)
    {
        var body = "<div id=\"content\">" + Headline + Paragraphs(4) + "</div><div id=\"footer\"><ul id=\"footer-info\"><li id=\"footer-info-lastmod\">"
            + line + "</li><li><a href=\"/privacy\">Privacy policy</a></li></ul></div>";
        var article = Parse(body, lang: lang);
        Assert.Equal("2020-11-04", article.Modified?[..10]);
        Assert.Equal("2020-11-04", article.Published?[..10]);
    }

    [Fact]
    public void A_date_meta_tag_of_a_later_day_than_the_state_is_no_publication()
    {
        var article = Parse("<article>" + Headline + StateLine + Paragraphs(4) + "</article>", "<meta name=\"date\" content=\"2020-04-29T11:52:23\">", "de");
        Assert.Equal("2020-04-28T18:00:00", article.Published);
    }

    [Fact]
    public void A_modified_time_only_the_metadata_tells_is_no_publication()
    {
        var head = "<meta property=\"article:modified_time\" content=\"2020-09-30T14:43:49+00:00\">";
        var article = Parse("<article>" + Headline + Paragraphs(4) + "</article>", head, "de");
        Assert.Null(article.Published);
        Assert.Equal("2020-09-30T14:43:49+00:00", article.Modified);
    }

    [Fact]
    public void A_date_meta_tag_of_an_earlier_day_stays_the_publication()
    {
        var article = Parse("<article>" + Headline + StateLine + Paragraphs(4) + "</article>", "<meta name=\"date\" content=\"2020-04-20\">", "de");
        Assert.Equal("2020-04-20", article.Published);
        Assert.Equal("2020-04-28T18:00:00", article.Modified);
    }

    [Fact]
    public void The_metadatas_modified_time_outranks_the_shown_change()
    {
        var head = "<meta property=\"article:published_time\" content=\"2020-04-27T08:00:00+02:00\"><meta property=\"article:modified_time\" content=\"2020-04-28T18:05:00+02:00\">";
        var article = Parse("<article>" + Headline + StateLine + Paragraphs(4) + "</article>", head, "de");
        Assert.Equal("2020-04-28T18:05:00+02:00", article.Modified);
    }

    [Fact]
    public void A_last_change_in_the_comments_is_not_read()
    {
        var body = "<article>" + Headline + Paragraphs(4) + "</article><div class=\"comments\"><div class=\"comment\"><p>Aktualisiert: 30.12.2016</p><p>Gute Sache, danke!</p></div></div>";
        Assert.Null(Parse(body, lang: "de").Modified);
    }
}
