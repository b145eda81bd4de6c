using System.Buffers;

namespace NewsParse.Html.Dom;

/// <summary>
/// Builds the light tree from <see cref="HtmlTokenizer"/>'s tokens by the standard's tree construction (HTML Living
/// Standard §13.2.6): the insertion modes, the stack of open elements and its scopes, implied end tags, the list of
/// active formatting elements and the adoption agency, foster parenting, the form element pointer, templates,
/// framesets and foreign content; the quirks mode comes from the doctype (§13.2.6.4.1); scripting is off. This file
/// holds the machinery; the rules of the insertion modes are in the other parts of the class, each citing its section.
/// <para>
/// Deliberate deviations, kept because they read pages better: an element whose end is implied by a "special"
/// element's end (a block's) takes its formatting elements with it, so they are not reopened in the blocks after it
/// (the standard reconstructs them, and an unclosed &lt;b&gt; can make a whole page bold); within a block, formatting
/// elements closed by the adoption agency are reopened as the standard says. Comments and the doctype are not kept;
/// carriage returns are not normalised; SVG and MathML names and attribute names are read lower-case, as written.
/// </para>
/// <para>
/// Elements nest at most the depth limit below the root: deeper start tags are dropped (counted, so their end tags are
/// dropped too) and their text stays in the element at the limit; a start tag that implies table elements needs
/// room for them. Every step is bounded by the depth limit (the stack and the list of active formatting elements
/// after its last marker are, and an end tag with nothing of its name open costs no walk), each node is moved by the
/// adoption agency at most once per move of its parent, so building is linear in the page; nothing recurses.
/// One page, one thread.
/// </para>
/// </summary>
internal sealed partial class HtmlTreeBuilder
{
    private enum Scope : byte { Default, ListItem, Button, Table, Select }

    /// <summary>ASCII white space as the standard counts it: tab, LF, FF, CR, space.</summary>
    private static readonly SearchValues<char> Space = SearchValues.Create(" \n\t\r\f");

    /// <summary>White space and U+0000 (which HTML content ignores).</summary>
    private static readonly SearchValues<char> SpaceOrNull = SearchValues.Create(" \n\t\r\f\0");

    private readonly HtmlDocument _document;
    private readonly HtmlTokenizer _tokenizer;
    private readonly int _maxDepth;

    /// <summary>The stack of open elements (index 0 the html element).</summary>
    private HtmlElement[] _stack = new HtmlElement[64];
    private readonly HtmlNodePool _nodes = HtmlNodePool.ForThread;
    private int _count;
    /// <summary>Open HTML elements by tag id, so that an end tag with nothing to close is dropped without walking the stack.</summary>
    private readonly int[] _openById = new int[HtmlTagTable.Count];
    private Dictionary<string, int>? _openUnknown;
    private int _openHeadings;
    /// <summary>Counts changes of the stack; <see cref="_missedAt"/> remembers, per tag id, the count at which an end tag found nothing to close in scope.</summary>
    private int _version = 1;
    private readonly int[] _missedAt = new int[HtmlTagTable.Count];
    private Dictionary<string, int>? _unknownMissedAt;

    private HtmlInsertionMode _mode = HtmlInsertionMode.Initial;
    private HtmlInsertionMode _originalMode;
    private List<HtmlInsertionMode>? _templateModes;
    private HtmlElement? _head;
    private HtmlElement? _form;
    private bool _framesetOk = true;
    private bool _fosterParenting;
    private bool _skipNewline;
    private int _phantom;

    /// <summary>The part of the current text token still to be processed (a mode may take its leading white space and leave the rest to the next).</summary>
    private int _textStart, _textLength;

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

    /// <summary>The current node: the top of the stack of open elements (kept in a field: every token reads it).</summary>
    private HtmlElement Current => _current;

    private HtmlElement _current = null!;

    /// <summary>Reads the current node from the stack again after the stack changed below its top.</summary>
    private void SetCurrent() => _current = _count > 0 ? _stack[_count - 1] : null!;

    private ReadOnlySpan<char> Source => _document.Source.Span;

    private void Run()
    {
        var tokenizer = _tokenizer;
        while (true)
        {
            // CDATA is text only where the adjusted current node is foreign (§13.2.5.42)
            tokenizer.InForeign = _count > 0 && Current.IsForeign;
            bool more = tokenizer.Next();
            bool skipNewline = _skipNewline;
            _skipNewline = false;
            if (!more)
            {
                ProcessEndOfFile();
                break;
            }
            switch (tokenizer.Kind)
            {
                case HtmlTokenKind.Text:
                    _textStart = tokenizer.Start;
                    _textLength = tokenizer.Length;
                    if (skipNewline) SkipNewline();
                    ProcessText();
                    break;
                case HtmlTokenKind.StartTag:
                    ProcessStartTag();
                    break;
                case HtmlTokenKind.EndTag:
                    ProcessEndTag();
                    break;
                case HtmlTokenKind.Doctype:
                    if (_mode == HtmlInsertionMode.Initial)
                    {
                        _document.QuirksMode = HtmlDoctype.ModeOf(Source.Slice(tokenizer.Start, tokenizer.Length), tokenizer.DoctypeClosed);
                        _mode = HtmlInsertionMode.BeforeHtml;
                    }
                    break;
            }
        }
        // Elements never closed end with the page.
        for (int i = 0; i < _count; i++) _stack[i].SourceEnd = Source.Length;
        _document.Body ??= _document.Frameset ?? AppendBody();
    }

    /// <summary>A body for a page that ended in a mode that never made one (only a frameset page has none, and it has its frameset).</summary>
    private HtmlElement AppendBody()
    {
        var body = NewElement("body", HtmlTagId.Body, HtmlNamespace.Html, _document.AttributeCount, 0);
        _document.Root.Append(body);
        return body;
    }

    /// <summary>The newline right after &lt;pre&gt;, &lt;listing&gt; or &lt;textarea&gt; is not content (§13.2.6.4.7): "\n", "\r\n" or "\r".</summary>
    private void SkipNewline()
    {
        var text = Source.Slice(_textStart, _textLength);
        int skip = text.StartsWith("\r\n") ? 2 : text.Length > 0 && text[0] is '\n' or '\r' ? 1 : 0;
        _textStart += skip;
        _textLength -= skip;
    }

    // ---- dispatch (§13.2.6, "tree construction dispatcher") ----

    private void ProcessText()
    {
        // most text: in the body, in an HTML element, after the page's first text (so no frameset), no table around,
        // not starting with U+0000 (a run of it alone is ignored: the general rules)
        if (_mode == HtmlInsertionMode.InBody && !_framesetOk && _textLength > 0 && _current.Namespace == HtmlNamespace.Html
            && Source[_textStart] != '\0')
        {
            ReconstructFormatting();
            bool raw = _tokenizer.IsRaw;
            _current.Append(_nodes.Text(_document.Source, _textStart, _textLength, raw, dropNulls: !raw));
            return;
        }
        while (_textLength > 0)
        {
            if (_count > 0 && _current.Namespace != HtmlNamespace.Html && InForeignContent(startTag: false))
            {
                ForeignText();
                return;
            }
            if (TextIn(_mode)) return;
        }
    }

    private void ProcessStartTag()
    {
        var tokenizer = _tokenizer;
        // text gathered in a table goes in place before any tag
        if (_mode == HtmlInsertionMode.InTableText) InTableTextOther();
        if (_phantom > 0 || (_count > 0 && Current.Depth + 1 + ImpliedLevels(tokenizer.TagId) > _maxDepth))
        {
            BeyondLimit();
            return;
        }
        // most tags: in the body, in an HTML element
        if (_mode == HtmlInsertionMode.InBody && _count > 0 && _current.Namespace == HtmlNamespace.Html && InBodyStartTag()) return;
        bool byMode = false;
        while (true)
        {
            // a foreign tag that breaks out of foreign content is then read by the insertion mode
            if (!byMode && _count > 0 && _current.Namespace != HtmlNamespace.Html && InForeignContent(startTag: true))
            {
                if (ForeignStartTag()) return;
                byMode = true;
                continue;
            }
            byMode = false;
            if (StartTagIn(_mode)) return;
        }
    }

    private void ProcessEndTag()
    {
        if (_mode == HtmlInsertionMode.InTableText) InTableTextOther();
        if (_mode == HtmlInsertionMode.Text)
        {
            TextEndTag();
            return;
        }
        if (_phantom > 0)
        {
            if ((_tokenizer.Traits & (HtmlTagTraits.ImpliedEnd | HtmlTagTraits.Void)) == 0) _phantom--;
            return;
        }
        // end tags are read by the rules of foreign content wherever the current node is foreign
        if (_count > 0 && Current.IsForeign)
        {
            ForeignEndTag();
            return;
        }
        ProcessEndTagByMode();
    }

    /// <summary>Processes the end tag by the rules of the current insertion mode (as HTML content), again in the new mode when a rule says so.</summary>
    private void ProcessEndTagByMode()
    {
        if (_mode == HtmlInsertionMode.InBody && InBodyEndTag()) return;
        while (!EndTagIn(_mode)) { }
    }

    private void ProcessEndOfFile()
    {
        while (!EndOfFileIn(_mode)) { }
    }

    private bool TextIn(HtmlInsertionMode mode) => mode switch
    {
        HtmlInsertionMode.Initial => InitialText(),
        HtmlInsertionMode.BeforeHtml => BeforeHtmlText(),
        HtmlInsertionMode.BeforeHead => BeforeHeadText(),
        HtmlInsertionMode.InHead => InHeadText(),
        HtmlInsertionMode.InHeadNoscript => InHeadNoscriptText(),
        HtmlInsertionMode.AfterHead => AfterHeadText(),
        HtmlInsertionMode.InBody or HtmlInsertionMode.InCaption or HtmlInsertionMode.InCell or HtmlInsertionMode.InTemplate => InBodyText(),
        HtmlInsertionMode.Text => TextText(),
        HtmlInsertionMode.InTable or HtmlInsertionMode.InTableBody or HtmlInsertionMode.InRow => InTableText(),
        HtmlInsertionMode.InTableText => InTableTextText(),
        HtmlInsertionMode.InColumnGroup => InColumnGroupText(),
        HtmlInsertionMode.InSelect or HtmlInsertionMode.InSelectInTable => InSelectText(),
        HtmlInsertionMode.AfterBody or HtmlInsertionMode.AfterAfterBody => AfterBodyText(),
        _ => InFramesetText(),
    };

    private bool StartTagIn(HtmlInsertionMode mode) => mode switch
    {
        HtmlInsertionMode.Initial => InitialOther(),
        HtmlInsertionMode.BeforeHtml => BeforeHtmlStartTag(),
        HtmlInsertionMode.BeforeHead => BeforeHeadStartTag(),
        HtmlInsertionMode.InHead => InHeadStartTag(),
        HtmlInsertionMode.InHeadNoscript => InHeadNoscriptStartTag(),
        HtmlInsertionMode.AfterHead => AfterHeadStartTag(),
        HtmlInsertionMode.InBody => InBodyStartTag(),
        HtmlInsertionMode.InTable => InTableStartTag(),
        HtmlInsertionMode.InTableText => InTableTextOther(),
        HtmlInsertionMode.InCaption => InCaptionStartTag(),
        HtmlInsertionMode.InColumnGroup => InColumnGroupStartTag(),
        HtmlInsertionMode.InTableBody => InTableBodyStartTag(),
        HtmlInsertionMode.InRow => InRowStartTag(),
        HtmlInsertionMode.InCell => InCellStartTag(),
        HtmlInsertionMode.InSelect => InSelectStartTag(),
        HtmlInsertionMode.InSelectInTable => InSelectInTableStartTag(),
        HtmlInsertionMode.InTemplate => InTemplateStartTag(),
        HtmlInsertionMode.AfterBody => AfterBodyStartTag(),
        HtmlInsertionMode.InFrameset => InFramesetStartTag(),
        HtmlInsertionMode.AfterFrameset => AfterFramesetStartTag(),
        HtmlInsertionMode.AfterAfterBody => AfterAfterBodyStartTag(),
        HtmlInsertionMode.AfterAfterFrameset => AfterAfterFramesetStartTag(),
        _ => true,
    };

    private bool EndTagIn(HtmlInsertionMode mode) => mode switch
    {
        HtmlInsertionMode.Initial => InitialOther(),
        HtmlInsertionMode.BeforeHtml => BeforeHtmlEndTag(),
        HtmlInsertionMode.BeforeHead => BeforeHeadEndTag(),
        HtmlInsertionMode.InHead => InHeadEndTag(),
        HtmlInsertionMode.InHeadNoscript => InHeadNoscriptEndTag(),
        HtmlInsertionMode.AfterHead => AfterHeadEndTag(),
        HtmlInsertionMode.InBody => InBodyEndTag(),
        HtmlInsertionMode.Text => TextEndTag(),
        HtmlInsertionMode.InTable => InTableEndTag(),
        HtmlInsertionMode.InTableText => InTableTextOther(),
        HtmlInsertionMode.InCaption => InCaptionEndTag(),
        HtmlInsertionMode.InColumnGroup => InColumnGroupEndTag(),
        HtmlInsertionMode.InTableBody => InTableBodyEndTag(),
        HtmlInsertionMode.InRow => InRowEndTag(),
        HtmlInsertionMode.InCell => InCellEndTag(),
        HtmlInsertionMode.InSelect => InSelectEndTag(),
        HtmlInsertionMode.InSelectInTable => InSelectInTableEndTag(),
        HtmlInsertionMode.InTemplate => InTemplateEndTag(),
        HtmlInsertionMode.AfterBody => AfterBodyEndTag(),
        HtmlInsertionMode.InFrameset => InFramesetEndTag(),
        HtmlInsertionMode.AfterFrameset => AfterFramesetEndTag(),
        HtmlInsertionMode.AfterAfterBody => AfterAfterBodyOther(),
        _ => true,
    };

    private bool EndOfFileIn(HtmlInsertionMode mode) => mode switch
    {
        HtmlInsertionMode.Initial => InitialOther(),
        HtmlInsertionMode.BeforeHtml => BeforeHtmlOther(),
        HtmlInsertionMode.BeforeHead => BeforeHeadOther(),
        HtmlInsertionMode.InHead => InHeadOther(),
        HtmlInsertionMode.InHeadNoscript => InHeadNoscriptOther(),
        HtmlInsertionMode.AfterHead => AfterHeadOther(),
        HtmlInsertionMode.InBody or HtmlInsertionMode.InTable or HtmlInsertionMode.InCaption or HtmlInsertionMode.InColumnGroup
            or HtmlInsertionMode.InTableBody or HtmlInsertionMode.InRow or HtmlInsertionMode.InCell or HtmlInsertionMode.InSelect
            or HtmlInsertionMode.InSelectInTable => InBodyEndOfFile(),
        HtmlInsertionMode.Text => TextEndOfFile(),
        HtmlInsertionMode.InTableText => InTableTextOther(),
        HtmlInsertionMode.InTemplate => InTemplateEndOfFile(),
        _ => true,
    };

    // ---- the depth limit ----

    /// <summary>
    /// Levels a start tag may need above its own element: a cell or row in a table implies tbody and tr, a col a
    /// colgroup. The limit is on the depth in the tree (the stack of open elements can be deeper: foster-parented
    /// elements stand beside their table); text goes to the element at the limit.
    /// </summary>
    private static int ImpliedLevels(HtmlTagId id) => id is HtmlTagId.Td or HtmlTagId.Th or HtmlTagId.Tr or HtmlTagId.Col ? 2 : 0;

    /// <summary>A start tag deeper than the limit: leaves are kept (a script's text must stay a script's), other tags are dropped and counted.</summary>
    private void BeyondLimit()
    {
        var tokenizer = _tokenizer;
        var traits = tokenizer.Traits;
        _document.DepthExceeded = true;
        if ((traits & HtmlTagTraits.Void) != 0)
        {
            AppendElement(NewElementForToken(HtmlNamespace.Html));
            return;
        }
        if ((traits & (HtmlTagTraits.RawText | HtmlTagTraits.RcData | HtmlTagTraits.PlainText)) != 0)
        {
            InsertRawTextElement(HtmlTokenizer.ContentState(tokenizer.TagId));
            return;
        }
        if ((traits & HtmlTagTraits.ImpliedEnd) == 0 && !tokenizer.SelfClosing) _phantom++;
        DropToken();
    }

    // ---- elements and text ----

    /// <summary>A new element, placed at the current token (its start tag, or the token that implies it); an element that is pushed gets its end when it is popped.</summary>
    private HtmlElement NewElement(string name, HtmlTagId id, HtmlNamespace ns, int attributeStart, int attributeCount) =>
        WithSource(_nodes.Element(_document, name, id, ns, attributeStart, attributeCount, _document.ElementCount++));

    private HtmlElement WithSource(HtmlElement element)
    {
        element.SourceStart = _tokenizer.TokenStart;
        element.SourceEnd = _tokenizer.TokenEnd;
        return element;
    }

    /// <summary>An element for the current start tag, with its attributes.</summary>
    private HtmlElement NewElementForToken(HtmlNamespace ns)
    {
        var t = _tokenizer;
        return NewElement(t.Name, t.TagId, ns, t.AttributeStart, t.AttributeCount);
    }

    /// <summary>A copy of <paramref name="element"/> (name, namespace, the same attributes) made at the current token.</summary>
    private HtmlElement Clone(HtmlElement element) =>
        NewElement(element.LocalName, element.TagId, element.Namespace, element.AttributeStart, element.AttributeCount);

    /// <summary>Forgets the current start tag's attributes (the tag was ignored).</summary>
    private void DropToken()
    {
        if (_tokenizer.Kind == HtmlTokenKind.StartTag && _tokenizer.AttributeStart + _tokenizer.AttributeCount == _document.AttributeCount)
            _document.TruncateAttributes(_tokenizer.AttributeStart);
    }

    /// <summary>Puts <paramref name="element"/> at the appropriate place for inserting a node (§13.2.6.1; foster parenting when it is on).</summary>
    private void AppendElement(HtmlElement element)
    {
        if (!_fosterParenting)
        {
            var current = _current;
            current.Append(element);
            element.Depth = current.Depth + 1;
            return;
        }
        var (parent, before) = InsertionPlace();
        if (before is null) parent.Append(element);
        else parent.InsertBefore(element, before);
        element.Depth = parent.Depth + 1;
    }

    /// <summary>True when an element put in the current node would stand deeper than the limit.</summary>
    private bool AtDepthLimit => Current.Depth >= _maxDepth;

    /// <summary>
    /// The appropriate place for inserting a node (§13.2.6.1): the end of the current node, or with foster parenting
    /// on and a table, tbody, tfoot, thead or tr current, right before the last open table (in the last open template
    /// when it is later on the stack).
    /// </summary>
    private (HtmlElement Parent, HtmlNode? Before) InsertionPlace(HtmlElement? overrideTarget = null)
    {
        var target = overrideTarget ?? Current;
        if (!_fosterParenting || target.Namespace != HtmlNamespace.Html
            || target.TagId is not (HtmlTagId.Table or HtmlTagId.Tbody or HtmlTagId.Tfoot or HtmlTagId.Thead or HtmlTagId.Tr))
            return (target, null);
        int lastTable = -1, lastTemplate = -1;
        for (int i = _count - 1; i >= 0 && (lastTable < 0 || lastTemplate < 0); i--)
        {
            var e = _stack[i];
            if (e.Namespace != HtmlNamespace.Html) continue;
            if (e.TagId == HtmlTagId.Table && lastTable < 0) lastTable = i;
            else if (e.TagId == HtmlTagId.Template && lastTemplate < 0) lastTemplate = i;
        }
        if (lastTemplate >= 0 && (lastTable < 0 || lastTemplate > lastTable)) return (_stack[lastTemplate], null);
        if (lastTable < 0) return (_stack[0], null);
        var table = _stack[lastTable];
        if (table.Parent is { } parent) return (parent, table);
        return (_stack[lastTable - 1], null);
    }

    /// <summary>Inserts an HTML element for the current start tag and pushes it (§13.2.6.1, "insert an HTML element"); null when the depth limit dropped it.</summary>
    private HtmlElement? InsertHtmlElement()
    {
        if (AtDepthLimit)
        {
            BeyondLimit();
            return null;
        }
        var element = NewElementForToken(HtmlNamespace.Html);
        AppendElement(element);
        Push(element);
        return element;
    }

    /// <summary>Inserts an HTML element for the current start tag that holds nothing (void, or an ignored self-closing flag does not matter): not pushed.</summary>
    private void InsertVoidElement()
    {
        AppendElement(NewElementForToken(HtmlNamespace.Html));
    }

    /// <summary>Inserts and pushes an HTML element no tag gave (html, head, body, tbody, tr, colgroup, p): never dropped by the depth limit, which start tags reserve room for.</summary>
    private HtmlElement InsertImplied(HtmlTagId id)
    {
        var element = NewElement(HtmlTagTable.NameOf(id), id, HtmlNamespace.Html, _document.AttributeCount, 0);
        AppendElement(element);
        Push(element);
        return element;
    }

    /// <summary>
    /// Inserts an element whose content is text (§13.2.6.2, the generic raw text and RCDATA parsing algorithms; script,
    /// plaintext): the tokenizer reads its content as <paramref name="state"/>, the builder in the text mode.
    /// Kept beyond the depth limit, so that its content is never read as markup.
    /// </summary>
    private void InsertRawTextElement(HtmlTextState state)
    {
        var element = NewElementForToken(HtmlNamespace.Html);
        AppendElement(element);
        Push(element);
        _tokenizer.SwitchTo(state, element.LocalName);
        if (state == HtmlTextState.PlainText) return;
        _originalMode = _mode;
        _mode = HtmlInsertionMode.Text;
    }

    /// <summary>Inserts the text <paramref name="start"/>, <paramref name="length"/> at the appropriate place (§13.2.6.1, "insert a character").</summary>
    private void InsertText(int start, int length, bool raw, bool dropNulls)
    {
        if (length == 0) return;
        var text = _nodes.Text(_document.Source, start, length, raw, dropNulls);
        if (!_fosterParenting)
        {
            _current.Append(text);
            return;
        }
        var (parent, before) = InsertionPlace();
        if (before is null) parent.Append(text);
        else parent.InsertBefore(text, before);
    }

    /// <summary>Inserts the whole current text (a U+0000 is dropped from markup's text, replaced in plaintext's).</summary>
    private bool InsertCurrentText()
    {
        bool raw = _tokenizer.IsRaw;
        InsertText(_textStart, _textLength, raw, dropNulls: !raw);
        _textLength = 0;
        return true;
    }

    /// <summary>Inserts the leading white space of the current text (if any) and leaves the rest; true when nothing is left.</summary>
    private bool InsertLeadingSpace()
    {
        int space = LeadingSpace();
        InsertText(_textStart, space, raw: false, dropNulls: true);
        _textStart += space;
        _textLength -= space;
        return _textLength == 0;
    }

    /// <summary>Drops the leading white space of the current text; true when nothing is left.</summary>
    private bool SkipLeadingSpace()
    {
        int space = LeadingSpace();
        _textStart += space;
        _textLength -= space;
        return _textLength == 0;
    }

    /// <summary>How many characters of ASCII white space (tab, LF, FF, CR, space) open the current text.</summary>
    private int LeadingSpace()
    {
        var text = Source.Slice(_textStart, _textLength);
        int i = text.IndexOfAnyExcept(Space);
        return i < 0 ? text.Length : i;
    }

    /// <summary>True when the current text holds something other than white space and U+0000 (which the body ignores).</summary>
    private bool TextHasContent() => Source.Slice(_textStart, _textLength).IndexOfAnyExcept(SpaceOrNull) >= 0;

    /// <summary>Most attributes a repeated &lt;html&gt; or &lt;body&gt; tag may bring to the element (each merge copies them: a bound keeps the page linear).</summary>
    private const int MaxMergedAttributes = 64;

    /// <summary>Adds the current start tag's attributes that <paramref name="element"/> lacks (a repeated &lt;html&gt; or &lt;body&gt;), up to <see cref="MaxMergedAttributes"/>.</summary>
    private void AddMissingAttributes(HtmlElement element)
    {
        var t = _tokenizer;
        if (t.AttributeCount == 0) return;
        if (element.AttributeCount == 0)
        {
            element.SetAttributes(t.AttributeStart, Math.Min(t.AttributeCount, MaxMergedAttributes));
            return;
        }
        if (element.AttributeCount >= MaxMergedAttributes) return;
        // the element's attributes, then the tag's new ones, copied after both
        int start = _document.AttributeCount;
        for (int i = 0; i < element.AttributeCount; i++) _document.AddAttribute(_document.Attributes[element.AttributeStart + i]);
        for (int i = 0; i < t.AttributeCount && _document.AttributeCount - start < MaxMergedAttributes; i++)
        {
            var added = _document.Attributes[t.AttributeStart + i];
            var name = Source.Slice(added.NameStart, added.NameLength);
            bool present = false;
            for (int j = start; j < _document.AttributeCount && !present; j++)
            {
                var old = _document.Attributes[j];
                present = Source.Slice(old.NameStart, old.NameLength).Equals(name, StringComparison.OrdinalIgnoreCase);
            }
            if (!present) _document.AddAttribute(added);
        }
        element.SetAttributes(start, _document.AttributeCount - start);
    }

    /// <summary>The raw value of the current start tag's first attribute named <paramref name="name"/> (ASCII case-insensitive); false when it has none.</summary>
    private bool TokenAttribute(string name, out ReadOnlySpan<char> value)
    {
        var t = _tokenizer;
        var source = Source;
        for (int i = t.AttributeStart, end = t.AttributeStart + t.AttributeCount; i < end; i++)
        {
            ref readonly var attribute = ref _document.Attributes[i];
            if (attribute.NameLength == name.Length && source.Slice(attribute.NameStart, attribute.NameLength).Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                value = source.Slice(attribute.ValueStart, attribute.ValueLength);
                return true;
            }
        }
        value = default;
        return false;
    }

    // ---- the stack of open elements ----

    private void Push(HtmlElement element)
    {
        if (_count == _stack.Length) Array.Resize(ref _stack, _stack.Length * 2);
        _stack[_count++] = element;
        _current = element;
        Track(element);
    }

    /// <summary>Counts <paramref name="element"/>, just put on the stack, among the open elements.</summary>
    private void Track(HtmlElement element)
    {
        element.OnStack = true;
        _version++;
        if (element.Namespace != HtmlNamespace.Html) return;
        if (element.TagId != HtmlTagId.Unknown) _openById[(int)element.TagId]++;
        else
        {
            _openUnknown ??= new Dictionary<string, int>(StringComparer.Ordinal);
            _openUnknown[element.LocalName] = _openUnknown.GetValueOrDefault(element.LocalName) + 1;
        }
        if ((element.Traits & HtmlTagTraits.Heading) != 0) _openHeadings++;
    }

    /// <summary>Forgets <paramref name="element"/> in the counts of open elements and gives it its end in the page.</summary>
    private void Forget(HtmlElement element) => Forget(element, EndOfClosed());

    /// <summary>Where an element closed now ends: an end tag closes what it pops after itself; any other token closes it where the token starts.</summary>
    private int EndOfClosed() => _tokenizer.Kind == HtmlTokenKind.EndTag ? _tokenizer.TokenEnd : _tokenizer.TokenStart;

    private void Forget(HtmlElement element, int end)
    {
        element.SourceEnd = end;
        element.OnStack = false;
        if (element.Namespace != HtmlNamespace.Html) return;
        if (element.TagId != HtmlTagId.Unknown) _openById[(int)element.TagId]--;
        else _openUnknown![element.LocalName]--;
        if ((element.Traits & HtmlTagTraits.Heading) != 0) _openHeadings--;
    }

    /// <summary>
    /// Pops the element at <paramref name="index"/> and everything above it. When a special element (a block) is among
    /// them, the formatting elements closed with it are not reopened after it (the deliberate deviation: see the class).
    /// </summary>
    private void PopTo(int index)
    {
        _version++;
        var traits = HtmlTagTraits.None;
        int end = EndOfClosed();
        for (int i = _count - 1; i >= index; i--)
        {
            var element = _stack[i];
            Forget(element, end);
            traits |= element.Traits;
            _stack[i] = null!;
        }
        bool special = (traits & HtmlTagTraits.Special) != 0;
        _count = index;
        SetCurrent();
        if (special && _formatting.Count > 0) ForgetClosedFormatting();
    }

    private void Pop() => PopTo(_count - 1);

    /// <summary>Pops up to and including the nearest open HTML element <paramref name="id"/> (nothing when none is open).</summary>
    private void PopUntil(HtmlTagId id)
    {
        int at = FindOpen(id);
        if (at >= 0) PopTo(at);
    }

    /// <summary>The stack index of the nearest open HTML element <paramref name="id"/>, or -1.</summary>
    private int FindOpen(HtmlTagId id)
    {
        if (_openById[(int)id] == 0) return -1;
        for (int i = _count - 1; i >= 0; i--)
        {
            if (IsHtml(_stack[i], id)) return i;
        }
        return -1;
    }

    /// <summary>Takes <paramref name="element"/> out of the stack wherever it is.</summary>
    private void RemoveFromStack(HtmlElement element)
    {
        for (int i = _count - 1; i >= 0; i--)
        {
            if (_stack[i] != element) continue;
            Forget(element);
            Array.Copy(_stack, i + 1, _stack, i, _count - i - 1);
            _stack[--_count] = null!;
            _version++;
            SetCurrent();
            return;
        }
    }

    private static bool IsHtml(HtmlElement element, HtmlTagId id) => element.TagId == id && element.Namespace == HtmlNamespace.Html;

    private bool CurrentIs(HtmlTagId id) => IsHtml(Current, id);

    /// <summary>The standard's "special" category (§13.2.4.2), foreign members included.</summary>
    private static bool IsSpecial(HtmlElement element) => (element.Traits & HtmlTagTraits.Special) != 0;

    /// <summary>True when the stack has an HTML element <paramref name="id"/> in <paramref name="scope"/> (§13.2.4.2).</summary>
    private bool InScope(HtmlTagId id, Scope scope) => FindInScope(id, scope) >= 0;

    /// <summary>The traits of the elements that bound each scope (the select scope is the exception: see <see cref="IsScopeBoundary"/>).</summary>
    private static HtmlTagTraits BoundaryOf(Scope scope) => scope switch
    {
        Scope.Default => HtmlTagTraits.ScopeBoundary,
        Scope.ListItem => HtmlTagTraits.ScopeBoundary | HtmlTagTraits.ListScopeBoundary,
        Scope.Button => HtmlTagTraits.ScopeBoundary | HtmlTagTraits.ButtonScopeBoundary,
        _ => HtmlTagTraits.TableScopeBoundary,
    };

    /// <summary>The stack index of the nearest HTML element <paramref name="id"/> in <paramref name="scope"/>, or -1.</summary>
    private int FindInScope(HtmlTagId id, Scope scope)
    {
        if (_openById[(int)id] == 0) return -1;
        if (scope == Scope.Select)
        {
            for (int i = _count - 1; i >= 0; i--)
            {
                var element = _stack[i];
                if (IsHtml(element, id)) return i;
                if (IsScopeBoundary(element, scope)) return -1;
            }
            return -1;
        }
        var boundary = BoundaryOf(scope);
        for (int i = _count - 1; i >= 0; i--)
        {
            var element = _stack[i];
            if (element.TagId == id && element.Namespace == HtmlNamespace.Html) return i;
            if ((element.Traits & boundary) != 0) return -1;
        }
        return -1;
    }

    /// <summary>The stack index of the nearest HTML heading (h1 to h6) in the default scope, or -1.</summary>
    private int FindHeadingInScope()
    {
        if (_openHeadings == 0) return -1;
        for (int i = _count - 1; i >= 0; i--)
        {
            var traits = _stack[i].Traits;
            if ((traits & HtmlTagTraits.Heading) != 0) return i;
            if ((traits & HtmlTagTraits.ScopeBoundary) != 0) return -1;
        }
        return -1;
    }

    private static bool IsScopeBoundary(HtmlElement element, Scope scope) =>
        scope == Scope.Select
            ? !(element.Namespace == HtmlNamespace.Html && element.TagId is HtmlTagId.Optgroup or HtmlTagId.Option)
            : (element.Traits & BoundaryOf(scope)) != 0;

    /// <summary>Pops dd, dt, li, optgroup, option, p, rb, rp, rt and rtc (and with <paramref name="thoroughly"/> the table parts), but not <paramref name="except"/> (§13.2.6.3).</summary>
    private void GenerateImpliedEndTags(HtmlTagId except = HtmlTagId.Unknown, bool thoroughly = false)
    {
        var implied = thoroughly ? HtmlTagTraits.EndImplied | HtmlTagTraits.EndImpliedThoroughly : HtmlTagTraits.EndImplied;
        while (_count > 0)
        {
            var current = _current;
            if ((current.Traits & implied) == 0 || current.TagId == except) return;
            Pop();
        }
    }

    /// <summary>Resets the insertion mode from the stack (§13.2.4.1, "reset the insertion mode appropriately").</summary>
    private void ResetInsertionMode()
    {
        for (int i = _count - 1; i >= 0; i--)
        {
            var node = _stack[i];
            bool last = i == 0;
            if (node.Namespace != HtmlNamespace.Html)
            {
                if (last) _mode = HtmlInsertionMode.InBody;
                continue;
            }
            switch (node.TagId)
            {
                case HtmlTagId.Select:
                    _mode = HtmlInsertionMode.InSelect;
                    for (int j = i - 1; j > 0 && !last; j--)
                    {
                        if (IsHtml(_stack[j], HtmlTagId.Template)) break;
                        if (IsHtml(_stack[j], HtmlTagId.Table))
                        {
                            _mode = HtmlInsertionMode.InSelectInTable;
                            break;
                        }
                    }
                    return;
                case HtmlTagId.Td or HtmlTagId.Th when !last:
                    _mode = HtmlInsertionMode.InCell;
                    return;
                case HtmlTagId.Tr:
                    _mode = HtmlInsertionMode.InRow;
                    return;
                case HtmlTagId.Tbody or HtmlTagId.Thead or HtmlTagId.Tfoot:
                    _mode = HtmlInsertionMode.InTableBody;
                    return;
                case HtmlTagId.Caption:
                    _mode = HtmlInsertionMode.InCaption;
                    return;
                case HtmlTagId.Colgroup:
                    _mode = HtmlInsertionMode.InColumnGroup;
                    return;
                case HtmlTagId.Table:
                    _mode = HtmlInsertionMode.InTable;
                    return;
                case HtmlTagId.Template:
                    _mode = _templateModes is { Count: > 0 } modes ? modes[^1] : HtmlInsertionMode.InBody;
                    return;
                case HtmlTagId.Head when !last:
                    _mode = HtmlInsertionMode.InHead;
                    return;
                case HtmlTagId.Body:
                    _mode = HtmlInsertionMode.InBody;
                    return;
                case HtmlTagId.Frameset:
                    _mode = HtmlInsertionMode.InFrameset;
                    return;
                case HtmlTagId.Html:
                    _mode = _head is null ? HtmlInsertionMode.BeforeHead : HtmlInsertionMode.AfterHead;
                    return;
            }
            if (last) _mode = HtmlInsertionMode.InBody;
        }
    }

    /// <summary>True when an HTML element named as the current end tag is open (a walk would find nothing otherwise).</summary>
    private bool IsOpen(HtmlTagId id, string name) =>
        id != HtmlTagId.Unknown ? _openById[(int)id] > 0 : _openUnknown is not null && _openUnknown.GetValueOrDefault(name) > 0;

    private bool TemplateOpen => _openById[(int)HtmlTagId.Template] > 0;
}
