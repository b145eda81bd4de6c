using Xunit;

using static NewsParse.Tests.Metadata.MetadataPages;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// Two headings both confirmed by a title the page tells machines: the one more of the told titles confirm is the
/// headline, even where the other stands closer to the text (a subtitle a single microdata meta names); with equal
/// support the closer one still wins.
/// </summary>
public class HeadlineSupportTests
{
    private const string Headline = "Ukraine stops the transit of Russian gas to Europe";
    private const string Subtitle = "The foreign minister called the delay of the candidacy a deception";

    private static string Body(string subtitleMeta) =>
        $"<article><h1>{Headline}</h1><div class=\"subtitle\"><h2>{Subtitle}</h2></div>{subtitleMeta}" + Paragraphs(4) + "</article>";

    [Fact]
    public void The_heading_more_told_titles_confirm_is_the_headline()
    {
        var head = $"<title>{Headline} - Daily News</title><meta property=\"og:title\" content=\"{Headline}\">";
        var article = Parse(Body($"<meta itemprop=\"headline\" content=\"{Subtitle}\">"), head);
        Assert.Equal(Headline, article.Headline);
    }

    [Fact]
    public void With_equal_support_the_heading_closer_to_the_text_is_the_headline()
    {
        var head = $"<meta property=\"og:title\" content=\"{Headline}\">";
        var article = Parse(Body($"<meta itemprop=\"headline\" content=\"{Subtitle}\">"), head);
        Assert.Equal(Subtitle, article.Headline);
    }
}
