namespace NewsParse.Html.Dom;

/// <summary>
/// A node of the light HTML tree: an <see cref="HtmlElement"/> or an <see cref="HtmlText"/>. Siblings are linked both
/// ways, so a walk with an explicit stack can push children in reverse without copying them. Built once by
/// <see cref="HtmlTreeBuilder"/>, then only read.
/// </summary>
internal abstract class HtmlNode
{
    /// <summary>The parent element; null for the root.</summary>
    public HtmlElement? Parent { get; internal set; }

    /// <summary>The next node under the same parent; null for the last child.</summary>
    public HtmlNode? NextSibling { get; internal set; }

    /// <summary>The previous node under the same parent; null for the first child.</summary>
    public HtmlNode? PreviousSibling { get; internal set; }
}
