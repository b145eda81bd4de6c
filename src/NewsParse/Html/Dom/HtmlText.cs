namespace NewsParse.Html.Dom;

/// <summary>
/// A run of text as a range of the page. Character references are decoded lazily, the first time the text is read,
/// and only when the run holds an '&amp;'; raw text (script, style) is never decoded. Not thread-safe while being read
/// the first time (one page is read by one thread).
/// </summary>
internal sealed class HtmlText : HtmlNode
{
    private readonly ReadOnlyMemory<char> _source;
    private readonly int _start;
    private readonly int _length;
    private string? _decoded;
    private bool _checked;

    internal HtmlText(ReadOnlyMemory<char> source, int start, int length, bool raw)
    {
        _source = source;
        _start = start;
        _length = length;
        _checked = raw;
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
            if (raw.IndexOf('&') < 0) return raw;
            _decoded = HtmlCharacterReferences.Decode(raw, inAttribute: false);
            return _decoded;
        }
    }

    /// <summary>The decoded text as a string (allocates unless already decoded).</summary>
    public string Data => _decoded ?? Span.ToString();
}
