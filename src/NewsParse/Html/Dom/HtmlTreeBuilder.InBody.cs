namespace NewsParse.Html.Dom;

/// <summary>The "in body" insertion mode (§13.2.6.4.7), where almost every page spends its tags.</summary>
internal sealed partial class HtmlTreeBuilder
{
    private bool InBodyText()
    {
        var text = Source.Slice(_textStart, _textLength);
        // a run of U+0000 only is ignored; anything but white space means the page is no frameset
        if (text[0] == '\0' && text.IndexOfAnyExcept('\0') < 0)
        {
            _textLength = 0;
            return true;
        }
        if (_framesetOk && TextHasContent()) _framesetOk = false;
        ReconstructFormatting();
        return InsertCurrentText();
    }

    private bool InBodyStartTag()
    {
        var t = _tokenizer;
        var id = t.TagId;
        switch (id)
        {
            case HtmlTagId.Html:
                if (!TemplateOpen) AddMissingAttributes(_stack[0]);
                return true;
            case HtmlTagId.Base or HtmlTagId.Basefont or HtmlTagId.Bgsound or HtmlTagId.Link or HtmlTagId.Meta or HtmlTagId.Noframes
                or HtmlTagId.Script or HtmlTagId.Style or HtmlTagId.Template or HtmlTagId.Title:
                return InHeadStartTag();
            case HtmlTagId.Body:
                if (_count < 2 || !IsHtml(_stack[1], HtmlTagId.Body) || TemplateOpen) return Ignore();
                _framesetOk = false;
                AddMissingAttributes(_stack[1]);
                return true;
            case HtmlTagId.Frameset:
                if (_count < 2 || !IsHtml(_stack[1], HtmlTagId.Body) || !_framesetOk) return Ignore();
                _stack[1].Parent?.Remove(_stack[1]);
                PopTo(1);
                _document.Body = null!;
                _document.Frameset = InsertHtmlElement();
                _mode = HtmlInsertionMode.InFrameset;
                return true;
            case HtmlTagId.Address or HtmlTagId.Article or HtmlTagId.Aside or HtmlTagId.Blockquote or HtmlTagId.Center or HtmlTagId.Details
                or HtmlTagId.Dialog or HtmlTagId.Dir or HtmlTagId.Div or HtmlTagId.Dl or HtmlTagId.Fieldset or HtmlTagId.Figcaption
                or HtmlTagId.Figure or HtmlTagId.Footer or HtmlTagId.Header or HtmlTagId.Hgroup or HtmlTagId.Main or HtmlTagId.Menu
                or HtmlTagId.Nav or HtmlTagId.Ol or HtmlTagId.P or HtmlTagId.Search or HtmlTagId.Section or HtmlTagId.Summary or HtmlTagId.Ul:
                ClosePInButtonScope();
                InsertHtmlElement();
                return true;
            case HtmlTagId.H1 or HtmlTagId.H2 or HtmlTagId.H3 or HtmlTagId.H4 or HtmlTagId.H5 or HtmlTagId.H6:
                ClosePInButtonScope();
                if (Current.Namespace == HtmlNamespace.Html && (Current.Traits & HtmlTagTraits.Heading) != 0) Pop();
                InsertHtmlElement();
                return true;
            case HtmlTagId.Pre or HtmlTagId.Listing:
                ClosePInButtonScope();
                if (InsertHtmlElement() is not null) _skipNewline = true;
                _framesetOk = false;
                return true;
            case HtmlTagId.Form:
                if (_form is not null && !TemplateOpen) return Ignore();
                ClosePInButtonScope();
                var form = InsertHtmlElement();
                if (!TemplateOpen) _form = form;
                return true;
            case HtmlTagId.Li:
                _framesetOk = false;
                CloseListItem(dd: false);
                ClosePInButtonScope();
                InsertHtmlElement();
                return true;
            case HtmlTagId.Dd or HtmlTagId.Dt:
                _framesetOk = false;
                CloseListItem(dd: true);
                ClosePInButtonScope();
                InsertHtmlElement();
                return true;
            case HtmlTagId.Plaintext:
                ClosePInButtonScope();
                InsertRawTextElement(HtmlTextState.PlainText);
                return true;
            case HtmlTagId.Button:
                if (InScope(HtmlTagId.Button, Scope.Default))
                {
                    GenerateImpliedEndTags();
                    PopUntil(HtmlTagId.Button);
                }
                ReconstructFormatting();
                InsertHtmlElement();
                _framesetOk = false;
                return true;
            case HtmlTagId.A:
                if (FindFormattingAfterMarker(HtmlTagId.A, "a") is { } open)
                {
                    AdoptionAgency(HtmlTagId.A, "a");
                    RemoveFormatting(open);
                    if (open.OnStack) RemoveFromStack(open);
                }
                ReconstructFormatting();
                InsertFormattingElement();
                return true;
            case HtmlTagId.B or HtmlTagId.Big or HtmlTagId.Code or HtmlTagId.Em or HtmlTagId.Font or HtmlTagId.I or HtmlTagId.S
                or HtmlTagId.Small or HtmlTagId.Strike or HtmlTagId.Strong or HtmlTagId.Tt or HtmlTagId.U:
                ReconstructFormatting();
                InsertFormattingElement();
                return true;
            case HtmlTagId.Nobr:
                ReconstructFormatting();
                if (InScope(HtmlTagId.Nobr, Scope.Default))
                {
                    AdoptionAgency(HtmlTagId.Nobr, "nobr");
                    ReconstructFormatting();
                }
                InsertFormattingElement();
                return true;
            case HtmlTagId.Applet or HtmlTagId.Marquee or HtmlTagId.Object:
                ReconstructFormatting();
                if (InsertHtmlElement() is not null) PushMarker();
                _framesetOk = false;
                return true;
            case HtmlTagId.Table:
                if (_document.QuirksMode != HtmlQuirksMode.Quirks) ClosePInButtonScope();
                if (InsertHtmlElement() is not null) _mode = HtmlInsertionMode.InTable;
                _framesetOk = false;
                return true;
            case HtmlTagId.Area or HtmlTagId.Br or HtmlTagId.Embed or HtmlTagId.Img or HtmlTagId.Keygen or HtmlTagId.Wbr:
                ReconstructFormatting();
                InsertVoidElement();
                _framesetOk = false;
                return true;
            case HtmlTagId.Image:
                // "image" is read as "img"
                ReconstructFormatting();
                AppendElement(NewElement("img", HtmlTagId.Img, HtmlNamespace.Html, t.AttributeStart, t.AttributeCount));
                _framesetOk = false;
                return true;
            case HtmlTagId.Input:
                ReconstructFormatting();
                InsertVoidElement();
                if (!TokenAttribute("type", out var type) || !type.Equals("hidden", StringComparison.OrdinalIgnoreCase)) _framesetOk = false;
                return true;
            case HtmlTagId.Param or HtmlTagId.Source or HtmlTagId.Track:
                InsertVoidElement();
                return true;
            case HtmlTagId.Hr:
                ClosePInButtonScope();
                InsertVoidElement();
                _framesetOk = false;
                return true;
            case HtmlTagId.Textarea:
                InsertRawTextElement(HtmlTextState.RcData);
                _skipNewline = true;
                _framesetOk = false;
                return true;
            case HtmlTagId.Xmp:
                ClosePInButtonScope();
                ReconstructFormatting();
                _framesetOk = false;
                InsertRawTextElement(HtmlTextState.RawText);
                return true;
            case HtmlTagId.Iframe:
                _framesetOk = false;
                InsertRawTextElement(HtmlTextState.RawText);
                return true;
            case HtmlTagId.Noembed:
                InsertRawTextElement(HtmlTextState.RawText);
                return true;
            case HtmlTagId.Select:
                ReconstructFormatting();
                if (InsertHtmlElement() is not null)
                {
                    _mode = _mode is HtmlInsertionMode.InTable or HtmlInsertionMode.InCaption or HtmlInsertionMode.InTableBody
                        or HtmlInsertionMode.InRow or HtmlInsertionMode.InCell ? HtmlInsertionMode.InSelectInTable : HtmlInsertionMode.InSelect;
                }
                _framesetOk = false;
                return true;
            case HtmlTagId.Optgroup or HtmlTagId.Option:
                if (CurrentIs(HtmlTagId.Option)) Pop();
                ReconstructFormatting();
                InsertHtmlElement();
                return true;
            case HtmlTagId.Rb or HtmlTagId.Rtc:
                if (InScope(HtmlTagId.Ruby, Scope.Default)) GenerateImpliedEndTags();
                InsertHtmlElement();
                return true;
            case HtmlTagId.Rp or HtmlTagId.Rt:
                if (InScope(HtmlTagId.Ruby, Scope.Default)) GenerateImpliedEndTags(HtmlTagId.Rtc);
                InsertHtmlElement();
                return true;
            case HtmlTagId.Math:
                ReconstructFormatting();
                InsertForeignElement(HtmlNamespace.MathMl);
                return true;
            case HtmlTagId.Svg:
                ReconstructFormatting();
                InsertForeignElement(HtmlNamespace.Svg);
                return true;
            case HtmlTagId.Caption or HtmlTagId.Col or HtmlTagId.Colgroup or HtmlTagId.Frame or HtmlTagId.Head or HtmlTagId.Tbody
                or HtmlTagId.Td or HtmlTagId.Tfoot or HtmlTagId.Th or HtmlTagId.Thead or HtmlTagId.Tr:
                return Ignore();
            default:
                ReconstructFormatting();
                InsertHtmlElement();
                return true;
        }
    }

    /// <summary>An li closes the open li, a dd or dt the open dd or dt, unless a special element other than address, div and p stands between.</summary>
    private void CloseListItem(bool dd)
    {
        for (int i = _count - 1; i >= 0; i--)
        {
            var node = _stack[i];
            if (node.Namespace == HtmlNamespace.Html && (dd ? node.TagId is HtmlTagId.Dd or HtmlTagId.Dt : node.TagId == HtmlTagId.Li))
            {
                GenerateImpliedEndTags(node.TagId);
                PopTo(i);
                return;
            }
            if (IsSpecial(node) && !(node.Namespace == HtmlNamespace.Html && node.TagId is HtmlTagId.Address or HtmlTagId.Div or HtmlTagId.P)) return;
        }
    }

    private void ClosePInButtonScope()
    {
        if (_openById[(int)HtmlTagId.P] == 0) return;
        int p = FindInScope(HtmlTagId.P, Scope.Button);
        if (p >= 0) CloseP(p);
    }

    /// <summary>"Close a p element" (the p at <paramref name="p"/> on the stack): implied end tags but p's, then up to the p.</summary>
    private void CloseP(int p)
    {
        // the implied end tags close only elements above the p
        GenerateImpliedEndTags(HtmlTagId.P);
        PopTo(p);
    }

    private bool InBodyEndTag()
    {
        var t = _tokenizer;
        var id = t.TagId;
        // nothing of that name is open: nothing to close, and no need to walk the stack
        // (a formatting end tag may still have to take its element out of the list of active formatting elements)
        if (id is not (HtmlTagId.Br or HtmlTagId.P or HtmlTagId.Body or HtmlTagId.Html or HtmlTagId.Form or HtmlTagId.Template)
            && (t.Traits & HtmlTagTraits.Formatting) == 0
            && ((t.Traits & HtmlTagTraits.Heading) != 0 ? _openHeadings == 0 : !IsOpen(id, t.Name)))
            return true;
        switch (id)
        {
            case HtmlTagId.Template:
                return InHeadEndTag();
            case HtmlTagId.Body:
                if (InScope(HtmlTagId.Body, Scope.Default)) _mode = HtmlInsertionMode.AfterBody;
                return true;
            case HtmlTagId.Html:
                if (!InScope(HtmlTagId.Body, Scope.Default)) return true;
                _mode = HtmlInsertionMode.AfterBody;
                return false;
            case HtmlTagId.Address or HtmlTagId.Article or HtmlTagId.Aside or HtmlTagId.Blockquote or HtmlTagId.Button or HtmlTagId.Center
                or HtmlTagId.Details or HtmlTagId.Dialog or HtmlTagId.Dir or HtmlTagId.Div or HtmlTagId.Dl or HtmlTagId.Fieldset
                or HtmlTagId.Figcaption or HtmlTagId.Figure or HtmlTagId.Footer or HtmlTagId.Header or HtmlTagId.Hgroup or HtmlTagId.Listing
                or HtmlTagId.Main or HtmlTagId.Menu or HtmlTagId.Nav or HtmlTagId.Ol or HtmlTagId.Pre or HtmlTagId.Search or HtmlTagId.Section
                or HtmlTagId.Summary or HtmlTagId.Ul:
                if (Missed(id, t.Name)) return true;
                int block = FindInScope(id, Scope.Default);
                if (block < 0) return Miss(id, t.Name);
                // the implied end tags close only elements above the block
                GenerateImpliedEndTags();
                PopTo(block);
                return true;
            case HtmlTagId.Form:
                EndForm();
                return true;
            case HtmlTagId.P:
                int p = FindInScope(HtmlTagId.P, Scope.Button);
                if (p < 0)
                {
                    // a stray </p> stands for an empty paragraph (none beyond the depth limit)
                    if (AtDepthLimit) return true;
                    InsertImplied(HtmlTagId.P);
                    p = _count - 1;
                }
                CloseP(p);
                return true;
            case HtmlTagId.Li:
                if (Missed(id, t.Name)) return true;
                if (!InScope(HtmlTagId.Li, Scope.ListItem)) return Miss(id, t.Name);
                GenerateImpliedEndTags(HtmlTagId.Li);
                PopUntil(HtmlTagId.Li);
                return true;
            case HtmlTagId.Dd or HtmlTagId.Dt:
                if (Missed(id, t.Name)) return true;
                if (!InScope(id, Scope.Default)) return Miss(id, t.Name);
                GenerateImpliedEndTags(id);
                PopUntil(id);
                return true;
            case HtmlTagId.H1 or HtmlTagId.H2 or HtmlTagId.H3 or HtmlTagId.H4 or HtmlTagId.H5 or HtmlTagId.H6:
                if (Missed(id, t.Name)) return true;
                int heading = FindHeadingInScope();
                if (heading < 0) return Miss(id, t.Name);
                GenerateImpliedEndTags();
                PopTo(heading);
                return true;
            case HtmlTagId.A or HtmlTagId.B or HtmlTagId.Big or HtmlTagId.Code or HtmlTagId.Em or HtmlTagId.Font or HtmlTagId.I
                or HtmlTagId.Nobr or HtmlTagId.S or HtmlTagId.Small or HtmlTagId.Strike or HtmlTagId.Strong or HtmlTagId.Tt or HtmlTagId.U:
                AdoptionAgency(id, t.Name);
                return true;
            case HtmlTagId.Applet or HtmlTagId.Marquee or HtmlTagId.Object:
                if (!InScope(id, Scope.Default)) return true;
                GenerateImpliedEndTags();
                PopUntil(id);
                ClearFormattingToMarker();
                return true;
            case HtmlTagId.Br:
                // </br> is read as <br>
                ReconstructFormatting();
                AppendElement(NewElement("br", HtmlTagId.Br, HtmlNamespace.Html, _document.AttributeCount, 0));
                _framesetOk = false;
                return true;
            default:
                AnyOtherEndTag(id, t.Name);
                return true;
        }
    }

    /// <summary>The form end tag (§13.2.6.4.7): closes the one form the form element pointer names, taken out of the stack alone.</summary>
    private void EndForm()
    {
        if (TemplateOpen)
        {
            if (!InScope(HtmlTagId.Form, Scope.Default)) return;
            GenerateImpliedEndTags();
            PopUntil(HtmlTagId.Form);
            return;
        }
        var form = _form;
        _form = null;
        if (form is null || !form.OnStack || !ElementInScope(form)) return;
        GenerateImpliedEndTags();
        if (Current == form) Pop();
        else RemoveFromStack(form);
    }

    /// <summary>True when <paramref name="element"/> is on the stack within the default scope.</summary>
    private bool ElementInScope(HtmlElement element)
    {
        for (int i = _count - 1; i >= 0; i--)
        {
            if (_stack[i] == element) return true;
            if (IsScopeBoundary(_stack[i], Scope.Default)) return false;
        }
        return false;
    }

    /// <summary>
    /// Any other end tag (§13.2.6.4.7): closes the nearest open element of its name unless a special element stands
    /// between (then it is ignored). An end tag that found nothing with the stack unchanged since is not looked for again.
    /// </summary>
    private void AnyOtherEndTag(HtmlTagId id, string name)
    {
        if (Missed(id, name)) return;
        for (int i = _count - 1; i >= 0; i--)
        {
            var node = _stack[i];
            if (node.Namespace == HtmlNamespace.Html && (id != HtmlTagId.Unknown ? node.TagId == id : node.TagId == HtmlTagId.Unknown && node.LocalName == name))
            {
                GenerateImpliedEndTags(id);
                PopTo(i);
                return;
            }
            if (IsSpecial(node))
            {
                Miss(id, name);
                return;
            }
        }
    }

    /// <summary>True when this end tag already found nothing to close and the stack has not changed since.</summary>
    private bool Missed(HtmlTagId id, string name) =>
        id != HtmlTagId.Unknown ? _missedAt[(int)id] == _version : _unknownMissedAt is not null && _unknownMissedAt.GetValueOrDefault(name) == _version;

    /// <summary>Remembers that this end tag found nothing to close with the stack as it is; returns true (the token is done).</summary>
    private bool Miss(HtmlTagId id, string name)
    {
        if (id != HtmlTagId.Unknown) _missedAt[(int)id] = _version;
        else (_unknownMissedAt ??= new Dictionary<string, int>(StringComparer.Ordinal))[name] = _version;
        return true;
    }

    private bool InBodyEndOfFile()
    {
        if (_templateModes is { Count: > 0 }) return InTemplateEndOfFile();
        return true;
    }
}
