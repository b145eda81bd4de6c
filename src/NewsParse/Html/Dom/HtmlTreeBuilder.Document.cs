namespace NewsParse.Html.Dom;

/// <summary>The insertion modes around the body (§13.2.6.4.1-6, 8, 19-23): before and in the head, after the body, framesets, and the text of raw-text elements.</summary>
internal sealed partial class HtmlTreeBuilder
{
    // ---- §13.2.6.4.1 initial ----

    private bool InitialText()
    {
        if (SkipLeadingSpace()) return true;
        return InitialOther();
    }

    /// <summary>Anything but white space or a doctype first: no doctype, so quirks mode.</summary>
    private bool InitialOther()
    {
        _document.QuirksMode = HtmlQuirksMode.Quirks;
        _mode = HtmlInsertionMode.BeforeHtml;
        return false;
    }

    // ---- §13.2.6.4.2 before html ----

    private bool BeforeHtmlText()
    {
        if (SkipLeadingSpace()) return true;
        return BeforeHtmlOther();
    }

    private bool BeforeHtmlStartTag()
    {
        if (_tokenizer.TagId != HtmlTagId.Html) return BeforeHtmlOther();
        var html = NewElementForToken(HtmlNamespace.Html);
        _document.Root = html;
        Push(html);
        _mode = HtmlInsertionMode.BeforeHead;
        return true;
    }

    private bool BeforeHtmlEndTag() =>
        _tokenizer.TagId is HtmlTagId.Head or HtmlTagId.Body or HtmlTagId.Html or HtmlTagId.Br ? BeforeHtmlOther() : true;

    private bool BeforeHtmlOther()
    {
        var html = NewElement("html", HtmlTagId.Html, HtmlNamespace.Html, _document.AttributeCount, 0);
        _document.Root = html;
        Push(html);
        _mode = HtmlInsertionMode.BeforeHead;
        return false;
    }

    // ---- §13.2.6.4.3 before head ----

    private bool BeforeHeadText()
    {
        if (SkipLeadingSpace()) return true;
        return BeforeHeadOther();
    }

    private bool BeforeHeadStartTag()
    {
        switch (_tokenizer.TagId)
        {
            case HtmlTagId.Html:
                return InBodyStartTag();
            case HtmlTagId.Head:
                _head = _document.Head = InsertHtmlElement()!;
                _mode = HtmlInsertionMode.InHead;
                return true;
            default:
                return BeforeHeadOther();
        }
    }

    private bool BeforeHeadEndTag() =>
        _tokenizer.TagId is HtmlTagId.Head or HtmlTagId.Body or HtmlTagId.Html or HtmlTagId.Br ? BeforeHeadOther() : true;

    private bool BeforeHeadOther()
    {
        _head = _document.Head = InsertImplied(HtmlTagId.Head);
        _mode = HtmlInsertionMode.InHead;
        return false;
    }

    // ---- §13.2.6.4.4 in head ----

    private bool InHeadText()
    {
        if (InsertLeadingSpace()) return true;
        return InHeadOther();
    }

    private bool InHeadStartTag()
    {
        switch (_tokenizer.TagId)
        {
            case HtmlTagId.Html:
                return InBodyStartTag();
            case HtmlTagId.Base or HtmlTagId.Basefont or HtmlTagId.Bgsound or HtmlTagId.Link or HtmlTagId.Meta:
                InsertVoidElement();
                return true;
            case HtmlTagId.Title:
                InsertRawTextElement(HtmlTextState.RcData);
                return true;
            case HtmlTagId.Noscript:
                // scripting is off: its content is markup
                if (InsertHtmlElement() is not null) _mode = HtmlInsertionMode.InHeadNoscript;
                return true;
            case HtmlTagId.Noframes or HtmlTagId.Style:
                InsertRawTextElement(HtmlTextState.RawText);
                return true;
            case HtmlTagId.Script:
                InsertRawTextElement(HtmlTextState.ScriptData);
                return true;
            case HtmlTagId.Template:
                if (InsertHtmlElement() is null) return true;
                PushMarker();
                _framesetOk = false;
                _mode = HtmlInsertionMode.InTemplate;
                (_templateModes ??= []).Add(HtmlInsertionMode.InTemplate);
                return true;
            case HtmlTagId.Head:
                DropToken();
                return true;
            default:
                return InHeadOther();
        }
    }

    private bool InHeadEndTag()
    {
        switch (_tokenizer.TagId)
        {
            case HtmlTagId.Head:
                Pop();
                _mode = HtmlInsertionMode.AfterHead;
                return true;
            case HtmlTagId.Body or HtmlTagId.Html or HtmlTagId.Br:
                return InHeadOther();
            case HtmlTagId.Template:
                EndTemplate();
                return true;
            default:
                return true;
        }
    }

    /// <summary>A template end tag (§13.2.6.4.4): closes the open template, its formatting elements and its mode.</summary>
    private void EndTemplate()
    {
        if (!TemplateOpen) return;
        GenerateImpliedEndTags(thoroughly: true);
        PopUntil(HtmlTagId.Template);
        ClearFormattingToMarker();
        if (_templateModes is { Count: > 0 } modes) modes.RemoveAt(modes.Count - 1);
        ResetInsertionMode();
    }

    private bool InHeadOther()
    {
        Pop();
        _mode = HtmlInsertionMode.AfterHead;
        return false;
    }

    // ---- §13.2.6.4.5 in head noscript ----

    private bool InHeadNoscriptText()
    {
        if (InsertLeadingSpace()) return true;
        return InHeadNoscriptOther();
    }

    private bool InHeadNoscriptStartTag() => _tokenizer.TagId switch
    {
        HtmlTagId.Html => InBodyStartTag(),
        HtmlTagId.Basefont or HtmlTagId.Bgsound or HtmlTagId.Link or HtmlTagId.Meta or HtmlTagId.Noframes or HtmlTagId.Style => InHeadStartTag(),
        HtmlTagId.Head or HtmlTagId.Noscript => Ignore(),
        _ => InHeadNoscriptOther(),
    };

    private bool InHeadNoscriptEndTag()
    {
        switch (_tokenizer.TagId)
        {
            case HtmlTagId.Noscript:
                Pop();
                _mode = HtmlInsertionMode.InHead;
                return true;
            case HtmlTagId.Br:
                return InHeadNoscriptOther();
            default:
                return true;
        }
    }

    private bool InHeadNoscriptOther()
    {
        Pop();
        _mode = HtmlInsertionMode.InHead;
        return false;
    }

    /// <summary>Ignores the current start tag.</summary>
    private bool Ignore()
    {
        DropToken();
        return true;
    }

    // ---- §13.2.6.4.6 after head ----

    private bool AfterHeadText()
    {
        if (InsertLeadingSpace()) return true;
        return AfterHeadOther();
    }

    private bool AfterHeadStartTag()
    {
        switch (_tokenizer.TagId)
        {
            case HtmlTagId.Html:
                return InBodyStartTag();
            case HtmlTagId.Body:
                _document.Body = InsertHtmlElement()!;
                _framesetOk = false;
                _mode = HtmlInsertionMode.InBody;
                return true;
            case HtmlTagId.Frameset:
                _document.Frameset = InsertHtmlElement();
                _mode = HtmlInsertionMode.InFrameset;
                return true;
            case HtmlTagId.Base or HtmlTagId.Basefont or HtmlTagId.Bgsound or HtmlTagId.Link or HtmlTagId.Meta or HtmlTagId.Noframes
                or HtmlTagId.Script or HtmlTagId.Style or HtmlTagId.Template or HtmlTagId.Title:
                // head content after the head: put in the head after all
                var head = _head!;
                Push(head);
                InHeadStartTag();
                if (head.OnStack) RemoveFromStack(head);
                return true;
            case HtmlTagId.Head:
                return Ignore();
            default:
                return AfterHeadOther();
        }
    }

    private bool AfterHeadEndTag() => _tokenizer.TagId switch
    {
        HtmlTagId.Template => InHeadEndTag(),
        HtmlTagId.Body or HtmlTagId.Html or HtmlTagId.Br => AfterHeadOther(),
        _ => true,
    };

    private bool AfterHeadOther()
    {
        _document.Body = InsertImplied(HtmlTagId.Body);
        _mode = HtmlInsertionMode.InBody;
        return false;
    }

    // ---- §13.2.6.4.8 text ----

    private bool TextText()
    {
        InsertText(_textStart, _textLength, _tokenizer.IsRaw, dropNulls: false);
        _textLength = 0;
        return true;
    }

    private bool TextEndTag()
    {
        Pop();
        _mode = _originalMode;
        return true;
    }

    private bool TextEndOfFile()
    {
        Pop();
        _mode = _originalMode;
        return false;
    }

    // ---- §13.2.6.4.19 after body, §13.2.6.4.22 after after body ----

    private bool AfterBodyText()
    {
        if (LeadingSpace() == _textLength) return InBodyText();
        _mode = HtmlInsertionMode.InBody;
        return false;
    }

    private bool AfterBodyStartTag()
    {
        if (_tokenizer.TagId == HtmlTagId.Html) return InBodyStartTag();
        _mode = HtmlInsertionMode.InBody;
        return false;
    }

    private bool AfterBodyEndTag()
    {
        if (_tokenizer.TagId == HtmlTagId.Html)
        {
            _mode = HtmlInsertionMode.AfterAfterBody;
            return true;
        }
        _mode = HtmlInsertionMode.InBody;
        return false;
    }

    private bool AfterAfterBodyStartTag() => AfterBodyStartTag();

    private bool AfterAfterBodyOther()
    {
        _mode = HtmlInsertionMode.InBody;
        return false;
    }

    // ---- §13.2.6.4.20 in frameset, §13.2.6.4.21 after frameset, §13.2.6.4.23 after after frameset ----

    /// <summary>In a frameset only white space is kept, each run of it where it stands.</summary>
    private bool InFramesetText()
    {
        var text = Source.Slice(_textStart, _textLength);
        int at = 0;
        while (at < text.Length)
        {
            int start = text[at..].IndexOfAny(Space);
            if (start < 0) break;
            start += at;
            int length = text[start..].IndexOfAnyExcept(Space);
            if (length < 0) length = text.Length - start;
            InsertText(_textStart + start, length, raw: false, dropNulls: true);
            at = start + length;
        }
        _textLength = 0;
        return true;
    }

    private bool InFramesetStartTag()
    {
        switch (_tokenizer.TagId)
        {
            case HtmlTagId.Html:
                return InBodyStartTag();
            case HtmlTagId.Frameset:
                InsertHtmlElement();
                return true;
            case HtmlTagId.Frame:
                InsertVoidElement();
                return true;
            case HtmlTagId.Noframes:
                return InHeadStartTag();
            default:
                return Ignore();
        }
    }

    private bool InFramesetEndTag()
    {
        if (_tokenizer.TagId != HtmlTagId.Frameset || _count <= 1) return true;
        Pop();
        if (!CurrentIs(HtmlTagId.Frameset)) _mode = HtmlInsertionMode.AfterFrameset;
        return true;
    }

    private bool AfterFramesetStartTag() => _tokenizer.TagId switch
    {
        HtmlTagId.Html => InBodyStartTag(),
        HtmlTagId.Noframes => InHeadStartTag(),
        _ => Ignore(),
    };

    private bool AfterFramesetEndTag()
    {
        if (_tokenizer.TagId == HtmlTagId.Html) _mode = HtmlInsertionMode.AfterAfterFrameset;
        return true;
    }

    private bool AfterAfterFramesetStartTag() => AfterFramesetStartTag();
}
