using NewsParse.Model;

namespace NewsParse.Batch;

/// <summary>
/// The outcome of one document of a batch: its article, or the reason it could not be read. Exactly one of
/// <see cref="Article"/> and <see cref="Error"/> is non-null. Immutable.
/// </summary>
public sealed record BatchResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="index">The 0-based position of the source in the input sequence.</param>
    /// <param name="source">The source.</param>
    /// <param name="name">The name to show: see <see cref="Name"/>.</param>
    /// <param name="article">The article, or null on error.</param>
    /// <param name="error">One line saying why the source could not be read, or null on success.</param>
    /// <param name="inputBytes">Bytes of input read (UTF-8 bytes for in-memory pages).</param>
    public BatchResult(long index, DocumentSource source, string name, Article? article, string? error, long inputBytes)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(name);
        if ((article is null) == (error is null)) throw new ArgumentException("Give either an article or an error.", nameof(error));
        Index = index;
        Source = source;
        Name = name;
        Article = article;
        Error = error;
        InputBytes = inputBytes;
    }

    /// <summary>The 0-based position of the source in the input sequence; results come in this order.</summary>
    public long Index { get; }

    /// <summary>The source parsed.</summary>
    public DocumentSource Source { get; }

    /// <summary>The source's name: the path, or the URL of a page or JSON record (<c>PATH:LINE</c> when the record has none or cannot be decoded).</summary>
    public string Name { get; }

    /// <summary>The article, or null when the source could not be read.</summary>
    public Article? Article { get; }

    /// <summary>Why the source could not be read (missing, unreadable, a limit exceeded, a bad JSON record), or null.</summary>
    public string? Error { get; }

    /// <summary>True when the source was parsed.</summary>
    public bool Succeeded => Error is null;

    /// <summary>Bytes of input read, for throughput figures.</summary>
    public long InputBytes { get; }
}
