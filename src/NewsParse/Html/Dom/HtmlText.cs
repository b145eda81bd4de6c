namespace NewsParse.Html.Dom;

/// <summary>
/// A run of text as a range of the page. Character references are decoded lazily, the first time the text is read,
/// and only when the run holds an '&amp;'; raw text (script, style, CDATA, plaintext) is never decoded. A U+0000 of the
/// page is dropped from text of HTML content and replaced by U+FFFD elsewhere (raw text, RCDATA, foreign content), as
/// the standard's tree builder does; carriage returns are kept as written (white space either way). Not thread-safe
/// while being read the first time (one page is read by one thread).
/// </summary>
internal sealed class HtmlText : HtmlNode
{
    private ReadOnlyMemory<char> _source;
    private int _start;
    private int _length;
    private bool _raw;
    private bool _dropNulls;
    private string? _decoded;
    private bool _checked;

    /// <summary>A run of <paramref name="length"/> characters of <paramref name="source"/> from <paramref name="start"/>; <paramref name="raw"/>: no character references; <paramref name="dropNulls"/>: text of HTML content (U+0000 is dropped, not replaced).</summary>
    internal HtmlText(ReadOnlyMemory<char> source, int start, int length, bool raw, bool dropNulls) => Init(source, start, length, raw, dropNulls);

    /// <summary>Makes this text new again (one taken from <see cref="HtmlNodePool"/>): no parent or sibling, the given source range.</summary>
    internal void Init(ReadOnlyMemory<char> source, int start, int length, bool raw, bool dropNulls)
    {
        _source = source;
        _start = start;
        _length = length;
        _raw = raw;
        _dropNulls = dropNulls;
        _decoded = null;
        _checked = false;
        Parent = null;
        NextSibling = PreviousSibling = null;
    }

    /// <summary>Drops every reference this text holds (its page's source, decoded text and relatives) before it waits in <see cref="HtmlNodePool"/>.</summary>
    internal void Clear()
    {
        _source = default;
        _decoded = null;
        Parent = null;
        NextSibling = PreviousSibling = null;
    }

    /// <summary>Where the run starts in the page.</summary>
    public int SourceStart => _start;

    /// <summary>Where the run ends in the page.</summary>
    public int SourceEnd => _start + _length;

    /// <summary>The text with its character references decoded; no copy of the page when it holds none.</summary>
    public ReadOnlySpan<char> Span
    {
        get
        {
            if (_decoded is not null) return _decoded;
            var raw = _source.Span.Slice(_start, _length);
            if (_checked) return raw;
            _checked = true;
            if ((_raw ? raw.IndexOf('\0') : raw.IndexOfAny('&', '\0')) < 0) return raw;
            _decoded = HtmlCharacterReferences.Decode(raw, inAttribute: false, references: !_raw, _dropNulls);
            return _decoded;
        }
    }

    /// <summary>The text as <see cref="Span"/> gives it, as memory: a slice of the page's source (valid while the tree is) when it held nothing to decode.</summary>
    public ReadOnlyMemory<char> Memory
    {
        get
        {
            var span = Span;   // decodes when the text holds something to decode
            return _decoded is not null ? _decoded.AsMemory() : _source.Slice(_start, span.Length);
        }
    }

    /// <summary>The decoded text as a string (allocates unless already decoded).</summary>
    public string Data => _decoded ?? Span.ToString();
}
