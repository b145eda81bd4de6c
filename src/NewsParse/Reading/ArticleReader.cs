using NewsParse.Detection;
using NewsParse.Html;
using NewsParse.Html.Dom;
using NewsParse.Model;
using NewsParse.PlainText;
using NewsParse.Text;

namespace NewsParse.Reading;

/// <summary>
/// The streaming core of NewsParse: a forward-only, resumable reader that turns input, given in chunks of any size,
/// into <see cref="ArticleEvent"/>s emitted as soon as they are decided. Modelled on <c>Utf8JsonReader</c>: append a
/// chunk with <see cref="Append(ReadOnlySpan{char}, bool)"/> (or bytes with <see cref="AppendBytes"/>), then call
/// <see cref="Read"/> until it returns false, which means it needs more input; after the final chunk it returns false
/// once every event has been read and <see cref="IsCompleted"/> is true. The reader keeps its own state between
/// chunks, so the caller's buffer can be reused as soon as <c>Append</c> returns.
/// </summary>
/// <remarks>
/// For every input and every way of cutting it into chunks the events are the same. Text dumps are streamed: memory
/// is bounded by the window (<see cref="NewsParserOptions.LookAheadChars"/> and
/// <see cref="NewsParserOptions.LookBehindChars"/>) and the longest block, whatever the input size. An HTML page is
/// held whole (up to <see cref="NewsParserOptions.MaxHtmlChars"/>) and its events come once its last chunk is in.
/// Not thread-safe: one reader per document. Limits throw <see cref="NewsParseException"/>; misuse (input after the final
/// block, <see cref="Current"/> before a successful <see cref="Read"/>) throws <see cref="InvalidOperationException"/>.
/// </remarks>
public sealed class ArticleReader
{
    private NewsParserOptions _options;  // one document's: DeclareAddress may set its Url
    private readonly Queue<ArticleEvent> _events = new();
    private readonly List<TextLine> _lines = [];
    private readonly List<SourceBlock> _blocks = [];
    private readonly List<ArticleEvent> _scratch = [];
    private readonly BlockWindow _window;
    private readonly ScratchPool? _pool;
    private BlockScratch? _memory;      // the window's working memory, given back to the pool once every block is decided
    private PageBuffer? _buffer = new();
    private long _expectedChars;        // at most this many characters will come (0: unknown); see ExpectAtMost
    private string? _whole;
    private HtmlDocument? _page;        // a page given parsed (ReadDocument)
    private int _skipped;
    private LineSplitter? _splitter;
    private TextBlockScanner? _scanner;
    private StructureTracker? _structure;
    private ClassifiedBlock? _held;
    private ByteDecoder? _bytes;
    private string? _transportCharset;
    private Mode _mode = Mode.Undecided;
    private long _consumed;
    private bool _final;
    private bool _decodingReported;
    private ByteDecoder.CharSink? _charSink;
    private ArticleEvent? _current;
    private List<ArticleEvent>? _trailing;  // events of an HTML page that come after its blocks' (its comments)

    private enum Mode { Undecided, Text, Html, Binary }

    /// <summary>Creates a reader for one document.</summary>
    /// <param name="options">Settings and limits; null for <see cref="NewsParserOptions.Default"/>.</param>
    public ArticleReader(NewsParserOptions? options = null) : this(options, null)
    {
    }

    /// <summary>A reader whose working memory comes from, and goes back to, a parser's <paramref name="pool"/>.</summary>
    internal ArticleReader(NewsParserOptions? options, ScratchPool? pool)
    {
        _options = options ?? NewsParserOptions.Default;
        _pool = pool;
        _memory = pool?.Rent() ?? BlockScratch.Pooled();
        // A parser's next reader gets this scratch, and with it the page array: a reader of its own gives it back to the shared pool.
        if (pool is not null) _buffer!.Keeper = _memory;
        _window = new BlockWindow(_options.LookAheadChars, _options.LookBehindChars, _memory);
        if (_options.Format != InputFormat.Auto) Decide(_options.Format == InputFormat.Html ? Mode.Html : Mode.Text);
    }

    /// <summary>The event read by the latest successful <see cref="Read"/>.</summary>
    /// <exception cref="InvalidOperationException">Before the first successful <see cref="Read"/>.</exception>
    public ArticleEvent Current => _current ?? ThrowHelper.NoCurrentEvent<ArticleEvent>();

    /// <summary>True once the final chunk was appended and every event has been read.</summary>
    public bool IsCompleted => _final && _events.Count == 0;

    /// <summary>The format being read: <see cref="InputFormat.Auto"/> until enough input came in to tell.</summary>
    public InputFormat Format => _mode switch { Mode.Html => InputFormat.Html, Mode.Text or Mode.Binary => InputFormat.Text, _ => InputFormat.Auto };

    /// <summary>Characters of decoded input consumed so far.</summary>
    public long Position => _consumed;

    /// <summary>Appends decoded text. Pass <paramref name="isFinalBlock"/> true with the last chunk (it may be empty).</summary>
    /// <exception cref="NewsParseException">A limit is exceeded.</exception>
    /// <exception cref="InvalidOperationException">Input comes after the final block.</exception>
    public void Append(ReadOnlySpan<char> chunk, bool isFinalBlock = false)
    {
        if (_final) ThrowHelper.AppendAfterFinal();
        if (_mode is Mode.Text or Mode.Html) ReportDecoding();
        _consumed += chunk.Length;
        if (_consumed > _options.MaxInputChars) ThrowHelper.InputTooLarge(_options.MaxInputChars, _consumed);
        switch (_mode)
        {
            case Mode.Undecided:
                _buffer!.Append(chunk);
                if (_buffer.Length >= InputSniffer.SniffChars || isFinalBlock) DecideFromBuffer();
                break;
            case Mode.Text:
                FeedText(chunk);
                break;
            case Mode.Html:
                if (_buffer!.Length + _skipped + chunk.Length > _options.MaxHtmlChars) ThrowHelper.HtmlTooLarge(_options.MaxHtmlChars, _consumed);
                // with the whole input known, the page is read from it: no need to copy the chunk
                if (_whole is not null) _skipped += chunk.Length;
                else _buffer.Append(chunk);
                break;
        }
        if (isFinalBlock) Finish();
        else Pump(false);
    }

    /// <summary>
    /// Tells the reader, before the first chunk, that the chunks to come are exactly <paramref name="input"/> in order:
    /// an HTML page is then read from the string itself instead of a copy of the buffered chunks.
    /// </summary>
    internal void ExpectWhole(string input)
    {
        if (_consumed == 0) _whole = input;
    }

    /// <summary>
    /// Tells the reader, before the first chunk, that the input has at most <paramref name="chars"/> characters (a byte
    /// count is such a bound for every encoding read): an HTML page is then held in one array of that size from the start.
    /// </summary>
    internal void ExpectAtMost(long chars)
    {
        if (_consumed == 0) _expectedChars = chars;
    }

    /// <summary>
    /// Gives, before the first bytes, the charset the transport layer declared for them (the label of an HTTP
    /// <c>Content-Type</c> header's charset parameter, such as "iso-8859-1"): as the HTML standard says, it takes
    /// precedence over a meta declaration (a BOM still wins). Null or an unknown label: none.
    /// </summary>
    internal void DeclareTransportCharset(string? charset)
    {
        if (_bytes is null) _transportCharset = charset;
    }

    /// <summary>
    /// Gives, before the page is read, the address it was fetched from (a web archive record's target URI): it stands
    /// for <see cref="NewsParserOptions.Url"/> for this document. Null, relative or not http(s): the options' own.
    /// </summary>
    internal void DeclareAddress(string? address)
    {
        if (_consumed == 0 && address is not null && Uri.TryCreate(address, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
            _options = _options with { Url = url };
    }

    /// <summary>
    /// Appends input bytes; the encoding is chosen from the first bytes as the HTML standard's sniffing does (a BOM, a
    /// meta declaration, else UTF-8 or windows-1252 by what the bytes are), a declaration contradicted by the bytes
    /// being overridden (see docs/limits.md).
    /// </summary>
    /// <exception cref="NewsParseException">A limit is exceeded.</exception>
    /// <exception cref="InvalidOperationException">Input comes after the final block.</exception>
    public void AppendBytes(ReadOnlySpan<byte> chunk, bool isFinalBlock = false)
    {
        if (_final) ThrowHelper.AppendAfterFinal();
        _bytes ??= new ByteDecoder { Target = DecodeTarget, TransportCharset = _transportCharset };
        _charSink ??= (chars, final) => Append(chars, final);
        _bytes.Append(chunk, isFinalBlock, _charSink);
        if (isFinalBlock && !_final) Append(ReadOnlySpan<char>.Empty, true);
        if (isFinalBlock) _bytes.Release();
    }

    /// <summary>
    /// Where the decoder writes the next characters: in the buffer's room when they will be appended to it (the format
    /// still undecided, or an HTML page not read from a string given whole; <see cref="Append"/> then counts them in
    /// place), else in the decoder's own buffer.
    /// </summary>
    private Span<char> DecodeTarget(int chars) =>
        _buffer is not null && (_mode == Mode.Undecided || (_mode == Mode.Html && _whole is null)) ? _buffer.Tail(chars) : default;

    /// <summary>Ends the input: same as appending an empty final chunk.</summary>
    public void Complete()
    {
        if (_bytes is not null && !_final) AppendBytes(ReadOnlySpan<byte>.Empty, true);
        else if (!_final) Append(ReadOnlySpan<char>.Empty, true);
    }

    /// <summary>Reads the next event into <see cref="Current"/>.</summary>
    /// <returns>True when an event was read; false when more input is needed or, after the final chunk, when all events have been read.</returns>
    public bool Read()
    {
        if (_events.Count == 0) return false;
        _current = _events.Dequeue();
        return true;
    }

    private void DecideFromBuffer()
    {
        var start = _buffer!.Span[..Math.Min(_buffer.Length, InputSniffer.SniffChars)];
        if (InputSniffer.LooksBinary(start))
        {
            Decide(Mode.Binary);
            return;
        }
        Decide(InputSniffer.LooksLikeHtml(start) ? Mode.Html : Mode.Text);
    }

    private void Decide(Mode mode)
    {
        _mode = mode;
        switch (mode)
        {
            case Mode.Binary:
                ReportDecoding(); // a decoding choice may be why the input reads as binary (the replacement encoding)
                _events.Enqueue(new DiagnosticEvent(new Diagnostic(DiagnosticCode.BinaryInput,
                    "The input looks binary (control or undecodable characters), not text or HTML; nothing was read.")));
                _buffer?.Release();
                _buffer = null;
                break;
            case Mode.Text:
                ReportDecoding();
                _splitter = new LineSplitter(_options.MaxBlockChars);
                _scanner = new TextBlockScanner(_options.MaxBlockChars);
                _structure = new StructureTracker(inferHeadline: true);
                if (_buffer is { Length: > 0 }) FeedText(_buffer.Span);
                _buffer?.Release();
                _buffer = null;
                break;
            case Mode.Html:
                ReportDecoding();
                // The sniffing buffer may already hold a whole large chunk: the limit applies to it too.
                if (_buffer is not null && _buffer.Length > _options.MaxHtmlChars) ThrowHelper.HtmlTooLarge(_options.MaxHtmlChars, _consumed);
                _structure = new StructureTracker(inferHeadline: false);
                if (_expectedChars > 0 && _whole is null) _buffer?.Reserve((int)Math.Min(_expectedChars, _options.MaxHtmlChars));
                break;
        }
    }

    private void ReportDecoding()
    {
        if (_bytes is null || _decodingReported || _bytes.Encoding is null) return;
        _decodingReported = true;
        foreach (var diagnostic in _bytes.Diagnostics) _events.Enqueue(new DiagnosticEvent(diagnostic));
    }

    /// <summary>Characters of a chunk cut into lines at a time: a large chunk is read piece by piece, so memory stays bounded by the window whatever the chunk size.</summary>
    private const int FeedPiece = 16 * 1024;

    private void FeedText(ReadOnlySpan<char> chunk)
    {
        while (!chunk.IsEmpty)
        {
            var piece = chunk[..Math.Min(chunk.Length, FeedPiece)];
            chunk = chunk[piece.Length..];
            _splitter!.Append(piece, _lines);
            foreach (var line in _lines) _scanner!.Add(line, _blocks);
            _lines.Clear();
            foreach (var block in _blocks) _window.Add(block);
            _blocks.Clear();
            // Decide what can be decided before the next piece: the window then holds its bounded context only.
            Pump(false);
        }
    }

    /// <summary>
    /// Reads a page already parsed into the light tree (an AngleSharp document read by
    /// <see cref="AngleSharpTreeReader"/>), as the final and only input of this reader: its events can then be read.
    /// </summary>
    /// <exception cref="InvalidOperationException">Input was appended before.</exception>
    /// <exception cref="NewsParseException">The page is longer than <see cref="NewsParserOptions.MaxHtmlChars"/>.</exception>
    internal void ReadDocument(HtmlDocument document)
    {
        if (_final || _consumed > 0 || _mode is Mode.Text or Mode.Binary) ThrowHelper.DocumentAfterInput();
        _consumed = document.Source.Length;
        if (_consumed > _options.MaxInputChars) ThrowHelper.InputTooLarge(_options.MaxInputChars, _consumed);
        if (_consumed > _options.MaxHtmlChars) ThrowHelper.HtmlTooLarge(_options.MaxHtmlChars, _consumed);
        if (_mode == Mode.Undecided) Decide(Mode.Html);
        _page = document;
        Finish();
    }

    private void Finish()
    {
        if (_mode == Mode.Undecided) DecideFromBuffer();
        _final = true;
        if (_mode == Mode.Text)
        {
            _splitter!.Complete(_lines);
            foreach (var line in _lines) _scanner!.Add(line, _blocks);
            _lines.Clear();
            _scanner!.Complete(_blocks);
            foreach (var block in _blocks) _window.Add(block);
            _blocks.Clear();
        }
        else if (_mode == Mode.Html && _page is not null)
        {
            var page = HtmlDocumentReader.Read(_page, _options);
            _page = null;
            _buffer?.Release();
            _buffer = null;
            foreach (var e in page.Leading) _events.Enqueue(e);
            foreach (var block in page.Blocks) _window.Add(block);
            _trailing = page.Trailing;
        }
        else if (_mode == Mode.Html)
        {
            var html = _whole is not null && _whole.Length == _buffer!.Length + _skipped ? _whole.AsMemory() : _buffer!.Memory;
            _whole = null;
            var page = HtmlDocumentReader.Read(html, _options);
            // nothing the page's blocks hold points into the buffer: its array can serve the next page
            _buffer!.Release();
            _buffer = null;
            foreach (var e in page.Leading) _events.Enqueue(e);
            foreach (var block in page.Blocks) _window.Add(block);
            _trailing = page.Trailing;
        }
        Pump(true);
        if (_structure is not null)
        {
            if (_held is not null) Lay(_held, null);
            _held = null;
            _structure.Complete(_scratch);
            Flush();
        }
        // the page's reader comments follow the article's events
        if (_trailing is not null)
        {
            foreach (var e in _trailing) _events.Enqueue(e);
        }
        _trailing = null;
        // Invalid bytes are reported at the end, whichever chunk they were in, so the events do not depend on chunking.
        if (_mode != Mode.Binary && _bytes is { SawInvalidBytes: true, Encoding: { } encoding })
            _events.Enqueue(new DiagnosticEvent(new Diagnostic(DiagnosticCode.InvalidEncoding,
                $"Some bytes are not valid {encoding.WebName}; they were replaced with U+FFFD.")));
        if (_structure is { SeenBody: false })
            _events.Enqueue(new DiagnosticEvent(new Diagnostic(DiagnosticCode.NoArticleFound, "No article text was found in the input.")));
        // Every block is decided: the window's memory can serve the parser's next document.
        if (_memory is not null) _pool?.Return(_memory);
        _memory = null;
    }

    private void Pump(bool isFinal)
    {
        if (_structure is null) return;
        while (_window.TryTake(isFinal, out var context))
        {
            var classified = BlockClassifier.Classify(context!);
            _window.Advance();
            if (_held is not null) Lay(_held, classified);
            _held = classified;
        }
    }

    private void Lay(ClassifiedBlock block, ClassifiedBlock? next)
    {
        _structure!.Add(block, next, _scratch);
        Flush();
    }

    private void Flush()
    {
        foreach (var e in _scratch) _events.Enqueue(e);
        _scratch.Clear();
    }
}
