using NewsParse.Html.Dom;

namespace NewsParse.Html;

/// <summary>
/// Chooses the elements that hold the article, readability-style, from the evidence of the page index: every block
/// with at least <see cref="MinParagraphChars"/> characters of its own text outside links scores
/// 1 + commas + min(chars / 85, 3), given whole to its parent, half to its grandparent and a third of its level to
/// ancestors up to five levels; a container starts from its tag's base score and its class/id weight (positive words
/// +25, negative words −25, articleBody/entry-content +25) and its total is scaled by 1 − link density. Blocks inside
/// unlikely candidates (comments, sidebars, menus, share and related boxes...) do not score. The best container wins,
/// climbing to its parent while it is an only child; its siblings that continue it are kept too: those scoring at
/// least a fifth of it (more when they share its class) and paragraphs of long, link-poor or sentence-ending text.
/// Stateless and thread-safe.
/// </summary>
internal static class ContentSelector
{
    public const int MinParagraphChars = 20;

    /// <summary>Fewest characters outside links the chosen content must hold; less means the page has no article.</summary>
    public const int MinArticleChars = 120;

    /// <summary>Marks the chosen elements (<see cref="NodeInfo.IsContentRoot"/>) and their ancestors; returns the roots in document order, empty when the page has no article.</summary>
    public static List<NodeInfo> Select(PageIndex index)
    {
        var roots = Select(index, skipUnlikely: true);
        if (roots.Count > 0) return roots;
        // as readability: when the unlikely candidates hid the article, look again with them
        foreach (var node in index.Nodes)
        {
            node.Scored = false;
            node.Score = 0;
        }
        return Select(index, skipUnlikely: false);
    }

    private static List<NodeInfo> Select(PageIndex index, bool skipUnlikely)
    {
        var candidates = new List<NodeInfo>();
        foreach (var node in index.Nodes)
        {
            if (node.Owner != node || (skipUnlikely && node.InUnlikely) || !HtmlTags.IsScoredParagraph(node.Name)) continue;
            int chars = node.InlineChars - node.InlineLinkChars;
            if (chars < MinParagraphChars) continue;
            double score = 1 + node.InlineCommas + Math.Min(chars / 85.0, 3);
            // inline text straight in a container reads as paragraphs of that container (readability wraps it in <p>)
            var ancestor = node.Name is "p" or "pre" or "td" or "blockquote" or "dd" ? node.Parent : node;
            for (int level = 0; level < 5 && ancestor is not null; level++, ancestor = ancestor.Parent)
            {
                if (ancestor.Parent is null) break;
                if (!ancestor.Scored)
                {
                    ancestor.Scored = true;
                    ancestor.Score = HtmlTags.BaseScore(ancestor.Name) + ancestor.ClassWeight + ((ancestor.Hints & HintFlags.ArticleBody) != 0 ? 25 : 0);
                    candidates.Add(ancestor);
                }
                ancestor.Score += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
            }
        }

        NodeInfo? top = null;
        foreach (var candidate in candidates)
        {
            candidate.Score *= 1 - candidate.LinkDensity;
            if (top is null || candidate.Score > top.Score) top = candidate;
        }
        var roots = new List<NodeInfo>();
        if (top is null) return roots;
        while (top.Parent is { } parent && parent.Parent is not null && OnlyVisibleChild(parent, top)) top = parent;

        var siblingsOf = top.Parent;
        if (siblingsOf is null)
        {
            roots.Add(top);
        }
        else
        {
            double threshold = Math.Max(10, top.Score * 0.2);
            string? topClass = top.Element.GetAttribute("class");
            var kids = ChildrenOf(index, siblingsOf).ToList();
            var included = new bool[kids.Count];
            for (int i = 0; i < kids.Count; i++)
            {
                var child = kids[i];
                if (child == top)
                {
                    included[i] = true;
                    continue;
                }
                if ((skipUnlikely && child.InUnlikely) || child.Kind is not null) continue;
                double bonus = topClass is { Length: > 0 } && child.Element.GetAttribute("class") == topClass ? top.Score * 0.2 : 0;
                if (child.Scored && child.Score + bonus >= threshold)
                {
                    included[i] = true;
                    continue;
                }
                if (child.Name == "p" || (child.Owner == child && child.InlineChars == child.TextChars && HtmlTags.IsScoredParagraph(child.Name)))
                {
                    int length = child.TextChars;
                    double density = child.LinkDensity;
                    if (length > 70 && density < 0.25) included[i] = true;
                    else if (length > 0 && length <= 70 && density == 0 && EndsSentence(child)) included[i] = true;
                }
            }
            IncludeInnerTitles(kids, included);
            for (int i = 0; i < kids.Count; i++)
            {
                if (included[i]) roots.Add(kids[i]);
            }
        }
        // The article is the chosen element with the siblings that continue it: too little text in all of them is no article.
        int articleChars = 0;
        foreach (var root in roots) articleChars += root.TextChars - root.LinkChars;
        if (articleChars < MinArticleChars)
        {
            roots.Clear();
            return roots;
        }
        foreach (var root in roots)
        {
            root.IsContentRoot = true;
            for (var up = root; up is not null && !up.HoldsContent; up = up.Parent) up.HoldsContent = true;
        }
        return roots;
    }

    /// <summary>Most characters of a sibling read as a title between the content's siblings.</summary>
    private const int MaxTitleChars = 150;

    /// <summary>
    /// What stands between the content's siblings belongs to the content: headings written as their own elements (a
    /// bold title in a div between the paragraph divs), lists, tables. A sibling that the page does not mark as
    /// boilerplate and that is not mostly links is included when content siblings stand on both sides of it; the
    /// sibling right before the first is included when it is a short title (heading tag or bold text only), and lists and
    /// tables right after the last when they are not mostly links.
    /// </summary>
    private static void IncludeInnerTitles(List<NodeInfo> kids, bool[] included)
    {
        int first = Array.IndexOf(included, true);
        int last = Array.LastIndexOf(included, true);
        if (first < 0) return;
        for (int i = Math.Max(0, first - 1); i < last; i++)
        {
            var kid = kids[i];
            if (included[i] || kid.Kind is not null || kid.TextChars == 0) continue;
            if (i > first ? kid.LinkDensity < 0.25 : kid.TextChars <= MaxTitleChars && kid.LinkChars == 0 && IsTitle(kid)) included[i] = true;
        }
        // A list or table right after the last paragraph goes on with the text (links lists stay out).
        for (int i = last + 1; i < kids.Count; i++)
        {
            var kid = kids[i];
            if (kid.Kind is not null || kid.LinkDensity >= 0.25 || kid.Name is not ("ul" or "ol" or "dl" or "table")) break;
            included[i] = true;
        }
    }

    private static bool IsTitle(NodeInfo node)
    {
        var element = node.Element;
        if (element.LocalName is "h2" or "h3" or "h4" or "h5" or "h6" || element.GetAttribute("role") == "heading") return true;
        HtmlElement? only = null;
        foreach (var child in element.Children)
        {
            if (only is not null) return false;
            only = child;
        }
        return only is not null && only.LocalName is "b" or "strong" or "h2" or "h3" or "h4" or "h5" or "h6"
            && only.TextContent.Trim().Length == element.TextContent.Trim().Length;
    }

    private static bool OnlyVisibleChild(NodeInfo parent, NodeInfo child) => parent.TextChars == child.TextChars && parent.Name is not ("body" or "html");

    private static IEnumerable<NodeInfo> ChildrenOf(PageIndex index, NodeInfo parent)
    {
        foreach (var element in parent.Element.Children)
        {
            if (index.Find(element) is { } info) yield return info;
        }
    }

    private static bool EndsSentence(NodeInfo node)
    {
        var text = TextCollector.Flat(node.Element, 200);
        return text.Length > 0 && text[^1] is '.' or '!' or '?' or '"' or '”' or '。';
    }
}
