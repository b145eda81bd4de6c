namespace NewsParse.Html.Dom;

/// <summary>The table insertion modes (§13.2.6.4.9-15, foster parenting included), select (§13.2.6.4.16-17) and template (§13.2.6.4.18).</summary>
internal sealed partial class HtmlTreeBuilder
{
    /// <summary>The runs of text met in a table (§13.2.6.4.10), put in place when the next other token comes.</summary>
    private readonly List<(int Start, int Length, bool Raw)> _tableText = [];

    // ---- §13.2.6.4.9 in table ----

    private bool InTableText()
    {
        if (Current.Namespace == HtmlNamespace.Html
            && Current.TagId is HtmlTagId.Table or HtmlTagId.Tbody or HtmlTagId.Template or HtmlTagId.Tfoot or HtmlTagId.Thead or HtmlTagId.Tr)
        {
            _tableText.Clear();
            _originalMode = _mode;
            _mode = HtmlInsertionMode.InTableText;
            return false;
        }
        _fosterParenting = true;
        InBodyText();
        _fosterParenting = false;
        return true;
    }

    private bool InTableStartTag()
    {
        switch (_tokenizer.TagId)
        {
            case HtmlTagId.Caption:
                ClearToTableContext();
                PushMarker();
                InsertHtmlElement();
                _mode = HtmlInsertionMode.InCaption;
                return true;
            case HtmlTagId.Colgroup:
                ClearToTableContext();
                InsertHtmlElement();
                _mode = HtmlInsertionMode.InColumnGroup;
                return true;
            case HtmlTagId.Col:
                ClearToTableContext();
                InsertImplied(HtmlTagId.Colgroup);
                _mode = HtmlInsertionMode.InColumnGroup;
                return false;
            case HtmlTagId.Tbody or HtmlTagId.Tfoot or HtmlTagId.Thead:
                ClearToTableContext();
                InsertHtmlElement();
                _mode = HtmlInsertionMode.InTableBody;
                return true;
            case HtmlTagId.Td or HtmlTagId.Th or HtmlTagId.Tr:
                ClearToTableContext();
                InsertImplied(HtmlTagId.Tbody);
                _mode = HtmlInsertionMode.InTableBody;
                return false;
            case HtmlTagId.Table:
                // a table in a table closes the first
                if (!InScope(HtmlTagId.Table, Scope.Table)) return Ignore();
                PopUntil(HtmlTagId.Table);
                ResetInsertionMode();
                return false;
            case HtmlTagId.Style or HtmlTagId.Script or HtmlTagId.Template:
                return InHeadStartTag();
            case HtmlTagId.Input:
                if (!TokenAttribute("type", out var type) || !type.Equals("hidden", StringComparison.OrdinalIgnoreCase)) return InTableOther();
                InsertVoidElement();
                return true;
            case HtmlTagId.Form:
                if (TemplateOpen || _form is not null) return Ignore();
                _form = InsertHtmlElement();
                if (_form is not null) Pop();
                return true;
            default:
                return InTableOther();
        }
    }

    private bool InTableEndTag()
    {
        switch (_tokenizer.TagId)
        {
            case HtmlTagId.Table:
                if (!InScope(HtmlTagId.Table, Scope.Table)) return true;
                PopUntil(HtmlTagId.Table);
                ResetInsertionMode();
                return true;
            case HtmlTagId.Body or HtmlTagId.Caption or HtmlTagId.Col or HtmlTagId.Colgroup or HtmlTagId.Html or HtmlTagId.Tbody
                or HtmlTagId.Td or HtmlTagId.Tfoot or HtmlTagId.Th or HtmlTagId.Thead or HtmlTagId.Tr:
                return true;
            case HtmlTagId.Template:
                return InHeadEndTag();
            default:
                return InTableOther();
        }
    }

    /// <summary>A tag misplaced in a table: read as in the body, with foster parenting (what it inserts goes before the table).</summary>
    private bool InTableOther()
    {
        _fosterParenting = true;
        bool done = _tokenizer.Kind == HtmlTokenKind.StartTag ? InBodyStartTag() : InBodyEndTag();
        _fosterParenting = false;
        return done;
    }

    private void ClearToTableContext()
    {
        while (!(Current.Namespace == HtmlNamespace.Html && Current.TagId is HtmlTagId.Table or HtmlTagId.Template or HtmlTagId.Html)) Pop();
    }

    private void ClearToTableBodyContext()
    {
        while (!(Current.Namespace == HtmlNamespace.Html
            && Current.TagId is HtmlTagId.Tbody or HtmlTagId.Tfoot or HtmlTagId.Thead or HtmlTagId.Template or HtmlTagId.Html))
            Pop();
    }

    private void ClearToRowContext()
    {
        while (!(Current.Namespace == HtmlNamespace.Html && Current.TagId is HtmlTagId.Tr or HtmlTagId.Template or HtmlTagId.Html)) Pop();
    }

    // ---- §13.2.6.4.10 in table text ----

    private bool InTableTextText()
    {
        _tableText.Add((_textStart, _textLength, _tokenizer.IsRaw));
        _textLength = 0;
        return true;
    }

    /// <summary>Any other token after text in a table: the text goes before the table unless it is all white space.</summary>
    private bool InTableTextOther()
    {
        bool content = false;
        var source = Source;
        foreach (var (start, length, _) in _tableText)
        {
            if (source.Slice(start, length).IndexOfAnyExcept(SpaceOrNull) >= 0)
            {
                content = true;
                break;
            }
        }
        int textStart = _textStart, textLength = _textLength;
        foreach (var (start, length, raw) in _tableText)
        {
            if (!content)
            {
                InsertText(start, length, raw, dropNulls: true);
                continue;
            }
            _textStart = start;
            _textLength = length;
            _fosterParenting = true;
            InBodyText();
            _fosterParenting = false;
        }
        _textStart = textStart;
        _textLength = textLength;
        _tableText.Clear();
        _mode = _originalMode;
        return false;
    }

    // ---- §13.2.6.4.11 in caption ----

    private bool InCaptionStartTag()
    {
        if (_tokenizer.TagId is not (HtmlTagId.Caption or HtmlTagId.Col or HtmlTagId.Colgroup or HtmlTagId.Tbody or HtmlTagId.Td
            or HtmlTagId.Tfoot or HtmlTagId.Th or HtmlTagId.Thead or HtmlTagId.Tr))
            return InBodyStartTag();
        if (!InScope(HtmlTagId.Caption, Scope.Table)) return Ignore();
        CloseCaption();
        return false;
    }

    private bool InCaptionEndTag()
    {
        switch (_tokenizer.TagId)
        {
            case HtmlTagId.Caption:
                if (InScope(HtmlTagId.Caption, Scope.Table)) CloseCaption();
                return true;
            case HtmlTagId.Table:
                if (!InScope(HtmlTagId.Caption, Scope.Table)) return true;
                CloseCaption();
                return false;
            case HtmlTagId.Body or HtmlTagId.Col or HtmlTagId.Colgroup or HtmlTagId.Html or HtmlTagId.Tbody or HtmlTagId.Td
                or HtmlTagId.Tfoot or HtmlTagId.Th or HtmlTagId.Thead or HtmlTagId.Tr:
                return true;
            default:
                return InBodyEndTag();
        }
    }

    private void CloseCaption()
    {
        GenerateImpliedEndTags();
        PopUntil(HtmlTagId.Caption);
        ClearFormattingToMarker();
        _mode = HtmlInsertionMode.InTable;
    }

    // ---- §13.2.6.4.12 in column group ----

    private bool InColumnGroupText()
    {
        if (InsertLeadingSpace()) return true;
        return InColumnGroupOther();
    }

    private bool InColumnGroupStartTag()
    {
        switch (_tokenizer.TagId)
        {
            case HtmlTagId.Html:
                return InBodyStartTag();
            case HtmlTagId.Col:
                InsertVoidElement();
                return true;
            case HtmlTagId.Template:
                return InHeadStartTag();
            default:
                return InColumnGroupOther();
        }
    }

    private bool InColumnGroupEndTag()
    {
        switch (_tokenizer.TagId)
        {
            case HtmlTagId.Colgroup:
                if (!CurrentIs(HtmlTagId.Colgroup)) return true;
                Pop();
                _mode = HtmlInsertionMode.InTable;
                return true;
            case HtmlTagId.Col:
                return true;
            case HtmlTagId.Template:
                return InHeadEndTag();
            default:
                return InColumnGroupOther();
        }
    }

    private bool InColumnGroupOther()
    {
        if (!CurrentIs(HtmlTagId.Colgroup))
        {
            // (a template's column group) the token is ignored
            _textLength = 0;
            DropToken();
            return true;
        }
        Pop();
        _mode = HtmlInsertionMode.InTable;
        return false;
    }

    // ---- §13.2.6.4.13 in table body ----

    private bool InTableBodyStartTag()
    {
        switch (_tokenizer.TagId)
        {
            case HtmlTagId.Tr:
                ClearToTableBodyContext();
                InsertHtmlElement();
                _mode = HtmlInsertionMode.InRow;
                return true;
            case HtmlTagId.Th or HtmlTagId.Td:
                ClearToTableBodyContext();
                InsertImplied(HtmlTagId.Tr);
                _mode = HtmlInsertionMode.InRow;
                return false;
            case HtmlTagId.Caption or HtmlTagId.Col or HtmlTagId.Colgroup or HtmlTagId.Tbody or HtmlTagId.Tfoot or HtmlTagId.Thead:
                if (!TableSectionInScope()) return Ignore();
                ClearToTableBodyContext();
                Pop();
                _mode = HtmlInsertionMode.InTable;
                return false;
            default:
                return InTableStartTag();
        }
    }

    private bool InTableBodyEndTag()
    {
        var id = _tokenizer.TagId;
        switch (id)
        {
            case HtmlTagId.Tbody or HtmlTagId.Tfoot or HtmlTagId.Thead:
                if (!InScope(id, Scope.Table)) return true;
                ClearToTableBodyContext();
                Pop();
                _mode = HtmlInsertionMode.InTable;
                return true;
            case HtmlTagId.Table:
                if (!TableSectionInScope()) return true;
                ClearToTableBodyContext();
                Pop();
                _mode = HtmlInsertionMode.InTable;
                return false;
            case HtmlTagId.Body or HtmlTagId.Caption or HtmlTagId.Col or HtmlTagId.Colgroup or HtmlTagId.Html or HtmlTagId.Td
                or HtmlTagId.Th or HtmlTagId.Tr:
                return true;
            default:
                return InTableEndTag();
        }
    }

    private bool TableSectionInScope() =>
        InScope(HtmlTagId.Tbody, Scope.Table) || InScope(HtmlTagId.Thead, Scope.Table) || InScope(HtmlTagId.Tfoot, Scope.Table);

    // ---- §13.2.6.4.14 in row ----

    private bool InRowStartTag()
    {
        switch (_tokenizer.TagId)
        {
            case HtmlTagId.Th or HtmlTagId.Td:
                ClearToRowContext();
                if (InsertHtmlElement() is null) return true;
                _mode = HtmlInsertionMode.InCell;
                PushMarker();
                return true;
            case HtmlTagId.Caption or HtmlTagId.Col or HtmlTagId.Colgroup or HtmlTagId.Tbody or HtmlTagId.Tfoot or HtmlTagId.Thead or HtmlTagId.Tr:
                if (!InScope(HtmlTagId.Tr, Scope.Table)) return Ignore();
                CloseRow();
                return false;
            default:
                return InTableStartTag();
        }
    }

    private bool InRowEndTag()
    {
        var id = _tokenizer.TagId;
        switch (id)
        {
            case HtmlTagId.Tr:
                if (InScope(HtmlTagId.Tr, Scope.Table)) CloseRow();
                return true;
            case HtmlTagId.Table:
                if (!InScope(HtmlTagId.Tr, Scope.Table)) return true;
                CloseRow();
                return false;
            case HtmlTagId.Tbody or HtmlTagId.Tfoot or HtmlTagId.Thead:
                if (!InScope(id, Scope.Table) || !InScope(HtmlTagId.Tr, Scope.Table)) return true;
                CloseRow();
                return false;
            case HtmlTagId.Body or HtmlTagId.Caption or HtmlTagId.Col or HtmlTagId.Colgroup or HtmlTagId.Html or HtmlTagId.Td or HtmlTagId.Th:
                return true;
            default:
                return InTableEndTag();
        }
    }

    private void CloseRow()
    {
        ClearToRowContext();
        Pop();
        _mode = HtmlInsertionMode.InTableBody;
    }

    // ---- §13.2.6.4.15 in cell ----

    private bool InCellStartTag()
    {
        if (_tokenizer.TagId is not (HtmlTagId.Caption or HtmlTagId.Col or HtmlTagId.Colgroup or HtmlTagId.Tbody or HtmlTagId.Td
            or HtmlTagId.Tfoot or HtmlTagId.Th or HtmlTagId.Thead or HtmlTagId.Tr))
            return InBodyStartTag();
        if (!InScope(HtmlTagId.Td, Scope.Table) && !InScope(HtmlTagId.Th, Scope.Table)) return Ignore();
        CloseCell();
        return false;
    }

    private bool InCellEndTag()
    {
        var id = _tokenizer.TagId;
        switch (id)
        {
            case HtmlTagId.Td or HtmlTagId.Th:
                if (!InScope(id, Scope.Table)) return true;
                GenerateImpliedEndTags();
                PopUntil(id);
                ClearFormattingToMarker();
                _mode = HtmlInsertionMode.InRow;
                return true;
            case HtmlTagId.Body or HtmlTagId.Caption or HtmlTagId.Col or HtmlTagId.Colgroup or HtmlTagId.Html:
                return true;
            case HtmlTagId.Table or HtmlTagId.Tbody or HtmlTagId.Tfoot or HtmlTagId.Thead or HtmlTagId.Tr:
                if (!InScope(id, Scope.Table)) return true;
                CloseCell();
                return false;
            default:
                return InBodyEndTag();
        }
    }

    private void CloseCell()
    {
        GenerateImpliedEndTags();
        for (int i = _count - 1; i >= 0; i--)
        {
            if (_stack[i].Namespace == HtmlNamespace.Html && _stack[i].TagId is HtmlTagId.Td or HtmlTagId.Th)
            {
                PopTo(i);
                break;
            }
        }
        ClearFormattingToMarker();
        _mode = HtmlInsertionMode.InRow;
    }

    // ---- §13.2.6.4.16 in select, §13.2.6.4.17 in select in table ----

    private bool InSelectText() => InsertCurrentText();

    private bool InSelectStartTag()
    {
        switch (_tokenizer.TagId)
        {
            case HtmlTagId.Html:
                return InBodyStartTag();
            case HtmlTagId.Option:
                if (CurrentIs(HtmlTagId.Option)) Pop();
                InsertHtmlElement();
                return true;
            case HtmlTagId.Optgroup:
                if (CurrentIs(HtmlTagId.Option)) Pop();
                if (CurrentIs(HtmlTagId.Optgroup)) Pop();
                InsertHtmlElement();
                return true;
            case HtmlTagId.Hr:
                if (CurrentIs(HtmlTagId.Option)) Pop();
                if (CurrentIs(HtmlTagId.Optgroup)) Pop();
                InsertVoidElement();
                return true;
            case HtmlTagId.Select:
                DropToken();
                EndSelect();
                return true;
            case HtmlTagId.Input or HtmlTagId.Keygen or HtmlTagId.Textarea:
                if (!InScope(HtmlTagId.Select, Scope.Select)) return Ignore();
                EndSelect();
                return false;
            case HtmlTagId.Script or HtmlTagId.Template:
                return InHeadStartTag();
            default:
                return Ignore();
        }
    }

    private bool InSelectEndTag()
    {
        switch (_tokenizer.TagId)
        {
            case HtmlTagId.Optgroup:
                if (CurrentIs(HtmlTagId.Option) && _count >= 2 && IsHtml(_stack[_count - 2], HtmlTagId.Optgroup)) Pop();
                if (CurrentIs(HtmlTagId.Optgroup)) Pop();
                return true;
            case HtmlTagId.Option:
                if (CurrentIs(HtmlTagId.Option)) Pop();
                return true;
            case HtmlTagId.Select:
                EndSelect();
                return true;
            case HtmlTagId.Template:
                return InHeadEndTag();
            default:
                return true;
        }
    }

    private void EndSelect()
    {
        if (!InScope(HtmlTagId.Select, Scope.Select)) return;
        PopUntil(HtmlTagId.Select);
        ResetInsertionMode();
    }

    private bool InSelectInTableStartTag()
    {
        if (_tokenizer.TagId is not (HtmlTagId.Caption or HtmlTagId.Table or HtmlTagId.Tbody or HtmlTagId.Tfoot or HtmlTagId.Thead
            or HtmlTagId.Tr or HtmlTagId.Td or HtmlTagId.Th))
            return InSelectStartTag();
        PopUntil(HtmlTagId.Select);
        ResetInsertionMode();
        return false;
    }

    private bool InSelectInTableEndTag()
    {
        var id = _tokenizer.TagId;
        if (id is not (HtmlTagId.Caption or HtmlTagId.Table or HtmlTagId.Tbody or HtmlTagId.Tfoot or HtmlTagId.Thead
            or HtmlTagId.Tr or HtmlTagId.Td or HtmlTagId.Th))
            return InSelectEndTag();
        if (!InScope(id, Scope.Table)) return true;
        PopUntil(HtmlTagId.Select);
        ResetInsertionMode();
        return false;
    }

    // ---- §13.2.6.4.18 in template ----

    private bool InTemplateStartTag()
    {
        switch (_tokenizer.TagId)
        {
            case HtmlTagId.Base or HtmlTagId.Basefont or HtmlTagId.Bgsound or HtmlTagId.Link or HtmlTagId.Meta or HtmlTagId.Noframes
                or HtmlTagId.Script or HtmlTagId.Style or HtmlTagId.Template or HtmlTagId.Title:
                return InHeadStartTag();
            case HtmlTagId.Caption or HtmlTagId.Colgroup or HtmlTagId.Tbody or HtmlTagId.Tfoot or HtmlTagId.Thead:
                return SwitchTemplateMode(HtmlInsertionMode.InTable);
            case HtmlTagId.Col:
                return SwitchTemplateMode(HtmlInsertionMode.InColumnGroup);
            case HtmlTagId.Tr:
                return SwitchTemplateMode(HtmlInsertionMode.InTableBody);
            case HtmlTagId.Td or HtmlTagId.Th:
                return SwitchTemplateMode(HtmlInsertionMode.InRow);
            default:
                return SwitchTemplateMode(HtmlInsertionMode.InBody);
        }
    }

    private bool InTemplateEndTag() => _tokenizer.TagId == HtmlTagId.Template ? InHeadEndTag() : true;

    /// <summary>The first tag of a template's content decides how the rest is read.</summary>
    private bool SwitchTemplateMode(HtmlInsertionMode mode)
    {
        var modes = _templateModes!;
        modes[^1] = mode;
        _mode = mode;
        return false;
    }

    private bool InTemplateEndOfFile()
    {
        if (!TemplateOpen) return true;
        PopUntil(HtmlTagId.Template);
        ClearFormattingToMarker();
        if (_templateModes is { Count: > 0 } modes) modes.RemoveAt(modes.Count - 1);
        ResetInsertionMode();
        return false;
    }
}
