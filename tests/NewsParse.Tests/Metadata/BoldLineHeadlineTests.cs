using Xunit;

using static NewsParse.Tests.Metadata.MetadataPages;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// Older pages set their headline in a bold or large line, not a heading: such a line confirmed by the page's title is
/// the headline (the title's own suffix, "_English_Xinhua", then stays out); the bold lead words of a paragraph are no
/// such line, and a bold line no title confirms is never chosen.
/// </summary>
public class BoldLineHeadlineTests
{
    private const string Headline = "Typhoon Fengshen kills 12 in the Philippines";

    [Fact]
    public void A_bold_line_the_title_confirms_is_the_headline()
    {
        var body = $"<div><b>{Headline}</b></div><div>www.example.cn 2008-06-21 15:32:11</div>" + Paragraphs(4);
        Assert.Equal(Headline, Parse(body, $"<title>{Headline}_English_Xinhua</title>").Headline);
    }

    [Fact]
    public void A_large_font_line_between_breaks_the_title_confirms_is_the_headline()
    {
        var body = "<table><tr><td><h3>Story tools</h3><ul><li>Print</li><li>Email</li></ul>\n"
            + "<font size=\"5\"><b>Economy dominates premiers' meeting with PM</b></font><br>\n<font size=\"2\">CTV.ca News Staff</font>"
            + Paragraphs(4) + "</td></tr></table>";
        Assert.Equal("Economy dominates premiers' meeting with PM", Parse(body, "<title>CTV.ca | Economy dominates premiers' meeting with PM</title>").Headline);
    }

    [Fact]
    public void The_bold_lead_words_of_a_paragraph_are_no_headline()
    {
        var body = "<h2><a href=\"/macro-photos/\"><img src=\"title.png\" alt=\"\"></a></h2>"
            + "<p><strong>Macro photos of insects</strong> are no easy hobby, and one photographer made an art of it with his phone.</p>" + Paragraphs(3);
        var article = Parse(body, "<meta property=\"og:title\" content=\"macro photos of insects\">");
        Assert.Equal("macro photos of insects", article.Headline);
    }

    [Fact]
    public void Where_the_title_is_only_the_sites_name_the_bold_line_above_the_text_is_the_headline()
    {
        var body = $"<div id=\"logo\"><a href=\"/\"><img src=\"logo.gif\" alt=\"Asharq Alawsat\"></a></div><p><b>{Headline}</b></p>" + Paragraphs(4);
        var head = "<title>Asharq Alawsat Newspaper (English)</title><meta property=\"og:site_name\" content=\"Asharq Alawsat Newspaper (English)\">";
        Assert.Equal(Headline, Parse(body, head).Headline);
    }

    [Fact]
    public void A_bold_line_no_title_confirms_is_not_the_headline()
    {
        var body = "<div><b>Read more of our reporting here</b></div>" + Paragraphs(4);
        Assert.Equal(Headline, Parse(body, $"<title>{Headline} - Example News</title>").Headline);
    }
}
