using System.Text;
using System.Text.Json;
using NewsParse.Model;
using NewsParse.Rendering;
using NewsParse.Tests.Warc;
using Xunit;

namespace NewsParse.Tests.Cli;

/// <summary>`newsparse ARCHIVE --format jsonl`: one line per page or broken record, in archive order, the same whatever --parallel.</summary>
public sealed class WarcCliTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsparse-warc-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string WriteArchive(out List<(long Offset, string Url, Article Article)> expected)
    {
        using var warc = new WarcBuilder(gzip: true);
        expected = [];
        int i = 0;
        foreach (var page in WarcCorpusTests.RepositoryPages())
        {
            var bytes = File.ReadAllBytes(page);
            string url = $"http://example.com/{i++}";
            warc.Record("request", url, "application/http; msgtype=request", "GET / HTTP/1.1\r\n\r\n"u8.ToArray());
            long offset = warc.Response(url, i % 2 == 0 ? bytes : WarcBuilder.Gzip(bytes), "Content-Type: text/html; charset=utf-8" + (i % 2 == 0 ? "" : "\r\nContent-Encoding: gzip"));
            expected.Add((offset, url, new ArticleParser(NewsParserOptions.Default with { Url = new Uri(url) }).Parse(bytes, "utf-8")));  // read at the record's URI
        }
        var path = Path.Combine(_folder, "crawl.warc.gz");
        File.WriteAllBytes(path, warc.ToArray());
        return path;
    }

    [Fact]
    public void Each_page_gives_a_line_with_source_offset_url_date_and_its_article_in_archive_order()
    {
        var path = WriteArchive(out var expected);
        var run = CliRun.Of(path, "--format", "jsonl");
        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expected.Count, lines.Length);
        for (int i = 0; i < lines.Length; i++)
        {
            using var json = JsonDocument.Parse(lines[i]);
            var root = json.RootElement;
            Assert.Equal(path, root.GetProperty("source").GetString());
            Assert.Equal(expected[i].Offset, root.GetProperty("offset").GetInt64());
            Assert.Equal(expected[i].Url, root.GetProperty("url").GetString());
            Assert.StartsWith("2024-05-0", root.GetProperty("date").GetString());
            var article = ArticleJson.FromJson(root.GetProperty("article").GetRawText());
            Assert.True(expected[i].Article.Equals(article), $"line {i}");
        }
    }

    [Fact]
    public void The_output_is_the_same_whatever_the_parallelism()
    {
        var path = WriteArchive(out _);
        var one = CliRun.Of(path, "--parallel", "1");
        var three = CliRun.Of(path, "--parallel", "3");
        Assert.Equal(0, one.ExitCode);
        Assert.Equal(one.Stdout, three.Stdout);
    }

    [Fact]
    public void Broken_records_give_error_lines_and_exit_code_1_without_a_stack_trace()
    {
        var run = CliRun.Of(Corpus.PathOf("warcio", "bad.arc"), Corpus.PathOf("warcio", "example.warc.gz"), Path.Combine(_folder, "missing.warc.gz"));
        Assert.Equal(1, run.ExitCode);
        Assert.False(run.HasStackTrace, run.Stdout + run.Stderr);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(5, lines.Count);
        Assert.All(lines.Take(3), l => Assert.True(l.TryGetProperty("error", out _)));
        Assert.Equal("Example Domain", lines[3].GetProperty("article").GetProperty("headline").GetString());
        Assert.Contains("no such file", lines[4].GetProperty("error").GetString());
    }

    [Fact]
    public void A_file_gzipped_whole_is_read_and_said_so_on_stderr()
    {
        var run = CliRun.Of(Corpus.PathOf("warcio", "example-bad-non-chunked.warc.gz"));
        Assert.Equal(0, run.ExitCode);
        Assert.Single(run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("not gzipped per record", run.Stderr);
    }
}
