using System.Text;
using System.Text.Json.Nodes;
using NewsParse.Cli;
using NewsParse.Cli.Commands;
using Xunit;

namespace NewsParse.Tests.Batch;

/// <summary>The CLI over many documents: one JSON line per input in input order, error lines, exit codes, Ctrl-C.</summary>
public class BatchCliTests
{
    private static (int Exit, string[] Lines, string Errors) Run(params string[] args)
    {
        using var stdout = new MemoryStream();
        var stderr = new StringWriter();
        int exit = CliApp.Run(args, Stream.Null, stdout, stderr);
        var text = Encoding.UTF8.GetString(stdout.ToArray());
        return (exit, text.Split('\n', StringSplitOptions.RemoveEmptyEntries), stderr.ToString());
    }

    [Fact]
    public void A_bad_file_among_good_ones_is_an_error_line_and_exit_code_1()
    {
        using var folder = new TempFolder();
        var good = folder.Write("good.txt", Corpus.Read("seed", "xi-putin-moscow.txt"));
        var binary = Path.Combine(folder.Root, "binary.txt");
        File.WriteAllBytes(binary, Enumerable.Range(0, 3000).Select(i => (byte)(i % 7)).ToArray());
        var html = folder.Write("page.html", Corpus.Read("seed", "xi-putin-moscow.wordpress.html"));

        var (exit, lines, _) = Run(good, Path.Combine(folder.Root, "missing.html"), binary, html, "--parallel", "2");

        Assert.Equal(1, exit);
        Assert.Equal(4, lines.Length);
        var json = lines.Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal([good, Path.Combine(folder.Root, "missing.html"), binary, html], json.Select(j => (string)j["source"]!));
        Assert.NotNull(json[0]["article"]);
        Assert.Contains("no such file", (string)json[1]["error"]!);
        Assert.Contains("binary", (string)json[2]["error"]!);
        Assert.NotNull(json[3]["article"]?["sections"]);
    }

    [Fact]
    public void A_folder_gives_one_line_per_file_in_path_order_and_exit_code_0()
    {
        using var folder = new TempFolder();
        folder.Write("z.txt", Corpus.Read("seed", "xi-putin-moscow.txt"));
        folder.Write("a/b.html", "<html><body><h1>Harbour</h1><p>The harbour reopened on Monday after repairs to the quay.</p></body></html>");
        folder.Write("a/skip.md", "ignored");

        var (exit, lines, _) = Run(folder.Root);

        Assert.Equal(0, exit);
        Assert.Equal([Path.Combine(folder.Root, "a", "b.html"), Path.Combine(folder.Root, "z.txt")],
            lines.Select(l => (string)JsonNode.Parse(l)!["source"]!));
        var seed = JsonNode.Parse(lines[1])!["article"]!;
        Assert.Null(JsonSubset.FirstDifference(JsonNode.Parse(Corpus.Read("seed", "xi-putin-moscow.expected.json")), seed));
    }

    [Fact]
    public void A_jsonl_file_gives_one_line_per_record()
    {
        using var folder = new TempFolder();
        var records = folder.Write("pages.jsonl",
            """{"url":"https://example.org/a","html":"<p>The harbour reopened on Monday.</p>"}""" + "\n" + "not json\n");

        var (exit, lines, _) = Run(records);

        Assert.Equal(1, exit);
        Assert.Equal(2, lines.Length);
        Assert.Equal("https://example.org/a", (string)JsonNode.Parse(lines[0])!["source"]!);
        Assert.NotNull(JsonNode.Parse(lines[1])!["error"]);
    }

    [Fact]
    public async Task Cancellation_leaves_only_complete_lines()
    {
        using var folder = new TempFolder();
        var paths = Enumerable.Range(0, 30).Select(i => folder.Write($"{i:00}.txt", Corpus.Read("seed", "xi-putin-moscow.txt"))).ToList();
        using var cancel = new CancellationTokenSource();
        var output = new CancellingWriter(cancel, afterLines: 3);
        var options = new CliOptions { Inputs = [folder.Root], Format = OutputFormat.JsonLines, Batch = true, Parallel = 2 };

        int exit = await BatchCommand.RunAsync(options, output, new StringWriter(), showProgress: false, cancel.Token);

        Assert.Equal(BatchCommand.Interrupted, exit);
        var text = output.ToString();
        Assert.EndsWith("\n", text);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Equal(paths.Take(3), lines.Select(l => (string)JsonNode.Parse(l)!["source"]!));
    }

    [Theory]
    [InlineData("--parallel", "0")]
    [InlineData("--parallel", "many")]
    public void Bad_parallel_values_are_bad_arguments(string option, string value)
    {
        Assert.Equal(CliApp.BadArguments, Run("a.txt", "b.txt", option, value).Exit);
    }

    [Fact]
    public void Many_inputs_with_a_single_document_format_are_bad_arguments()
    {
        var (exit, _, errors) = Run("a.txt", "b.txt", "--format", "markdown");
        Assert.Equal(CliApp.BadArguments, exit);
        Assert.Contains("jsonl", errors);
    }

    /// <summary>Cancels the batch once a number of lines have been flushed, as Ctrl-C would in the middle of a run.</summary>
    private sealed class CancellingWriter(CancellationTokenSource cancel, int afterLines) : StringWriter
    {
        private int _flushes;

        public override void Flush()
        {
            base.Flush();
            if (++_flushes == afterLines) cancel.Cancel();
        }
    }
}
