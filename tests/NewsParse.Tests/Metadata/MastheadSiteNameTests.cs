using Xunit;

using static NewsParse.Tests.Metadata.MetadataPages;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// A masthead (a heading at the top of the page that is all one link to the home page) names the site: its text is cut
/// off the page's title, a title that is nothing but it gives no headline (an h2 right above the text does), and a blog
/// whose masthead is its author's name still has that author as its byline. A logo (an image that is all of a link to the
/// home page) names the site by its alt text.
/// </summary>
public class MastheadSiteNameTests
{
    private const string Masthead = "<div id=\"header\"><h1><a href=\"/\"><span>Salsa Figures - Dancing in Berlin</span></a></h1></div>";

    [Fact]
    public void The_mastheads_text_is_cut_off_the_title()
    {
        var article = Parse(Masthead + "<div id=\"content\">" + Paragraphs(4) + "</div>",
            "<title>Enchufla Figures - Salsa Figures - Dancing in Berlin</title>");
        Assert.Equal("Enchufla Figures", article.Headline);
    }

    [Fact]
    public void A_title_that_is_only_the_masthead_gives_way_to_the_h2_above_the_text()
    {
        var body = "<div id=\"kopf\"><h1><a href=\"https://www.example-blog.net\">Gaby's - Colours of the Soul</a></h1><p>Kunterbunt</p></div>"
            + "<div class=\"post\"><h2><a href=\"https://www.example-blog.net/a-walk-in-the-park/\" rel=\"bookmark\">A walk in the park</a></h2>" + Paragraphs(4) + "</div>";
        var article = Parse(body, "<title>Gaby's - Colours of the Soul</title>");
        Assert.Equal("A walk in the park", article.Headline);
    }

    [Fact]
    public void A_masthead_that_is_the_bloggers_name_stays_a_name_the_byline_may_give()
    {
        var body = "<div id=\"header\"><h1><a href=\"/\">Alexander Brandt</a></h1></div>"
            + "<article><h2>Time and the philosophy of work</h2><p class=\"byline\">By Alexander Brandt</p>" + Paragraphs(4) + "</article>";
        var article = Parse(body, "<title>Time and the philosophy of work | Alexander Brandt</title>");
        Assert.Equal("Time and the philosophy of work", article.Headline);
        Assert.Equal("Alexander Brandt", article.Byline);
    }

    [Fact]
    public void A_logo_linking_home_names_the_site_and_a_title_that_is_only_it_gives_way_to_the_bold_line_above_the_text()
    {
        var body = "<div id=\"top\"><a href=\"http://news.example.com/\"><img src=\"logo.gif\" alt=\"Example! News\"></a></div>"
            + "<table><tr><td><div class=\"hd\"><b>Typhoon forces thousands from their homes</b></div>" + Paragraphs(4) + "</td></tr></table>";
        Assert.Equal("Typhoon forces thousands from their homes", Parse(body, "<title>Example! News</title>").Headline);
    }

    [Fact]
    public void A_logo_linking_elsewhere_names_no_site()
    {
        var body = "<div id=\"top\"><a href=\"http://news.example.com/weather\"><img src=\"w.gif\" alt=\"Example Weather\"></a></div>"
            + "<table><tr><td>" + Paragraphs(4) + "</td></tr></table>";
        Assert.Equal("Example Weather", Parse(body, "<title>Example Weather</title>").Headline);
    }
}
