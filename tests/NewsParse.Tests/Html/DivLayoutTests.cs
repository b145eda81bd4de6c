using NewsParse.Model;
using Xunit;

namespace NewsParse.Tests.Html;

/// <summary>
/// Regression: a page that puts every paragraph in its own classed div, with bold title divs between them and a list
/// after them, keeps its titles as headings and its list in the body (they were read as page chrome and cut).
/// </summary>
public class DivLayoutTests
{
    private const string Paragraph =
        "The harbour authority approved the new ferry terminal on Monday after two years of debate. "
        + "Work on the piers starts in spring and the first boats should dock before the summer season.";

    [Fact]
    public void Title_divs_between_paragraph_divs_are_headings_and_a_trailing_list_is_body()
    {
        var html = "<html><body><article>"
            + "<div class=\"subtitle\"><b>A new terminal for the ferries</b></div>"
            + $"<div class=\"text\">{Paragraph}</div><div class=\"text\">{Paragraph} Residents welcomed it.</div>"
            + "<div class=\"subtitle\"><b>What the works will change</b></div>"
            + $"<div class=\"text\">{Paragraph} Traffic will be diverted.</div>"
            + "<ul><li>Longer piers for larger boats</li><li>A covered waiting hall</li></ul>"
            + "</article></body></html>";

        var article = NewsParser.Parse(html);

        Assert.Equal(["A new terminal for the ferries", "What the works will change"], article.AllSections().Select(s => s.Heading).OfType<string>());
        var list = Assert.IsType<ListBlock>(article.AllBlocks().Last());
        Assert.Equal(["Longer piers for larger boats", "A covered waiting hall"], list.Items);
        Assert.Equal(4, article.AllBlocks().Count());
        Assert.DoesNotContain(article.Diagnostics, d => d.Code == DiagnosticCode.NoArticleFound);
    }
}
