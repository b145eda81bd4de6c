using Xunit;

using static NewsParse.Tests.Metadata.MetadataPages;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// A metadata date written "a/b/yyyy" is read day first when its first number is above 12, month first when its second
/// is, and not at all when either could be the day ("10/05/2022" is 10 May in most of the world, October 5 in the
/// United States): no date rather than one five months off.
/// </summary>
public class SlashedMetadataDateTests
{
    private static string? Published(string value) =>
        Parse("<article><h1>Typhoon forces thousands from their homes</h1>" + Paragraphs(4) + "</article>",
            $"<title>Typhoon forces thousands from their homes</title><meta property=\"article:published_time\" content=\"{value}\">").Published;

    [Theory]
    [InlineData("25/05/2022 05:22 pm", "2022-05-25T17:22:00")]
    [InlineData("25/05/2022", "2022-05-25")]
    [InlineData("05/25/2022 17:22", "2022-05-25T17:22:00")]
    [InlineData("10/05/2022 05:22 pm", null)]
    [InlineData("2022/05/10 17:36:11", "2022-05-10T17:36:11")]
    public void A_slashed_date_is_read_only_where_its_order_is_plain(string value, string? published)
    {
        Assert.Equal(published, Published(value));
    }

    [Fact]
    public void Seconds_before_a_zone_keep_the_zone()
    {
        Assert.Equal("2022-05-04T02:41:00+00:00", Published("04 May 2022 02:41:00 GMT"));
    }
}
