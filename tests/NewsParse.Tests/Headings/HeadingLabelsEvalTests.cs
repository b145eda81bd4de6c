using NewsParse.Cli.Evaluation;
using NewsParse.Tests.Batch;
using NewsParse.Tests.Cli;
using Xunit;

namespace NewsParse.Tests.Headings;

/// <summary>
/// <c>newsparse eval --headings FILE --corpus DIR</c>: headings read are matched one to one to the labelled ones at
/// token overlap 0.8 (NFKC, case folded, letters and digits), and recall and precision are split by origin; on a
/// small corpus made here the figures are counted by hand.
/// </summary>
public class HeadingLabelsEvalTests
{
    private const string Text =
        "The harbour authority approved the new ferry terminal on Monday after two years of debate, and the first "
        + "boats should dock before the summer season, officials said at a crowded meeting in the town hall.";

    [Theory]
    [InlineData("History", "History[edit]", 0.5)]
    [InlineData("Kälteschock im Oktober", "KÄLTESCHOCK im oktober!", 1.0)]
    [InlineData("1. Pauschale Gehaltserhöhungen werden zum Eigentor", "Pauschale Gehaltserhöhungen werden zum Eigentor", 5.0 / 6)]
    [InlineData("Fazit", "", 0.0)]
    public void Overlap_is_shared_tokens_over_the_longer_side(string a, string b, double expected)
    {
        Assert.Equal(expected, HeadingLabelsEval.Overlap(HeadingLabelsEval.Tokens(a), HeadingLabelsEval.Tokens(b)), 3);
    }

    [Fact]
    public void Matching_is_one_to_one_best_overlap_first()
    {
        // two labels "Produktbeschreibung" and one heading read: one match; the exact text wins over a near one
        var (labels, read) = HeadingLabelsEval.Match(["Produktbeschreibung:", "Produktbeschreibung", "Fazit"], ["Produktbeschreibung", "Fazit und Ausblick auf", "Fazit"]);
        Assert.Equal([0, -1, 2], labels);
        Assert.Equal([0, -1, 2], read);
    }

    [Fact]
    public void Eval_prints_recall_and_precision_by_origin_and_the_misses()
    {
        using var folder = new TempFolder();
        var html = Directory.CreateDirectory(Path.Combine(folder.Root, "corpus", "trafilatura-dev", "html")).FullName;
        File.WriteAllText(Path.Combine(html, "one.html"),
            $"<html><body><article><h1>Ferry terminal</h1><p>{Text}</p><h2>What changed</h2><p>{Text}</p><p><b>Who pays</b></p><p>{Text}</p>"
            + $"<h2>Timeline of the works</h2><p>{Text}</p></article></body></html>");
        var page = Directory.CreateDirectory(Path.Combine(folder.Root, "corpus", "readability-dev", "pages", "two")).FullName;
        File.WriteAllText(Path.Combine(page, "source.html"), $"<html><body><article><p>{Text}</p><p>{Text}</p></article></body></html>");
        var labels = Path.Combine(folder.Root, "labels.txt");
        File.WriteAllText(labels, "# rules\n== trafilatura-dev/one\nWhat changed\nWho pays\n\n== readability-dev/two\nA heading never shown\n");
        var run = CliRun.Of("eval", "--headings", labels, "--corpus", Path.Combine(folder.Root, "corpus"));
        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.Split('\n');
        Assert.Equal("headings: recall 0.667 precision 0.667 on 2 pages  [labelled 3, read 3, matched 2; token overlap >= 0.8, one to one]", lines[0]);
        Assert.Equal("  from tags: read 2, matched 1 (precision 0.500, recall share 0.333)", lines[1]);
        Assert.Equal("  from markup evidence: read 1, matched 1 (precision 1.000, recall share 0.333)", lines[2]);
        Assert.Contains("    extra   [tags] Timeline of the works", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("  readability-dev/two: 0/1 found, 0 not labelled\n    missed  A heading never shown", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_page_or_half_the_arguments_is_exit_code_2()
    {
        using var folder = new TempFolder();
        var labels = Path.Combine(folder.Root, "labels.txt");
        File.WriteAllText(labels, "== trafilatura-dev/absent\nA heading\n");
        var run = CliRun.Of("eval", "--headings", labels, "--corpus", folder.Root);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no page trafilatura-dev/absent", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, CliRun.Of("eval", "--headings", labels).ExitCode);
    }
}
