namespace NewsParse.Html.Dom;

/// <summary>
/// Builds the light tree from <see cref="HtmlTokenizer"/>'s tokens with a simplified HTML5 tree construction
/// (HTML Living Standard §13.2.6): html, head and body are implied; head content before the body goes in the head;
/// void elements never hold content; a block start closes an open p (in button scope), li closes the open li, dt/dd
/// the open dt/dd, a heading an open heading, a second &lt;a&gt; the open one; rows and cells close the open ones of
/// their table and imply tbody and tr; an end tag closes the nearest open element of its name within its scope, and
/// an end tag of an inline element never closes a block (stray end tags are ignored). Simplified: no adoption agency
/// and no reconstruction of formatting elements (an unclosed &lt;b&gt; ends with its block parent instead of
/// spreading to the next blocks), no foster parenting (text between table rows stays in the table), SVG and MathML
/// are read as plain nested elements. Elements nest at most the depth limit below the root: deeper tags are dropped
/// (counted, so their end tags are dropped too) and their text stays in the element at the limit. Every step is
/// bounded by the depth limit, so building is linear in the page; nothing recurses. One page, one thread.
/// </summary>
internal sealed class HtmlTreeBuilder
{
    private enum Scope : byte { Default, ListItem, Button, Table }

    private readonly HtmlDocument _document;
    private readonly HtmlTokenizer _tokenizer;
    private readonly int _maxDepth;
    private HtmlElement[] _stack = new HtmlElement[64];
    private int[] _ids = new int[64];
    private int _count;
    /// <summary>Open elements by tag id, so that an end tag with nothing to close is dropped without walking the stack.</summary>
    private readonly int[] _openById = new int[HtmlTagTable.Count];
    private Dictionary<string, int>? _openUnknown;
    private int _openHeadings;
    /// <summary>Counts changes of the stack; <see cref="_missedAt"/> remembers, per tag id, the count at which an end tag found nothing to close in scope.</summary>
    private int _version = 1;
    private readonly int[] _missedAt = new int[HtmlTagTable.Count];
    private Dictionary<string, int>? _unknownMissedAt;
    private int _phantom;
    private int _openP;
    private int _openA;
    private bool _inBody;
    private bool _quirks = true;
    private bool _started;

    private HtmlTreeBuilder(ReadOnlyMemory<char> html, int maxDepth)
    {
        _document = new HtmlDocument(html);
        _tokenizer = new HtmlTokenizer(_document);
        _maxDepth = Math.Max(2, maxDepth);
    }

    /// <summary>Parses <paramref name="html"/>; elements nest at most <paramref name="maxDepth"/> levels below the root.</summary>
    public static HtmlDocument Build(ReadOnlyMemory<char> html, int maxDepth)
    {
        var builder = new HtmlTreeBuilder(html, maxDepth);
        builder.Run();
        return builder._document;
    }

    private HtmlElement Current => _stack[_count - 1];

    private void Run()
    {
        var root = NewElement("html", HtmlTagTraits.ScopeBoundary | HtmlTagTraits.ImpliedEnd, 0, 0, foreign: false);
        _document.Root = root;
        Push(root, HtmlTagTable.IdOf("html"));
        var head = NewElement("head", HtmlTagTraits.Special | HtmlTagTraits.ImpliedEnd, 0, 0, foreign: false);
        root.Append(head);
        _document.Head = head;
        Push(head, HtmlTagTable.IdOf("head"));
        var tokenizer = _tokenizer;
        while (true)
        {
            tokenizer.InForeign = Current.IsForeign;
            if (!tokenizer.Next()) break;
            switch (tokenizer.Kind)
            {
                case HtmlTokenKind.Text:
                    Text(tokenizer.Start, tokenizer.Length, tokenizer.IsRaw);
                    break;
                case HtmlTokenKind.StartTag:
                    StartTag(tokenizer.Name, tokenizer.Traits, tokenizer.AttributeStart, tokenizer.AttributeCount, tokenizer.SelfClosing);
                    break;
                case HtmlTokenKind.EndTag:
                    EndTag(tokenizer.Name, tokenizer.Traits, tokenizer.NameId);
                    break;
                case HtmlTokenKind.Doctype:
                    if (!_started) _quirks = !_document.Source.Span.Slice(tokenizer.Start, tokenizer.Length).Contains("html", StringComparison.OrdinalIgnoreCase);
                    break;
            }
            _started = true;
        }
        if (!_inBody) StartBody(0, 0);
        // Elements never closed end with the page.
        for (int i = 0; i < _count; i++) _stack[i].SourceEnd = _document.Source.Length;
    }

    /// <summary>A new element, placed at the current token (its start tag, or the token that implies it); an element that is pushed gets its end when it is popped.</summary>
    private HtmlElement NewElement(string name, HtmlTagTraits traits, int attributeStart, int attributeCount, bool foreign) =>
        new(_document, name, traits, attributeStart, attributeCount, _document.ElementCount++, foreign)
        {
            SourceStart = _tokenizer.TokenStart,
            SourceEnd = _tokenizer.TokenEnd,
        };

    private void Push(HtmlElement element, int id)
    {
        if (_count == _stack.Length)
        {
            Array.Resize(ref _stack, _stack.Length * 2);
            Array.Resize(ref _ids, _ids.Length * 2);
        }
        _ids[_count] = id;
        _stack[_count++] = element;
        _version++;
        if (id >= 0) _openById[id]++;
        else
        {
            _openUnknown ??= new Dictionary<string, int>(StringComparer.Ordinal);
            _openUnknown[element.LocalName] = _openUnknown.GetValueOrDefault(element.LocalName) + 1;
        }
        if ((element.Traits & HtmlTagTraits.Heading) != 0) _openHeadings++;
        if ((object)element.LocalName == "p") _openP++;
        else if ((object)element.LocalName == "a") _openA++;
    }

    /// <summary>Pops the element at <paramref name="index"/> and everything above it.</summary>
    private void PopTo(int index)
    {
        _version++;
        // An end tag closes what it pops after itself; any other token closes it where the token starts.
        int end = _tokenizer.Kind == HtmlTokenKind.EndTag ? _tokenizer.TokenEnd : _tokenizer.TokenStart;
        for (int i = _count - 1; i >= index; i--)
        {
            _stack[i].SourceEnd = end;
            var name = _stack[i].LocalName;
            int id = _ids[i];
            if (id >= 0) _openById[id]--;
            else _openUnknown![name]--;
            if ((_stack[i].Traits & HtmlTagTraits.Heading) != 0) _openHeadings--;
            if ((object)name == "p") _openP--;
            else if ((object)name == "a") _openA--;
            _stack[i] = null!;
        }
        _count = index;
    }

    private void Text(int start, int length, bool raw)
    {
        var current = Current;
        if (!_inBody && (current.Traits & (HtmlTagTraits.RawText | HtmlTagTraits.RcData)) == 0)
        {
            if (_document.Source.Span.Slice(start, length).IsWhiteSpace()) return;
            StartBody(0, 0);
            current = Current;
        }
        current.Append(new HtmlText(_document.Source, start, length, raw));
    }

    private void StartBody(int attributeStart, int attributeCount)
    {
        PopTo(1);
        var body = NewElement("body", HtmlTagTraits.Special | HtmlTagTraits.ImpliedEnd | HtmlTagTraits.ForeignBreakout, attributeStart, attributeCount, foreign: false);
        _document.Root.Append(body);
        _document.Body = body;
        Push(body, HtmlTagTable.IdOf("body"));
        _inBody = true;
    }

    private void Drop(int attributeStart) => _document.TruncateAttributes(attributeStart);

    private HtmlElement Insert(string name, HtmlTagTraits traits, int attributeStart, int attributeCount, bool selfClosing = false)
    {
        var parent = Current;
        bool foreign = parent.IsForeign || (traits & HtmlTagTraits.Foreign) != 0;
        var element = NewElement(name, traits, attributeStart, attributeCount, foreign);
        parent.Append(element);
        if ((traits & HtmlTagTraits.Void) == 0 && !(selfClosing && foreign))
            Push(element, (object)name == _tokenizer.Name ? _tokenizer.NameId : HtmlTagTable.IdOf(name));
        return element;
    }

    private void StartTag(string name, HtmlTagTraits traits, int attributeStart, int attributeCount, bool selfClosing)
    {
        if (!_inBody)
        {
            switch (name)
            {
                case "html":
                    _document.Root.SetAttributes(attributeStart, attributeCount);
                    return;
                case "head" or "frameset":
                    Drop(attributeStart);
                    return;
                case "body":
                    StartBody(attributeStart, attributeCount);
                    return;
            }
            if ((traits & HtmlTagTraits.HeadContent) != 0)
            {
                Insert(name, traits, attributeStart, attributeCount);
                return;
            }
            StartBody(0, 0);
        }
        if (_phantom > 0 || _count > _maxDepth)
        {
            BeyondLimit(name, traits, attributeStart, attributeCount, selfClosing);
            return;
        }
        if (Current.IsForeign)
        {
            if ((traits & HtmlTagTraits.ForeignBreakout) == 0)
            {
                Insert(name, traits, attributeStart, attributeCount, selfClosing);
                return;
            }
            while (_count > 2 && Current.IsForeign) PopTo(_count - 1);
        }
        switch (name)
        {
            case "html":
                _document.Root.SetAttributes(attributeStart, attributeCount);
                return;
            case "body":
                _document.Body.SetAttributes(attributeStart, attributeCount);
                return;
            case "head" or "frameset" or "frame":
                Drop(attributeStart);
                return;
            case "li":
                CloseListItem(dd: false);
                ClosePInButtonScope();
                break;
            case "dd" or "dt":
                CloseListItem(dd: true);
                ClosePInButtonScope();
                break;
            case "a":
                if (_openA > 0)
                {
                    int open = FindInScope("a", Scope.Default);
                    if (open >= 0) PopTo(open);
                }
                break;
            case "table":
                if (!_quirks) ClosePInButtonScope();
                if (Current.LocalName is "table" or "tbody" or "thead" or "tfoot" or "tr")
                {
                    int table = FindInScope("table", Scope.Table);
                    if (table > 1) PopTo(table);
                }
                break;
            case "tr":
                if (!OpenTableContext(cell: false))
                {
                    Drop(attributeStart);
                    return;
                }
                break;
            case "td" or "th":
                if (!OpenTableContext(cell: true))
                {
                    Drop(attributeStart);
                    return;
                }
                break;
            case "tbody" or "thead" or "tfoot" or "caption" or "colgroup":
                int owner = FindInScope("table", Scope.Table);
                if (owner < 0)
                {
                    Drop(attributeStart);
                    return;
                }
                PopTo(owner + 1);
                break;
            case "option":
                if ((object)Current.LocalName == "option") PopTo(_count - 1);
                break;
            case "optgroup":
                if ((object)Current.LocalName == "option") PopTo(_count - 1);
                if ((object)Current.LocalName == "optgroup") PopTo(_count - 1);
                break;
            default:
                if ((traits & HtmlTagTraits.ClosesParagraph) != 0) ClosePInButtonScope();
                if ((traits & HtmlTagTraits.Heading) != 0 && (Current.Traits & HtmlTagTraits.Heading) != 0) PopTo(_count - 1);
                break;
        }
        // implied table elements may have taken the last levels
        if (_count > _maxDepth) BeyondLimit(name, traits, attributeStart, attributeCount, selfClosing);
        else Insert(name, traits, attributeStart, attributeCount, selfClosing);
    }

    /// <summary>A start tag deeper than the limit: leaves are kept (a script's text must stay a script's), other tags are dropped and counted.</summary>
    private void BeyondLimit(string name, HtmlTagTraits traits, int attributeStart, int attributeCount, bool selfClosing)
    {
        const HtmlTagTraits leaf = HtmlTagTraits.Void | HtmlTagTraits.RawText | HtmlTagTraits.RcData | HtmlTagTraits.PlainText;
        _document.DepthExceeded = true;
        if ((traits & leaf) != 0)
        {
            Insert(name, traits, attributeStart, attributeCount);
            return;
        }
        if ((traits & HtmlTagTraits.ImpliedEnd) == 0 && !selfClosing) _phantom++;
        Drop(attributeStart);
    }

    /// <summary>Closes the open cells or rows of the table in scope and implies tbody (and tr for a cell); false when no table is open.</summary>
    private bool OpenTableContext(bool cell)
    {
        int table = FindInScope("table", Scope.Table);
        if (table < 0) return false;
        int keep = table;
        for (int i = _count - 1; i > table; i--)
        {
            var name = _stack[i].LocalName;
            if (name is "tbody" or "thead" or "tfoot" || (cell && (object)name == "tr"))
            {
                keep = i;
                break;
            }
        }
        PopTo(keep + 1);
        if (_count > _maxDepth) return true;
        if ((object)Current.LocalName == "table") Insert("tbody", HtmlTagTraits.Special | HtmlTagTraits.ImpliedEnd, _document.AttributeCount, 0);
        if (cell && (object)Current.LocalName != "tr" && _count <= _maxDepth) Insert("tr", HtmlTagTraits.Special | HtmlTagTraits.ImpliedEnd, _document.AttributeCount, 0);
        return true;
    }

    private void CloseListItem(bool dd)
    {
        for (int i = _count - 1; i > 1; i--)
        {
            var element = _stack[i];
            var name = element.LocalName;
            if (dd ? name is "dd" or "dt" : (object)name == "li")
            {
                PopTo(i);
                return;
            }
            if ((element.Traits & HtmlTagTraits.Special) != 0 && name is not ("address" or "div" or "p")) return;
        }
    }

    private void ClosePInButtonScope()
    {
        if (_openP == 0) return;
        int p = FindInScope("p", Scope.Button);
        if (p >= 0) PopTo(p);
    }

    /// <summary>The stack index of the nearest open element named <paramref name="name"/> within <paramref name="scope"/>, or -1.</summary>
    private int FindInScope(string name, Scope scope)
    {
        for (int i = _count - 1; i >= 0; i--)
        {
            var element = _stack[i];
            var local = element.LocalName;
            if (string.Equals(local, name, StringComparison.Ordinal)) return i;
            if (scope == Scope.Table)
            {
                if (local is "html" or "table" or "template") return -1;
                continue;
            }
            if ((element.Traits & HtmlTagTraits.ScopeBoundary) != 0) return -1;
            if (scope == Scope.ListItem && local is "ol" or "ul") return -1;
            if (scope == Scope.Button && (object)local == "button") return -1;
        }
        return -1;
    }

    private int FindHeadingInScope()
    {
        for (int i = _count - 1; i >= 0; i--)
        {
            var traits = _stack[i].Traits;
            if ((traits & HtmlTagTraits.Heading) != 0) return i;
            if ((traits & HtmlTagTraits.ScopeBoundary) != 0) return -1;
        }
        return -1;
    }

    /// <summary>True when an element named <paramref name="name"/> (tag id <paramref name="id"/>) is open.</summary>
    private bool IsOpen(string name, int id) =>
        id >= 0 ? _openById[id] > 0 : _openUnknown is not null && _openUnknown.GetValueOrDefault(name) > 0;

    private void EndTag(string name, HtmlTagTraits traits, int id)
    {
        var current = Current;
        // the end of a raw-text element (even one kept beyond the depth limit)
        if ((current.Traits & (HtmlTagTraits.RawText | HtmlTagTraits.RcData)) != 0 && string.Equals(current.LocalName, name, StringComparison.Ordinal))
        {
            PopTo(_count - 1);
            return;
        }
        if (!_inBody)
        {
            if (string.Equals(current.LocalName, name, StringComparison.Ordinal) && _count > 2) PopTo(_count - 1);
            return;
        }
        if (_phantom > 0)
        {
            if ((traits & (HtmlTagTraits.ImpliedEnd | HtmlTagTraits.Void)) == 0) _phantom--;
            return;
        }
        if (current.IsForeign)
        {
            for (int i = _count - 1; i > 1 && _stack[i].IsForeign; i--)
            {
                if (string.Equals(_stack[i].LocalName, name, StringComparison.Ordinal))
                {
                    PopTo(i);
                    return;
                }
            }
        }
        // nothing of that name is open: nothing to close, and no need to walk the stack
        if (name is not "br" && ((traits & HtmlTagTraits.Heading) != 0 ? _openHeadings == 0 : !IsOpen(name, id))) return;
        // the same end tag found nothing to close and the stack has not changed since: a repeated stray tag costs no walk
        if (id >= 0 ? _missedAt[id] == _version : _unknownMissedAt is not null && _unknownMissedAt.GetValueOrDefault(name) == _version) return;
        int at;
        switch (name)
        {
            case "body" or "html" or "head":
                return;
            case "br":
                if (_count <= _maxDepth) Insert("br", HtmlTagTraits.Void | HtmlTagTraits.Special, _document.AttributeCount, 0);
                return;
            case "p":
                at = _openP > 0 ? FindInScope("p", Scope.Button) : -1;
                break;
            case "li":
                at = FindInScope("li", Scope.ListItem);
                break;
            case "td" or "th" or "tr" or "tbody" or "thead" or "tfoot" or "table" or "caption" or "colgroup":
                at = FindInScope(name, Scope.Table);
                break;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                at = FindHeadingInScope();
                break;
            default:
                if ((traits & HtmlTagTraits.Special) != 0)
                {
                    at = FindInScope(name, Scope.Default);
                    break;
                }
                at = -1;
                // an inline end tag closes the nearest element of its name, never across a block
                for (int i = _count - 1; i > 1; i--)
                {
                    var element = _stack[i];
                    if (string.Equals(element.LocalName, name, StringComparison.Ordinal))
                    {
                        at = i;
                        break;
                    }
                    if ((element.Traits & HtmlTagTraits.Special) != 0) break;
                }
                break;
        }
        if (at > 1)
        {
            PopTo(at);
            return;
        }
        if (id >= 0) _missedAt[id] = _version;
        else (_unknownMissedAt ??= new Dictionary<string, int>(StringComparer.Ordinal))[name] = _version;
    }
}
