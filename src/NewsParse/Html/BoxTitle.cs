using NewsParse.Html.Dom;

namespace NewsParse.Html;

/// <summary>
/// Tells a tagged heading that titles a box set inside the article's text from a heading of the article's own: a
/// teaser or call to action ("Keep Reading", an image, a linked title) holds headings and nothing to read under them.
/// Its box, the heading's parent (never the content itself), holds no text outside headings, at least one heading
/// more, and an image or a linked heading, and less than half the article's text. What follows such a box is the article's text going on, not the heading's
/// section, so the heading is no section heading. One level of children is looked at; stateless and thread-safe.
/// </summary>
internal static class BoxTitle
{
    /// <summary>True when <paramref name="heading"/> titles a box of headings inside <paramref name="content"/> (see the type's remarks).</summary>
    public static bool Is(HtmlElement heading, HtmlElement content, PageIndex index)
    {
        if (heading.Parent is not { } box || ReferenceEquals(box, content)) return false;
        // a box holding half the article's text is the article (a post written all in headings), not a box in it
        if (index.Find(box) is not { } boxInfo || index.Find(content) is not { } contentInfo || boxInfo.TextChars * 2 > contentInfo.TextChars) return false;
        int headings = 0;
        bool other = false, linked = false;
        for (var node = box.FirstChild; node is not null; node = node.NextSibling)
        {
            if (node is HtmlText text)
            {
                if (!text.Span.IsWhiteSpace()) return false;
                continue;
            }
            if (node is not HtmlElement element || index.Find(element) is not { } info) continue;
            if (IsHeading(element))
            {
                headings++;
                linked |= info.LinkChars > 0;
            }
            else if (info.TextChars > 0) return false;
            else other = true;   // a part without text: an image, a figure, a button
        }
        return headings >= 2 && (other || linked);
    }

    private static bool IsHeading(HtmlElement element) =>
        HtmlTags.HeadingLevel(element.LocalName) > 0
        || (element.AttributeCount > 0 && string.Equals(element.GetAttribute("role"), "heading", StringComparison.OrdinalIgnoreCase));
}
