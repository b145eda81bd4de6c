using System.Runtime.CompilerServices;

namespace NewsParse.Html.Dom;

/// <summary>
/// A forward-only HTML tokenizer over the decoded page (HTML Living Standard §13.2.5, simplified where the outcome is
/// the same for the tree): start tags with attributes (quoted, unquoted, valueless; names lower-cased once, known
/// ones interned), end tags, text, doctype; comments (ended by "--&gt;", "--!&gt;", or "&gt;" right after "&lt;!--"
/// or "&lt;!---"), bogus comments (<c>&lt;!…&gt;</c>, <c>&lt;?…&gt;</c>, <c>&lt;/…&gt;</c>) and CDATA outside foreign
/// content are skipped; CDATA inside SVG or MathML is text. After the start tag of an element whose content is not
/// markup, the tree builder sets the state (<see cref="SwitchTo"/>): the content up to the element's end tag (a
/// "&lt;/name" followed by white space, '/' or '&gt;') is one text token, a script's escaped sections
/// ("&lt;!--" … "--&gt;", where "&lt;script&gt;" … "&lt;/script&gt;" nests) included; plaintext's is the rest of the page.
/// Tokens are offsets into the page: nothing is copied, character references are decoded later, only where read. A
/// tag cut by the end of the page is dropped, as the standard says. Linear in the page for any input; the searches
/// for '&lt;' (and '&gt;' in a script's escaped section) are vectorised. One page, one thread.
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
    private HtmlTextState _rawState;

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

    /// <summary>The id of <see cref="Name"/> (<see cref="HtmlTagId.Unknown"/> for a name the table does not hold).</summary>
    public HtmlTagId TagId { get; private set; }

    /// <summary>The traits of <see cref="Name"/>.</summary>
    public HtmlTagTraits Traits { get; private set; }

    /// <summary>Where the text (or the doctype's content) starts in the page.</summary>
    public int Start { get; private set; }

    /// <summary>The length of the text (or the doctype's content).</summary>
    public int Length { get; private set; }

    /// <summary>True for text whose character references must not be decoded (script, style, CDATA, plaintext).</summary>
    public bool IsRaw { get; private set; }

    /// <summary>For a doctype: false when the page ended before its '&gt;'.</summary>
    public bool DoctypeClosed { get; private set; }

    /// <summary>
    /// How the content of an HTML element of that name is read when the tree builder inserts it in the head or the body
    /// (§13.2.6.4.4, §13.2.6.4.7): text for title and textarea, raw text for style, xmp, iframe, noembed, noframes,
    /// script data for script, the rest of the page for plaintext, markup for any other.
    /// </summary>
    public static HtmlTextState ContentState(HtmlTagId id) => id switch
    {
        HtmlTagId.Title or HtmlTagId.Textarea => HtmlTextState.RcData,
        HtmlTagId.Script => HtmlTextState.ScriptData,
        HtmlTagId.Plaintext => HtmlTextState.PlainText,
        HtmlTagId.Style or HtmlTagId.Xmp or HtmlTagId.Iframe or HtmlTagId.Noembed or HtmlTagId.Noframes => HtmlTextState.RawText,
        _ => HtmlTextState.Data,
    };

    /// <summary>
    /// Called by the tree builder right after the start tag of <paramref name="name"/>: its content is read in
    /// <paramref name="state"/> (the next token is its text, if any, then its end tag) instead of as markup.
    /// </summary>
    public void SwitchTo(HtmlTextState state, string name)
    {
        if (state == HtmlTextState.Data) return;
        _rawName = name;
        _rawState = state;
    }

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
            _pos = CommentEnd(s, at);
            return false;
        }
        if (rest.StartsWith("doctype", StringComparison.OrdinalIgnoreCase))
        {
            int close = rest.IndexOf('>');
            int end = close < 0 ? s.Length : at + 2 + close;
            Kind = HtmlTokenKind.Doctype;
            Start = at + 9;
            Length = Math.Max(0, end - Start);
            DoctypeClosed = close >= 0;
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

    /// <summary>Where the comment opened by the "&lt;!--" at <paramref name="at"/> ends: after "--&gt;" or "--!&gt;" (or the "&gt;" of "&lt;!--&gt;" and "&lt;!---&gt;"), else the end of the page.</summary>
    private static int CommentEnd(ReadOnlySpan<char> s, int at)
    {
        int from = at + 4;
        if (from < s.Length && s[from] == '>') return from + 1;
        if (from + 1 < s.Length && s[from] == '-' && s[from + 1] == '>') return from + 2;
        while (from < s.Length)
        {
            int dashes = s[from..].IndexOf("--", StringComparison.Ordinal);
            if (dashes < 0) break;
            int after = from + dashes + 2;
            if (after < s.Length && s[after] == '>') return after + 1;
            if (after + 1 < s.Length && s[after] == '!' && s[after + 1] == '>') return after + 2;
            from = from + dashes + 1;
        }
        return s.Length;
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
        if (HtmlTagTable.TryLookup(rawName, out var name, out var traits, out var id))
        {
            Name = name;
            Traits = traits;
            TagId = id;
        }
        else
        {
            Name = Unknown(rawName);
            Traits = HtmlTagTraits.None;
            TagId = HtmlTagId.Unknown;
        }
        Kind = end ? HtmlTokenKind.EndTag : HtmlTokenKind.StartTag;
        SelfClosing = selfClosing && !end;
        AttributeStart = attributeStart;
        AttributeCount = end ? 0 : _document.AttributeCount - attributeStart;
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

    /// <summary>Reads the content of the element the builder switched to (<see cref="SwitchTo"/>) from the page <paramref name="s"/> up to its end tag; false when it is empty.</summary>
    private bool ReadRawText(ReadOnlySpan<char> s)
    {
        var name = _rawName!;
        var state = _rawState;
        int start = _pos;
        int end = state switch
        {
            HtmlTextState.PlainText => s.Length,
            HtmlTextState.ScriptData => ScriptEnd(s, start, name),
            _ => EndTagAt(s, start, name),
        };
        _rawName = null;
        _pos = end;
        if (end == start) return false;
        Kind = HtmlTokenKind.Text;
        Start = start;
        Length = end - start;
        IsRaw = state != HtmlTextState.RcData;
        return true;
    }

    /// <summary>Where the first end tag of <paramref name="name"/> from <paramref name="from"/> starts (the end of the page when there is none).</summary>
    private static int EndTagAt(ReadOnlySpan<char> s, int from, string name)
    {
        while (from < s.Length)
        {
            // Scripts and styles are most of many pages' characters and rarely hold a '<': the search is for that
            // one character (the fastest vectorised search), then "/" and the name are compared.
            int next = s[from..].IndexOf('<');
            if (next < 0) break;
            int at = from + next;
            if (at + 1 < s.Length && s[at + 1] == '/' && IsNamedTag(s, at + 2, name)) return at;
            from = at + 1;
        }
        return s.Length;
    }

    /// <summary>
    /// True when <paramref name="name"/> is written at <paramref name="at"/> (any case) and followed by white space, '/'
    /// or '&gt;' (the standard's "appropriate end tag"; a name cut by the end of the page is text).
    /// </summary>
    private static bool IsNamedTag(ReadOnlySpan<char> s, int at, string name)
    {
        int after = at + name.Length;
        return after < s.Length && s[after] is ' ' or '\n' or '\t' or '\r' or '\f' or '/' or '>'
            && s.Slice(at, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Where a script's content from <paramref name="from"/> ends (§13.2.5.15-31): at its first end tag, except inside
    /// an escaped section opened by "&lt;!--" and closed by "--&gt;", where a "&lt;script" start tag opens a nested,
    /// double-escaped section that its own "&lt;/script" end tag closes (or "--&gt;" again, back to the plain content).
    /// </summary>
    private static int ScriptEnd(ReadOnlySpan<char> s, int from, string name)
    {
        const int Plain = 0, Escaped = 1, DoubleEscaped = 2;
        int state = Plain;
        while (from < s.Length)
        {
            int next = state == Plain ? s[from..].IndexOf('<') : s[from..].IndexOfAny('<', '>');
            if (next < 0) break;
            int at = from + next;
            from = at + 1;
            if (s[at] == '>')
            {
                // "-->" leaves an escaped section (its dashes may be those of the "<!--" that opened it)
                if (s[at - 1] == '-' && s[at - 2] == '-') state = Plain;
                continue;
            }
            if (at + 1 >= s.Length) break;
            char c = s[at + 1];
            if (c == '/')
            {
                if (!IsNamedTag(s, at + 2, name)) continue;
                if (state != DoubleEscaped) return at;
                state = Escaped;
                from = at + 2 + name.Length;
            }
            else if (state == Plain)
            {
                if (c == '!' && at + 3 < s.Length && s[at + 2] == '-' && s[at + 3] == '-')
                {
                    state = Escaped;
                    from = at + 4;
                }
            }
            else if (state == Escaped && IsNamedTag(s, at + 1, name))
            {
                state = DoubleEscaped;
                from = at + 1 + name.Length;
            }
        }
        return s.Length;
    }
}
