using Xunit;

using static NewsParse.Tests.Metadata.MetadataPages;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// A heading that is the article's byline (a heading marked as the byline or author, or all one link marked
/// rel=author) is never the headline, even where the page's title names the author as one of its parts and the byline
/// stands closer to the text than the headline.
/// </summary>
public class BylineHeadingTests
{
    private const string Head = "<title>Conversations with a Cryptid - Chapter 1 - MournfulHowl - Fan Works | Example Archive</title>";

    [Fact]
    public void A_heading_holding_only_the_author_link_is_not_the_headline()
    {
        var body = "<h2 class=\"title heading\">Conversations with a Cryptid</h2>"
            + "<h3 class=\"heading\"><a rel=\"author\" href=\"/users/MournfulHowl\">MournfulHowl</a></h3>" + Paragraphs(4);
        Assert.Equal("Conversations with a Cryptid", Parse(body, Head).Headline);
    }

    [Fact]
    public void A_heading_whose_class_names_the_byline_is_not_the_headline()
    {
        var body = "<h2>Conversations with a Cryptid</h2><h3 class=\"byline heading\">MournfulHowl</h3>" + Paragraphs(4);
        Assert.Equal("Conversations with a Cryptid", Parse(body, Head).Headline);
    }

    [Fact]
    public void A_headline_that_is_also_a_link_elsewhere_stays_the_headline()
    {
        var body = "<h2><a href=\"/works/1\">Conversations with a Cryptid</a></h2><p>by <a rel=\"author\" href=\"/users/MournfulHowl\">MournfulHowl</a></p>" + Paragraphs(4);
        Assert.Equal("Conversations with a Cryptid", Parse(body, Head).Headline);
    }
}
