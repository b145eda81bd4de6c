using System.Runtime.CompilerServices;
using System.Text;
using NewsParse.Model;

namespace NewsParse.Cli.Batch;

/// <summary>
/// Parses many documents in parallel and gives the results back in input order, as an ordered pipeline: at most
/// <c>parallelism</c> documents are parsed at once and at most <see cref="WindowPerWorker"/> × <c>parallelism</c>
/// are in flight (parsing, or parsed and waiting for the ones before them), so memory is bounded whatever the number
/// of documents. A source that cannot be read gives a <see cref="BatchResult"/> with an error, never the end of the
/// batch. Thread-safe: one instance can run any number of batches at once.
/// </summary>
internal sealed class BatchParser
{
    /// <summary>Documents in flight per worker: the results held while an earlier, slower document is still being parsed.</summary>
    public const int WindowPerWorker = 4;

    private readonly ArticleParser _htmlParser;
    private readonly ArticleParser _textParser;

    /// <summary>Creates a batch parser.</summary>
    /// <param name="parser">The parser of each file; null for <see cref="ArticleParser.Default"/>. Pages and records of a known format are read with its options and that format.</param>
    public BatchParser(ArticleParser? parser = null)
    {
        Parser = parser ?? ArticleParser.Default;
        _htmlParser = Parser.Options.Format == InputFormat.Html ? Parser : new ArticleParser(Parser.Options with { Format = InputFormat.Html });
        _textParser = Parser.Options.Format == InputFormat.Text ? Parser : new ArticleParser(Parser.Options with { Format = InputFormat.Text });
    }

    /// <summary>The parser of each file.</summary>
    public ArticleParser Parser { get; }

    /// <summary>
    /// Parses <paramref name="sources"/> and yields one result per source, in input order, as soon as it and every
    /// result before it are ready. The sources are enumerated lazily, on the consumer's thread, as the window frees up.
    /// </summary>
    /// <param name="sources">The documents; enumerated once.</param>
    /// <param name="parallelism">Documents parsed at once, at least 1.</param>
    /// <param name="cancellationToken">Stops the batch: no new document starts, documents being read stop at their next chunk, and enumeration throws <see cref="OperationCanceledException"/>. Results already yielded stay valid.</param>
    public IAsyncEnumerable<BatchResult> ParseAllAsync(IEnumerable<DocumentSource> sources, int parallelism, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        return Run(sources, parallelism, cancellationToken);
    }

    /// <summary>Parses one source on the calling thread; a source that cannot be read gives an error result. Cancellation throws.</summary>
    public BatchResult ParseOne(DocumentSource source, long index = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            switch (source.Kind)
            {
                case DocumentSourceKind.File:
                {
                    // a local file is read synchronously: cheaper than an asynchronous hand-off per chunk
                    using var stream = new FileStream(source.Path!, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
                    var article = Parser.Parse(stream, cancellationToken);
                    return Checked(index, source, source.Name, article, stream.Position);
                }
                case DocumentSourceKind.Html:
                    return Checked(index, source, source.Name, _htmlParser.Parse(source.Content!), Encoding.UTF8.GetByteCount(source.Content!));
                default:
                    if (!JsonLineRecord.TryRead(source.Content!, out var record, out var error))
                        return BatchResult.Failed(index, source, record.Url ?? source.Name, $"{source.Name}: {error}");
                    var name = record.Url ?? source.Name;
                    var parser = record.Format == InputFormat.Text ? _textParser : _htmlParser;
                    return Checked(index, source, name, parser.Parse(record.Content), Encoding.UTF8.GetByteCount(record.Content));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NewsParseException)
        {
            return BatchResult.Failed(index, source, source.Name, Describe(source, e));
        }
    }

    /// <summary>An article, or an error for binary input (nothing could be read as text).</summary>
    private static BatchResult Checked(long index, DocumentSource source, string name, Article article, long inputBytes) =>
        article.Diagnostics.Any(d => d.Code == DiagnosticCode.BinaryInput)
            ? BatchResult.Failed(index, source, name, $"{name}: the input looks binary, not an HTML page or a text dump")
            : BatchResult.Parsed(index, source, name, article, inputBytes);

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

    /// <summary>Parses one source on a thread-pool thread once a worker is free.</summary>
    private Task<BatchResult> Start(DocumentSource source, long index, SemaphoreSlim workers, CancellationToken cancellationToken) =>
        Task.Run(async () =>
        {
            await workers.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return ParseOne(source, index, cancellationToken);
            }
            finally
            {
                workers.Release();
            }
        }, cancellationToken);

    private string Describe(DocumentSource source, Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException when source.Path is { } path && LinkTarget(path) is { } target =>
            $"{source.Name}: a link to a missing file ({target})",
        FileNotFoundException or DirectoryNotFoundException => $"{source.Name}: no such file",
        UnauthorizedAccessException => $"{source.Name}: cannot be read (permission denied)",
        NewsParseException limit => $"{source.Name}: {CliMessages.Limit(limit, Parser.Options)}",
        _ => $"{source.Name}: cannot be read ({e.Message})",
    };

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
