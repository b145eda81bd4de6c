using System.Text;
using Xunit;

namespace NewsParse.Tests.Limits;

/// <summary>ParseAsync, ReadEventsAsync and Parse(Stream, CancellationToken) honour a cancelled token before doing any work and between reads.</summary>
public class CancellationTests
{
    private static byte[] LargeText()
    {
        var text = new StringBuilder();
        for (int i = 0; i < 2_000; i++) text.Append("Paragraph ").Append(i).Append(" of a long article about the port inquiry. It goes on.\n\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    [Fact]
    public async Task ParseAsync_of_a_stream_with_a_cancelled_token_throws_OperationCanceledException()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ArticleParser.Default.ParseAsync(new MemoryStream(LargeText()), cts.Token));
    }

    [Fact]
    public async Task ParseAsync_of_a_text_reader_with_a_cancelled_token_throws_OperationCanceledException()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ArticleParser.Default.ParseAsync(new StringReader(Encoding.UTF8.GetString(LargeText())), cts.Token));
    }

    [Fact]
    public async Task Cancelling_during_a_parse_stops_it_with_OperationCanceledException()
    {
        using var cts = new CancellationTokenSource();
        var stream = new CancellingStream(LargeText(), cts, cancelAfterReads: 3);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ArticleParser.Default.ParseAsync(stream, cts.Token));
        Assert.True(stream.Reads <= 5, $"read {stream.Reads} times after cancellation was requested at read 3");
    }

    [Fact]
    public void Parse_of_a_stream_stops_when_its_token_is_cancelled_between_reads()
    {
        using var cts = new CancellationTokenSource();
        var stream = new CancellingStream(LargeText(), cts, cancelAfterReads: 3);
        Assert.ThrowsAny<OperationCanceledException>(() => ArticleParser.Default.Parse(stream, cts.Token));
        Assert.Equal(3, stream.Reads);
    }

    [Fact]
    public void Parse_of_a_stream_with_a_token_that_is_never_cancelled_gives_what_Parse_of_its_bytes_gives()
    {
        var bytes = LargeText();
        using var cts = new CancellationTokenSource();
        Assert.Equal(ArticleParser.Default.Parse(bytes), ArticleParser.Default.Parse(new MemoryStream(bytes), cts.Token));
    }

    [Fact]
    public async Task ReadEventsAsync_stops_at_a_cancelled_token()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in ArticleParser.Default.ReadEventsAsync(new MemoryStream(LargeText()), cts.Token)) { }
        });
    }

    [Fact]
    public async Task ParseAsync_without_cancellation_gives_the_same_article_as_Parse()
    {
        var bytes = LargeText();
        var expected = ArticleParser.Default.Parse(bytes);
        var actual = await ArticleParser.Default.ParseAsync(new MemoryStream(bytes));
        Assert.Equal(expected, actual);
    }

    /// <summary>A stream that cancels its token after a number of reads, and counts the reads.</summary>
    private sealed class CancellingStream(byte[] data, CancellationTokenSource cts, int cancelAfterReads) : MemoryStream(data)
    {
        public int Reads { get; private set; }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Reads++;
            if (Reads == cancelAfterReads) cts.Cancel();
            return base.ReadAsync(buffer.Length > 4096 ? buffer[..4096] : buffer, cancellationToken);
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Reads++;
            if (Reads == cancelAfterReads) cts.Cancel();
            return base.Read(buffer, offset, Math.Min(count, 4096));
        }
    }
}
