using NewsParse.Warc;
using Xunit;

namespace NewsParse.Tests.Warc;

/// <summary>
/// Every warcio sample archive (Corpus/warcio, Apache-2.0) gives the records listed here: type, target URI, offset,
/// and whether it is a page, a record skipped, or an error. Corpus/warcio/README.md says what warcio gives for each
/// and where NewsParse differs. No sample throws or hangs.
/// </summary>
public sealed class WarcioSampleTests
{
    public enum Kind { Page, Skip, Error }

    private static readonly Dictionary<string, (string? Type, string? Url, long Offset, Kind Kind)[]> Expected = new()
    {
        ["bad.arc"] = [("response", "filedesc://bad.arc.gz", 0, Kind.Error), ("response", "http://example.com/", 134, Kind.Error), ("response", "http://example.com/", 202, Kind.Skip), ("response", "http://example.com/", 262, Kind.Error)],
        ["example-bad-non-chunked.warc.gz"] = [("warcinfo", null, 0, Kind.Skip), ("warcinfo", null, 0, Kind.Skip), ("response", "http://example.com/", 0, Kind.Page), ("request", "http://example.com/", 0, Kind.Skip), ("revisit", "http://example.com/", 0, Kind.Skip), ("request", "http://example.com/", 0, Kind.Skip)],
        ["example-bad.warc.gz.bad"] = [("warcinfo", null, 0, Kind.Skip), ("response", "http://example.com?example=1", 0, Kind.Page), ("request", "http://example.com?example=1", 0, Kind.Skip), ("revisit", "http://example.com?example=1", 0, Kind.Skip), ("request", "http://example.com?example=1", 0, Kind.Skip), ("response", "http://www.iana.org/domains/example", 0, Kind.Skip)],
        ["example-digest.warc"] = [("request", "http://example.com/", 0, Kind.Skip), ("request", "http://example.com/", 922, Kind.Skip), ("request", "http://example.com/", 1840, Kind.Skip), ("request", "http://example.com/", 2758, Kind.Skip)],
        ["example-iana.org-chunked.warc"] = [("warcinfo", null, 0, Kind.Skip), ("response", "http://www.iana.org/", 405, Kind.Page), ("request", "http://www.iana.org/", 8379, Kind.Skip)],
        ["example-resource.warc.gz"] = [("warcinfo", null, 0, Kind.Skip), ("warcinfo", null, 361, Kind.Skip), ("resource", "http://example.com/", 802, Kind.Page)],
        ["example-space-in-target-uri.warc.gz"] = [("warcinfo", null, 0, Kind.Skip), ("resource", "file:///example with spaces.png", 241, Kind.Skip)],
        ["example-space-in-url.arc"] = [("warcinfo", "filedesc://live-web-example.arc.gz", 0, Kind.Skip), ("response", "http://example.com/index.cfm?FuseAction=Email&EmailTitle=Examples From The Live Web&IsPopUp=False", 151, Kind.Error)],
        ["example-trunc.warc"] = [("warcinfo", null, 0, Kind.Skip), ("warcinfo", null, 488, Kind.Skip), ("response", "http://example.com/", 1197, Kind.Page), ("request", "http://example.com/", 2566, Kind.Skip)],
        ["example-wget-bad-target-uri.warc.gz"] = [("warcinfo", null, 0, Kind.Skip), ("request", "http://example.com/", 410, Kind.Skip), ("response", "http://example.com/", 824, Kind.Page), ("metadata", "metadata://gnu.org/software/wget/warc/MANIFEST.txt", 1978, Kind.Skip), ("resource", "metadata://gnu.org/software/wget/warc/wget_arguments.txt", 2295, Kind.Skip), ("resource", "metadata://gnu.org/software/wget/warc/wget.log", 2681, Kind.Skip)],
        ["example-wrong-chunks.warc.gz"] = [("response", "http://example.com/", 0, Kind.Page), ("request", "http://example.com/", 1130, Kind.Skip)],
        ["example.arc"] = [("warcinfo", "filedesc://live-web-example.arc.gz", 0, Kind.Skip), ("response", "http://example.com/", 151, Kind.Page)],
        ["example.arc.gz"] = [("warcinfo", "filedesc://live-web-example.arc.gz", 0, Kind.Skip), ("response", "http://example.com/", 171, Kind.Page)],
        ["example.warc"] = [("warcinfo", null, 0, Kind.Skip), ("warcinfo", null, 488, Kind.Skip), ("response", "http://example.com/", 1197, Kind.Page), ("request", "http://example.com/", 2566, Kind.Skip), ("revisit", "http://example.com/", 3370, Kind.Skip), ("request", "http://example.com/", 4316, Kind.Skip)],
        ["example.warc.gz"] = [("warcinfo", null, 0, Kind.Skip), ("warcinfo", null, 353, Kind.Skip), ("response", "http://example.com/", 784, Kind.Page), ("request", "http://example.com/", 2012, Kind.Skip), ("revisit", "http://example.com/", 2621, Kind.Skip), ("request", "http://example.com/", 3207, Kind.Skip)],
        ["post-test.warc.gz"] = [("response", "http://httpbin.org/post", 0, Kind.Skip), ("request", "http://httpbin.org/post", 720, Kind.Skip), ("response", "http://httpbin.org/post", 1196, Kind.Skip), ("request", "http://httpbin.org/post", 1919, Kind.Skip), ("response", "http://httpbin.org/post?foo=bar", 2395, Kind.Skip), ("request", "http://httpbin.org/post?foo=bar", 3118, Kind.Skip)],
    };

    public static IEnumerable<object[]> Samples() => Expected.Keys.Order(StringComparer.Ordinal).Select(k => new object[] { k });

    [Fact]
    public void Every_sample_file_is_listed()
    {
        var files = Directory.GetFiles(Corpus.PathOf("warcio")).Select(Path.GetFileName).Where(f => f is not ("LICENSE" or "README.md"));
        Assert.Equal(files.Order(StringComparer.Ordinal), Expected.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_sample_gives_the_records_listed(string file)
    {
        using var reader = new WarcReader(File.OpenRead(Corpus.PathOf("warcio", file))) { IncludeSkipped = true };
        var records = reader.ReadAll().Select(r => (r.Type, r.Url, r.Offset, r.IsSkipped ? Kind.Skip : r.Error is null ? Kind.Page : Kind.Error)).ToArray();
        Assert.Equal(Expected[file], records);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_page_of_the_samples_is_the_example_page_and_every_error_says_where(string file)
    {
        using var reader = new WarcReader(File.OpenRead(Corpus.PathOf("warcio", file)));
        var parser = new WarcParser();
        var results = parser.ParseAll(reader).ToList();
        Assert.Equal(Expected[file].Count(e => e.Kind != Kind.Skip), results.Count);
        foreach (var result in results)
        {
            if (result.Error is null)
            {
                Assert.NotNull(result.Article);
                Assert.Contains(result.Article!.Headline, new[] { "Example Domain", "Internet Assigned Numbers Authority" });
                Assert.NotNull(result.Date);
            }
            else
            {
                Assert.Contains($"byte {result.Offset}", result.Error);
            }
        }
        Assert.Equal(Expected[file].Length, reader.RecordsRead);
        Assert.Equal(Expected[file].Count(e => e.Kind == Kind.Skip), reader.SkippedRecords);
    }

    [Theory]
    [InlineData("example-bad-non-chunked.warc.gz", 5)]
    [InlineData("example-bad.warc.gz.bad", 5)]
    [InlineData("example-wrong-chunks.warc.gz", 1)]
    [InlineData("example.warc.gz", 0)]
    [InlineData("example-resource.warc.gz", 0)]
    public void Files_not_gzipped_per_record_are_told(string file, int sharing)
    {
        using var reader = new WarcReader(File.OpenRead(Corpus.PathOf("warcio", file)));
        _ = reader.ReadAll().ToList();
        Assert.Equal(sharing, reader.RecordsSharingMembers);
    }

    [Fact]
    public void A_content_length_two_bytes_short_is_a_warning_and_the_next_record_is_read()
    {
        using var reader = new WarcReader(File.OpenRead(Corpus.PathOf("warcio", "example-trunc.warc")));
        Assert.Single(reader.ReadAll());
        Assert.Equal(1, reader.Warnings);
        Assert.Equal(0, reader.BrokenRecords);
    }

    [Fact]
    public void The_chunked_response_is_de_chunked()
    {
        using var reader = new WarcReader(File.OpenRead(Corpus.PathOf("warcio", "example-iana.org-chunked.warc")));
        var page = Assert.Single(reader.ReadAll());
        var html = System.Text.Encoding.UTF8.GetString(page.Payload.Span);
        Assert.StartsWith("<!doctype html>", html.TrimStart(), StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith("</html>", html.TrimEnd());
        Assert.Equal("UTF-8", page.Charset);
    }
}
