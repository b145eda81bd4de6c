using Xunit;

using static NewsParse.Tests.Metadata.MetadataPages;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// A short h1 over the text that no title confirms is the headline, unless a link to another page reads the same (the
/// menu's "Business": the h1 names the site's section, and the title's headline is read); a table of contents' link
/// to the heading itself is no such link.
/// </summary>
public class SectionHeadingTests
{
    private const string Head = "<title>Economy dominates premiers' meeting with the prime minister | Example News</title>";

    [Fact]
    public void A_short_h1_a_menu_link_repeats_names_a_section_and_the_title_gives_the_headline()
    {
        var body = "<div id=\"nav\"><a href=\"/news\">News</a> <a href=\"/business\">Business</a></div><h1>Business</h1>"
            + "<span class=\"storytitle\">Economy dominates premiers' meeting with the prime minister</span>" + Paragraphs(4);
        Assert.Equal("Economy dominates premiers' meeting with the prime minister", Parse(body, Head).Headline);
    }

    [Fact]
    public void Without_such_a_link_the_h1_over_the_text_is_the_headline()
    {
        var body = "<div id=\"nav\"><a href=\"/news\">News</a> <a href=\"/sports\">Sports</a></div><h1>Premiers meet</h1>" + Paragraphs(4);
        Assert.Equal("Premiers meet", Parse(body, Head).Headline);
    }

    [Fact]
    public void A_table_of_contents_link_to_the_heading_is_no_section_link()
    {
        var body = "<ul class=\"toc\"><li><a href=\"#premiers-meet\">Premiers meet</a></li></ul><h1 id=\"premiers-meet\">Premiers meet</h1>" + Paragraphs(4);
        Assert.Equal("Premiers meet", Parse(body, Head).Headline);
    }
}
