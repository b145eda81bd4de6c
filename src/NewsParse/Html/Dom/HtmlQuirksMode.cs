namespace NewsParse.Html.Dom;

/// <summary>The document's mode, set from its doctype (HTML Living Standard §13.2.6.4.1, "initial" insertion mode).</summary>
internal enum HtmlQuirksMode : byte
{
    /// <summary>No quirks: a standard doctype such as &lt;!DOCTYPE html&gt;.</summary>
    NoQuirks,
    /// <summary>Limited quirks (XHTML 1.0 Transitional and Frameset; HTML 4.01 Transitional and Frameset with a system identifier): builds the tree as no-quirks.</summary>
    LimitedQuirks,
    /// <summary>Quirks: no doctype, or a legacy one; a &lt;table&gt; then does not close an open &lt;p&gt;.</summary>
    Quirks,
}
