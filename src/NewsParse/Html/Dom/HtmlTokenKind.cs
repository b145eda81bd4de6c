namespace NewsParse.Html.Dom;

/// <summary>What <see cref="HtmlTokenizer.Next"/> read. Comments and bogus comments are skipped and give no token.</summary>
internal enum HtmlTokenKind : byte
{
    /// <summary>The end of the page.</summary>
    EndOfFile,
    /// <summary>A run of text (raw text of a script or style, CDATA in SVG, or ordinary text).</summary>
    Text,
    /// <summary>A start tag with its attributes.</summary>
    StartTag,
    /// <summary>An end tag (its attributes are read and dropped).</summary>
    EndTag,
    /// <summary>A doctype declaration.</summary>
    Doctype,
}
