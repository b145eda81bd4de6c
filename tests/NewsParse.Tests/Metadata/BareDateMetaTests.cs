using Xunit;

using static NewsParse.Tests.Metadata.MetadataPages;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// Meta tags named only "date" ("date", "dc.date") do not say which date they give: a &lt;time datetime&gt; the page
/// shows outranks them, and the day the article's head shows wins over them. Their counterpart: with nothing else on
/// the page, their date is still the publication.
/// </summary>
public class BareDateMetaTests
{
    private static string Page(string head, string after = "") =>
        "<article><h1>Hunde im Winter</h1>" + head + "<div class=\"text\">" + Paragraphs(4) + "</div>" + after + "</article>";

    [Fact]
    public void A_time_element_outranks_a_date_meta_tag()
    {
        var body = Page("", "<div class=\"info\"><time datetime=\"2022-01-27\">27. Januar 2022</time></div>");
        Assert.Equal("2022-01-27", Parse(body, "<meta name=\"date\" content=\"2022-01-21T15:38:44+01:00\">", "de").Published);
    }

    [Fact]
    public void The_day_the_head_shows_wins_over_a_dc_date_meta_tag()
    {
        var body = Page("<p class=\"date\">13.10.2021</p>");
        Assert.Equal("2021-10-13", Parse(body, "<meta name=\"DC.date\" content=\"2021-10-15\">", "de").Published?[..10]);
    }

    [Fact]
    public void A_date_meta_tag_alone_is_the_publication()
    {
        var body = Page("");
        Assert.Equal("2021-10-15", Parse(body, "<meta name=\"dc.date\" content=\"2021-10-15\">", "de").Published?[..10]);
    }
}
