using System.Text;
using System.Text.Json.Nodes;
using NewsParse.Model;
using NewsParse.Rendering;
using NewsParse.Tests.Batch;
using Xunit;

namespace NewsParse.Tests.Cli;

/// <summary>
/// The command as a new user tries it (issue 22's list): piped input without "-", the sample only when asked or on a
/// terminal, folders of links, .xhtml and extension-less pages, Markdown and text for many documents, a note for an
/// empty result, --explain beside --format, JSON Lines records of text, bad lines by number, limits as flags, and
/// --parallel on one document.
/// </summary>
public sealed class CliBehaviourTests : IDisposable
{
    private static readonly byte[] Page = Encoding.UTF8.GetBytes(Corpus.Read("seed", "xi-putin-moscow.wordpress.html"));
    private static readonly string Dump = Corpus.Read("seed", "xi-putin-moscow.txt");
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void Url_gives_the_address_links_resolve_against_and_a_bad_one_is_refused()
    {
        var page = Encoding.UTF8.GetBytes("<html><head><title>T</title></head><body><article><h1>T</h1>"
            + string.Concat(Enumerable.Repeat("<p>The council met on Monday to vote on the budget for the coming year. <a href=\"/budget/2024\">The budget</a> passed.</p>", 4))
            + "</article></body></html>");
        var run = CliRun.Of(page, "--url", "https://city.example.org/news/story.html", "-f", "markdown");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("(https://city.example.org/budget/2024)", run.Stdout);
        var bad = CliRun.Of(page, "--url", "not-an-address");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--url needs an absolute http or https address", bad.Stderr);
    }

    [Fact]
    public void Piped_input_without_an_argument_is_read_not_the_sample()
    {
        var run = CliRun.Of(Page, "-f", "markdown");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(ArticleMarkdown.ToMarkdown(NewsParser.Parse(Page)), run.Stdout);
        Assert.Equal("", run.Stderr);
        Assert.NotEqual(CliRun.Of((byte[]?)null, "--sample", "-f", "markdown").Stdout, run.Stdout);
    }

    [Fact]
    public void Markdown_text_is_the_markdown_without_links_and_images()
    {
        var run = CliRun.Of(Page, "-f", "markdown-text");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(ArticleMarkdown.ToMarkdown(NewsParser.Parse(Page), MarkdownOptions.TextOnly), run.Stdout);
        Assert.DoesNotContain("](", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_parses_the_bundled_article_whatever_standard_input_is()
    {
        var fromPipe = CliRun.Of(Page, "--sample");
        var fromTerminal = CliRun.Of((byte[]?)null, "--sample");
        Assert.Equal(0, fromPipe.ExitCode);
        Assert.Equal("", fromPipe.Stderr);
        Assert.Equal(fromTerminal.Stdout, fromPipe.Stdout);
        Assert.Equal(ArticleJson.ToJson(NewsParser.Parse(Dump)) + "\n", fromPipe.Stdout);
        Assert.Equal(2, CliRun.Of((byte[]?)null, "--sample", "page.html").ExitCode);
    }

    [Fact]
    public void A_folder_follows_links_to_files_and_folders_and_reports_a_dangling_link()
    {
        var elsewhere = new TempFolder();
        try
        {
            var target = elsewhere.Write("store/article.html", Encoding.UTF8.GetString(Page));
            elsewhere.Write("more/inner.txt", Dump);
            var linked = Path.Combine(_folder.Root, "linked.html");
            if (!TryLink(() => File.CreateSymbolicLink(linked, target))) return;
            Directory.CreateSymbolicLink(Path.Combine(_folder.Root, "more"), Path.Combine(elsewhere.Root, "more"));
            File.CreateSymbolicLink(Path.Combine(_folder.Root, "missing.html"), Path.Combine(elsewhere.Root, "not-fetched.html"));
            // a link back to the folder itself: walked once, not forever
            Directory.CreateSymbolicLink(Path.Combine(_folder.Root, "loop"), _folder.Root);
            var plain = _folder.Write("plain.txt", Dump);

            var run = CliRun.Of(_folder.Root);

            Assert.Equal(1, run.ExitCode);
            var lines = Lines(run.Stdout).Select(l => JsonNode.Parse(l)!).ToList();
            Assert.Equal([linked, Path.Combine(_folder.Root, "missing.html"), Path.Combine(_folder.Root, "more", "inner.txt"), plain],
                lines.Select(l => (string)l["source"]!));
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(ArticleJson.ToJson(NewsParser.Parse(Page))), lines[0]["article"]));
            Assert.Equal($"{Path.Combine(_folder.Root, "missing.html")}: a link to a missing file ({Path.Combine(elsewhere.Root, "not-fetched.html")})", (string)lines[1]["error"]!);
            Assert.NotNull(lines[2]["article"]);
        }
        finally
        {
            elsewhere.Dispose();
        }
    }

    [Fact]
    public void A_folder_takes_xhtml_and_html_pages_without_extension_and_ext_chooses_the_extensions()
    {
        var xhtml = _folder.Write("a.xhtml", Encoding.UTF8.GetString(Page));
        var bare = _folder.Write("b-saved-page", "\uFEFF\n  <!DOCTYPE html><html><body><p>A page saved without extension, about the harbour and its new bridge.</p></body></html>");
        _folder.Write("LICENSE", "MIT License\n\nPermission is hereby granted...");
        _folder.Write("notes.md", "# Notes\n\nNot an input by default.");
        _folder.Write(".hidden/c.html", "<p>hidden</p>");

        var run = CliRun.Of(_folder.Root);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal([xhtml, bare], Lines(run.Stdout).Select(l => (string)JsonNode.Parse(l)!["source"]!));

        var md = CliRun.Of(_folder.Root, "--ext", "md,.TXT");
        Assert.Equal(0, md.ExitCode);
        Assert.Equal([Path.Combine(_folder.Root, "b-saved-page"), Path.Combine(_folder.Root, "notes.md")], Lines(md.Stdout).Select(l => (string)JsonNode.Parse(l)!["source"]!));
    }

    [Theory]
    [InlineData("markdown", ".md")]
    [InlineData("text", ".txt")]
    [InlineData("json", ".json")]
    public void Many_documents_in_markdown_text_or_json_are_one_file_each_in_out(string format, string extension)
    {
        var pages = _folder.Write("in/site/page.html", Encoding.UTF8.GetString(Page));
        _folder.Write("in/dump.txt", Dump);
        var records = _folder.Write("records.jsonl", $"{{\"url\": \"https://example.org/x\", \"text\": {JsonValue.Create(Dump).ToJsonString()}}}\n\nnot json\n");
        var single = _folder.Write("other/page.html", Encoding.UTF8.GetString(Page));
        var twin = _folder.Write("third/page.html", Dump);
        var output = Path.Combine(_folder.Root, "out");

        var run = CliRun.Of(Path.Combine(_folder.Root, "in"), records, single, twin, "--format", format, "--out", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Equal([$"newsparse: {records}:3: not valid JSON (at byte 2 of the line)"], Lines(run.Stderr));
        string Render(Article a) => format switch
        {
            "markdown" => ArticleMarkdown.ToMarkdown(a),
            "text" => ArticleText.ToText(a),
            _ => ArticleJson.ToJson(a) + "\n",
        };
        Assert.Equal(Render(NewsParser.Parse(Page)), File.ReadAllText(Path.Combine(output, "site", "page" + extension)));
        Assert.Equal(Render(NewsParser.Parse(Encoding.UTF8.GetBytes(Dump))), File.ReadAllText(Path.Combine(output, "dump" + extension)));
        Assert.Equal(Render(NewsParser.ParseText(Dump)), File.ReadAllText(Path.Combine(output, "records", "1" + extension)));
        // two inputs that would share a name do not overwrite each other
        Assert.Equal(Render(NewsParser.Parse(Page)), File.ReadAllText(Path.Combine(output, "page" + extension)));
        Assert.Equal(Render(NewsParser.Parse(Encoding.UTF8.GetBytes(Dump))), File.ReadAllText(Path.Combine(output, "page-2" + extension)));
        Assert.Equal(5, Directory.GetFiles(output, "*", SearchOption.AllDirectories).Length);
        Assert.True(File.Exists(pages));
    }

    [Fact]
    public void Many_documents_in_markdown_without_out_is_one_clear_line_and_exit_2()
    {
        var run = CliRun.Of((byte[]?)null, _folder.Write("a.txt", Dump), _folder.Write("b.txt", Dump), "-f", "markdown");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("newsparse: Many documents in markdown are written one file per input: add --out DIR", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("", run.Stdout);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("markdown")]
    [InlineData("text")]
    [InlineData("events")]
    public void An_empty_result_prints_a_note_on_stderr_and_exits_0(string format)
    {
        foreach (var input in new[] { ""u8.ToArray(), "   \n"u8.ToArray(), "<html><body><nav><a href='/'>Home</a></nav></body></html>"u8.ToArray() })
        {
            var run = CliRun.Of(input, "-f", format);
            Assert.Equal(0, run.ExitCode);
            Assert.Equal(["newsparse: standard input: no article text was found (an empty or index page?)"], Lines(run.Stderr));
        }
        var page = CliRun.Of(Page, "-f", format);
        Assert.Equal("", page.Stderr);
    }

    [Fact]
    public void An_empty_input_in_a_batch_gets_a_note_and_its_line()
    {
        var empty = _folder.Write("a.html", "<html><body></body></html>");
        var full = _folder.Write("b.txt", Dump);
        var run = CliRun.Of(_folder.Root);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, Lines(run.Stdout).Length);
        Assert.Equal([$"newsparse: {empty}: no article text was found (an empty or index page?)"], Lines(run.Stderr));
        Assert.True(File.Exists(full));
    }

    [Theory]
    [InlineData("markdown")]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("events")]
    public void Explain_with_a_format_writes_the_document_and_the_decisions_on_stderr(string format)
    {
        var alone = CliRun.Of(Page, "--explain");
        var plain = CliRun.Of(Page, "-f", format);
        var both = CliRun.Of(Page, "--explain", "-f", format);
        Assert.Equal(0, both.ExitCode);
        Assert.Equal(plain.Stdout, both.Stdout);
        Assert.Equal(alone.Stdout, both.Stderr);
        Assert.Contains("because: ", both.Stderr);
        Assert.Equal("", alone.Stderr);
    }

    [Fact]
    public void Json_lines_records_take_text_as_well_as_html_and_bad_lines_are_named_by_number()
    {
        var records = _folder.Write("records.jsonl", string.Join('\n',
            $"{{\"url\": \"https://example.org/text\", \"text\": {JsonValue.Create(Dump).ToJsonString()}}}",
            $"{{\"html\": {JsonValue.Create(Encoding.UTF8.GetString(Page)).ToJsonString()}}}",
            "{\"url\": \"https://example.org/both\", \"html\": \"<p>x</p>\", \"text\": \"x\"}",
            "{\"url\": 3, \"html\": ",
            "[1, 2]",
            "{\"url\": \"https://example.org/none\"}"));

        var run = CliRun.Of(records);

        Assert.Equal(1, run.ExitCode);
        var lines = Lines(run.Stdout).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal(["https://example.org/text", $"{records}:2", "https://example.org/both", $"{records}:4", $"{records}:5", "https://example.org/none"],
            lines.Select(l => (string)l["source"]!));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(ArticleJson.ToJson(NewsParser.ParseText(Dump))), lines[0]["article"]));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(ArticleJson.ToJson(NewsParser.ParseHtml(Encoding.UTF8.GetString(Page)))), lines[1]["article"]));
        Assert.Equal($"{records}:3: has both an \"html\" and a \"text\" string; give one", (string)lines[2]["error"]!);
        Assert.Equal($"{records}:4: not valid JSON (at byte 20 of the line)", (string)lines[3]["error"]!);
        Assert.Equal($"{records}:5: not a JSON object but an array", (string)lines[4]["error"]!);
        Assert.Equal($"{records}:6: has no \"html\" or \"text\" string", (string)lines[5]["error"]!);
    }

    [Fact]
    public void Limits_are_flags_and_a_limit_error_names_its_flag()
    {
        var run = CliRun.Of(Page, "--max-html-chars", "1000");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Equal(["newsparse: standard input: the HTML page is longer than 1,000 characters (raise the limit with --max-html-chars N)"], Lines(run.Stderr));

        var raised = CliRun.Of(Page, $"--max-html-chars={Page.Length}");
        Assert.Equal(0, raised.ExitCode);

        var deep = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 40)) + "<p>Deep text about the harbour, the bridge and the council meeting on Monday.</p></body></html>";
        var shallow = CliRun.Of(Encoding.UTF8.GetBytes(deep), "--max-nesting-depth", "8");
        Assert.Contains("\"nestingTooDeep\"", shallow.Stdout);
        Assert.DoesNotContain("\"nestingTooDeep\"", CliRun.Of(Encoding.UTF8.GetBytes(deep)).Stdout);

        var text = CliRun.Of(Encoding.UTF8.GetBytes(Dump), "--max-block-chars", "50", "--input", "text");
        Assert.Equal(1, text.ExitCode);
        Assert.Contains("(raise the limit with --max-block-chars N)", text.Stderr);
        var input = CliRun.Of(Encoding.UTF8.GetBytes(Dump), "--max-input-chars", "100");
        Assert.Contains("(raise the limit with --max-input-chars N)", input.Stderr);
        Assert.Equal(0, CliRun.Of(Encoding.UTF8.GetBytes(Dump), "--look-ahead-chars", "0", "--look-behind-chars", "0").ExitCode);

        foreach (var bad in new[] { new[] { "--max-html-chars", "0" }, ["--max-html-chars", "lots"], ["--max-html-chars", "99999999999"], ["--look-ahead-chars", "-1"], ["--max-nesting-depth"] })
        {
            var refused = CliRun.Of(Page, bad);
            Assert.Equal(2, refused.ExitCode);
            Assert.StartsWith($"newsparse: {bad[0]}", refused.Stderr, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Parallel_with_one_document_says_it_is_ignored()
    {
        var run = CliRun.Of(Page, "--parallel", "4");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(CliRun.Of(Page).Stdout, run.Stdout);
        Assert.Equal(["newsparse: --parallel has no effect on one document (it is parsed alone); it is ignored."], Lines(run.Stderr));
    }

    /// <summary>Makes a link, or returns false where the system does not allow it (Windows without the privilege).</summary>
    private static bool TryLink(Action link)
    {
        try
        {
            link();
            return true;
        }
        catch (Exception e) when (OperatingSystem.IsWindows() && e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
