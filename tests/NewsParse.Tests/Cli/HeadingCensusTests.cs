using NewsParse.Cli.Evaluation;
using Xunit;

namespace NewsParse.Tests.Cli;

/// <summary>The heading census of <c>newsparse eval</c> and <c>newsparse headings</c>: headings by origin, and the pages whose top-level count moved against the baseline.</summary>
public class HeadingCensusTests
{
    private const string Text =
        "The harbour authority approved the new ferry terminal on Monday after two years of debate, and the first "
        + "boats should dock before the summer season, officials said at a crowded meeting in the town hall.";

    private static string Page(string headings) => $"<html><body><article><p>{Text}</p>{headings}</article></body></html>";

    [Fact]
    public void Counts_headings_by_origin_and_lists_pages_whose_top_level_count_changed()
    {
        var dir = Directory.CreateTempSubdirectory("newsparse-census-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "tagged.html"), Page($"<h2>The new terminal</h2><p>{Text}</p><h2>The cost</h2><p>{Text}</p>"));
            File.WriteAllText(Path.Combine(dir.FullName, "bold.html"), Page($"<p><b>The new terminal</b></p><p>{Text}</p><p><b>The cost</b></p><p>{Text}</p><h3>Who pays</h3><p>{Text}</p>"));
            var census = new HeadingCensus();
            census.Add("tagged", Path.Combine(dir.FullName, "tagged.html"));
            census.Add("bold", Path.Combine(dir.FullName, "bold.html"));

            var output = new StringWriter { NewLine = "\n" };
            census.Print(output, new Dictionary<string, int> { ["tagged"] = 2, ["bold"] = 0 });
            var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal("headings: 5 on 2 pages, 3 from tags (h1-h6, role=heading), 2 from other markup evidence", lines[0]);
            Assert.Equal("top-level sections with a heading: 5 now; 1 of 2 pages changed against the baseline", lines[1]);
            // the bold lines above the page's first tagged heading (an h3) are its siblings: three top-level sections
            Assert.Equal("  bold  0 -> 3", lines[2]);
            Assert.Equal(3, lines.Length);

            var tsv = new StringWriter { NewLine = "\n" };
            census.WriteBaseline("test", tsv);
            Assert.Equal("test\ttagged\t2\ntest\tbold\t3\n", tsv.ToString());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_embedded_baseline_holds_the_development_pages()
    {
        var baseline = HeadingCensus.LoadBaseline();
        Assert.True(baseline.Count > 600, $"{baseline.Count} pages");
        Assert.All(baseline.Values, count => Assert.True(count >= 0));
    }

    [Fact]
    public void Headings_command_prints_the_census_of_a_folder()
    {
        var dir = Directory.CreateTempSubdirectory("newsparse-census-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "a.html"), Page($"<h2>The new terminal</h2><p>{Text}</p>"));
            var run = CliRun.Of("headings", dir.FullName);
            Assert.Equal(0, run.ExitCode);
            Assert.StartsWith("headings: 1 on 1 pages, 1 from tags (h1-h6, role=heading), 0 from other markup evidence\n", run.Stdout);
            Assert.Contains("(1 pages not in it)", run.Stdout);
            Assert.Equal(2, CliRun.Of("headings").ExitCode);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
