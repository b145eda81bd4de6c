using System.Runtime.CompilerServices;

namespace NewsParse.Html.Dom;

/// <summary>
/// A forward-only HTML tokenizer over the decoded page (HTML Living Standard §13.2.5, simplified where the outcome is
/// the same for reading text): start tags with attributes (quoted, unquoted, valueless; names lower-cased once, known
/// ones interned), end tags, text, doctype; comments, bogus comments (<c>&lt;!…&gt;</c>, <c>&lt;?…&gt;</c>,
/// <c>&lt;/…&gt;</c>) and CDATA outside SVG are skipped; CDATA inside SVG is text. After the start tag of a raw-text
/// element (script, style, xmp, iframe, noembed, noframes) or an escapable one (title, textarea) the content up to
/// its end tag is one text token; after plaintext the rest of the page is. noscript is ordinary markup (scripting is
/// off). Tokens are offsets into the page: nothing is copied, character references are decoded later, only where
/// read. A tag cut by the end of the page is dropped, as the standard says. Linear in the page for any input.
/// One page, one thread.
/// </summary>
internal sealed class HtmlTokenizer
{
    private const int RecentNames = 16;

    private readonly ReadOnlyMemory<char> _source;
    private readonly HtmlDocument _document;
    private readonly string?[] _recentNames = new string?[RecentNames];
    private int _recentNext;
    private int _pos;
    private string? _rawName;
    private HtmlTagTraits _rawTraits;

    /// <summary>Makes a tokenizer over <paramref name="document"/>'s page; attributes are stored in the document.</summary>
    public HtmlTokenizer(HtmlDocument document)
    {
        _document = document;
        _source = document.Source;
    }

    /// <summary>Set by the tree builder: inside SVG or MathML, where CDATA is text and "/&gt;" closes a raw-text tag.</summary>
    public bool InForeign { get; set; }

    /// <summary>The kind of the current token.</summary>
    public HtmlTokenKind Kind { get; private set; }

    /// <summary>The tag name of a start or end tag, lower-case (interned for known tags).</summary>
    public string Name { get; private set; } = "";

    /// <summary>The id of <see cref="Name"/> in <see cref="HtmlTagTable"/>; -1 for an unknown name.</summary>
    public int NameId { get; private set; } = -1;

    /// <summary>The traits of <see cref="Name"/>.</summary>
    public HtmlTagTraits Traits { get; private set; }

    /// <summary>Where the text (or the doctype's content) starts in the page.</summary>
    public int Start { get; private set; }

    /// <summary>The length of the text (or the doctype's content).</summary>
    public int Length { get; private set; }

    /// <summary>True for text whose character references must not be decoded (script, style, CDATA).</summary>
    public bool IsRaw { get; private set; }

    /// <summary>True for a start tag written "&lt;x/&gt;".</summary>
    public bool SelfClosing { get; private set; }

    /// <summary>The first of the start tag's attributes in the document's attribute storage.</summary>
    public int AttributeStart { get; private set; }

    /// <summary>How many attributes the start tag has.</summary>
    public int AttributeCount { get; private set; }

    /// <summary>Where the current token starts in the page (its '&lt;' for a tag).</summary>
    public int TokenStart { get; private set; }

    /// <summary>Where the current token ends in the page (after its '&gt;' for a tag).</summary>
    public int TokenEnd { get; private set; }

    /// <summary>Reads the next token; false at the end of the page (<see cref="Kind"/> is then <see cref="HtmlTokenKind.EndOfFile"/>).</summary>
    public bool Next()
    {
        var s = _source.Span;
        while (true)
        {
            int start = _pos;
            if (_rawName is not null)
            {
                if (ReadRawText(s)) return Found(start);
                continue;
            }
            if (_pos >= s.Length)
            {
                Kind = HtmlTokenKind.EndOfFile;
                TokenStart = TokenEnd = s.Length;
                return false;
            }
            if (s[_pos] == '<' && IsMarkup(s, _pos))
            {
                if (ReadMarkup(s)) return Found(start);
                continue;
            }
            ReadText(s);
            return Found(start);
        }
    }

    private bool Found(int start)
    {
        TokenStart = start;
        TokenEnd = _pos;
        return true;
    }

    /// <summary>True when the '&lt;' at <paramref name="at"/> opens a tag, comment, doctype or bogus comment (else it is text).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsMarkup(ReadOnlySpan<char> s, int at)
    {
        if (at + 1 >= s.Length) return false;
        char c = s[at + 1];
        if (char.IsAsciiLetter(c) || c is '!' or '?') return true;
        return c == '/' && at + 2 < s.Length;
    }

    private void ReadText(ReadOnlySpan<char> s)
    {
        int start = _pos;
        int from = start + 1;
        int end;
        while (true)
        {
            int next = from >= s.Length ? -1 : s[from..].IndexOf('<');
            if (next < 0)
            {
                end = s.Length;
                break;
            }
            end = from + next;
            if (IsMarkup(s, end)) break;
            from = end + 1;
        }
        Kind = HtmlTokenKind.Text;
        Start = start;
        Length = end - start;
        IsRaw = false;
        _pos = end;
    }

    /// <summary>Reads the markup at the '&lt;' at the current position of the page <paramref name="s"/> (passed down from <see cref="Next"/>, which reads the page's span once per token); true when it is a token, false when it was skipped.</summary>
    private bool ReadMarkup(ReadOnlySpan<char> s)
    {
        int at = _pos;
        char c = s[at + 1];
        if (char.IsAsciiLetter(c)) return ReadTag(s, at + 1, end: false);
        if (c == '/')
        {
            char d = s[at + 2];
            if (char.IsAsciiLetter(d)) return ReadTag(s, at + 2, end: true);
            if (d == '>')
            {
                _pos = at + 3;
                return false;
            }
            SkipBogusComment(s, at + 2);
            return false;
        }
        if (c == '?')
        {
            SkipBogusComment(s, at + 1);
            return false;
        }
        // '!'
        var rest = s[(at + 2)..];
        if (rest.StartsWith("--", StringComparison.Ordinal))
        {
            if (rest.Length > 2 && rest[2] == '>') _pos = at + 5;
            else if (rest.Length > 3 && rest[2] == '-' && rest[3] == '>') _pos = at + 6;
            else
            {
                int close = rest[2..].IndexOf("-->", StringComparison.Ordinal);
                _pos = close < 0 ? s.Length : at + 4 + close + 3;
            }
            return false;
        }
        if (rest.StartsWith("doctype", StringComparison.OrdinalIgnoreCase))
        {
            int close = rest.IndexOf('>');
            int end = close < 0 ? s.Length : at + 2 + close;
            Kind = HtmlTokenKind.Doctype;
            Start = at + 9;
            Length = Math.Max(0, end - Start);
            _pos = close < 0 ? s.Length : end + 1;
            return true;
        }
        if (rest.StartsWith("[CDATA[", StringComparison.Ordinal) && InForeign)
        {
            int textStart = at + 9;
            int close = s[textStart..].IndexOf("]]>", StringComparison.Ordinal);
            int end = close < 0 ? s.Length : textStart + close;
            _pos = close < 0 ? s.Length : end + 3;
            if (end == textStart) return false;
            Kind = HtmlTokenKind.Text;
            Start = textStart;
            Length = end - textStart;
            IsRaw = true;
            return true;
        }
        SkipBogusComment(s, at + 2);
        return false;
    }

    private void SkipBogusComment(ReadOnlySpan<char> s, int from)
    {
        int close = s[from..].IndexOf('>');
        _pos = close < 0 ? s.Length : from + close + 1;
    }

    private const byte TagName = 1, AttributeName = 2;

    /// <summary>The ASCII characters that end a name in a tag: <see cref="TagName"/> for a tag name (white space, '/', '&gt;'), <see cref="AttributeName"/> for an attribute name (those and '=').</summary>
    private static ReadOnlySpan<byte> NameEnds =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 3, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];

    /// <summary>True when <paramref name="c"/> ends a name of the kind <paramref name="kind"/> (one look-up in <see cref="NameEnds"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool EndsName(char c, byte kind) => c < 128 && (NameEnds[c] & kind) != 0;

    /// <summary>Reads a tag of the page <paramref name="s"/> whose name starts at <paramref name="nameStart"/>; false when the page ends inside it (the tag is dropped).</summary>
    private bool ReadTag(ReadOnlySpan<char> s, int nameStart, bool end)
    {
        int nameEnd = nameStart;
        while (nameEnd < s.Length && !EndsName(s[nameEnd], TagName)) nameEnd++;
        var rawName = s.Slice(nameStart, nameEnd - nameStart);
        int attributeStart = _document.AttributeCount;
        bool selfClosing = false;
        int i = nameEnd;
        while (true)
        {
            while (i < s.Length && s[i] is ' ' or '\n' or '\t' or '\r' or '\f' or '/')
            {
                selfClosing = s[i] == '/' && i + 1 < s.Length && s[i + 1] == '>';
                i++;
            }
            if (i >= s.Length)
            {
                _document.TruncateAttributes(attributeStart);
                _pos = s.Length;
                return false;
            }
            if (s[i] == '>')
            {
                i++;
                break;
            }
            selfClosing = false;
            // attribute name: the first character may be anything but a stop ('=' included)
            int attributeName = i;
            i++;
            while (i < s.Length && !EndsName(s[i], AttributeName)) i++;
            int attributeNameEnd = i;
            while (i < s.Length && s[i] is ' ' or '\n' or '\t' or '\r' or '\f') i++;
            int valueStart = 0, valueLength = 0;
            if (i < s.Length && s[i] == '=')
            {
                i++;
                while (i < s.Length && s[i] is ' ' or '\n' or '\t' or '\r' or '\f') i++;
                if (i < s.Length && s[i] is '"' or '\'')
                {
                    char quote = s[i];
                    int close = i + 1 >= s.Length ? -1 : s[(i + 1)..].IndexOf(quote);
                    if (close < 0)
                    {
                        _document.TruncateAttributes(attributeStart);
                        _pos = s.Length;
                        return false;
                    }
                    valueStart = i + 1;
                    valueLength = close;
                    i = valueStart + close + 1;
                }
                else if (i < s.Length && s[i] != '>')
                {
                    valueStart = i;
                    while (i < s.Length && s[i] is not (' ' or '\n' or '\t' or '\r' or '\f' or '>')) i++;
                    valueLength = i - valueStart;
                }
            }
            if (!end) _document.AddAttribute(new HtmlAttribute(attributeName, attributeNameEnd - attributeName, valueStart, valueLength));
        }
        _pos = i;
        if (HtmlTagTable.TryLookup(rawName, out var name, out var traits, out int id))
        {
            Name = name;
            Traits = traits;
            NameId = id;
        }
        else
        {
            Name = Unknown(rawName);
            Traits = HtmlTagTraits.None;
            NameId = -1;
        }
        Kind = end ? HtmlTokenKind.EndTag : HtmlTokenKind.StartTag;
        SelfClosing = selfClosing && !end;
        AttributeStart = attributeStart;
        AttributeCount = end ? 0 : _document.AttributeCount - attributeStart;
        if (!end && (Traits & (HtmlTagTraits.RawText | HtmlTagTraits.RcData | HtmlTagTraits.PlainText)) != 0 && !(SelfClosing && InForeign))
        {
            _rawName = Name;
            _rawTraits = Traits;
        }
        return true;
    }

    /// <summary>An unknown tag name, lower-cased; the last few are remembered so that a page repeating a custom element allocates its name once.</summary>
    private string Unknown(ReadOnlySpan<char> rawName)
    {
        foreach (var recent in _recentNames)
        {
            if (recent is not null && rawName.Equals(recent, StringComparison.OrdinalIgnoreCase)) return recent;
        }
        var name = HtmlTagTable.LowerAscii(rawName);
        _recentNames[_recentNext] = name;
        _recentNext = (_recentNext + 1) % RecentNames;
        return name;
    }

    /// <summary>Reads the content of a raw-text element of the page <paramref name="s"/> up to its end tag; false when it is empty.</summary>
    private bool ReadRawText(ReadOnlySpan<char> s)
    {
        var name = _rawName!;
        bool escapable = (_rawTraits & HtmlTagTraits.RcData) != 0;
        int start = _pos;
        int end = s.Length;
        if ((_rawTraits & HtmlTagTraits.PlainText) == 0)
        {
            int from = start;
            while (from < s.Length)
            {
                // Scripts and styles are most of many pages' characters and rarely hold a '<': the search is for that
                // one character (the fastest vectorised search), then "/" and the name are compared.
                int next = s[from..].IndexOf('<');
                if (next < 0) break;
                int at = from + next;
                int after = at + 2 + name.Length;
                if (after <= s.Length && s[at + 1] == '/' && s.Slice(at + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                    && (after == s.Length || s[after] is ' ' or '\n' or '\t' or '\r' or '\f' or '/' or '>'))
                {
                    end = at;
                    break;
                }
                from = at + 1;
            }
        }
        _rawName = null;
        _pos = end;
        if (end == start) return false;
        Kind = HtmlTokenKind.Text;
        Start = start;
        Length = end - start;
        IsRaw = !escapable;
        return true;
    }
}
