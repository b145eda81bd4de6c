namespace NewsParse.Html.Dom;

/// <summary>The insertion modes of the standard's tree construction (HTML Living Standard §13.2.4.1), in its order.</summary>
internal enum HtmlInsertionMode : byte
{
    /// <summary>Before anything: white space is ignored, a doctype sets the quirks mode.</summary>
    Initial,
    /// <summary>Before the html element.</summary>
    BeforeHtml,
    /// <summary>Before the head element.</summary>
    BeforeHead,
    /// <summary>In the head.</summary>
    InHead,
    /// <summary>In a noscript of the head (scripting off).</summary>
    InHeadNoscript,
    /// <summary>After the head, before the body.</summary>
    AfterHead,
    /// <summary>In the body.</summary>
    InBody,
    /// <summary>In the text of a raw-text or RCDATA element (script, style, title, textarea...).</summary>
    Text,
    /// <summary>In a table.</summary>
    InTable,
    /// <summary>Gathering text met in a table, to be foster-parented unless it is white space.</summary>
    InTableText,
    /// <summary>In a table caption.</summary>
    InCaption,
    /// <summary>In a column group.</summary>
    InColumnGroup,
    /// <summary>In a tbody, thead or tfoot.</summary>
    InTableBody,
    /// <summary>In a table row.</summary>
    InRow,
    /// <summary>In a table cell.</summary>
    InCell,
    /// <summary>In a select.</summary>
    InSelect,
    /// <summary>In a select inside a table.</summary>
    InSelectInTable,
    /// <summary>In a template.</summary>
    InTemplate,
    /// <summary>After the body's end tag.</summary>
    AfterBody,
    /// <summary>In a frameset.</summary>
    InFrameset,
    /// <summary>After the frameset.</summary>
    AfterFrameset,
    /// <summary>After the html end tag that followed the body.</summary>
    AfterAfterBody,
    /// <summary>After the html end tag that followed the frameset.</summary>
    AfterAfterFrameset,
}
