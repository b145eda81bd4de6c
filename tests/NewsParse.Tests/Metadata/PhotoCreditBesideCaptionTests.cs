using Xunit;

using static NewsParse.Tests.Metadata.MetadataPages;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// A credit under the headline that stands with a photo's caption in a block beside the photo ("image-meta" after
/// "image-image") is the photo's credit, not the article's byline; the article's own credits, with no photo beside
/// them, still name its author.
/// </summary>
public class PhotoCreditBesideCaptionTests
{
    private static string Page(string image) =>
        "<article><h1>Eastern Michigan routs Northern Illinois to become bowl eligible</h1><div class=\"byline-section\"><div class=\"publish-date\">Published Nov 19, 2019</div></div>"
        + "<div class=\"asset asset-image\">" + image + "<div class=\"image-meta\"><div class=\"image-caption\">Eastern Michigan quarterback Mike Glass III</div>"
        + "<div class=\"image-credit\">Al Goldis, Associated Press</div></div></div>" + Paragraphs(4) + "</article>";

    [Fact]
    public void A_credit_beside_a_photo_is_no_byline() => Assert.Null(Parse(Page("<div class=\"image-image\"><img src=\"/a.jpg\" width=\"1080\"></div>")).Byline);

    [Fact]
    public void Credits_with_no_photo_beside_them_name_the_author() => Assert.Equal("Al Goldis, Associated Press", Parse(Page("")).Byline);
}
