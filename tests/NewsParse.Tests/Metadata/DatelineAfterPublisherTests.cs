using Xunit;

using static NewsParse.Tests.Metadata.MetadataPages;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// A byline that names the author, the publisher and a place ("By Nada Tawfik, BBC News, New York") gives the author:
/// the one piece after the publisher's name is the dateline's place, not a second author. Its counterpart: a name
/// written after the publisher's with no author before it is kept.
/// </summary>
public class DatelineAfterPublisherTests
{
    private const string Head = "<meta property=\"og:site_name\" content=\"BBC News\">";

    private static string Page(string byline) =>
        "<article><h1>A city upended by the virus</h1><p><strong>" + byline + "</strong></p>" + Paragraphs(4) + "</article>";

    [Fact]
    public void The_place_after_the_publisher_is_no_author()
    {
        Assert.Equal("Nada Tawfik", Parse(Page("By Nada Tawfik, BBC News, New York"), Head).Byline);
    }

    [Fact]
    public void A_name_after_the_publisher_with_no_author_before_is_kept()
    {
        Assert.Equal("Nada Tawfik", Parse(Page("By BBC News, Nada Tawfik"), Head).Byline);
    }
}
