using System.Diagnostics.CodeAnalysis;
using NewsParse.Model;

namespace NewsParse.Cli.Batch;

/// <summary>
/// The outcome of one document of a batch: its article, or the reason it could not be read. Exactly one of
/// <see cref="Article"/> and <see cref="Error"/> is non-null. Immutable.
/// </summary>
internal sealed record BatchResult
{
    private BatchResult(long index, DocumentSource source, string name, Article? article, string? error, long inputBytes)
    {
        Index = index;
        Source = source;
        Name = name;
        Article = article;
        Error = error;
        InputBytes = inputBytes;
    }

    /// <summary>A parsed source.</summary>
    public static BatchResult Parsed(long index, DocumentSource source, string name, Article article, long inputBytes) =>
        new(index, source, name, article ?? throw new ArgumentNullException(nameof(article)), null, inputBytes);

    /// <summary>A source that could not be read; <paramref name="error"/> is one line that names it.</summary>
    public static BatchResult Failed(long index, DocumentSource source, string name, string error) =>
        new(index, source, name, null, error ?? throw new ArgumentNullException(nameof(error)), 0);

    /// <summary>The 0-based position of the source in the input sequence; results come in this order.</summary>
    public long Index { get; }

    /// <summary>The source parsed.</summary>
    public DocumentSource Source { get; }

    /// <summary>The source's name: the path, or the URL of a page or JSON record (<c>PATH:LINE</c> when the record has none or cannot be decoded).</summary>
    public string Name { get; }

    /// <summary>The article, or null when the source could not be read.</summary>
    public Article? Article { get; }

    /// <summary>Why the source could not be read (missing, unreadable, binary, a limit exceeded, a bad JSON record), or null.</summary>
    public string? Error { get; }

    /// <summary>True when the source was parsed: <see cref="Article"/> is then set, else <see cref="Error"/> is.</summary>
    [MemberNotNullWhen(true, nameof(Article))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Error is null;

    /// <summary>Bytes of input read, for throughput figures.</summary>
    public long InputBytes { get; }
}
