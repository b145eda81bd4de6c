namespace NewsParse.Html.Dom;

/// <summary>What the tree builder needs to know of a tag name in the HTML namespace (HTML Living Standard §13.2.4.2, §13.2.6).</summary>
[Flags]
internal enum HtmlTagTraits : uint
{
    None = 0,
    /// <summary>A void element: never has content, no end tag.</summary>
    Void = 1 << 0,
    /// <summary>The standard's "special" category (§13.2.4.2): an end tag of an inline element never closes one of these.</summary>
    Special = 1 << 1,
    /// <summary>Bounds the default scope, and so the list item and button scopes (§13.2.4.2: applet, caption, html, table, td, th, marquee, object, template; MathML mi, mo, mn, ms, mtext, annotation-xml; SVG foreignObject, desc, title).</summary>
    ScopeBoundary = 1 << 2,
    /// <summary>A formatting element (a, b, i, strong...): kept in the list of active formatting elements.</summary>
    Formatting = 1 << 3,
    /// <summary>Its content is raw text up to its end tag (script, style, xmp, iframe, noembed, noframes).</summary>
    RawText = 1 << 4,
    /// <summary>Its content is text with character references up to its end tag (title, textarea).</summary>
    RcData = 1 << 5,
    /// <summary>Also bounds the list item scope (ol, ul).</summary>
    ListScopeBoundary = 1 << 6,
    /// <summary>h1 to h6.</summary>
    Heading = 1 << 7,
    /// <summary>Also bounds the button scope (button).</summary>
    ButtonScopeBoundary = 1 << 8,
    /// <summary>Closes itself often enough that pages leave it open (p, li, td...): not counted when tracking depth beyond the limit.</summary>
    ImpliedEnd = 1 << 9,
    /// <summary>An HTML start tag that ends foreign (SVG, MathML) content (§13.2.6.5; font only with color, face or size).</summary>
    ForeignBreakout = 1 << 10,
    /// <summary>Bounds the table scope (html, table, template).</summary>
    TableScopeBoundary = 1 << 11,
    /// <summary>Its content is text up to the end of the page (plaintext).</summary>
    PlainText = 1 << 12,
    /// <summary>Closed by "generate implied end tags" (§13.2.6.3: dd, dt, li, optgroup, option, p, rb, rp, rt, rtc).</summary>
    EndImplied = 1 << 13,
    /// <summary>Also closed by "generate all implied end tags thoroughly" (caption, colgroup, tbody, td, tfoot, th, thead, tr).</summary>
    EndImpliedThoroughly = 1 << 14,
    /// <summary>A foreign element where HTML start tags and text are read as HTML (§13.2.6: SVG foreignObject, desc, title; MathML annotation-xml with an HTML encoding).</summary>
    HtmlIntegrationPoint = 1 << 15,
    /// <summary>A MathML element where start tags (but mglyph and malignmark) and text are read as HTML (mi, mo, mn, ms, mtext).</summary>
    MathMlTextIntegrationPoint = 1 << 16,
}
