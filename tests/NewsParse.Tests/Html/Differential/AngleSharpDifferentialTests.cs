using NewsParse.Tests.Html.Conformance;
using Xunit;
using Xunit.Abstractions;

namespace NewsParse.Tests.Html.Differential;

/// <summary>
/// NewsParse's tree against AngleSharp's (a conformant HTML5 parser) on the real pages of the shared development
/// corpora: each visible character's nearest block is the same (at least 99.99% of them), and no paragraph changes
/// block as a whole. Skipped where the shared corpora are absent.
/// </summary>
public class AngleSharpDifferentialTests(ITestOutputHelper output)
{
    [SharedCorpusFact]
    public void Visible_text_keeps_its_nearest_block_on_the_development_pages()
    {
        var report = DifferentialReport.Run(DifferentialReport.DevelopmentPages(SharedCorpus.Folder()!), NewsParserOptions.Default.MaxNestingDepth);
        output.WriteLine(report.ToString());
        Assert.True(report.Pages.Count > 600, $"only {report.Pages.Count} pages were read");
        Assert.True(report.Share >= 0.9999, $"{report.Characters - report.Same} of {report.Characters} visible characters change block");
        var moved = report.Pages.Where(p => p.Page.MovedParagraphs.Count > 0).Select(p => p.Page.Page).ToList();
        Assert.True(moved.Count == 0, "pages where a paragraph changes block as a whole: " + string.Join(", ", moved));
    }

    [Fact]
    public void The_comparison_tells_text_that_changed_block()
    {
        const string story = "A story long enough to be a paragraph of its own.";
        var ours = ComparableTrees.FromNewsParse("<div><p>" + story + "</p><p>Next.</p></div>");
        Assert.Equal(0, Differences(ours, ComparableTrees.FromAngleSharp("<div><p>" + story + "</p><p>Next.</p></div>"), out _));
        // the same text, the first paragraph's now straight in the div: each of its characters changed block, the next paragraph's did not
        int differ = Differences(ours, ComparableTrees.FromAngleSharp("<div>" + story + "<p>Next.</p></div>"), out var comparison);
        Assert.Equal(story.Count(c => c != ' '), differ);
        Assert.Equal(differ + "Next.".Length, comparison.Characters);
        Assert.Single(comparison.MovedParagraphs);
        Assert.Contains("html>body>div>p", comparison.FirstDifference, StringComparison.Ordinal);
        // text only one tree has is aligned around: the paragraphs after it keep their block
        Assert.Equal(5, Differences(ours, ComparableTrees.FromAngleSharp("<div><p>" + story + "</p><p>Extra</p><p>Next.</p></div>"), out _, reverse: true));
    }

    [Fact]
    public void The_former_builder_s_bugs_are_gone_on_their_snippets()
    {
        string[] snippets =
        [
            "<div><a href=1>Menu<div><ul><li><a href=2>Item</a></li></ul></div></a><p>Story</p></div><footer>F</footer>",
            "<a name=s><h2><a href=/x>Heading</a> by Author</h2></a>",
            "<b><p>Speaker: </b>Long paragraph.</p><p>Next.</p>",
            "<table><tr><td>Nav</td></tr><p>Article</p></table>",
            "\n<!DOCTYPE html><p>Intro<table><tr><td>cell</table>",
            "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.0 Transitional//EN\"><p>Intro<table><tr><td>cell</table>",
            "<div><form><div>Field</form></div><p>After</p></div>",
            "<script><!--document.write('<script src=x></script>');//--></script><p>Text</p>",
        ];
        foreach (var html in snippets)
        {
            var ours = ComparableTrees.FromNewsParse(html);
            var theirs = ComparableTrees.FromAngleSharp(html);
            Assert.True(ours.Dump() == theirs.Dump(), $"{html}\nNewsParse:\n{ours.Dump()}AngleSharp:\n{theirs.Dump()}");
        }
    }

    private static int Differences(ComparableNode a, ComparableNode b, out NearestBlockComparison comparison, bool reverse = false)
    {
        comparison = reverse ? NearestBlockComparison.Compare("snippet", b, a) : NearestBlockComparison.Compare("snippet", a, b);
        return comparison.Characters - comparison.Same;
    }
}
