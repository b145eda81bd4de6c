using Xunit;

using static NewsParse.Tests.Metadata.MetadataPages;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// With no other date, the date in the page's own entry in a list of posts (a link whose href is the page's canonical
/// address) is the publication; a comment's permalink ("#comment-12"), a link to another page and a link in the
/// comments are not read.
/// </summary>
public class SelfLinkDateTests
{
    private const string Canonical = "<link rel=\"canonical\" href=\"https://www.example.org/menschenrechte-achten\">";

    private static string Page(string after) =>
        "<article><h1>Menschenrechte achten</h1>" + Paragraphs(4) + "</article>" + after;

    private static string Teaser(string href, string date, string title) =>
        $"<a href=\"{href}\"><div class=\"teaser\"><div class=\"authored\">{date}</div><h2>{title}</h2></div></a>";

    [Fact]
    public void The_date_of_the_pages_own_entry_in_a_list_is_the_publication()
    {
        var list = "<div class=\"news-row\">" + Teaser("/belarus-handeln", "09.11.2021", "Geflüchtete in Belarus") + Teaser("/menschenrechte-achten", "10.11.2021", "Menschenrechte achten") + "</div>";
        Assert.Equal("2021-11-10", Parse(Page(list), Canonical, "de").Published);
    }

    [Fact]
    public void A_link_to_another_page_is_not_read()
    {
        var list = "<div class=\"news-row\">" + Teaser("/belarus-handeln", "09.11.2021", "Geflüchtete in Belarus") + "</div>";
        Assert.Null(Parse(Page(list), Canonical, "de").Published);
    }

    [Fact]
    public void A_comments_permalink_is_not_read()
    {
        var comments = "<div class=\"comment-meta\"><a href=\"https://www.example.org/menschenrechte-achten/#comment-143\">30. Juli 2013 um 2:33</a></div>";
        Assert.Null(Parse(Page(comments), Canonical, "de").Published);
    }

    [Fact]
    public void A_link_in_the_comments_is_not_read()
    {
        var comments = "<div class=\"comments\"><div class=\"comment\"><a href=\"/menschenrechte-achten\">30. Juli 2013</a><p>Gute Sache, danke!</p></div></div>";
        Assert.Null(Parse(Page(comments), Canonical, "de").Published);
    }
}
