using Xunit;

using static NewsParse.Tests.Metadata.MetadataPages;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// In the article's head, a link right after the author's avatar (an image whose class names it, alone or wrapped in
/// a link) names who posted the article, a user name too. Its counterparts: a link after a plain image, and a link after
/// an avatar below the article's text (a reader's), name nobody.
/// </summary>
public class AvatarBylineTests
{
    private static string Page(string image, bool inHead = true)
    {
        var meta = $"<div class=\"row\">{image}\n <a href=\"https://deals.example/user-overview/?u=138114\">HansEhrlich</a>\n 17.10.2019, 13:56 Uhr</div>";
        return "<article><header class=\"entry-header\"><h1>Zehntausend Produkttester für Kekse gesucht</h1>" + (inHead ? meta : "") + "</header>"
            + "<div class=\"entry-content\">" + Paragraphs(4) + "</div></article>" + (inHead ? "" : meta);
    }

    [Theory]
    [InlineData("<img src=\"/avatar.jpg\" class=\"avatar avatar-19\" alt=\"Profilbild\">")]
    [InlineData("<a href=\"/user/1\"><img src=\"/avatar.jpg\" class=\"avatar\" alt=\"\"></a>")]
    public void A_link_after_the_avatar_in_the_head_names_the_author(string image)
    {
        Assert.Equal("HansEhrlich", Parse(Page(image), lang: "de").Byline);
    }

    [Fact]
    public void A_link_after_a_plain_image_names_nobody()
    {
        Assert.Null(Parse(Page("<img src=\"/icon.png\" class=\"icon\" alt=\"\">"), lang: "de").Byline);
    }

    [Fact]
    public void A_link_after_an_avatar_below_the_text_names_nobody()
    {
        Assert.Null(Parse(Page("<img src=\"/avatar.jpg\" class=\"avatar avatar-19\" alt=\"\">", inHead: false), lang: "de").Byline);
    }
}
