using System.Text;
using NewsParse.Model;
using NewsParse.Warc;
using Xunit;

namespace NewsParse.Tests.Warc;

/// <summary>
/// An archive built here from real pages gives the same articles as parsing the pages one by one, in order, with
/// their offsets: the pages copied into the repository (always), and the 125 aeb-dev pages of ../shared when it is there.
/// Every other record is gzipped with its HTTP body chunked, gzip-coded, or both; some declare a charset in the HTTP
/// header, one page is transcoded to windows-1252 and declared so in its header only (its meta says UTF-8).
/// </summary>
public sealed class WarcCorpusTests
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!;

    public static IEnumerable<string> RepositoryPages() =>
        new[] { "aeb", "seed", "html" }.SelectMany(folder => Directory.GetFiles(Corpus.PathOf(folder), "*.html")).Order(StringComparer.Ordinal);

    [Fact]
    public void An_archive_of_the_repository_pages_gives_the_articles_of_the_pages_one_by_one()
    {
        var pages = RepositoryPages().ToList();
        Assert.True(pages.Count >= 13);
        AssertSameArticles(pages);
    }

    [NewsParse.Tests.SharedCorpusFact("aeb-dev", "html")]
    public void An_archive_of_the_125_aeb_dev_pages_gives_the_articles_of_the_pages_one_by_one()
    {
        var pages = Directory.GetFiles(SharedCorpus.Folder("aeb-dev", "html")!, "*.html").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(125, pages.Count);
        AssertSameArticles(pages);
    }

    /// <summary>A page written here whose text has a windows-1252 byte for every character (its meta says UTF-8).</summary>
    private static readonly string Latin = "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Straße für Bürger geöffnet</title></head><body><article>"
        + "<h1>Straße für Bürger geöffnet</h1>" + string.Concat(Enumerable.Repeat(
            "<p>„Die neue Straße öffnet im März“, sagte der Bürgermeister – und die Bürger von Köln freuen sich über weniger Verkehr am Rhein.</p>", 5))
        + "</article></body></html>";

    private static void AssertSameArticles(List<string> files)
    {
        var pages = files.Select(f => (Name: f, Bytes: File.ReadAllBytes(f))).ToList();
        pages.Insert(1, ("latin.html", Encoding.UTF8.GetBytes(Latin)));
        var warc = new WarcBuilder(gzip: true);
        var expected = new List<(long Offset, string Url, Article Article)>();
        for (int i = 0; i < pages.Count; i++)
        {
            var bytes = pages[i].Bytes;
            string url = $"http://example.com/{i}/{Path.GetFileName(pages[i].Name)}";
            string? charset = i % 3 == 2 ? "utf-8" : null;
            if (i == 1)
            {
                // The same text in windows-1252 bytes, told only by the HTTP header: the same article.
                bytes = Windows1252.GetBytes(Latin);
                charset = "windows-1252";
            }
            var body = (i % 4) switch
            {
                0 => bytes,
                1 => WarcBuilder.Chunked(bytes, 4000),
                2 => WarcBuilder.Gzip(bytes),
                _ => WarcBuilder.Chunked(WarcBuilder.Gzip(bytes), 1000),
            };
            string headers = "Content-Type: text/html" + (charset is null ? "" : $"; charset={charset}")
                + (i % 4 is 1 or 3 ? "\r\nTransfer-Encoding: chunked" : "") + (i % 4 is 2 or 3 ? "\r\nContent-Encoding: gzip" : "");
            // Records that are not pages in between: skipped.
            warc.Record("request", url, "application/http; msgtype=request", Encoding.ASCII.GetBytes($"GET /{i} HTTP/1.1\r\nHost: example.com\r\n\r\n"));
            long offset = warc.Response(url, body, headers);
            // a record's page is read at its target URI: links and images resolve against it
            var atUrl = new ArticleParser(NewsParserOptions.Default with { Url = new Uri(url) });
            expected.Add((offset, url, atUrl.Parse(pages[i].Bytes, i == 1 ? null : charset)));
        }
        var archive = warc.ToArray();
        var parser = new WarcParser();
        var results = parser.ParseAll(new WarcReader(new MemoryStream(archive))).ToList();
        Assert.Equal(expected.Count, results.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Offset, results[i].Offset);
            Assert.Equal(expected[i].Url, results[i].Url);
            Assert.Null(results[i].Error);
            Assert.True(expected[i].Article.Equals(results[i].Article), $"{pages[i].Name}: the article differs");
        }
        var parallel = parser.ParseAllAsync(new WarcReader(new MemoryStream(archive)), 4).ToBlockingEnumerable().ToList();
        Assert.Equal(results, parallel);
    }
}
