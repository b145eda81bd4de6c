using Xunit;

using static NewsParse.Tests.Metadata.MetadataPages;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// The publication date given by schema.org microdata in an element's attribute (itemprop=datePublished with
/// <c>content</c>, or an &lt;abbr&gt; with <c>title</c>, as Blogger's hAtom footer writes it), and its counterparts: the
/// same markup in the comments, and a title on an element that is not marked as the publication date.
/// </summary>
public class MicrodataDateTests
{
    private static readonly string Headline = "<h1>Council approves the harbour budget</h1>";

    [Fact]
    public void An_abbr_marked_as_the_publication_date_gives_its_title()
    {
        var body = "<div class=\"post hentry\">" + Headline + Paragraphs(4)
            + "<div class=\"post-footer\">Posted at <abbr class=\"published\" itemprop=\"datePublished\" title=\"2019-10-16T14:33:00-07:00\">2:33 PM</abbr></div></div>";
        Assert.Equal("2019-10-16T14:33:00-07:00", Parse(body).Published);
    }

    [Fact]
    public void An_element_marked_as_the_publication_date_gives_its_content()
    {
        var body = "<div class=\"article\">" + Headline + "<p class=\"info\" itemprop=\"datePublished\" content=\"2022-01-14 10:31:00\">News</p>" + Paragraphs(4) + "</div>";
        Assert.Equal("2022-01-14T10:31:00", Parse(body).Published);
    }

    [Fact]
    public void An_abbr_with_a_title_not_marked_as_the_publication_date_gives_none()
    {
        var body = "<div class=\"post hentry\">" + Headline + Paragraphs(4)
            + "<div class=\"post-footer\">Posted at <abbr class=\"time\" title=\"2019-10-16T14:33:00-07:00\">2:33 PM</abbr></div></div>";
        Assert.Null(Parse(body).Published);
    }

    [Fact]
    public void A_comments_publication_date_in_microdata_gives_none()
    {
        var body = "<div class=\"post\">" + Headline + Paragraphs(4) + "</div>"
            + "<div id=\"comments\" class=\"comments\"><div class=\"comment\" itemscope itemtype=\"https://schema.org/Comment\"><p>Great news.</p>"
            + "<abbr itemprop=\"datePublished\" title=\"2019-10-17T09:00:00-07:00\">9:00 AM</abbr></div></div>";
        Assert.Null(Parse(body).Published);
    }
}
