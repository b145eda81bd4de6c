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
    /// <summary>A formatting element (a, b, i, strong...): kept in the list of active formatting elements.</summary>
    Formatting = 1 << 3,
    /// <summary>Its content is raw text up to its end tag (script, style, xmp, iframe, noembed, noframes).</summary>
    RawText = 1 << 4,
    /// <summary>Its content is text with character references up to its end tag (title, textarea).</summary>
    RcData = 1 << 5,
    /// <summary>h1 to h6.</summary>
    Heading = 1 << 7,
    /// <summary>Closes itself often enough that pages leave it open (p, li, td...): not counted when tracking depth beyond the limit.</summary>
    ImpliedEnd = 1 << 9,
    /// <summary>An HTML start tag that ends foreign (SVG, MathML) content (§13.2.6.5; font only with color, face or size).</summary>
    ForeignBreakout = 1 << 10,
    /// <summary>Its content is text up to the end of the page (plaintext).</summary>
    PlainText = 1 << 12,
}
