using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using NewsParse.Model;

namespace NewsParse.Batch;

/// <summary>
/// Parses many documents in parallel and gives the results back in input order, as an ordered pipeline: at most
/// <c>parallelism</c> documents are parsed at once and at most <see cref="WindowPerWorker"/> × <c>parallelism</c>
/// are in flight (parsing, or parsed and waiting for the ones before them), so memory is bounded whatever the number
/// of documents. A source that cannot be read gives a <see cref="BatchResult"/> with an error, never the end of the
/// batch. Thread-safe: one instance can run any number of batches at once.
/// </summary>
public sealed class BatchParser
{
    /// <summary>Documents in flight per worker: the results held while an earlier, slower document is still being parsed.</summary>
    public const int WindowPerWorker = 4;

    /// <summary>Creates a batch parser.</summary>
    /// <param name="parser">The parser of each document; null for <see cref="ArticleParser.Default"/>.</param>
    public BatchParser(ArticleParser? parser = null)
    {
        Parser = parser ?? ArticleParser.Default;
        _htmlParser = Parser.Options.Format == InputFormat.Auto ? new ArticleParser(Parser.Options with { Format = InputFormat.Html }) : Parser;
    }

    private readonly ArticleParser _htmlParser;

    /// <summary>The parser of each document.</summary>
    public ArticleParser Parser { get; }

    /// <summary>
    /// Parses <paramref name="sources"/> and yields one result per source, in input order, as soon as it and every
    /// result before it are ready. The sources are enumerated lazily, on the consumer's thread, as the window frees up.
    /// </summary>
    /// <param name="sources">The documents; enumerated once.</param>
    /// <param name="parallelism">Documents parsed at once, at least 1; <see cref="Environment.ProcessorCount"/> is a good default.</param>
    /// <param name="cancellationToken">Stops the batch: no new document starts, documents being read stop at their next chunk, and enumeration throws <see cref="OperationCanceledException"/>. Results already yielded stay valid.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parallelism"/> is less than 1.</exception>
    public IAsyncEnumerable<BatchResult> ParseAllAsync(IEnumerable<DocumentSource> sources, int parallelism, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        return Run(sources, parallelism, cancellationToken);
    }

    /// <summary>Parses one source; read failures become an error result. Cancellation throws.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<BatchResult> ParseOneAsync(DocumentSource source, long index = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            switch (source.Kind)
            {
                case DocumentSourceKind.File:
                {
                    // read synchronously on the worker: a local file read is cheaper than an asynchronous hand-off per chunk
                    using var stream = new FileStream(source.Path!, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
                    var article = Parser.Parse(stream, cancellationToken);
                    return new BatchResult(index, source, source.Name, article, null, stream.Position);
                }
                case DocumentSourceKind.Html:
                {
                    var article = ParseHtml(source.Content!, cancellationToken);
                    return new BatchResult(index, source, source.Name, article, null, Encoding.UTF8.GetByteCount(source.Content!));
                }
                default:
                    return ParseJsonLine(source, index, cancellationToken);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NewsParseException)
        {
            return new BatchResult(index, source, source.Name, null, Describe(source, e), 0);
        }
    }

    private async IAsyncEnumerable<BatchResult> Run(IEnumerable<DocumentSource> sources, int parallelism, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        int window = parallelism * WindowPerWorker;
        using var workers = new SemaphoreSlim(parallelism, parallelism);
        var inFlight = new Queue<Task<BatchResult>>(window);
        using var enumerator = sources.GetEnumerator();
        long index = 0;
        bool more = true;
        try
        {
            while (true)
            {
                while (more && inFlight.Count < window)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    more = enumerator.MoveNext();
                    if (more) inFlight.Enqueue(Start(enumerator.Current, index++, workers, cancellationToken));
                }
                if (inFlight.Count == 0) yield break;
                cancellationToken.ThrowIfCancellationRequested();
                var result = await inFlight.Peek().ConfigureAwait(false);
                _ = inFlight.Dequeue();
                yield return result;
            }
        }
        finally
        {
            // Leave nothing running behind the caller's back: wait for the documents in flight (cancelled or not).
            foreach (var task in inFlight)
            {
                try
                {
                    await task.ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // The batch is being abandoned; the caller sees the cancellation from the enumeration itself.
                }
            }
        }
    }

    private Task<BatchResult> Start(DocumentSource source, long index, SemaphoreSlim workers, CancellationToken cancellationToken) =>
        Task.Run(async () =>
        {
            await workers.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return await ParseOneAsync(source, index, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                workers.Release();
            }
        }, cancellationToken);

    private Article ParseHtml(string html, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return _htmlParser.Parse(html);
    }

    private BatchResult ParseJsonLine(DocumentSource source, long index, CancellationToken cancellationToken)
    {
        string? url = null, html = null;
        try
        {
            using var document = JsonDocument.Parse(source.Content!);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return new BatchResult(index, source, source.Name, null, $"{source.Name}: the record is not a JSON object", 0);
            if (root.TryGetProperty("url", out var u) && u.ValueKind == JsonValueKind.String) url = u.GetString();
            if (root.TryGetProperty("html", out var h) && h.ValueKind == JsonValueKind.String) html = h.GetString();
        }
        catch (JsonException e)
        {
            return new BatchResult(index, source, source.Name, null, $"{source.Name}: not a JSON record ({e.Message})", 0);
        }
        var name = string.IsNullOrEmpty(url) ? source.Name : url;
        if (html is null) return new BatchResult(index, source, name, null, $"{source.Name}: the record has no \"html\" string", 0);
        var article = ParseHtml(html, cancellationToken);
        return new BatchResult(index, source, name, article, null, Encoding.UTF8.GetByteCount(html));
    }

    private static string Describe(DocumentSource source, Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => $"{source.Name}: no such file",
        UnauthorizedAccessException => $"{source.Name}: cannot be read (permission denied)",
        IOException => $"{source.Name}: cannot be read ({e.Message})",
        _ => $"{source.Name}: {e.Message}",
    };
}
