using System.Text;
using Xunit;

using static NewsParse.Tests.Metadata.MetadataPages;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// The article's head ends after at most <see cref="NewsParse.Html.VisibleDateReader.MaxHeadChars"/> characters of
/// text after its headline: when the article chosen begins far below the headline, a date shown in between (an events
/// list, a review's date) is no date of the article's head.
/// </summary>
public class HeadLengthTests
{
    /// <summary>A page whose headline stands above a long table of short cells (no paragraph of the article), a list of dated events, then the article's paragraphs.</summary>
    private static string Page(int rows)
    {
        var description = new StringBuilder();
        for (int i = 0; i < rows; i++) description.Append("<tr><td>Reserva</td><td>24 Monate</td><td>36 Monate</td></tr>");
        return "<div class=\"page\"><h1>D.O.Ca. Rioja, Spanien</h1><div class=\"beschreibung\"><table>" + description + "</table></div>"
            + "<ul class=\"list\"><li><span class=\"datum\">04.04.2020 18:00 Uhr</span></li></ul>"
            + "<div class=\"text\">" + Paragraphs(6) + "</div></div>";
    }

    [Fact]
    public void A_date_far_below_the_headline_is_not_the_heads()
    {
        var article = Parse(Page(60), "<meta name=\"date\" content=\"2020-02-11\">", "de");
        Assert.Equal("2020-02-11", article.Published);
    }

    [Fact]
    public void A_date_close_below_the_headline_is_the_heads()
    {
        var article = Parse(Page(2), "<meta name=\"date\" content=\"2020-02-11\">", "de");
        Assert.Equal("2020-04-04T18:00:00", article.Published);
    }
}
