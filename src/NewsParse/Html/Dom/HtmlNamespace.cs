namespace NewsParse.Html.Dom;

/// <summary>The namespace of an element: HTML, or the foreign content of an <c>svg</c> or <c>math</c> element.</summary>
internal enum HtmlNamespace : byte
{
    /// <summary>An HTML element.</summary>
    Html,
    /// <summary>An element inside <c>svg</c> (and the svg element itself).</summary>
    Svg,
    /// <summary>An element inside <c>math</c> (and the math element itself).</summary>
    MathMl,
}
