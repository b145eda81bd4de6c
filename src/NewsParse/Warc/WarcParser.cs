using System.Runtime.CompilerServices;
using System.Threading.Channels;
using NewsParse.Building;

namespace NewsParse.Warc;

/// <summary>
/// Parses the HTML pages of a web archive into articles, in archive order: one <see cref="WarcResult"/> per HTML
/// or broken record of a <see cref="WarcReader"/>. Each page is parsed from its bytes with the charset of its HTTP
/// <c>Content-Type</c> as the transport-layer encoding (it takes precedence over a meta charset, as in browsers).
/// Immutable and thread-safe; one instance serves any number of archives at once.
/// </summary>
public sealed class WarcParser
{
    /// <summary>Records in flight per worker in <see cref="ParseAllAsync"/>: read and waiting, being parsed, or parsed and waiting for an earlier one.</summary>
    internal const int WindowPerWorker = 4;

    private readonly ArticleParser _parser;

    /// <summary>Creates a parser of archives.</summary>
    /// <param name="parser">
    /// The parser of each page; null for <see cref="ArticleParser.Default"/>. With <see cref="InputFormat.Auto"/> the
    /// pages are read as HTML (the archive says they are).
    /// </param>
    public WarcParser(ArticleParser? parser = null)
    {
        var chosen = parser ?? ArticleParser.Default;
        _parser = chosen.Options.Format == InputFormat.Auto ? new ArticleParser(chosen.Options with { Format = InputFormat.Html }) : chosen;
    }

    /// <summary>The article of one record, or its error (a broken record, or a limit of the parser's options exceeded).</summary>
    public WarcResult Parse(WarcRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Error is not null) return new WarcResult(record.Offset, record.Url, record.Date, null, record.Error, 0);
        try
        {
            var reader = _parser.CreateReader();
            reader.DeclareTransportCharset(record.Charset);
            reader.DeclareAddress(record.Url);  // links and images resolve against the page's own address
            reader.ExpectAtMost(record.Payload.Length);
            reader.AppendBytes(record.Payload.Span, isFinalBlock: true);
            var builder = new ArticleBuilder();
            while (reader.Read()) builder.Add(reader.Current);
            return new WarcResult(record.Offset, record.Url, record.Date, builder.Build(), null, record.Payload.Length);
        }
        catch (NewsParseException e)
        {
            return new WarcResult(record.Offset, record.Url, record.Date, null, $"the page cannot be parsed: {e.Message}", 0);
        }
    }

    /// <summary>Every remaining record of <paramref name="reader"/>, parsed one after another on the calling thread, lazily.</summary>
    public IEnumerable<WarcResult> ParseAll(WarcReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        reader.PoolPayloads = true; // the records read here are parsed here only: their arrays go back to the pool
        while (reader.ReadNext() is { } record)
        {
            var result = Parse(record);
            record.ReturnPayload();
            yield return result;
        }
    }

    /// <summary>
    /// Every remaining record of <paramref name="reader"/>, parsed <paramref name="parallelism"/> at a time and given
    /// back in archive order. The archive is read on one task, ahead of the parsing by at most
    /// four × <paramref name="parallelism"/> records, so memory is bounded whatever its size.
    /// </summary>
    /// <param name="reader">The archive; read by this method only until the enumeration ends.</param>
    /// <param name="parallelism">Pages parsed at once, at least 1.</param>
    /// <param name="cancellationToken">Stops reading and parsing; the enumeration then throws <see cref="OperationCanceledException"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parallelism"/> is less than 1.</exception>
    public IAsyncEnumerable<WarcResult> ParseAllAsync(WarcReader reader, int parallelism, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        return Run(reader, parallelism, cancellationToken);
    }

    private async IAsyncEnumerable<WarcResult> Run(WarcReader reader, int parallelism, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        reader.PoolPayloads = true; // the records read here are parsed here only: their arrays go back to the pool
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var inFlight = Channel.CreateBounded<Task<WarcResult>>(new BoundedChannelOptions(parallelism * WindowPerWorker) { SingleReader = true, SingleWriter = true });
        using var workers = new SemaphoreSlim(parallelism, parallelism);
        var producer = Task.Run(async () =>
        {
            try
            {
                while (reader.ReadNext() is { } record)
                {
                    stop.Token.ThrowIfCancellationRequested();
                    await inFlight.Writer.WriteAsync(Start(record, workers, stop.Token), stop.Token).ConfigureAwait(false);
                }
                inFlight.Writer.Complete();
            }
            catch (Exception e)
            {
                inFlight.Writer.Complete(e);
            }
        }, CancellationToken.None);
        try
        {
            await foreach (var task in inFlight.Reader.ReadAllAsync(stop.Token).ConfigureAwait(false))
            {
                yield return await task.ConfigureAwait(false);
            }
        }
        finally
        {
            // Leave nothing running behind the caller's back.
            await stop.CancelAsync().ConfigureAwait(false);
            try
            {
                await producer.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
            while (inFlight.Reader.TryRead(out var pending))
            {
                try
                {
                    await pending.ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                }
            }
        }
        await producer.ConfigureAwait(false);
    }

    private Task<WarcResult> Start(WarcRecord record, SemaphoreSlim workers, CancellationToken cancellationToken) =>
        Task.Run(async () =>
        {
            await workers.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return Parse(record);
            }
            finally
            {
                record.ReturnPayload();
                workers.Release();
            }
        }, cancellationToken);
}
