using NewsParse.Html;
using Xunit;

using static NewsParse.Tests.Metadata.MetadataPages;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// A UTC instant of the metadata that the article's head shows, to the minute, as another day's local time
/// ("03/05/2022 21:44" for 2022-05-04T00:44:52Z) is written in that local time: the reader's day is the one shown.
/// A shown time that does not agree to the minute, a midnight instant (a bare day) and an instant with a local offset are
/// left as the metadata writes them.
/// </summary>
public class ShownLocalTimeTests
{
    private static string Page(string shown) =>
        "<article><header><h1>O que Pacheco pretende ao fazer acenos ao STF</h1><ul class=\"credits\"><li>Brasília</li><li>" + shown + "</li></ul></header>"
        + "<div class=\"text\">" + Paragraphs(4) + "</div></article>";

    private static string Meta(string instant) => $"<meta property=\"article:published_time\" content=\"{instant}\">";

    [Fact]
    public void A_utc_instant_shown_on_the_day_before_is_written_in_the_pages_time()
    {
        var article = Parse(Page("03/05/2022 21:44"), Meta("2022-05-04T00:44:52Z"), "pt");
        Assert.Equal("2022-05-03T21:44:52-03:00", article.Published);
    }

    [Fact]
    public void The_month_first_order_is_read_when_it_is_the_one_that_agrees()
    {
        var article = Parse(Page("5/3/2022 9:44 pm"), Meta("2022-05-04T01:44:52+00:00"), "en");
        Assert.Equal("2022-05-03T21:44:52-04:00", article.Published);
    }

    [Fact]
    public void A_date_with_its_months_name_agrees_too()
    {
        var article = Parse(Page("4. Mai 2022, 0:30 Uhr"), Meta("2022-05-03T22:30:00Z"), "de");
        Assert.Equal("2022-05-04T00:30:00+02:00", article.Published);
    }

    [Fact]
    public void An_instant_with_no_offset_is_written_as_shown_without_one()
    {
        var article = Parse(Page("3/5/2022 22:41"), "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2022-05-04T02:41:00\"}</script>", "es");
        Assert.Equal("2022-05-03T22:41:00", article.Published);
    }

    [Fact]
    public void A_time_written_with_an_h_agrees_too()
    {
        var article = Parse(Page("03/05/2022 à 21h44"), Meta("2022-05-04T00:44:52Z"), "fr");
        Assert.Equal("2022-05-03T21:44:52-03:00", article.Published);
    }

    [Fact]
    public void A_time_written_with_a_dot_agrees_too()
    {
        var article = Parse(Page("3. Mai 2022, 21.44 Uhr"), Meta("2022-05-04T00:44:52Z"), "de");
        Assert.Equal("2022-05-03T21:44:52-03:00", article.Published);
    }

    [Fact]
    public void A_line_with_no_clock_time_gives_no_local_time()
    {
        var article = Parse(Page("3. Mai 2022"), Meta("2022-05-04T00:44:52Z"), "de");
        Assert.Equal("2022-05-04T00:44:52+00:00", article.Published);
    }

    [Fact]
    public void A_shown_time_a_few_minutes_apart_does_not_agree()
    {
        var article = Parse(Page("03/05/2022 21:40"), Meta("2022-05-04T00:44:52Z"), "pt");
        Assert.Equal("2022-05-04T00:44:52+00:00", article.Published);
    }

    [Fact]
    public void A_later_change_shown_on_the_next_day_is_not_the_publications_local_time()
    {
        var article = Parse(Page("Aktualisiert: 04.05.2022 05:30"), Meta("2022-05-03T23:30:00Z"), "de");
        Assert.Equal("2022-05-03T23:30:00+00:00", article.Published);
    }

    [Fact]
    public void A_midnight_instant_is_a_day_and_is_left_alone()
    {
        var article = Parse(Page("03/05/2022 21:00"), Meta("2022-05-04T00:00:00Z"), "pt");
        Assert.Equal("2022-05-04T00:00:00+00:00", article.Published);
    }

    [Fact]
    public void An_instant_with_a_local_offset_is_left_alone()
    {
        var article = Parse(Page("03/05/2022 21:44"), Meta("2022-05-04T00:44:52+02:00"), "pt");
        Assert.Equal("2022-05-04T00:44:52+02:00", article.Published);
    }

    [Fact]
    public void The_modified_time_is_compared_with_the_metadatas_own_publication()
    {
        var ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2022-05-04T02:41:00\",\"dateModified\":\"2022-05-04T02:41:00\"}</script>";
        Assert.Null(Parse(Page("3/5/2022 22:41"), ld, "es").Modified);
    }

    [Theory]
    [InlineData("03/05/2022 21:44", "2022-05-04T00:44:52Z", "2022-05-03T21:44:52-03:00")]
    [InlineData("04/05/2022 05:14", "2022-05-03T23:44:52Z", "2022-05-04T05:14:52+05:30")]
    [InlineData("03/05/2022 21:44", "2022-05-03T21:44:52Z", null)]   // the same day: nothing to write
    [InlineData("03/05/2022 21:44", "2022-05-05T09:44:52Z", null)]   // more than fourteen hours apart
    public void Read_agrees_by_a_time_zones_offset(string text, string instant, string? local) =>
        Assert.Equal(local, ShownLocalTime.Read(text, DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture), writeOffset: true));
}
