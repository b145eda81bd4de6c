using NewsParse.Cli.Batch;
using Xunit;

namespace NewsParse.Tests.Batch;

/// <summary>The library's batch API: input order whatever the parallelism, errors in place, folder and JSON Lines sources.</summary>
public class BatchParserTests
{
    private static string Page(int i, int paragraphs) =>
        $"<html><body><h1>Story {i}</h1>" + string.Concat(Enumerable.Range(0, paragraphs).Select(p =>
            $"<p>Paragraph {p} of story {i} tells how the council of city {i} debated the budget, the harbour and the railway for a long time.</p>")) + "</body></html>";

    [Fact]
    public async Task Results_come_in_input_order_with_parallelism()
    {
        // Big pages first and small ones after, so that later documents finish before earlier ones.
        var sources = Enumerable.Range(0, 40).Select(i => DocumentSource.FromHtml($"https://example.org/{i}", Page(i, i % 2 == 0 ? 200 : 1))).ToList();
        var results = new List<BatchResult>();
        await foreach (var result in new BatchParser().ParseAllAsync(sources, parallelism: 4)) results.Add(result);

        Assert.Equal(Enumerable.Range(0, 40).Select(i => (long)i), results.Select(r => r.Index));
        Assert.Equal(sources.Select(s => s.Name), results.Select(r => r.Name));
        var html = new ArticleParser(NewsParserOptions.Default with { Format = InputFormat.Html });
        for (int i = 0; i < 40; i++) Assert.Equal(html.Parse(sources[i].Content!), results[i].Article);
    }

    [Fact]
    public async Task A_missing_file_is_an_error_result_in_its_place()
    {
        using var folder = new TempFolder();
        var a = folder.Write("a.txt", Corpus.Read("seed", "xi-putin-moscow.txt"));
        var b = folder.Write("b.html", Corpus.Read("seed", "xi-putin-moscow.wordpress.html"));
        var sources = DocumentSources.Files([a, Path.Combine(folder.Root, "missing.txt"), b]);
        var results = new List<BatchResult>();
        await foreach (var result in new BatchParser().ParseAllAsync(sources, parallelism: 2)) results.Add(result);

        Assert.Equal(3, results.Count);
        Assert.True(results[0].Succeeded);
        Assert.False(results[1].Succeeded);
        Assert.Contains("no such file", results[1].Error);
        Assert.Null(results[1].Article);
        Assert.True(results[2].Succeeded);
        Assert.Equal(NewsParser.Parse(Corpus.Read("seed", "xi-putin-moscow.txt")), results[0].Article);
    }

    [Fact]
    public void A_folder_is_searched_recursively_in_ordinal_path_order()
    {
        using var folder = new TempFolder();
        var expected = new[] { "B/x.htm", "a.txt", "b/z.HTML", "c/d/e.txt", "c/d.html" }
            .Select(p => folder.Write(p, "<p>x</p>")).Order(StringComparer.Ordinal).ToList();
        folder.Write("notes.md", "# not an input");
        folder.Write("c/data.json", "{}");

        var found = DocumentSources.Folder(folder.Root).Select(s => s.Path!).ToList();

        Assert.Equal(expected, found);
    }

    [Fact]
    public async Task Json_lines_records_give_one_result_each_and_a_bad_record_an_error()
    {
        var lines = string.Join("\n",
            """{"url": "https://example.org/one", "html": "<p>One paragraph about the harbour.</p>"}""",
            "",
            """{"url": "https://example.org/broken", "html": """,
            """{"html": "<h1>Two</h1><p>Another paragraph about the railway, long enough to be an article: the line to the coast reopened on Monday after two years of works, and the first trains ran full from dawn to midnight.</p>"}""",
            """{"url": "https://example.org/nohtml"}""");
        var sources = DocumentSources.JsonLines(new StringReader(lines), "records.jsonl").ToList();
        var results = new List<BatchResult>();
        await foreach (var result in new BatchParser().ParseAllAsync(sources, parallelism: 2)) results.Add(result);

        // a result is named by the record's url when it has one (to match it with its input), else by its line;
        // an error always says the line, where it is to be fixed
        Assert.Equal(["https://example.org/one", "records.jsonl:3", "records.jsonl:4", "https://example.org/nohtml"], results.Select(r => r.Name));
        Assert.True(results[0].Succeeded);
        Assert.Equal("records.jsonl:3: not valid JSON (at byte 47 of the line)", results[1].Error);
        Assert.True(results[2].Succeeded);
        Assert.Contains("railway", results[2].Article!.Sections.SelectMany(s => s.Blocks).Single().Text);
        Assert.StartsWith("records.jsonl:5: ", results[3].Error);
        Assert.Contains("no \"html\"", results[3].Error);
    }

    [Fact]
    public async Task Cancellation_stops_the_batch_after_the_results_already_given()
    {
        using var cancel = new CancellationTokenSource();
        var sources = Enumerable.Range(0, 50).Select(i => DocumentSource.FromHtml($"u{i}", Page(i, 5)));
        var results = new List<BatchResult>();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var result in new BatchParser().ParseAllAsync(sources, 2, cancel.Token))
            {
                results.Add(result);
                if (results.Count == 3) cancel.Cancel();
            }
        });
        Assert.Equal(3, results.Count);
    }

    [Fact]
    public void Parallelism_below_one_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BatchParser().ParseAllAsync([], 0));
    }
}
