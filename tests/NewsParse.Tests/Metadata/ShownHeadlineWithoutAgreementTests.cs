using Xunit;

using static NewsParse.Tests.Metadata.MetadataPages;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// Where the page's title names a section or the site and no heading agrees with it, the headline is what the page
/// shows above the text: an element whose class names the headline right above the first paragraph, or an h1 that
/// stands inside the block whose loose text is the article's first paragraph ("&lt;div&gt;&lt;h1&gt;…&lt;/h1&gt;Hamburg
/// – Die …&lt;br&gt;…").
/// </summary>
public class ShownHeadlineWithoutAgreementTests
{
    private const string SectionTitle = "<title>Gas prices</title>";

    [Fact]
    public void An_element_named_as_the_headline_right_above_the_text_beats_a_title_that_names_a_section()
    {
        var body = "<nav><a href=\"/\">Home</a> <a href=\"/gas\">Gas prices</a></nav><div class=\"article\">"
            + "<div class=\"itc-headline\">Energy price crisis: relief and rights at a glance</div>" + Paragraphs(4) + "</div>";
        Assert.Equal("Energy price crisis: relief and rights at a glance", Parse(body, SectionTitle).Headline);
    }

    [Fact]
    public void An_element_named_as_a_headline_far_above_the_text_is_not_taken()
    {
        // a teaser headline in a block before the article, with more than a standfirst of text between
        var teaser = "<div class=\"promo\"><div class=\"promo-headline\">Harbour plan delayed again by the council</div><p>"
            + Sentence + Sentence + Sentence + "</p><p>" + Sentence + Sentence + Sentence + "</p></div>";
        var article = Parse(teaser + "<div class=\"article\">" + Paragraphs(4) + "</div>", SectionTitle);
        Assert.Equal("Gas prices", article.Headline);
    }

    [Fact]
    public void An_h1_inside_the_block_that_holds_the_first_paragraphs_loose_text_is_the_headline()
    {
        const string headline = "Institute and turbine maker work together on grid integration";
        // the told title adds a kicker the page does not show: the headline is the h1 it confirms
        var head = $"<meta property=\"og:title\" content=\"Wind power: {headline} - Example Press\"><meta property=\"og:site_name\" content=\"Example Press\">";
        var text = string.Concat(Enumerable.Repeat(Sentence + Sentence + "<br>\n", 8));
        var body = "<div class=\"main\"><h2>Press release</h2><div class=\"newsdiv\"><h1>" + headline + "</h1><p></p>Hamburg (example) - " + text + "</div></div>";
        var article = Parse(body, head);
        Assert.Equal(headline, article.Headline);
        Assert.DoesNotContain(article.Sections, section => section.Heading == headline);
    }
}
