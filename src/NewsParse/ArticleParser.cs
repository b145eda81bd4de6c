using System.Buffers;
using System.Runtime.CompilerServices;
using NewsParse.Building;
using NewsParse.Html;
using NewsParse.Model;
using NewsParse.Reading;

namespace NewsParse;

/// <summary>
/// Parses news articles, HTML pages or text dumps, into <see cref="Article"/>s. Every method is a fold of the events
/// of an <see cref="ArticleReader"/> through an <see cref="ArticleBuilder"/>: one code path for every input shape.
/// Immutable and thread-safe: one instance can serve any number of threads at once.
/// </summary>
public sealed class ArticleParser
{
    private const int ChunkChars = 16 * 1024;
    private const int ChunkBytes = 64 * 1024;

    /// <summary>Creates a parser.</summary>
    /// <param name="options">Settings and limits; null for <see cref="NewsParserOptions.Default"/>.</param>
    public ArticleParser(NewsParserOptions? options = null) => Options = options ?? NewsParserOptions.Default;

    /// <summary>A parser with the default options.</summary>
    public static ArticleParser Default { get; } = new();

    /// <summary>The settings and limits of this parser.</summary>
    public NewsParserOptions Options { get; }

    /// <summary>Starts a streaming reader for one document, with this parser's options.</summary>
    public ArticleReader CreateReader() => new(Options, _scratch);

    /// <summary>Working memory of finished readers, for the next ones (see <see cref="ScratchPool"/>).</summary>
    private readonly ScratchPool _scratch = new();

    /// <summary>Parses a whole document held in a string.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="NewsParseException">A limit of <see cref="Options"/> is exceeded.</exception>
    public Article Parse(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Fold(ReadEvents(input));
    }

    /// <summary>
    /// Parses a page that AngleSharp has parsed already: its tree is read as it is (no serialising, no second parse).
    /// When <c>document.Source.Text</c> holds the page the tree was parsed from, spans are offsets into it and the
    /// article is the one <see cref="Parse(string)"/> gives for that text wherever AngleSharp's tree and NewsParse's
    /// own agree; a document built or changed through the DOM is read from its tree alone, and its spans are then
    /// <see cref="SourceSpan.None"/>. <see cref="NewsParserOptions.Format"/> does not apply (the document is HTML).
    /// Read the document from one thread at a time, as AngleSharp requires.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="NewsParseException">A limit of <see cref="Options"/> is exceeded.</exception>
    public Article Parse(AngleSharp.Dom.IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        bool spans = AngleSharpTreeReader.Read(document, Options.MaxNestingDepth, out var tree);
        var reader = Options.Format == InputFormat.Text ? new ArticleReader(Options with { Format = InputFormat.Html }, _scratch) : CreateReader();
        reader.ReadDocument(tree);
        var builder = new ArticleBuilder();
        while (reader.Read()) builder.Add(reader.Current);
        var article = builder.Build();
        return spans ? article : ArticleSpans.Erase(article);
    }

    /// <summary>Parses a whole document given as bytes; the encoding comes from a BOM, a meta charset, else UTF-8.</summary>
    /// <exception cref="NewsParseException">A limit of <see cref="Options"/> is exceeded.</exception>
    public Article Parse(ReadOnlySpan<byte> input) => Parse(input, null);

    /// <summary>
    /// Parses a whole document given as bytes with the charset its transport declared: the label of the charset
    /// parameter of an HTTP <c>Content-Type</c> header (<c>response.Content.Headers.ContentType?.CharSet</c>). As browsers
    /// do, that label takes precedence over a meta charset in the page, and a BOM over both; null or an unknown label
    /// is the same as <see cref="Parse(ReadOnlySpan{byte})"/>.
    /// </summary>
    /// <exception cref="NewsParseException">A limit of <see cref="Options"/> is exceeded.</exception>
    public Article Parse(ReadOnlySpan<byte> input, string? transportCharset)
    {
        var reader = CreateReader();
        reader.DeclareTransportCharset(transportCharset);
        var builder = new ArticleBuilder();
        reader.ExpectAtMost(input.Length);
        reader.AppendBytes(input, isFinalBlock: true);
        while (reader.Read()) builder.Add(reader.Current);
        return builder.Build();
    }

    /// <summary>Parses a document read from <paramref name="stream"/> to its end (bytes; encoding detected). The stream is not disposed.</summary>
    /// <exception cref="NewsParseException">A limit of <see cref="Options"/> is exceeded.</exception>
    public Article Parse(Stream stream) => Parse(stream, CancellationToken.None);

    /// <summary>
    /// Parses a document read synchronously from <paramref name="stream"/> to its end (bytes; encoding detected),
    /// checking <paramref name="cancellationToken"/> before each read. The stream is not disposed. For a file or a
    /// memory stream this is cheaper than <see cref="ParseAsync(Stream, CancellationToken)"/>, which pays a hand-off
    /// per read.
    /// </summary>
    /// <exception cref="NewsParseException">A limit of <see cref="Options"/> is exceeded.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Article Parse(Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return Fold(ReadEvents(stream, cancellationToken));
    }

    /// <summary>Parses a document read from <paramref name="reader"/> to its end. The reader is not disposed.</summary>
    /// <exception cref="NewsParseException">A limit of <see cref="Options"/> is exceeded.</exception>
    public Article Parse(TextReader reader) => Fold(ReadEvents(reader));

    /// <summary>Parses a document read asynchronously from <paramref name="stream"/> (bytes; encoding detected).</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<Article> ParseAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        var builder = new ArticleBuilder();
        await foreach (var e in ReadEventsAsync(stream, cancellationToken).ConfigureAwait(false)) builder.Add(e);
        return builder.Build();
    }

    /// <summary>Parses a document read asynchronously from <paramref name="reader"/>.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<Article> ParseAsync(TextReader reader, CancellationToken cancellationToken = default)
    {
        var builder = new ArticleBuilder();
        await foreach (var e in ReadEventsAsync(reader, cancellationToken).ConfigureAwait(false)) builder.Add(e);
        return builder.Build();
    }

    /// <summary>The events of a document held in a string, lazily, in order.</summary>
    public IEnumerable<ArticleEvent> ReadEvents(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var reader = CreateReader();
        reader.ExpectWhole(input);
        int at = 0;
        do
        {
            int length = Math.Min(ChunkChars, input.Length - at);
            reader.Append(input.AsSpan(at, length), isFinalBlock: at + length >= input.Length);
            while (reader.Read()) yield return reader.Current;
            at += length;
        }
        while (at < input.Length);
    }

    /// <summary>The events of a document read from <paramref name="reader"/>, lazily, as they are decided.</summary>
    public IEnumerable<ArticleEvent> ReadEvents(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var articleReader = CreateReader();
        var buffer = ArrayPool<char>.Shared.Rent(ChunkChars);
        try
        {
            while (true)
            {
                int n = reader.Read(buffer, 0, buffer.Length);
                articleReader.Append(buffer.AsSpan(0, n), isFinalBlock: n == 0);
                while (articleReader.Read()) yield return articleReader.Current;
                if (n == 0) yield break;
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Tells the reader how many bytes are left in a stream that knows (a file, a memory stream): a page is then held in one array of that size.</summary>
    private static void ExpectRest(ArticleReader reader, Stream stream)
    {
        if (stream.CanSeek && stream.Length - stream.Position is > 0 and var rest) reader.ExpectAtMost(rest);
    }

    /// <summary>The events of a document read from <paramref name="stream"/> (bytes; encoding detected), lazily, as they are decided.</summary>
    public IEnumerable<ArticleEvent> ReadEvents(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadEvents(stream, CancellationToken.None);
    }

    private IEnumerable<ArticleEvent> ReadEvents(Stream stream, CancellationToken cancellationToken)
    {
        var reader = CreateReader();
        ExpectRest(reader, stream);
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int n = stream.Read(buffer, 0, buffer.Length);
                reader.AppendBytes(buffer.AsSpan(0, n), isFinalBlock: n == 0);
                while (reader.Read()) yield return reader.Current;
                if (n == 0) yield break;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The events of a document read asynchronously from <paramref name="stream"/> (bytes; encoding detected), as they are decided.</summary>
    public async IAsyncEnumerable<ArticleEvent> ReadEventsAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var reader = CreateReader();
        ExpectRest(reader, stream);
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int n = await stream.ReadAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
                reader.AppendBytes(buffer.AsSpan(0, n), isFinalBlock: n == 0);
                while (reader.Read()) yield return reader.Current;
                if (n == 0) yield break;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The events of a document read asynchronously from <paramref name="textReader"/>, as they are decided.</summary>
    public async IAsyncEnumerable<ArticleEvent> ReadEventsAsync(TextReader textReader, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(textReader);
        var reader = CreateReader();
        var buffer = ArrayPool<char>.Shared.Rent(ChunkChars);
        try
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int n = await textReader.ReadAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
                reader.Append(buffer.AsSpan(0, n), isFinalBlock: n == 0);
                while (reader.Read()) yield return reader.Current;
                if (n == 0) yield break;
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static Article Fold(IEnumerable<ArticleEvent> events)
    {
        var builder = new ArticleBuilder();
        foreach (var e in events) builder.Add(e);
        return builder.Build();
    }
}
