using Xunit;

using static NewsParse.Tests.Metadata.MetadataPages;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// A block that shows the page's told title as all its text, though no heading element ("&lt;div class=h-title&gt;"),
/// anchors the article's head: the date shown right under it is read. A link of the same text (a teaser) does not.
/// </summary>
public class TitleBlockAnchorTests
{
    private const string Head = "<title>Council approves the harbour budget - Example News</title><meta property=\"og:site_name\" content=\"Example News\">";

    private static string Page(string title) =>
        "<div class=\"top\"><a href=\"/\">Example News</a></div><div class=\"news-head\">" + title
        + "<div class=\"info\"><span class=\"stamp\"> 2020-02-19 20:29:58</span> <span>Source: Harbour Weekly</span></div></div>"
        + "<div class=\"main\"><div class=\"share\"><a href=\"#c\">Share</a></div><div id=\"detail\">" + Paragraphs(5) + "</div></div>";

    [Fact]
    public void A_block_showing_the_told_title_anchors_the_head_and_its_date_is_read()
    {
        var article = Parse(Page("<div class=\"head-line\">Council approves the harbour budget</div>"), Head);
        Assert.Equal("Council approves the harbour budget", article.Headline);
        Assert.Equal("2020-02-19T20:29:58", article.Published);
    }

    [Fact]
    public void A_link_with_the_told_titles_text_anchors_nothing()
    {
        var article = Parse(Page("<div class=\"head-line\"><a href=\"/other\">Council approves the harbour budget</a></div>"), Head);
        Assert.Null(article.Published);
    }
}
