using NewsParse.Html;
using Xunit;

using static NewsParse.Tests.Metadata.MetadataPages;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// The day a page's own address files it under ("/2021/10/20/title/" in the canonical link or og:url) is the
/// publication date when nothing else on the page gives one; only three whole path segments, year, month and day, count.
/// </summary>
public class UrlPathDateTests
{
    private static readonly string Body = "<article><h1>Zentrum am Berg offiziell eröffnet</h1>" + Paragraphs(4) + "</article>";

    [Fact]
    public void The_canonical_links_day_is_the_publication_when_the_page_gives_no_other()
    {
        var article = Parse(Body, "<link rel=\"canonical\" href=\"https://example.org/2021/10/20/zentrum-am-berg-eroeffnet/\">", "de");
        Assert.Equal("2021-10-20", article.Published);
    }

    [Fact]
    public void Og_url_is_read_without_a_canonical_link()
    {
        var article = Parse(Body, "<meta property=\"og:url\" content=\"https://example.org/news/2021/1/5/zentrum?ref=home\">", "de");
        Assert.Equal("2021-01-05", article.Published);
    }

    [Fact]
    public void A_date_the_page_gives_outranks_the_address()
    {
        var article = Parse(Body, "<link rel=\"canonical\" href=\"https://example.org/2021/10/20/zentrum/\"><meta property=\"article:published_time\" content=\"2021-10-21T08:00:00+02:00\">", "de");
        Assert.Equal("2021-10-21T08:00:00+02:00", article.Published);
    }

    [Theory]
    [InlineData("https://example.org/2021/10/zentrum/")]        // year and month only
    [InlineData("https://example.org/uploads/2021/10/bild.jpg")]
    [InlineData("https://example.org/20211020-zentrum/")]       // digits inside a segment
    [InlineData("https://example.org/2021/13/20/zentrum/")]     // no such month
    [InlineData("https://example.org/2021/02/30/zentrum/")]     // no such day
    [InlineData("https://example.org/12021/10/20/zentrum/")]
    [InlineData("https://example.org/?p=/2021/10/20/")]         // in the query, not the path
    [InlineData("https://example.org/2021/news/20/x")]          // no month's name
    [InlineData("https://example.org/posts/2021-10-20-zentrum/")]   // a date inside a segment
    [InlineData("https://example.org/meldungen/10-05-2021")]    // 10 May or October 5
    [InlineData("https://example.org/meldungen/29-10.2021")]    // two separators
    [InlineData("https://example.org/meldungen/2021-02-30/x")]  // no such day
    [InlineData("https://example.org/id/12345-67-8901")]
    [InlineData(null)]
    public void No_whole_year_month_day_path_is_no_date(string? url) => Assert.Null(UrlPathDate.Read(url));

    [Theory]
    [InlineData("https://example.org/2021/10/20/zentrum/", "2021-10-20")]
    [InlineData("/blog/2019/7/4/post", "2019-07-04")]
    [InlineData("https://example.org/2021/10/zentrum/2021/10/20/x", "2021-10-20")]
    [InlineData("https://www.example.com/education/2020/oct/02/uk-university-halls", "2020-10-02")]
    [InlineData("https://example.de/2020/Okt/2/x", "2020-10-02")]
    [InlineData("https://example.org/meldungen/29-10-2021", "2021-10-29")]
    [InlineData("https://example.org/analizy/2021-04-20/zamachy-w-czechach", "2021-04-20")]
    [InlineData("https://example.org/noticias/04.05.2022/", "2022-05-04")]
    [InlineData("https://example.org/news/10_29_2021", "2021-10-29")]
    public void A_year_month_day_path_is_read(string url, string day) => Assert.Equal(day, UrlPathDate.Read(url));

    [Fact]
    public void A_whole_segment_date_of_the_canonical_link_is_the_publication()
    {
        var article = Parse(Body, "<link rel=\"canonical\" href=\"https://example.org/media-news/meldungen/29-10-2021\">", "de");
        Assert.Equal("2021-10-29", article.Published);
    }
}
