namespace NewsParse.Html.Dom;

/// <summary>Foreign content: SVG and MathML (§13.2.6.5), and the dispatcher's choice between it and the insertion modes (§13.2.6).</summary>
internal sealed partial class HtmlTreeBuilder
{
    /// <summary>
    /// True when the current token is read by the rules of foreign content: the current node is foreign, and not an
    /// integration point that lets HTML start tags and text through (a MathML text integration point for all but
    /// mglyph and malignmark, annotation-xml for svg, an HTML integration point for all).
    /// </summary>
    private bool InForeignContent(bool startTag)
    {
        if (_count == 0) return false;
        var node = Current;
        if (!node.IsForeign) return false;
        var id = _tokenizer.TagId;
        if (IsMathMlTextIntegrationPoint(node) && (!startTag || id is not (HtmlTagId.Mglyph or HtmlTagId.Malignmark))) return false;
        if (startTag && id == HtmlTagId.Svg && node.Namespace == HtmlNamespace.MathMl && node.TagId == HtmlTagId.AnnotationXml) return false;
        return !IsHtmlIntegrationPoint(node);
    }

    private static bool IsMathMlTextIntegrationPoint(HtmlElement element) => (element.Traits & HtmlTagTraits.MathMlTextIntegrationPoint) != 0;

    private static bool IsHtmlIntegrationPoint(HtmlElement element) => (element.Traits & HtmlTagTraits.HtmlIntegrationPoint) != 0;

    /// <summary>Text in foreign content: kept as it is (a U+0000 becomes U+FFFD).</summary>
    private void ForeignText()
    {
        if (_framesetOk && TextHasContent()) _framesetOk = false;
        InsertText(_textStart, _textLength, _tokenizer.IsRaw, dropNulls: false);
        _textLength = 0;
    }

    /// <summary>
    /// A start tag in foreign content: an element of the current node's namespace, or, for an HTML tag that breaks out
    /// (b, div, p, table... and font with color, face or size), the foreign elements are closed and the tag is read by
    /// the insertion mode: false then.
    /// </summary>
    private bool ForeignStartTag()
    {
        var t = _tokenizer;
        if ((t.Traits & HtmlTagTraits.ForeignBreakout) != 0
            || (t.TagId == HtmlTagId.Font && (TokenAttribute("color", out _) || TokenAttribute("face", out _) || TokenAttribute("size", out _))))
        {
            while (_count > 1 && Current.IsForeign && !IsMathMlTextIntegrationPoint(Current) && !IsHtmlIntegrationPoint(Current)) Pop();
            return false;
        }
        InsertForeignElement(Current.Namespace);
        return true;
    }

    /// <summary>Inserts a foreign element for the current start tag (svg and math from the body, and everything inside them); a self-closing one is not pushed.</summary>
    private void InsertForeignElement(HtmlNamespace ns)
    {
        var t = _tokenizer;
        if (AtDepthLimit)
        {
            _document.DepthExceeded = true;
            if (!t.SelfClosing) _phantom++;
            DropToken();
            return;
        }
        var element = NewElementForToken(ns);
        // an annotation-xml is an HTML integration point by its encoding, read once here
        if (ns == HtmlNamespace.MathMl && t.TagId == HtmlTagId.AnnotationXml && TokenAttribute("encoding", out var encoding)
            && (encoding.Equals("text/html", StringComparison.OrdinalIgnoreCase) || encoding.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase)))
            element.MarkHtmlIntegrationPoint();
        AppendElement(element);
        if (!t.SelfClosing) Push(element);
    }

    /// <summary>
    /// An end tag in foreign content: closes the nearest foreign element of its name; br and p, or a name met first on
    /// an HTML element, are read by the insertion mode.
    /// </summary>
    private void ForeignEndTag()
    {
        var t = _tokenizer;
        if (t.TagId is HtmlTagId.Br or HtmlTagId.P)
        {
            while (_count > 1 && Current.IsForeign && !IsMathMlTextIntegrationPoint(Current) && !IsHtmlIntegrationPoint(Current)) Pop();
            ProcessEndTagByMode();
            return;
        }
        var name = t.Name;
        for (int i = _count - 1; i > 0; )
        {
            if (string.Equals(_stack[i].LocalName, name, StringComparison.Ordinal))
            {
                PopTo(i);
                return;
            }
            i--;
            if (!_stack[i].IsForeign)
            {
                ProcessEndTagByMode();
                return;
            }
        }
    }
}
