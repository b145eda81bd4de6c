using System.Text;
using NewsParse.Rendering;
using NewsParse.Warc;
using Xunit;

namespace NewsParse.Tests.Warc;

/// <summary>
/// The WARC reader on archives made here: HTTP decoding (chunked, gzip, charset), what is skipped, and how it goes on
/// after each kind of broken part (a corrupt gzip member, bytes that are not a record, a cut record, a bad length).
/// </summary>
public sealed class WarcReaderTests
{
    private const string Sentence = "The council approved the new budget on Tuesday, after a long debate about schools, roads and the harbour. ";

    private static byte[] Page(string headline, string head = "", string text = "") => Encoding.UTF8.GetBytes(
        $"<!DOCTYPE html><html><head>{head}<title>{headline}</title></head><body><article><h1>{headline}</h1>"
        + string.Concat(Enumerable.Repeat($"<p>{Sentence}{text}{Sentence}</p>\n", 4)) + "</article></body></html>");

    private static List<WarcRecord> Read(byte[] archive, out WarcReader reader)
    {
        reader = new WarcReader(new MemoryStream(archive));
        return reader.ReadAll().ToList();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Pages_are_given_in_order_with_their_offsets_and_other_records_are_skipped(bool gzip)
    {
        var warc = new WarcBuilder(gzip);
        warc.Record("warcinfo", null, "application/warc-fields", "software: test\r\n"u8.ToArray());
        long first = warc.Response("http://example.com/one", Page("One"));
        warc.Record("request", "http://example.com/one", "application/http; msgtype=request", "GET /one HTTP/1.1\r\nHost: example.com\r\n\r\n"u8.ToArray());
        warc.Response("http://example.com/missing", Page("Missing"), status: 404);
        warc.Response("http://example.com/logo.png", [0x89, 0x50, 0x4E, 0x47], "Content-Type: image/png");
        long second = warc.Record("resource", "http://example.com/two", "text/html; charset=utf-8", Page("Two"));
        var records = Read(warc.ToArray(), out var reader);
        Assert.Equal(["http://example.com/one", "http://example.com/two"], records.Select(r => r.Url));
        Assert.Equal([first, second], records.Select(r => r.Offset));
        Assert.Equal(6, reader.RecordsRead);
        Assert.Equal(2, reader.HtmlRecords);
        Assert.Equal(4, reader.SkippedRecords);
        Assert.Equal(0, reader.BrokenRecords);
        Assert.Equal(gzip, reader.IsCompressed);
        Assert.Equal(warc.ToArray().Length, reader.BytesRead);
    }

    [Fact]
    public void Chunked_transfer_and_gzip_content_coding_are_undone()
    {
        var page = Page("Chunks");
        var warc = new WarcBuilder(true);
        warc.Response("http://example.com/c", WarcBuilder.Chunked(page, 100), "Content-Type: text/html\r\nTransfer-Encoding: chunked");
        warc.Response("http://example.com/g", WarcBuilder.Gzip(page), "Content-Type: text/html\r\nContent-Encoding: gzip");
        warc.Response("http://example.com/cg", WarcBuilder.Chunked(WarcBuilder.Gzip(page), 77), "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip");
        // Declared chunked but stored de-chunked, as many crawlers do: taken as it is.
        warc.Response("http://example.com/n", page, "Content-Type: text/html\r\nTransfer-Encoding: chunked");
        var records = Read(warc.ToArray(), out _);
        Assert.Equal(4, records.Count);
        foreach (var record in records) Assert.Equal(page, record.Payload.ToArray());
    }

    [Fact]
    public void The_http_charset_is_the_transport_encoding_and_wins_over_the_meta()
    {
        const string text = "Городской совет утвердил новый бюджет.";
        var html = $"<html><head><meta charset=\"koi8-r\"><title>Бюджет</title></head><body><article><h1>Бюджет</h1>"
            + string.Concat(Enumerable.Repeat($"<p>{text} {Sentence}</p>", 4)) + "</article></body></html>";
        var bytes = CodePagesEncodingProviderHolder.Windows1251.GetBytes(html);
        var warc = new WarcBuilder(true);
        warc.Response("http://example.ru/", bytes, "Content-Type: text/html; charset=windows-1251");
        var record = Assert.Single(Read(warc.ToArray(), out _));
        Assert.Equal("windows-1251", record.Charset);
        var result = new WarcParser().Parse(record);
        Assert.Contains(text, ArticleText.ToText(result.Article!));
    }

    [Fact]
    public void A_records_links_resolve_against_its_target_uri()
    {
        var html = "<html><head><title>Links</title></head><body><article><h1>Links</h1>"
            + string.Concat(Enumerable.Repeat($"<p>{Sentence} <a href=\"../more/story.html\">A related story</a> here.</p>", 4)) + "</article></body></html>";
        var warc = new WarcBuilder(true);
        warc.Response("https://news.example.org/world/2024/page.html", System.Text.Encoding.UTF8.GetBytes(html));
        var record = Assert.Single(Read(warc.ToArray(), out _));
        var article = new WarcParser().Parse(record).Article!;
        var links = article.Sections.SelectMany(s => s.Blocks).OfType<NewsParse.Model.ParagraphBlock>()
            .SelectMany(p => p.Inlines ?? []).Where(i => i.Kind == NewsParse.Model.InlineKind.Link).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.Equal("https://news.example.org/world/more/story.html", link.Href));
    }

    [Fact]
    public void A_corrupt_gzip_member_is_an_error_and_the_next_member_is_read()
    {
        var warc = new WarcBuilder(true);
        warc.Response("http://example.com/1", Page("First"));
        long broken = warc.Response("http://example.com/2", Page("Second"));
        warc.Response("http://example.com/3", Page("Third"));
        var archive = warc.ToArray();
        // Flip bytes in the middle of the second member's deflate data.
        for (long i = broken + 40; i < broken + 60; i++) archive[i] ^= 0x5A;
        var records = Read(archive, out var reader);
        Assert.Equal(3, records.Count);
        Assert.Null(records[0].Error);
        Assert.NotNull(records[1].Error);
        Assert.Equal(broken, records[1].Offset);
        Assert.Null(records[2].Error);
        Assert.Equal("http://example.com/3", records[2].Url);
        Assert.Equal(1, reader.BrokenRecords);
    }

    [Fact]
    public void Garbage_between_gzip_members_is_an_error_and_the_next_member_is_read()
    {
        var warc = new WarcBuilder(true);
        warc.Response("http://example.com/1", Page("First"));
        warc.Garbage(Encoding.ASCII.GetBytes(new string('x', 500)));
        long third = warc.Response("http://example.com/2", Page("Second"));
        var records = Read(warc.ToArray(), out _);
        Assert.Equal(3, records.Count);
        Assert.NotNull(records[1].Error);
        Assert.Equal(("http://example.com/2", third), (records[2].Url, records[2].Offset));
    }

    [Fact]
    public void Bytes_that_are_not_a_record_are_an_error_and_the_next_record_is_read()
    {
        var warc = new WarcBuilder(false);
        warc.Response("http://example.com/1", Page("First"));
        long junk = warc.Raw(Encoding.ASCII.GetBytes("this line is not a record\r\nnor is this one\r\n\r\n"));
        warc.Response("http://example.com/2", Page("Second"));
        var records = Read(warc.ToArray(), out var reader);
        Assert.Equal(3, records.Count);
        Assert.Equal(junk, records[1].Offset);
        Assert.Contains("not a record", records[1].Error);
        Assert.Equal("http://example.com/2", records[2].Url);
        Assert.Equal(1, reader.BrokenRecords);
    }

    [Fact]
    public void A_record_without_a_length_is_an_error_and_its_block_is_skipped_to_the_next_record()
    {
        var warc = new WarcBuilder(false);
        warc.Record("response", "http://example.com/bad", "application/http; msgtype=response", Page("Bad"), contentLength: "many");
        warc.Response("http://example.com/2", Page("Second"));
        var records = Read(warc.ToArray(), out _);
        Assert.Equal(2, records.Count);
        Assert.Contains("Content-Length", records[0].Error);
        Assert.Equal("http://example.com/bad", records[0].Url);
        Assert.Null(records[1].Error);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_record_cut_by_the_end_of_the_file_is_an_error(bool gzip)
    {
        var warc = new WarcBuilder(gzip);
        warc.Response("http://example.com/1", Page("First"));
        long last = warc.Response("http://example.com/2", Page("Second"));
        var archive = warc.ToArray();
        var cut = archive[..(int)(last + (archive.Length - last) / 2)];
        var records = Read(cut, out _);
        Assert.Equal(2, records.Count);
        Assert.Null(records[0].Error);
        Assert.Equal(last, records[1].Offset);
        Assert.NotNull(records[1].Error);
    }

    [Fact]
    public void A_payload_over_the_limit_is_an_error_and_is_not_read_into_memory()
    {
        var warc = new WarcBuilder(false);
        var huge = new byte[WarcReader.MaxPayloadBytes + 1];
        huge.AsSpan().Fill((byte)'a');
        warc.Response("http://example.com/huge", huge);
        warc.Response("http://example.com/2", Page("Second"));
        var records = Read(warc.ToArray(), out _);
        Assert.Equal(2, records.Count);
        Assert.Contains("larger than the limit", records[0].Error);
        Assert.Equal("http://example.com/2", records[1].Url);
    }

    [Fact]
    public void Target_uris_keep_their_spaces_and_lose_wget_brackets()
    {
        var warc = new WarcBuilder(true);
        warc.Response("<http://example.com/a b>", Page("Spaces"));
        Assert.Equal("http://example.com/a b", Assert.Single(Read(warc.ToArray(), out _)).Url);
    }

    [Fact]
    public void A_stream_that_cannot_seek_and_gives_a_byte_at_a_time_reads_the_same()
    {
        var warc = new WarcBuilder(true);
        for (int i = 0; i < 5; i++) warc.Response($"http://example.com/{i}", Page($"Page {i}"));
        var archive = warc.ToArray();
        var expected = Read(archive, out _).Select(r => (r.Offset, r.Url, r.Payload.ToArray().Length)).ToList();
        using var reader = new WarcReader(new TrickleStream(archive));
        Assert.Equal(expected, reader.ReadAll().Select(r => (r.Offset, r.Url, r.Payload.ToArray().Length)).ToList());
    }

    [Fact]
    public void Random_damage_never_throws_nor_hangs_and_every_intact_page_before_it_is_read()
    {
        var warc = new WarcBuilder(true);
        for (int i = 0; i < 8; i++) warc.Response($"http://example.com/{i}", Page($"Page {i}"));
        var archive = warc.ToArray();
        var random = new Random(25);
        for (int round = 0; round < 300; round++)
        {
            var damaged = (byte[])archive.Clone();
            int at = random.Next(damaged.Length);
            int count = 1 + random.Next(32);
            for (int i = at; i < Math.Min(damaged.Length, at + count); i++) damaged[i] = (byte)random.Next(256);
            if (round % 3 == 0) damaged = damaged[..random.Next(damaged.Length)];
            var records = Read(damaged, out _);
            // The members wholly before the damage (or the cut) are read as written.
            int first = Math.Min(at, damaged.Length);
            int intact = warc.Offsets.Count(o => o < first) - 1;
            Assert.True(records.Count >= intact, $"round {round}");
            for (int i = 0; i < intact && i < records.Count; i++) Assert.Equal($"http://example.com/{i}", records[i].Url);
            Assert.True(records.Count <= 8 + 8, $"round {round}");
        }
    }

    [Fact]
    public void Parsing_in_parallel_gives_the_results_in_archive_order()
    {
        var warc = new WarcBuilder(true);
        for (int i = 0; i < 40; i++) warc.Response($"http://example.com/{i}", Page($"Page {i}", text: new string('x', i * 50)));
        var archive = warc.ToArray();
        var parser = new WarcParser();
        var sequential = parser.ParseAll(new WarcReader(new MemoryStream(archive))).ToList();
        var parallel = parser.ParseAllAsync(new WarcReader(new MemoryStream(archive)), 3).ToBlockingEnumerable().ToList();
        Assert.Equal(sequential.Select(r => (r.Offset, r.Url, r.Article!.Headline)), parallel.Select(r => (r.Offset, r.Url, r.Article!.Headline)));
        Assert.Equal(Enumerable.Range(0, 40).Select(i => $"Page {i}"), parallel.Select(r => r.Article!.Headline));
    }

    /// <summary>Gives one byte per read and cannot seek, as a pipe may.</summary>
    private sealed class TrickleStream(byte[] bytes) : Stream
    {
        private int _at;

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_at >= bytes.Length || count == 0) return 0;
            buffer[offset] = bytes[_at++];
            return 1;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

internal static class CodePagesEncodingProviderHolder
{
    public static readonly Encoding Windows1251 = CodePagesEncodingProvider.Instance.GetEncoding(1251)!;
}
