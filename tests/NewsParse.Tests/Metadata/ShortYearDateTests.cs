using NewsParse.Html;
using Xunit;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// A day written with a two-digit year ("31.10.23") read where the markup names the byline or the date, and the numbers
/// that are no such day: versions, four-digit years, impossible days, two days in one line.
/// </summary>
public class ShortYearDateTests
{
    [Theory]
    [InlineData("31.10.23", "2023-10-31")]
    [InlineData("Von: Björn Jahner | 31.10.23", "2023-10-31")]
    [InlineData("23.09.22 - Saarland", "2022-09-23")]
    [InlineData("1.2.99", "1999-02-01")]
    [InlineData("von lupa am 26/10/13, 03:48 pm", "2013-10-26")]
    [InlineData("posted 10/26/13", "2013-10-26")]
    public void A_day_with_a_two_digit_year_is_read(string text, string iso) => Assert.Equal(iso, VisibleDateReader.ShortYearDate(text));

    [Fact]
    public void A_forum_posts_author_line_gives_its_date()
    {
        var body = "<div class=\"post\"><div class=\"post-header\"><h3>Rules of the harbour forum</h3><p class=\"author\">by lupa on 26/10/13, 03:48 pm</p></div><div class=\"post-entry\">"
            + MetadataPages.Paragraphs(5) + "</div></div>";
        Assert.Equal("2013-10-26", MetadataPages.Parse(body, "<title>Rules of the harbour forum</title>").Published);
    }

    [Theory]
    [InlineData("Version 1.2.23.4")]
    [InlineData("31.10.2023")]
    [InlineData("31.02.23")]
    [InlineData("31.13.23")]
    [InlineData("01.10.23 – 05.10.23")]
    [InlineData("Seite 12.3.45x")]
    [InlineData("am 05/10/13")]           // 5 October or May 10
    [InlineData("26/10.13")]              // two separators
    [InlineData("/img/26/10/13/5.jpg")]
    public void Other_numbers_are_no_such_day(string text) => Assert.Null(VisibleDateReader.ShortYearDate(text));
}
