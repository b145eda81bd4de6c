namespace NewsParse.Html.Dom;

/// <summary>
/// How the tokenizer reads the content of the element the tree builder has just opened (HTML Living Standard §13.2.5):
/// set by the builder, as the standard's tree construction switches the tokenizer's state.
/// </summary>
internal enum HtmlTextState : byte
{
    /// <summary>Markup (the data state).</summary>
    Data,
    /// <summary>Text with character references up to the element's end tag (title, textarea).</summary>
    RcData,
    /// <summary>Raw text up to the element's end tag (style, xmp, iframe, noembed, noframes).</summary>
    RawText,
    /// <summary>Raw text up to the element's end tag, except inside the escaped sections "&lt;!--" … "--&gt;" where "&lt;script&gt;" nests (script).</summary>
    ScriptData,
    /// <summary>Raw text to the end of the page (plaintext).</summary>
    PlainText,
}
