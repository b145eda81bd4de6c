using NewsParse.Html.Dom;

namespace NewsParse.Html;

/// <summary>What the HTML layer needs to know about element names. Names are AngleSharp's lower-case local names.</summary>
internal static class HtmlTags
{
    /// <summary>Elements whose content is never article text: scripts, styles, embedded objects, form controls.</summary>
    private static readonly string[] SkippedNames =
    [
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "select", "option", "textarea",
        "input", "button", "head", "title", "meta", "link", "video", "audio", "map", "dialog",
    ];

    /// <summary>Block-level elements: they end the paragraph before them and start a new one.</summary>
    private static readonly string[] BlockNames =
    [
        "html", "body", "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "ul", "ol", "li", "dl", "dt", "dd",
        "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "blockquote", "pre", "figure", "figcaption", "h1", "h2", "h3",
        "h4", "h5", "h6", "form", "fieldset", "details", "summary", "hr", "address", "center", "hgroup", "menu", "legend",
    ];

    private static readonly bool[] SkippedIds = IdsOf(SkippedNames);
    private static readonly bool[] BlockIds = IdsOf(BlockNames);

    /// <summary>The tag ids of <paramref name="names"/>, one flag per <see cref="HtmlTagId"/>; each name must be a known tag (an element's tag id is the look-up of its name, so an unknown name is in no list).</summary>
    private static bool[] IdsOf(string[] names)
    {
        var ids = new bool[HtmlTagTable.Count];
        foreach (var name in names)
        {
            if (!HtmlTagTable.TryLookup(name, out _, out _, out var id)) throw new InvalidOperationException($"<{name}> is not a known tag.");
            ids[(int)id] = true;
        }
        return ids;
    }

    /// <summary>True for elements whose content is never article text: scripts, styles, embedded objects, form controls.</summary>
    public static bool IsSkipped(string name) => HtmlTagTable.TryLookup(name, out _, out _, out var id) && SkippedIds[(int)id];

    /// <summary>As <see cref="IsSkipped(string)"/>, from the element's tag id (no look-up of the name).</summary>
    public static bool IsSkipped(HtmlElement element) => SkippedIds[(int)element.TagId];

    /// <summary>True for block-level elements: they end the paragraph before them and start a new one.</summary>
    public static bool IsBlock(string name) => HtmlTagTable.TryLookup(name, out _, out _, out var id) && BlockIds[(int)id];

    /// <summary>As <see cref="IsBlock(string)"/>, from the element's tag id (no look-up of the name).</summary>
    public static bool IsBlock(HtmlElement element) => BlockIds[(int)element.TagId];

    /// <summary>The level of h1-h6, else 0.</summary>
    public static int HeadingLevel(string name) =>
        name.Length == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6' ? name[1] - '0' : 0;

    /// <summary>Inline elements that make text bold.</summary>
    public static bool IsEmphasis(string name) => name is "b" or "strong";

    /// <summary>The run an inline element other than a link or bold gives in a paragraph's text: emphasis or code; null for others.</summary>
    public static Model.InlineKind? InlineRunKind(string name) => name switch
    {
        "em" or "i" or "cite" or "dfn" => Model.InlineKind.Emphasis,
        "code" or "kbd" or "samp" or "tt" => Model.InlineKind.Code,
        _ => null,
    };

    /// <summary>Readability's base score of a candidate container by its name.</summary>
    public static int BaseScore(string name) => name switch
    {
        "div" or "article" or "main" or "section" => 5,
        "pre" or "td" or "blockquote" => 3,
        "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
        _ => 0,
    };

    /// <summary>Block owners whose inline text counts as a paragraph when scoring containers.</summary>
    public static bool IsScoredParagraph(string name) => name switch
    {
        "p" or "pre" or "td" or "div" or "section" or "article" or "blockquote" or "center" or "main" or "dd" => true,
        _ => false,
    };
}
