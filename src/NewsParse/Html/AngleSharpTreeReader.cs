using System.Text;
using AngleSharp.Dom;
using NewsParse.Html.Dom;
using HtmlDocument = NewsParse.Html.Dom.HtmlDocument;
using HtmlElement = NewsParse.Html.Dom.HtmlElement;
using IHtmlTemplateElement = AngleSharp.Html.Dom.IHtmlTemplateElement;

namespace NewsParse.Html;

/// <summary>
/// Reads an AngleSharp <see cref="IDocument"/> into the light tree (<see cref="HtmlDocument"/>) that the rest of the
/// HTML layer reads: the structure is AngleSharp's (its elements, in its order, with its implied and moved elements),
/// walked once with an explicit stack; nothing is serialised and no tree is built again.
/// </summary>
/// <remarks>
/// <para>
/// Spans. The light tree points into a page, and the spans of the article are offsets into that page. When the
/// document's source text (<c>document.Source.Text</c>) is there and the tree still says what it says (the document
/// was not changed through the DOM), the tree is laid over it: the page is cut into tokens once by
/// <see cref="HtmlTokenizer"/> (no tree is built from them), and each AngleSharp element is paired with its start tag
/// (by its source reference when the parser kept them, else in order, by name) and each text with its text tokens (by
/// content). Elements with no tag of their own (implied, or copies made by the parser) start where the next token
/// does; an element ends after the end tag that closes it, else where the token after its content starts, as the
/// light tree's own builder places them. The article is then the one <c>Parse(string)</c> gives for the same page
/// wherever both tree builders agree, spans included.
/// </para>
/// <para>
/// When there is no source text, or a text or an attribute of the tree is not in it, the tree is read on its own:
/// texts and attribute values are taken from the DOM and the caller gets <c>false</c> from <see cref="Read(IDocument, int, out HtmlDocument)"/>
/// (spans are then meaningless and are left out of the article).
/// </para>
/// <para>
/// As in the light tree's own builder, elements nest at most the depth limit below the root: deeper elements are
/// dropped (leaves aside) and their text stays in the element at the limit. One document, one thread.
/// </para>
/// </remarks>
internal sealed class AngleSharpTreeReader
{
    /// <summary>Start tags that never make an element of their own inside a page (their attributes go to the one element of the name).</summary>
    private static readonly HashSet<string> DroppedTags = new(StringComparer.Ordinal) { "html", "head", "body", "frameset", "frame" };

    /// <summary>How many tokens a text or an element may be looked for ahead of the first unread one (start tags moved by the parser, such as foster-parented content).</summary>
    private const int LookAhead = 8;

    private readonly IDocument _source;
    private readonly int _maxDepth;
    private readonly bool _aligned;
    private readonly HtmlDocument _document;
    private readonly Token[] _tokens = [];
    private readonly bool[] _used = [];
    private int _cursor;
    private int _frontier;                         // one past the latest token read
    private readonly Dictionary<IElement, int>? _attributeOffsets;   // detached mode: where each element's attributes are in the page
    private readonly List<int> _lastToken = [];   // per element index: the last token read inside it (-1: none yet)
    private readonly List<int> _firstToken = [];  // per element index: the first token not yet read when it was made
    private readonly Dictionary<string, List<(IElement Element, int AttributeStart, int AttributeCount)>> _withAttributes = new(StringComparer.Ordinal);

    private AngleSharpTreeReader(IDocument source, int maxDepth, string? page)
    {
        _source = source;
        _maxDepth = Math.Max(2, maxDepth);
        if (page is not null)
        {
            _aligned = true;
            _document = new HtmlDocument(page.AsMemory());
            _tokens = Tokenize(_document);
            _used = new bool[_tokens.Length];
        }
        else
        {
            // Read on its own: the document's page is the attribute names and values of its elements.
            var (text, offsets) = AttributeText(source);
            _attributeOffsets = offsets;
            _document = new HtmlDocument(text.AsMemory());
        }
    }

    /// <summary>
    /// The light tree of <paramref name="document"/>; elements nest at most <paramref name="maxDepth"/> levels below the
    /// root. True when it is laid over the document's source text (spans are offsets into it), false when it was read
    /// from the DOM alone.
    /// </summary>
    public static bool Read(IDocument document, int maxDepth, out HtmlDocument tree)
    {
        ArgumentNullException.ThrowIfNull(document);
        var page = document.Source?.Text;
        if (!string.IsNullOrEmpty(page))
        {
            var aligned = new AngleSharpTreeReader(document, maxDepth, page);
            if (aligned.TryBuild())
            {
                tree = aligned._document;
                return true;
            }
            aligned._document.Release();
        }
        var detached = new AngleSharpTreeReader(document, maxDepth, page: null);
        detached.TryBuild();
        tree = detached._document;
        return false;
    }

    /// <summary>One token of the page, as <see cref="HtmlTokenizer"/> read it.</summary>
    private readonly record struct Token(HtmlTokenKind Kind, string Name, HtmlTagTraits Traits, int Start, int End, int TextStart, int TextLength, bool Raw, int AttributeStart, int AttributeCount, bool SelfClosing);

    private static Token[] Tokenize(HtmlDocument document)
    {
        var tokenizer = new HtmlTokenizer(document);
        var tokens = new List<Token>(Math.Max(16, document.Source.Length / 32));
        int foreign = 0;
        while (true)
        {
            tokenizer.InForeign = foreign > 0;
            if (!tokenizer.Next()) break;
            var kind = tokenizer.Kind;
            bool tag = kind is HtmlTokenKind.StartTag or HtmlTokenKind.EndTag;
            tokens.Add(new Token(kind, tag ? tokenizer.Name : "", tag ? tokenizer.Traits : 0, tokenizer.TokenStart, tokenizer.TokenEnd,
                tokenizer.Start, tokenizer.Length, tokenizer.IsRaw,
                kind == HtmlTokenKind.StartTag ? tokenizer.AttributeStart : 0, kind == HtmlTokenKind.StartTag ? tokenizer.AttributeCount : 0,
                kind == HtmlTokenKind.StartTag && tokenizer.SelfClosing));
            // the content of script, style, title, textarea... is text up to its end tag (the tree builder says so to the tokenizer)
            if (kind == HtmlTokenKind.StartTag && foreign == 0) tokenizer.SwitchTo(HtmlTokenizer.ContentState(tokenizer.TagId), tokenizer.Name);
            if (tag && tokenizer.TagId is HtmlTagId.Svg or HtmlTagId.Math)
            {
                if (kind == HtmlTokenKind.StartTag && !tokenizer.SelfClosing) foreign++;
                else if (kind == HtmlTokenKind.EndTag && foreign > 0) foreign--;
            }
        }
        return [.. tokens];
    }

    /// <summary>Builds the tree; false as soon as the DOM says something its source text does not (aligned mode only).</summary>
    private bool TryBuild()
    {
        var html = _source.DocumentElement;
        var root = NewElement("html", html);
        _document.Root = root;
        var head = NewElement("head", null);
        root.Append(head);
        _document.Head = head;
        if (_source.Head is { } sourceHead && !Walk(sourceHead, head, depth: 2)) return false;
        var body = NewElement("body", _source.Body);
        root.Append(body);
        _document.Body = body;
        if (_aligned)
        {
            // the body starts at its tag, or at the first token of its content when the page leaves the tag out
            int first = NextUnread();
            var tag = FirstTag("body");
            body.SourceStart = tag is { } t && _tokens[t].Start <= (first < _tokens.Length ? _tokens[first].Start : int.MaxValue) ? _tokens[t].Start : StartOf(first);
            head.SourceEnd = body.SourceStart;
            root.SourceEnd = body.SourceEnd = _document.Source.Length;
        }
        if (_source.Body is { } sourceBody && !Walk(sourceBody, body, depth: 2)) return false;
        // anything else under the root element (a frameset, stray nodes) is read as body content
        for (var node = html?.FirstChild; node is not null; node = node.NextSibling)
        {
            if (node == _source.Head || node == _source.Body) continue;
            if (!WalkNode(node, body, depth: 2)) return false;
        }
        return true;
    }

    /// <summary>Walks the children of <paramref name="from"/> into <paramref name="into"/> (at <paramref name="depth"/>), without recursion.</summary>
    private bool Walk(INode from, HtmlElement into, int depth)
    {
        var stack = new Stack<Frame>();
        PushChildren(stack, ChildrenOf(from), into, depth);
        return Run(stack);
    }

    private bool WalkNode(INode node, HtmlElement into, int depth)
    {
        var stack = new Stack<Frame>();
        stack.Push(new Frame(node, into, depth, null));
        return Run(stack);
    }

    /// <summary>A node to read into a parent at a depth, or (<see cref="Closing"/> set) an element whose content has all been read.</summary>
    private readonly record struct Frame(INode? Node, HtmlElement Parent, int Depth, HtmlElement? Closing);

    private static INode ChildrenOf(INode node) => node is IHtmlTemplateElement template ? template.Content : node;

    private static void PushChildren(Stack<Frame> stack, INode parent, HtmlElement into, int depth)
    {
        for (var child = parent.LastChild; child is not null; child = child.PreviousSibling) stack.Push(new Frame(child, into, depth, null));
    }

    private bool Run(Stack<Frame> stack)
    {
        while (stack.Count > 0)
        {
            var frame = stack.Pop();
            if (frame.Closing is { } done)
            {
                Close(done);
                continue;
            }
            switch (frame.Node)
            {
                case IElement element:
                    if (!Element(stack, element, frame.Parent, frame.Depth)) return false;
                    break;
                case IText text:
                    if (!Text(text.Data, frame.Parent)) return false;
                    break;
            }
        }
        return true;
    }

    private bool Element(Stack<Frame> stack, IElement source, HtmlElement parent, int depth)
    {
        var name = NameOf(source.LocalName, out var traits, out var id);
        var ns = NamespaceOf(source);
        bool foreign = ns != HtmlNamespace.Html;
        // a foreign element has none of an HTML tag's traits (an SVG title is no RCDATA, an SVG a no formatting element)
        if (foreign) traits = HtmlTagTraits.None;
        // the light tree's builder holds elements at most the depth limit below the root; leaves are kept
        if (depth > _maxDepth)
        {
            _document.DepthExceeded = true;
            const HtmlTagTraits leaf = HtmlTagTraits.Void | HtmlTagTraits.RawText | HtmlTagTraits.RcData | HtmlTagTraits.PlainText;
            if ((traits & leaf) == 0)
            {
                // dropped: its content goes to the element at the limit
                int token = _aligned ? MatchStartTag(source, name, traits) : -1;
                if (token >= 0) Read(parent, token);
                PushChildren(stack, ChildrenOf(source), parent, depth);
                return true;
            }
        }
        int tag = _aligned ? MatchStartTag(source, name, traits) : -1;
        if (tag >= 0 && !SameAttributes(source, new HtmlElement(_document, name, id, ns, _tokens[tag].AttributeStart, _tokens[tag].AttributeCount, -1)))
        {
            // not this element's tag: an element the parser implied (a stray </p> makes an empty p) or copied (a formatting
            // element) takes no tag; any other element whose attributes are not its tag's was changed through the DOM
            _used[tag] = false;
            tag = -1;
            if (source.Attributes.Length > 0 && (traits & HtmlTagTraits.Formatting) == 0) return false;
        }
        HtmlElement element;
        if (tag >= 0)
        {
            var t = _tokens[tag];
            element = New(t.Name, id, ns, t.AttributeStart, t.AttributeCount, tag);
            if (t.AttributeCount > 0) Remember(source, t.AttributeStart, t.AttributeCount);
        }
        else if (!_aligned)
        {
            var (start, count) = CopyAttributes(source);
            element = New(name, id, ns, start, count, -1);
        }
        else if (source.Attributes.Length == 0)
        {
            element = New(name, id, ns, _document.AttributeCount, 0, -1);
        }
        else if (Copied(source) is { } original)
        {
            // a copy the parser made of a formatting element (reconstruction, adoption agency): the original's attributes
            element = New(name, id, ns, original.AttributeStart, original.AttributeCount, -1);
        }
        else
        {
            return false;
        }
        parent.Append(element);
        if ((traits & HtmlTagTraits.Void) != 0 || (tag >= 0 && _tokens[tag].SelfClosing && foreign))
        {
            if (_aligned)
            {
                element.SourceEnd = tag >= 0 ? _tokens[tag].End : element.SourceStart;
                if (tag > _lastToken[parent.Index]) _lastToken[parent.Index] = tag;
            }
            return true;
        }
        stack.Push(new Frame(null, parent, depth, element));
        PushChildren(stack, ChildrenOf(source), element, depth + 1);
        return true;
    }

    /// <summary>The root, head or body: made whether the page has its tag or not; html and body take the attributes of their first tag that has some (the head none), as the light tree's builder does.</summary>
    private HtmlElement NewElement(string name, IElement? source)
    {
        var interned = NameOf(name, out _, out var id);
        if (source is not null && name != "head")
        {
            if (!_aligned)
            {
                var (start, count) = CopyAttributes(source);
                return New(interned, id, HtmlNamespace.Html, start, count, -1, place: false);
            }
            if (FirstTag(name) is { } t && _tokens[t] is { AttributeCount: > 0 } token)
                return New(interned, id, HtmlNamespace.Html, token.AttributeStart, token.AttributeCount, t, place: false);
        }
        return New(interned, id, HtmlNamespace.Html, _document.AttributeCount, 0, -1, place: false);
    }

    private HtmlElement New(string name, HtmlTagId id, HtmlNamespace ns, int attributeStart, int attributeCount, int tag, bool place = true)
    {
        var element = new HtmlElement(_document, name, id, ns, attributeStart, attributeCount, _document.ElementCount++);
        int first = _aligned ? NextUnread() : 0;
        _firstToken.Add(first);
        _lastToken.Add(tag);
        if (_aligned && place)
        {
            element.SourceStart = tag >= 0 ? _tokens[tag].Start : StartOf(first);
            element.SourceEnd = element.SourceStart;
        }
        return element;
    }

    /// <summary>Places the end of an element whose content has all been read, as the light tree's builder would, and passes its last token up.</summary>
    private void Close(HtmlElement element)
    {
        if (!_aligned) return;
        // its own tag or the last token of its content; an element without either ends where the next token starts
        int last = _lastToken[element.Index] >= 0 ? _lastToken[element.Index] : _firstToken[element.Index] - 1;
        var (end, closer, own) = EndAfter(last, element);
        element.SourceEnd = end;
        // the parent's content goes on after this element's own end tag; an end tag of an ancestor closes the parent too
        int passed = own ? closer : closer - 1;
        if (element.Parent is { } parent && passed > _lastToken[parent.Index]) _lastToken[parent.Index] = passed;
    }

    /// <summary>
    /// Where an element ends, its last token being <paramref name="last"/> (its children's end tags included): after the
    /// next end tag that closes it or an element around it (end tags that close nothing around it are passed over),
    /// else where the next token starts (the token that closed it), else at the end of the page. Also gives that
    /// token and whether it is the element's own end tag.
    /// </summary>
    private (int End, int Token, bool Own) EndAfter(int last, HtmlElement element)
    {
        for (int k = last + 1; k < _tokens.Length; k++)
        {
            var token = _tokens[k];
            switch (token.Kind)
            {
                case HtmlTokenKind.EndTag:
                    for (var open = element; open is not null; open = open.Parent)
                    {
                        if (string.Equals(open.LocalName, token.Name, StringComparison.Ordinal)) return (token.End, k, open == element);
                    }
                    continue;
                case HtmlTokenKind.Doctype:
                    continue;
                case HtmlTokenKind.StartTag when DroppedTags.Contains(token.Name):
                    continue;
                default:
                    return (token.Start, k, false);
            }
        }
        return (_document.Source.Length, _tokens.Length, false);
    }

    private bool Text(string data, HtmlElement parent)
    {
        bool blank = string.IsNullOrWhiteSpace(data);
        // the light tree keeps no blank text outside the body (nor in the html element), as its builder does
        if (blank && parent != _document.Body && IsOutsideBody(parent) && (parent.Traits & (HtmlTagTraits.RawText | HtmlTagTraits.RcData)) == 0)
        {
            if (_aligned) MatchText(data, parent, keep: false);
            return true;
        }
        if (!_aligned)
        {
            parent.Append(new HtmlText(data.AsMemory(), 0, data.Length, raw: true, dropNulls: false));
            return true;
        }
        if (MatchText(data, parent, keep: true)) return true;
        if (!blank) return false;
        // blank text the page does not hold at this place (moved by the parser): it separates words, nothing more
        parent.Append(new HtmlText(data.AsMemory(), 0, data.Length, raw: true, dropNulls: false));
        return true;
    }

    private bool IsOutsideBody(HtmlElement element)
    {
        for (var open = element; open is not null; open = open.Parent)
        {
            if (open == _document.Body) return false;
        }
        return true;
    }

    /// <summary>The index of the first token not yet read (the length when all are).</summary>
    private int NextUnread()
    {
        // tokens far behind the latest one read will not be read any more (stray tags the parser dropped): passed for good
        while (_cursor < _tokens.Length && (_used[_cursor] || _tokens[_cursor].Kind is HtmlTokenKind.EndTag or HtmlTokenKind.Doctype || _frontier - _cursor > 8 * LookAhead)) _cursor++;
        return _cursor;
    }

    private void Use(int token)
    {
        _used[token] = true;
        if (token >= _frontier) _frontier = token + 1;
    }

    private int StartOf(int token) => token < _tokens.Length ? _tokens[token].Start : _document.Source.Length;

    /// <summary>Marks a token read inside <paramref name="element"/>.</summary>
    private void Read(HtmlElement element, int token)
    {
        Use(token);
        if (token > _lastToken[element.Index]) _lastToken[element.Index] = token;
    }

    /// <summary>The first start tag named <paramref name="name"/> with attributes (else the first of the name), for html and body whose tags may come anywhere.</summary>
    private int? FirstTag(string name)
    {
        int? first = null;
        for (int k = 0; k < _tokens.Length; k++)
        {
            var token = _tokens[k];
            if (token.Kind != HtmlTokenKind.StartTag || !string.Equals(token.Name, name, StringComparison.Ordinal)) continue;
            _used[k] = true;
            first ??= k;
            if (token.AttributeCount > 0) return k;
        }
        return first;
    }

    /// <summary>
    /// The start tag of <paramref name="element"/>: the one its source reference names when the parser kept them, else
    /// the next unread start tag when it has the element's name; an element with attributes that is not a formatting
    /// element (which the parser copies) may find its tag a few tokens on (moved content, such as foster-parented).
    /// -1 when it has none: an implied element, or a copy the parser made.
    /// </summary>
    private int MatchStartTag(IElement element, string name, HtmlTagTraits traits)
    {
        if (element.SourceReference is { } reference && reference.Position.Index >= 0)
        {
            int at = TokenAt(reference.Position.Index);
            if (at >= 0 && !_used[at] && _tokens[at].Kind == HtmlTokenKind.StartTag && string.Equals(_tokens[at].Name, name, StringComparison.Ordinal))
            {
                Use(at);
                return at;
            }
            return -1;
        }
        bool mayLookAhead = element.Attributes.Length > 0 && (traits & HtmlTagTraits.Formatting) == 0;
        int passed = 0;
        for (int k = NextUnread(); k < _tokens.Length; k++)
        {
            var token = _tokens[k];
            if (_used[k] || token.Kind is HtmlTokenKind.EndTag or HtmlTokenKind.Doctype) continue;
            if (token.Kind == HtmlTokenKind.StartTag)
            {
                if (string.Equals(token.Name, name, StringComparison.Ordinal))
                {
                    PassBlanks(NextUnread(), k);
                    Use(k);
                    return k;
                }
                if (DroppedTags.Contains(token.Name)) continue;
            }
            else if (IsBlank(token))
            {
                continue;
            }
            // the next token is another element's or a text: this element has no tag of its own here
            if (!mayLookAhead || ++passed > LookAhead) return -1;
        }
        return -1;
    }

    /// <summary>Blank texts passed over to reach the token at <paramref name="to"/>: the parser left them out or moved them, and no later text is to be paired with them.</summary>
    private void PassBlanks(int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (!_used[k] && _tokens[k].Kind == HtmlTokenKind.Text && IsBlank(_tokens[k])) _used[k] = true;
        }
    }

    /// <summary>The token that starts at <paramref name="position"/>, or -1.</summary>
    private int TokenAt(int position)
    {
        int lo = 0, hi = _tokens.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            int start = _tokens[mid].Start;
            if (start == position) return mid;
            if (start < position) lo = mid + 1;
            else hi = mid - 1;
        }
        return -1;
    }

    /// <summary>True for a text token of white space only (character references decoded: "&amp;#13;" is white space too).</summary>
    private bool IsBlank(in Token token)
    {
        var raw = _document.Source.Span.Slice(token.TextStart, token.TextLength);
        if (raw.IsWhiteSpace()) return true;
        return !token.Raw && raw.Contains('&') && new HtmlText(_document.Source, token.TextStart, token.TextLength, raw: false, dropNulls: true).Span.IsWhiteSpace();
    }

    /// <summary>
    /// Finds <paramref name="data"/> in the next unread text tokens (end tags and tags the parser drops may stand
    /// between them: the parser joins the text around them), a few tokens on at most (text the parser moves, such as
    /// foster-parented text), and adds one light text per token to <paramref name="parent"/> (none when
    /// <paramref name="keep"/> is false). False when the page does not hold the text there.
    /// </summary>
    private bool MatchText(string data, HtmlElement parent, bool keep)
    {
        int skipped = 0;
        int from = NextUnread();
        for (int k = from; k < _tokens.Length && skipped <= LookAhead; k++)
        {
            if (_used[k]) continue;
            var token = _tokens[k];
            if (token.Kind == HtmlTokenKind.Text)
            {
                if (TryMatchFrom(k, data, keep ? parent : null))
                {
                    // blank texts passed on the way are the parser's to drop; not when the text was found further on (moved)
                    if (skipped == 0) PassBlanks(from, k);
                    return true;
                }
                // text the parser moved before a table is found a few tokens on
                if (!IsBlank(token)) skipped++;
                continue;
            }
            if (token.Kind == HtmlTokenKind.StartTag && !DroppedTags.Contains(token.Name)) skipped++;
        }
        return false;
    }

    private bool TryMatchFrom(int first, string data, HtmlElement? parent)
    {
        var texts = new List<(int Token, HtmlText Text)>(1);
        var theirs = data.AsSpan();
        for (int k = first; k < _tokens.Length; k++)
        {
            var token = _tokens[k];
            if (_used[k] || token.Kind is HtmlTokenKind.EndTag or HtmlTokenKind.Doctype || (token.Kind == HtmlTokenKind.StartTag && DroppedTags.Contains(token.Name))) continue;
            if (token.Kind != HtmlTokenKind.Text) break;
            var text = new HtmlText(_document.Source, token.TextStart, token.TextLength, token.Raw, dropNulls: !token.Raw);
            if (!Consume(text.Span, ref theirs, leading: texts.Count == 0)) break;
            texts.Add((k, text));
            if (theirs.IsEmpty)
            {
                foreach (var (index, piece) in texts)
                {
                    Use(index);
                    if (parent is null) continue;
                    parent.Append(piece);
                    Read(parent, index);
                }
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Reads all of <paramref name="ours"/> off the start of <paramref name="theirs"/>, both as the parser's input
    /// stream gives text: CR LF and CR as LF, NUL and U+FFFD left out; a newline at the start of the first piece is
    /// passed over when the parser dropped it (after pre, textarea, listing). False when they differ.
    /// </summary>
    private static bool Consume(ReadOnlySpan<char> ours, ref ReadOnlySpan<char> theirs, bool leading)
    {
        int i = 0, j = 0;
        if (leading && Peek(theirs, j, out _) != '\n' && Peek(ours, i, out int width) == '\n') i += width;
        while (true)
        {
            char c = Peek(ours, i, out int ourWidth);
            if (c == '\0') break;
            if (Peek(theirs, j, out int theirWidth) != c) return false;
            i += ourWidth;
            j += theirWidth;
        }
        // what is left of theirs starts with its next character (skipped NULs and U+FFFD passed)
        while (j < theirs.Length && theirs[j] is '\0' or '\uFFFD') j++;
        theirs = theirs[j..];
        return true;
    }

    /// <summary>The next character of <paramref name="text"/> from <paramref name="at"/> as the input stream gives it ('\0' at the end), and how many characters it takes.</summary>
    private static char Peek(ReadOnlySpan<char> text, int at, out int width)
    {
        int from = at;
        while (at < text.Length && text[at] is '\0' or '\uFFFD') at++;
        if (at >= text.Length)
        {
            width = at - from;
            return '\0';
        }
        char c = text[at];
        if (c == '\r')
        {
            width = at - from + (at + 1 < text.Length && text[at + 1] == '\n' ? 2 : 1);
            return '\n';
        }
        width = at - from + 1;
        return c;
    }

    /// <summary>True when the element's attributes in the DOM are those of its start tag (the first of a repeated name wins in both).</summary>
    private static bool SameAttributes(IElement source, HtmlElement element)
    {
        var attributes = source.Attributes;
        foreach (var attribute in attributes)
        {
            if (!element.TryGetAttributeSpan(QualifiedName(attribute), out var value)) return false;
            var theirs = attribute.Value.AsSpan();
            if (!Consume(value, ref theirs, leading: false) || !theirs.IsEmpty) return false;
        }
        if (element.AttributeCount == attributes.Length) return true;
        // more in the tag: repeated names, or attributes removed through the DOM
        var names = element.AttributeNames;
        for (int k = 0; k < names.Count; k++)
        {
            // a prefixed name (xlink:href beside href) may have no attribute of its own in the DOM
            if (names[k].Contains(':')) continue;
            bool found = false;
            foreach (var attribute in attributes)
            {
                if (names[k].Equals(QualifiedName(attribute), StringComparison.OrdinalIgnoreCase) || names[k].Equals(attribute.LocalName, StringComparison.OrdinalIgnoreCase))
                {
                    found = true;
                    break;
                }
            }
            if (!found) return false;
        }
        return true;
    }

    /// <summary>
    /// The attribute's name as the page writes it: the parser puts <c>xlink:href</c>, <c>xml:lang</c> and
    /// <c>xmlns:xlink</c> of SVG and MathML in their namespaces (HTML Living Standard §13.2.6.3, "adjust foreign
    /// attributes"), and AngleSharp names them by their local name alone.
    /// </summary>
    private static string QualifiedName(IAttr attribute)
    {
        if (attribute.Prefix is { Length: > 0 } prefix) return $"{prefix}:{attribute.LocalName}";
        var ns = attribute.NamespaceUri;
        if (ns == NamespaceNames.XLinkUri) return "xlink:" + attribute.LocalName;
        if (ns == NamespaceNames.XmlUri) return "xml:" + attribute.LocalName;
        if (ns == NamespaceNames.XmlNsUri && attribute.LocalName != "xmlns") return "xmlns:" + attribute.LocalName;
        return attribute.Name;
    }

    private void Remember(IElement source, int attributeStart, int attributeCount)
    {
        if (!_withAttributes.TryGetValue(source.LocalName, out var recent)) _withAttributes[source.LocalName] = recent = [];
        if (recent.Count == LookAhead) recent.RemoveAt(0);
        recent.Add((source, attributeStart, attributeCount));
    }

    /// <summary>The element <paramref name="copy"/> was copied from: an earlier one of its name with the same attributes.</summary>
    private (int AttributeStart, int AttributeCount)? Copied(IElement copy)
    {
        if (!_withAttributes.TryGetValue(copy.LocalName, out var recent)) return null;
        for (int i = recent.Count - 1; i >= 0; i--)
        {
            var (original, start, count) = recent[i];
            if (original.Attributes.Length != copy.Attributes.Length) continue;
            bool same = true;
            foreach (var attribute in copy.Attributes)
            {
                if (original.GetAttribute(attribute.Name) != attribute.Value)
                {
                    same = false;
                    break;
                }
            }
            if (same) return (start, count);
        }
        return null;
    }

    /// <summary>The light tree's name for a DOM name: lower case, interned when known, with its traits and id as an HTML tag.</summary>
    private static string NameOf(string localName, out HtmlTagTraits traits, out HtmlTagId id)
    {
        if (HtmlTagTable.TryLookup(localName, out var interned, out traits, out id)) return interned;
        traits = HtmlTagTraits.None;
        id = HtmlTagId.Unknown;
        return HtmlTagTable.LowerAscii(localName);
    }

    /// <summary>The light tree's namespace of a DOM element (SVG, MathML, or HTML for any other).</summary>
    private static HtmlNamespace NamespaceOf(IElement element) =>
        element.NamespaceUri == NamespaceNames.SvgUri ? HtmlNamespace.Svg
        : element.NamespaceUri == NamespaceNames.MathMlUri ? HtmlNamespace.MathMl
        : HtmlNamespace.Html;

    /// <summary>Adds the element's attributes to the document (detached mode): their names and values are at the element's place in the attribute text.</summary>
    private (int Start, int Count) CopyAttributes(IElement source)
    {
        int start = _document.AttributeCount;
        if (source.Attributes.Length == 0 || !_attributeOffsets!.TryGetValue(source, out int at)) return (start, 0);
        foreach (var attribute in source.Attributes)
        {
            var name = QualifiedName(attribute);
            int nameStart = at;
            int valueStart = nameStart + name.Length;
            at = valueStart + attribute.Value.Length;
            _document.AddAttribute(new HtmlAttribute(nameStart, name.Length, valueStart, attribute.Value.Length) { Value = attribute.Value });
        }
        return (start, _document.AttributeCount - start);
    }

    /// <summary>Every attribute name and value of the document's elements, one element after the other, and where each element's begin.</summary>
    private static (string Text, Dictionary<IElement, int> Offsets) AttributeText(IDocument document)
    {
        var text = new StringBuilder();
        var offsets = new Dictionary<IElement, int>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<INode>();
        if (document.DocumentElement is { } html) stack.Push(html);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IElement element && element.Attributes.Length > 0)
            {
                offsets[element] = text.Length;
                foreach (var attribute in element.Attributes) text.Append(QualifiedName(attribute)).Append(attribute.Value);
            }
            for (var child = ChildrenOf(node).LastChild; child is not null; child = child.PreviousSibling) stack.Push(child);
        }
        return (text.ToString(), offsets);
    }
}
