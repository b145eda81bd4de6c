using NewsParse.Model;
using NewsParse.Html.Dom;

namespace NewsParse.Html;

/// <summary>
/// Chooses the elements that hold the article, readability-style, from the evidence of the page index: every block
/// with at least <see cref="MinParagraphChars"/> characters of its own text outside links scores
/// 1 + commas + min(chars / 85, 3), given whole to its parent, half to its grandparent and a third of its level to
/// ancestors up to five levels; a container starts from its tag's base score and its class/id weight (positive words
/// +25, negative words −25, articleBody/entry-content +25) and its total is scaled by 1 − link density. Blocks inside
/// unlikely candidates (comments, sidebars, menus, share and related boxes...) do not score.
/// <para>
/// The best container is then widened by structure (<see cref="ContentExtent"/>): to its parent while it is the only
/// text, and to the group when it, or an ancestor near it, is one of several units of the same markup holding text
/// (the posts of a thread or a live blog, the sections of a guide). The page's own description of its article
/// (<see cref="LedeMatcher"/>) is weighed against that choice: a container holding the described lede is preferred to one
/// that does not. When a choice holds too little text, the next candidate outside it is tried. Its siblings that
/// continue it are kept too: those scoring at least a fifth of it (more when they share its class) and paragraphs of
/// long, link-poor or sentence-ending text.
/// </para>
/// Stateless and thread-safe.
/// </summary>
internal static class ContentSelector
{
    public const int MinParagraphChars = 20;

    /// <summary>Fewest characters outside links the chosen content must hold; less means the page has no article.</summary>
    public const int MinArticleChars = 120;

    /// <summary>How many of the best candidates are tried, in order, when the first holds too little text.</summary>
    public const int MaxCandidatesTried = 8;

    /// <summary>Marks the chosen elements (<see cref="NodeInfo.IsContentRoot"/>) and their ancestors; returns the roots in document order, empty when the page has no article.</summary>
    /// <param name="index">The page.</param>
    /// <param name="lede">The page's own description of its article (meta description, JSON-LD), to find the article's lede by; null when the page gives none.</param>
    public static List<NodeInfo> Select(PageIndex index, LedeMatcher? lede = null)
    {
        var roots = Select(index, lede, skipUnlikely: true);
        if (roots.Count > 0) return roots;
        // as readability: when the unlikely candidates hid the article, look again with them
        foreach (var node in index.Nodes)
        {
            node.Scored = false;
            node.Score = 0;
        }
        return Select(index, lede, skipUnlikely: false);
    }

    private static List<NodeInfo> Select(PageIndex index, LedeMatcher? lede, bool skipUnlikely)
    {
        var candidates = Score(index, skipUnlikely);
        var roots = new List<NodeInfo>();
        candidates.Sort(static (a, b) => b.Score.CompareTo(a.Score));

        // The described lede, when the page has one: where the page itself says its article starts.
        var ledeBlock = lede?.Find(index, skipUnlikely);
        var rejected = new List<NodeInfo>();
        int tried = 0;
        foreach (var candidate in candidates)
        {
            if (tried == MaxCandidatesTried) break;
            if (rejected.Exists(r => IsSameBranch(r, candidate))) continue;
            tried++;
            var top = ContentExtent.Widen(index, candidate, out bool repeated);
            if (ContentExtent.IsTeaserList(index, top))
            {
                rejected.Add(top);
                continue;
            }
            NodeInfo? rival = null;
            // The page's description points at another container: its lede's container, widened the same way, is the
            // article when it holds paragraphs of its own beyond the lede and is not many times smaller than the
            // candidate (a standfirst above the body, or a lede repeated in a teaser, is no reason to leave the body).
            if (ledeBlock is not null && !IsInside(ledeBlock, top) && DescribedContainer(ledeBlock) is { } described)
            {
                var other = ContentExtent.Widen(index, described, out bool otherRepeated);
                int otherChars = ArticleChars(other);
                if (!IsInside(top, other) && otherChars - ArticleChars(ledeBlock) >= MinArticleChars && otherChars * MaxRivalRatio >= ArticleChars(top)
                    && Paragraphs(index, other, ledeBlock) >= 2)
                {
                    rival = top;
                    top = other;
                    repeated = otherRepeated;
                }
            }
            CollectRoots(index, top, repeated, skipUnlikely, roots, rival);
            if (ArticleCharsOf(roots) >= MinArticleChars) break;
            rejected.Add(top);
            roots.Clear();
        }
        // No candidate holds an article, but the page describes one that it shows: that text is the article (a video
        // or photo page whose only text is its description).
        if (roots.Count == 0 && ledeBlock is not null && DescribedContainer(ledeBlock) is { } last)
        {
            var lastTop = ContentExtent.Widen(index, last, out bool lastRepeated);
            CollectRoots(index, lastTop, lastRepeated, skipUnlikely, roots, rival: null);
            if (ArticleCharsOf(roots) < MinArticleChars) roots.Clear();
        }
        if (roots.Count > 0)
        {
            IncludeStandfirst(index, roots);
            IncludeContinuation(index, roots);
            if (ledeBlock is not null) IncludeLede(ledeBlock, roots);
        }
        if (ledeBlock is not null) UnnameLedeBox(ledeBlock, roots);
        foreach (var root in roots)
        {
            root.IsContentRoot = true;
            for (var up = root; up is not null && !up.HoldsContent; up = up.Parent) up.HoldsContent = true;
        }
        return roots;
    }

    /// <summary>
    /// True when <paramref name="row"/> is a row of data that no cell of it scores for: two or more cells, each with
    /// less than <see cref="MinParagraphChars"/> characters outside links, at least <see cref="MinParagraphChars"/>
    /// characters in all, and a cell of text that is no link (a rank, a number, a year): a row of a list page's table.
    /// </summary>
    private static bool IsRowOfData(PageIndex index, NodeInfo row)
    {
        if (row.TextChars < MinParagraphChars || row.LinkChars == row.TextChars) return false;
        int cells = 0;
        bool plain = false;
        foreach (var cell in row.Element.Children)
        {
            if (cell.LocalName is not ("td" or "th") || index.Find(cell) is not { TextChars: > 0 } info) continue;
            if (info.TextChars - info.LinkChars >= MinParagraphChars) return false;
            cells++;
            plain |= info.LinkChars == 0;
        }
        return cells >= 2 && plain;
    }

    /// <summary>Least share of the page's text an element named unlikely (a footer, a header, a sidebar) holds to be read as the page's wrapper rather than that box.</summary>
    public const double MinWrapperShare = 0.75;

    /// <summary>
    /// True when <paramref name="node"/>, named as an unlikely candidate, wraps the page: it holds at least
    /// <see cref="MinWrapperShare"/> of the page's <paramref name="pageChars"/> characters and at least
    /// <see cref="MinArticleChars"/> outside links. A footer, header or sidebar is a part of the page; a class naming one on
    /// an element holding nearly all of it ("above-footer" around the whole page) names where the page's layout puts it,
    /// not what it holds, and the boxes inside it are weighed by their own names.
    /// </summary>
    private static bool IsPageWrapper(NodeInfo node, int pageChars) =>
        node.TextChars - node.LinkChars >= MinArticleChars && node.TextChars >= pageChars * MinWrapperShare;

    /// <summary>
    /// Scores the containers of the page's paragraphs; returns the containers that got a score. An unlikely name on
    /// the page's wrapper (<see cref="IsPageWrapper"/>) is lifted on the way: <see cref="NodeInfo.InUnlikely"/> of its
    /// subtree is read again from the names below it.
    /// </summary>
    private static List<NodeInfo> Score(PageIndex index, bool skipUnlikely)
    {
        var candidates = new List<NodeInfo>();
        int pageChars = index.Body?.TextChars ?? 0;
        NodeInfo? wrapper = null;
        foreach (var node in index.Nodes)
        {
            // Nodes come in document order: a node no deeper than the wrapper is past its subtree.
            if (wrapper is not null && node.Depth <= wrapper.Depth) wrapper = null;
            if (wrapper is null && node.InUnlikely && (node.Hints & HintFlags.Unlikely) != 0 && node.Parent is { InUnlikely: false } && IsPageWrapper(node, pageChars))
            {
                wrapper = node;
                node.InUnlikely = false;
            }
            else if (wrapper is not null) node.InUnlikely = (node.Hints & HintFlags.Unlikely) != 0 || node.Parent!.InUnlikely;
            if (node.Owner != node || (skipUnlikely && node.InUnlikely)) continue;
            double score;
            NodeInfo? ancestor;
            if (node.Name == "tr")
            {
                // a row of short cells (a list page's table) reads as one paragraph of its table
                if (!IsRowOfData(index, node)) continue;
                score = 1 + Math.Min(node.TextChars / 85.0, 3);
                ancestor = node.Parent;
            }
            else
            {
                if (!HtmlTags.IsScoredParagraph(node.Name)) continue;
                int chars = node.InlineChars - node.InlineLinkChars;
                if (chars < MinParagraphChars) continue;
                score = 1 + node.InlineCommas + Math.Min(chars / 85.0, 3);
                // inline text straight in a container reads as paragraphs of that container (readability wraps it in <p>)
                ancestor = node.Name is "p" or "pre" or "td" or "blockquote" or "dd" ? node.Parent : node;
            }
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
        foreach (var candidate in candidates) candidate.Score *= 1 - candidate.LinkDensity;
        return candidates;
    }

    /// <summary>
    /// The chosen element and the siblings that continue it, in document order: when it is a repeated unit, every unit
    /// alike; never a sibling holding <paramref name="rival"/>, the container the page's description ruled out.
    /// </summary>
    private static void CollectRoots(PageIndex index, NodeInfo top, bool repeated, bool skipUnlikely, List<NodeInfo> roots, NodeInfo? rival)
    {
        var siblingsOf = top.Parent;
        if (siblingsOf is null)
        {
            roots.Add(top);
            return;
        }
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
            if ((skipUnlikely && child.InUnlikely) || NamedBoilerplate.IsBelieved(child) || (rival is not null && IsInside(rival, child))) continue;
            if (repeated && ContentExtent.IsAlikeUnit(top, child))
            {
                included[i] = true;
                continue;
            }
            // teasers of other pages do not continue the article, however much their summaries score
            if (child.Scored && (ContentExtent.IsTeaser(index, child) || ContentExtent.IsTeaserList(index, child))) continue;
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

    /// <summary>How many levels above the first root the standfirst is looked for among the preceding siblings.</summary>
    public const int MaxStandfirstLevels = 3;

    /// <summary>Fewest characters outside links of a standfirst.</summary>
    public const int MinStandfirstChars = 100;

    /// <summary>Fewest words of a standfirst.</summary>
    public const int MinStandfirstWords = 8;

    /// <summary>Longest block of links passed over on the way to a standfirst.</summary>
    public const int MaxPassedLinkChars = 40;

    /// <summary>How many blocks before the content are looked at for a standfirst.</summary>
    public const int MaxBlocksBeforeStandfirst = 6;

    /// <summary>
    /// The standfirst (lead, deck, summary) that pages put before the body's container, outside it: the nearest prose
    /// block before the first root, among the preceding siblings of the root and of its ancestors up to
    /// <see cref="MaxStandfirstLevels"/> levels, becomes a root of its own. Prose: at least
    /// <see cref="MinStandfirstChars"/> characters outside links, nearly no links, no h1 (the headline). Short blocks
    /// (a byline, a date, a label) and what the markup names as ad slots, share bars, captions or bylines are passed
    /// over; a block of links or other boilerplate ends the search, as does a seventh block.
    /// </summary>
    private static void IncludeStandfirst(PageIndex index, List<NodeInfo> roots)
    {
        int looked = 0;
        var node = roots[0];
        var siblings = new List<NodeInfo>();
        var blocks = new List<NodeInfo>();
        for (int level = 0; level < MaxStandfirstLevels && node.Parent is { } parent && parent.Parent is not null && parent.Name is not ("body" or "html"); level++, node = parent)
        {
            siblings.Clear();
            ChildrenOf(index, parent).AddTo(siblings);
            for (int k = siblings.IndexOf(node) - 1; k >= 0; k--)
            {
                var sibling = siblings[k];
                if (sibling.TextChars == 0) continue;
                if (sibling.Kind is { } kind && NamedBoilerplate.IsBelieved(sibling))
                {
                    // what stands between a headline and its body (ad slots, share bars, captions, bylines) is passed over
                    if (kind is BoilerplateKind.Advertisement or BoilerplateKind.ShareBar or BoilerplateKind.SocialPrompt
                        or BoilerplateKind.Caption or BoilerplateKind.Other && ++looked <= MaxBlocksBeforeStandfirst) continue;
                    return;
                }
                blocks.Clear();
                BlocksOf(index, sibling, blocks);
                for (int b = blocks.Count - 1; b >= 0; b--)
                {
                    var block = blocks[b];
                    if (++looked > MaxBlocksBeforeStandfirst) return;
                    int own = block.InlineChars - block.InlineLinkChars;
                    // a short link (a title linking to itself, a section label) is passed over; a block of links ends the search
                    if (block.InlineLinkChars * 2 > block.InlineChars && block.InlineChars >= MaxPassedLinkChars) return;
                    if (block.Kind is not null) return;
                    if (own < MinStandfirstChars || block.Name == "h1" || block.InlineLinkChars * 10 > block.InlineChars) continue;
                    if (IsInsideNamed(block, sibling)) return;
                    // written to be read: words, not a web address or a code
                    if (TextCollector.Flat(block.Element, 400).Count(static c => c == ' ') < MinStandfirstWords - 1) continue;
                    roots.Insert(0, block);
                    return;
                }
            }
        }
    }

    /// <summary>
    /// Fewest characters of a described lede before the content read as its standfirst: a one-line dek under the
    /// headline (a subtitle, most news sites' "sub-head") is shorter, and stays apart from the body as the headline does.
    /// </summary>
    public const int MinLedeStandfirstChars = 140;

    /// <summary>How many levels above the first root the described lede may stand and be read as its standfirst.</summary>
    public const int MaxLedeLevels = 5;

    /// <summary>
    /// The described lede standing before the content, outside it, under one of the first root's ancestors up to
    /// <see cref="MaxLedeLevels"/> levels and in nothing named as boilerplate below that ancestor, is the article's
    /// standfirst: the page's own description says so.
    /// </summary>
    private static void IncludeLede(NodeInfo lede, List<NodeInfo> roots)
    {
        foreach (var root in roots)
        {
            if (IsInside(lede, root)) return;
        }
        var first = roots[0];
        if (lede.Element.Index > first.Element.Index || lede.InlineChars - lede.InlineLinkChars < MinLedeStandfirstChars) return;
        var common = first;
        for (int level = 0; level < MaxLedeLevels && common is not null && !IsInside(lede, common); level++) common = common.Parent;
        if (common is null || common.Parent is null || common.Name is "body" or "html" || !IsInside(lede, common)) return;
        for (var up = lede; up is not null && up != common; up = up.Parent)
        {
            if (up.Kind is not null || up.InUnlikely) return;
        }
        roots.Insert(0, lede);
    }

    /// <summary>
    /// A box inside the chosen content that the markup names as boilerplate (a "caption" under a video, a "teaser"
    /// wrapper) yet holds the described lede and most of the content's text is the article's text: the page's own
    /// description says so, and a caption or credit is a small part of what it stands in. It is marked as holding
    /// content (<see cref="NodeInfo.HoldsContent"/>), so it is written as content, not set apart by its name.
    /// </summary>
    private static void UnnameLedeBox(NodeInfo lede, List<NodeInfo> roots)
    {
        foreach (var root in roots)
        {
            if (!IsInside(lede, root)) continue;
            for (var up = lede; up is not null && up != root; up = up.Parent)
            {
                if (up.Kind is not null && up.TextChars * 2 > root.TextChars) up.HoldsContent = true;
            }
            return;
        }
    }

    /// <summary>How many blocks after the content are looked at for its continuation.</summary>
    public const int MaxBlocksAfterContent = 12;

    /// <summary>
    /// The article's text that goes on after the chosen container, outside it (a body split from its lead by a photo,
    /// the last paragraphs in a container of their own): among the following siblings of the last root and of its
    /// ancestors up to <see cref="MaxStandfirstLevels"/> levels, prose blocks as a standfirst is (<see
    /// cref="MinStandfirstChars"/> characters, <see cref="MinStandfirstWords"/> words, nearly no links) become roots,
    /// in order. Short blocks (a caption, a date) and weakly named boxes are passed over; a heading, a block of links, a
    /// teaser, or a box the markup names as boilerplate ends the search, as does the
    /// <see cref="MaxBlocksAfterContent"/>th block.
    /// </summary>
    private static void IncludeContinuation(PageIndex index, List<NodeInfo> roots)
    {
        int looked = 0;
        var node = roots[^1];
        var siblings = new List<NodeInfo>();
        var blocks = new List<NodeInfo>();
        var found = new List<NodeInfo>();
        for (int level = 0; level < MaxStandfirstLevels && node.Parent is { } parent && parent.Parent is not null && parent.Name is not ("body" or "html"); level++, node = parent)
        {
            siblings.Clear();
            ChildrenOf(index, parent).AddTo(siblings);
            for (int k = siblings.IndexOf(node) + 1; k < siblings.Count; k++)
            {
                var sibling = siblings[k];
                if (sibling.TextChars == 0) continue;
                if (NamedBoilerplate.IsBelieved(sibling))
                {
                    if (sibling.Kind is BoilerplateKind.Advertisement or BoilerplateKind.Caption or BoilerplateKind.Other && ++looked <= MaxBlocksAfterContent) continue;
                    roots.AddRange(found);
                    return;
                }
                if (ContentExtent.IsTeaser(index, sibling) || ContentExtent.IsTeaserList(index, sibling)) break;
                blocks.Clear();
                BlocksOf(index, sibling, blocks);
                foreach (var block in blocks)
                {
                    if (NamedWithin(block, sibling) is { } named)
                    {
                        if (named.Kind is BoilerplateKind.Advertisement or BoilerplateKind.Caption or BoilerplateKind.Other) continue;
                        roots.AddRange(found);
                        return;
                    }
                    if (++looked > MaxBlocksAfterContent || HtmlTags.HeadingLevel(block.Name) > 0
                        || (block.InlineLinkChars * 2 > block.InlineChars && block.InlineChars >= MaxPassedLinkChars))
                    {
                        roots.AddRange(found);
                        return;
                    }
                    int own = block.InlineChars - block.InlineLinkChars;
                    if (own < MinStandfirstChars || block.InlineLinkChars * 10 > block.InlineChars) continue;
                    if (TextCollector.Flat(block.Element, 400).Count(static c => c == ' ') < MinStandfirstWords - 1) continue;
                    found.Add(block);
                }
            }
        }
        roots.AddRange(found);
    }

    /// <summary>The blocks (elements owning inline text) of <paramref name="node"/>'s subtree, in document order.</summary>
    private static void BlocksOf(PageIndex index, NodeInfo node, List<NodeInfo> blocks)
    {
        var stack = new Stack<NodeInfo>();
        stack.Push(node);
        var children = new List<NodeInfo>();
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (current.Owner == current && current.InlineChars > 0) blocks.Add(current);
            children.Clear();
            ChildrenOf(index, current).AddTo(children);
            for (int i = children.Count - 1; i >= 0; i--) stack.Push(children[i]);
        }
    }

    /// <summary>True when an element between <paramref name="block"/> and <paramref name="top"/> (both included) is named as boilerplate (an "unlikely" header is not: the article's header holds its standfirst).</summary>
    private static bool IsInsideNamed(NodeInfo block, NodeInfo top) => NamedWithin(block, top) is not null;

    /// <summary>The nearest element between <paramref name="block"/> and <paramref name="top"/> (both included) named as boilerplate, believed; null when there is none.</summary>
    private static NodeInfo? NamedWithin(NodeInfo block, NodeInfo top)
    {
        for (var up = block; up is not null; up = up.Parent)
        {
            if (NamedBoilerplate.IsBelieved(up)) return up;
            if (up == top) break;
        }
        return null;
    }

    /// <summary>How many times more text than the described container a candidate may hold and still lose to it.</summary>
    public const int MaxRivalRatio = 5;

    /// <summary>The paragraphs of at least <see cref="LedeMatcher.MinParagraphChars"/> characters outside links inside <paramref name="container"/>, <paramref name="except"/> left out.</summary>
    private static int Paragraphs(PageIndex index, NodeInfo container, NodeInfo except)
    {
        int count = 0;
        var stack = new Stack<NodeInfo>();
        stack.Push(container);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node != except && node.Owner == node && node.InlineChars - node.InlineLinkChars >= LedeMatcher.MinParagraphChars) count++;
            foreach (var child in ChildrenOf(index, node)) stack.Push(child);
        }
        return count;
    }

    /// <summary>The container of the described lede: the nearest of its ancestors up to four levels that the markup names as the article body, else the best-scored of them (as far as a paragraph's score reaches).</summary>
    private static NodeInfo? DescribedContainer(NodeInfo lede)
    {
        NodeInfo? best = null;
        var container = lede.Name is "p" or "pre" or "td" or "blockquote" or "dd" ? lede.Parent : lede;
        for (int level = 0; level < 5 && container is { Parent: not null } && container.Name is not ("body" or "html"); level++, container = container.Parent)
        {
            // the markup's own article body (articleBody, entry-content...) holding the lede is the container
            if ((container.Hints & HintFlags.ArticleBody) != 0 && !container.InUnlikely) return container;
            if (container.Scored && (best is null || container.Score > best.Score)) best = container;
        }
        return best;
    }

    /// <summary>True when <paramref name="node"/> is <paramref name="ancestor"/> or inside it.</summary>
    internal static bool IsInside(NodeInfo node, NodeInfo ancestor)
    {
        if (node.Depth < ancestor.Depth) return false;
        for (var up = node; up is not null; up = up.Parent)
        {
            if (up == ancestor) return true;
            if (up.Depth <= ancestor.Depth) return false;
        }
        return false;
    }

    private static bool IsSameBranch(NodeInfo a, NodeInfo b) => IsInside(a, b) || IsInside(b, a);

    private static int ArticleChars(NodeInfo node) => node.TextChars - node.LinkChars;

    private static int ArticleCharsOf(List<NodeInfo> roots)
    {
        int chars = 0;
        foreach (var root in roots) chars += ArticleChars(root);
        return chars;
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

    internal static ChildInfos ChildrenOf(PageIndex index, NodeInfo parent) => new(index, parent);

    private static bool EndsSentence(NodeInfo node)
    {
        var text = TextCollector.Flat(node.Element, 200);
        return text.Length > 0 && text[^1] is '.' or '!' or '?' or '"' or '”' or '。';
    }
}
