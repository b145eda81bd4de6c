using System.Text;
using System.Text.Json;
using NewsParse.Tests.Batch;
using NewsParse.Tests.Cli;
using Xunit;

namespace NewsParse.Tests.Evaluation;

/// <summary>
/// <c>newsparse eval</c> on small corpora made here: the figures are the ones the shared Python scripts print for the
/// same pages (np_batch.py, score_trafilatura.py, score_traf_meta.py, score_readability_body.py, score_meta.py were run on
/// them once), and bad truth files give one line and exit code 2.
/// </summary>
public class EvalCommandTests
{
    private static readonly string Sentence = "The bridge reopened on Monday after two years of repairs, and engineers replaced the cables, the deck and the lights. ";
    private static readonly string Text = string.Concat(Enumerable.Repeat($"<p>{Sentence}{Sentence}</p>", 4));

    private static void TrafilaturaPages(string root)
    {
        Directory.CreateDirectory(Path.Combine(root, "html"));
        File.WriteAllText(Path.Combine(root, "html", "p1.html"),
            "<!DOCTYPE html><html lang=\"en\"><head><title>Harbour Bridge Reopens | The Harbour Times</title><meta property=\"og:site_name\" content=\"The Harbour Times\"></head>"
            + "<body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>Harbour Bridge Reopens</h1><p class=\"byline\">By Jane Doe | May 9, 2025</p>"
            + Text + "<h2>What changed</h2><ul><li>New cables</li><li>New deck</li></ul></article><div class=\"comments\"><p>Great news for the town, finally!</p></div>"
            + "<div class=\"cookie-banner\">Cookie settings: we use cookies.</div></body></html>");
        File.WriteAllText(Path.Combine(root, "html", "p2.html"),
            "<!DOCTYPE html><html lang=\"de\"><head><title>Rezept: Bienenstich</title><meta property=\"article:published_time\" content=\"2020-01-10T08:00:00+01:00\">"
            + "<meta name=\"author\" content=\"Redaktion Backen\"></head><body><article><h1>Bienenstich wie bei Oma</h1>" + Text + "</article></body></html>");
        var evaldata = new Dictionary<string, object>
        {
            ["https://example.org/1"] = new { file = "p1.html", @with = new[] { "engineers replaced the cables", "New deck", "What changed" }, without = new[] { "Cookie settings", "Home News" }, comments = new[] { "Great news for the town, finally!" }, title = "Harbour Bridge Reopens", author = "Jane Doe", date = "2025-05-09" },
            ["https://example.org/2"] = new { file = "p2.html", @with = new[] { "repairs, and engineers" }, without = new[] { "Rezept" }, title = "Bienenstich wie bei Oma", author = "", date = "" },
            ["https://example.org/3"] = new { file = "p3.html", @with = new[] { "missing page" }, without = Array.Empty<string>(), title = "Gone", author = new[] { "Ann Lee", "Bo Chen" }, date = "2024-01-01" },
        };
        File.WriteAllText(Path.Combine(root, "evaldata.json"), JsonSerializer.Serialize(evaldata));
    }

    [Fact]
    public void Trafilatura_figures_are_the_scripts_figures()
    {
        using var folder = new TempFolder();
        TrafilaturaPages(folder.Root);
        var run = CliRun.Of("eval", "--traf", Path.Combine(folder.Root, "html"), "--evaldata", Path.Combine(folder.Root, "evaldata.json"), "--worst", "5");
        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.Split('\n');
        Assert.Equal("trafilatura main text: F1 0.889 P 1.000 R 0.800 acc 0.875 n 3  [tp 4 fp 0 fn 1 tn 3]", lines[0]);
        Assert.Equal("trafilatura metadata:  title 2/3 author 1/2 (invented 0/1) date 1/2 (invented 1/1) comments leak 0/1 found 0/1", lines[1]);
        // the pages that miss are listed
        Assert.Contains("p3: \"Gone\" | got \"\"", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("p2: got 2020-01-10T08:00:00+01:00", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Readability_figures_are_the_scripts_figures()
    {
        using var folder = new TempFolder();
        var one = Directory.CreateDirectory(Path.Combine(folder.Root, "pages", "one")).FullName;
        File.WriteAllText(Path.Combine(one, "source.html"),
            "<!DOCTYPE html><html lang=\"en-GB\"><head><title>Harbour Bridge Reopens - The Harbour Times</title><meta property=\"og:site_name\" content=\"The Harbour Times\"></head>"
            + "<body><article><h1>Harbour Bridge Reopens</h1><p class=\"byline\">By Jane Doe</p>" + Text + "</article></body></html>");
        File.WriteAllText(Path.Combine(one, "expected.html"), "<div id=\"readability-page-1\" class=\"page\"><div>" + Text + "<p>An extra sentence Readability kept that the parser may not keep at all here.</p></div></div>");
        File.WriteAllText(Path.Combine(one, "expected-metadata.json"),
            """{"title": "Harbour Bridge Reopens - The Harbour Times", "byline": "By Jane Doe", "siteName": "The Harbour Times", "lang": "en-GB", "publishedTime": "2025-05-09T10:00:00Z", "readerable": true}""");
        var two = Directory.CreateDirectory(Path.Combine(folder.Root, "pages", "two")).FullName;
        File.WriteAllText(Path.Combine(two, "source.html"), "<html><body><p>Too short.</p></body></html>");
        File.WriteAllText(Path.Combine(two, "expected.html"), "<div><p>Too short.</p></div>");
        File.WriteAllText(Path.Combine(two, "expected-metadata.json"), """{"title": "Two", "readerable": false}""");

        var run = CliRun.Of("eval", "--readability", Path.Combine(folder.Root, "pages"));
        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.Split('\n');
        Assert.Equal("readability body: mean page F1 0.957, 0 pages under 0.5, n 1", lines[0]);
        Assert.Equal("readability metadata: title 1/1 byline 1/1 published 0/1 siteName 1/1 lang 1/1", lines[1]);
        Assert.Contains("published one: \"2025-05-09T10:00:00Z\" | got \"\"", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Readability_images_and_link_targets_are_counted_on_the_pages_and_links_both_keep()
    {
        using var folder = new TempFolder();
        var one = Directory.CreateDirectory(Path.Combine(folder.Root, "pages", "one")).FullName;
        File.WriteAllText(Path.Combine(one, "source.html"),
            "<!DOCTYPE html><html lang=\"en\"><head><title>Harbour Bridge Reopens</title></head><body><article><h1>Harbour Bridge Reopens</h1>" + Text
            + "<p>Read <a href=\"report.html\">the report</a> and <a href=\"https://example.com/a\">the annex</a> and <a href=\"/c\">the plans</a> here now.</p>"
            + "<figure><img src=\"/photo.jpg\" width=\"800\" height=\"450\"><figcaption>The bridge at dawn</figcaption></figure>" + Text + "</article></body></html>");
        File.WriteAllText(Path.Combine(one, "expected.html"), "<div>" + Text + "<p>Read <a href=\"http://fakehost/test/report.html\">the report</a> and "
            + "<a href=\"https://example.com/b\">the annex</a> and <a href=\"http://fakehost/elsewhere\">other words</a></p><img src=\"http://fakehost/photo.jpg\"></div>");
        File.WriteAllText(Path.Combine(one, "expected-metadata.json"), """{"title": "Harbour Bridge Reopens"}""");
        var two = Directory.CreateDirectory(Path.Combine(folder.Root, "pages", "two")).FullName;
        File.WriteAllText(Path.Combine(two, "source.html"), "<html><body><p>Too short.</p></body></html>");
        File.WriteAllText(Path.Combine(two, "expected.html"), "<div><p>Too short.</p><img src=\"http://fakehost/x.png\"></div>");
        File.WriteAllText(Path.Combine(two, "expected-metadata.json"), """{"title": "Two", "readerable": false}""");

        var run = CliRun.Of("eval", "--readability", Path.Combine(folder.Root, "pages"));
        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.Split('\n');
        Assert.Equal("readability images: kept on 1/2 pages where Readability keeps images (50.0%)", lines[2]);
        Assert.Equal("readability links: 1/2 links both keep point where Readability's do (50.0%)", lines[3]);
        Assert.Contains("pages where Readability keeps an image and the model none (1):\n  two\n", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("one: \"the annex\" -> https://example.com/a | Readability https://example.com/b", run.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("malformed")]
    [InlineData("not-evaldata")]
    public void A_bad_truth_file_gives_one_line_and_exit_code_2(string kind)
    {
        using var folder = new TempFolder();
        TrafilaturaPages(folder.Root);
        var truth = Path.Combine(folder.Root, "truth.json");
        if (kind == "malformed") File.WriteAllText(truth, "{\"https://x\": {\"file\": ");
        if (kind == "not-evaldata") File.WriteAllText(truth, "[1, 2, 3]");
        foreach (var args in new[] { new[] { "eval", "--traf", Path.Combine(folder.Root, "html"), "--evaldata", truth }, ["eval", "--html", Path.Combine(folder.Root, "html"), "--truth", truth] })
        {
            var run = CliRun.Of(args);
            Assert.Equal(2, run.ExitCode);
            Assert.False(run.HasStackTrace, run.Stderr);
            Assert.Single(run.Stderr.TrimEnd('\n').Split('\n'));
            Assert.StartsWith("newsparse eval: ", run.Stderr, StringComparison.Ordinal);
        }
        var missingFolder = CliRun.Of("eval", "--readability", Path.Combine(folder.Root, "nowhere"));
        Assert.Equal(2, missingFolder.ExitCode);
        Assert.Equal($"newsparse eval: no such folder: {Path.Combine(folder.Root, "nowhere")}", missingFolder.Stderr.TrimEnd('\n'));
    }

    [Fact]
    public void The_contract_body_text_is_what_the_scripts_read()
    {
        var article = NewsParser.Parse("<html><body><article><h1>Harbour Bridge Reopens</h1>" + Text
            + "<h2>What changed</h2><ul><li>New cables</li><li>New deck</li></ul><table><tr><td>Part</td><td>Count</td></tr><tr><td>Cables</td><td>412</td></tr></table>"
            + "<figure><img src=\"b.jpg\"><figcaption>The bridge at night</figcaption></figure></article></body></html>");
        var text = NewsParse.Cli.Evaluation.ContractBodyText.Of(article);
        Assert.Contains("What changed\nNew cables\nNew deck\nPart Count\nCables 412", text, StringComparison.Ordinal);
        Assert.DoesNotContain("The bridge at night", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Harbour Bridge Reopens", text, StringComparison.Ordinal);
    }
}
