namespace NewsParse.Html;

/// <summary>What the HTML layer needs to know about element names. Names are AngleSharp's lower-case local names.</summary>
internal static class HtmlTags
{
    /// <summary>Elements whose content is never article text: scripts, styles, embedded objects, form controls.</summary>
    public static bool IsSkipped(string name) => name switch
    {
        "script" or "style" or "noscript" or "template" or "svg" or "math" or "iframe" or "object" or "embed" or "canvas"
            or "select" or "option" or "textarea" or "input" or "button" or "head" or "title" or "meta" or "link" or "video"
            or "audio" or "map" or "dialog" => true,
        _ => false,
    };

    /// <summary>Block-level elements: they end the paragraph before them and start a new one.</summary>
    public static bool IsBlock(string name) => name switch
    {
        "html" or "body" or "p" or "div" or "section" or "article" or "main" or "header" or "footer" or "aside" or "nav"
            or "ul" or "ol" or "li" or "dl" or "dt" or "dd" or "table" or "thead" or "tbody" or "tfoot" or "tr" or "td"
            or "th" or "caption" or "blockquote" or "pre" or "figure" or "figcaption" or "h1" or "h2" or "h3" or "h4"
            or "h5" or "h6" or "form" or "fieldset" or "details" or "summary" or "hr" or "address" or "center" or "hgroup"
            or "menu" or "legend" => true,
        _ => false,
    };

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
