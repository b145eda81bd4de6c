using Xunit;

using static NewsParse.Tests.Metadata.MetadataPages;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// A JSON-LD graph with no article object (older Yoast) gives the author on its WebPage by <c>@id</c>: as the
/// article's author given so, a weak statement, kept when the page shows the name (a rel=author link in an author
/// box). Its counterpart: a name the page does not show is no author.
/// </summary>
public class WebPageAuthorTests
{
    private const string Graph = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
        + "{\"@type\":\"WebPage\",\"@id\":\"https://example.org/bge/#webpage\",\"name\":\"Volksbegehren\",\"author\":{\"@id\":\"https://example.org/#/schema/person/400e\"}},"
        + "{\"@type\":[\"Person\"],\"@id\":\"https://example.org/#/schema/person/400e\",\"name\":\"Harald Bauer\"}]}</script>";

    private const string Post = "<article><h1>Volksbegehren zum Grundeinkommen</h1><div class=\"entry\">";

    [Fact]
    public void A_webpage_author_the_page_shows_is_the_author()
    {
        var body = Post + Paragraphs(4) + "</div></article>"
            + "<div class=\"author-meta\"><span class=\"author_meta_name\"><a href=\"https://example.org/author/vinpei/\" rel=\"author\">Harald Bauer</a> <span class=\"label\">Autor</span></span></div>";
        Assert.Equal("Harald Bauer", Parse(body, Graph, "de").Byline);
    }

    [Fact]
    public void A_webpage_author_the_page_does_not_show_is_none()
    {
        var body = Post + Paragraphs(4) + "</div></article>";
        Assert.Null(Parse(body, Graph, "de").Byline);
    }
}
