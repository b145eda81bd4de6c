namespace NewsParse.Html;

/// <summary>
/// Widens a chosen container to the extent of the article, by structure alone: to its parent while it holds all of
/// the parent's text, and to a group of units that repeat the same markup and hold text like it (the posts of a thread
/// or a live blog, the steps of a how-to, the sections of a guide, an article body the page splits in several
/// containers), when the chosen container is one of them or lies inside one a few levels up. Units are alike when they
/// have the same tag and share at least half of their class names (digits folded), or, without classes, the same id
/// but for its digits, and at least half of the shapes (tag and first class) of their children; a unit counts when the markup does not name it as boilerplate believably (<see cref="NamedBoilerplate.IsBelieved"/>: prose in an "elementor-widget" is no widget) and its link density is not much above the
/// chosen unit's. Teasers (units titled by a link to another page) are no such group. Never up to the body. Stateless
/// and thread-safe.
/// </summary>
internal static class ContentExtent
{
    /// <summary>How many levels above the chosen container a repeated unit is looked for.</summary>
    public const int MaxUnitLevels = 6;

    /// <summary>Fewest characters outside links the repeated units must add to the chosen one.</summary>
    public const int MinAddedChars = 100;

    /// <summary>
    /// The element that holds the article around <paramref name="candidate"/>; <paramref name="repeated"/> is true when
    /// it is one of a group of repeated units, whose alike siblings (<see cref="IsAlikeUnit"/>) belong to the article too.
    /// </summary>
    public static NodeInfo Widen(PageIndex index, NodeInfo candidate, out bool repeated)
    {
        var top = ClimbOnlyChild(candidate);
        var unit = top;
        for (int level = 0; level < MaxUnitLevels; level++)
        {
            if (unit.Parent is not { } parent || !CanHold(parent)) break;
            if (AddedByRepeats(index, unit) >= MinAddedChars)
            {
                repeated = true;
                return Outermost(index, unit, level);
            }
            unit = parent;
        }
        repeated = false;
        return top;
    }

    /// <summary>
    /// The outermost repeated unit around <paramref name="unit"/> (a repeated unit found <paramref name="level"/> levels
    /// above the chosen container), up to <see cref="MaxUnitLevels"/> levels above the container: an article a page
    /// builder splits into rows of columns of text blocks repeats at both levels, and the rows are its extent. A group
    /// further up is taken only when it adds text of its own beyond the unit's group.
    /// </summary>
    private static NodeInfo Outermost(PageIndex index, NodeInfo unit, int level)
    {
        var best = unit;
        var up = unit.Parent;
        for (int l = level + 1; l < MaxUnitLevels && up is not null && up.Parent is { } parent && CanHold(parent); l++, up = parent)
        {
            if (up.TextChars == best.TextChars) continue;
            if (AddedByRepeats(index, up) >= MinAddedChars) best = up;
        }
        return best;
    }

    /// <summary>
    /// True when <paramref name="list"/> is a list of teasers: at least three of its children are teasers
    /// (<see cref="IsTeaser"/>) and they hold most of its text. Such a list is no article, however much text its
    /// summaries hold.
    /// </summary>
    public static bool IsTeaserList(PageIndex index, NodeInfo list)
    {
        int teasers = 0, teaserChars = 0;
        foreach (var child in ContentSelector.ChildrenOf(index, list))
        {
            if (child.TextChars == 0 || !IsTeaser(index, child)) continue;
            teasers++;
            teaserChars += child.TextChars;
        }
        return teasers >= 3 && teaserChars * 5 >= list.TextChars * 3;
    }

    /// <summary>True when <paramref name="sibling"/> is a unit of the same markup as <paramref name="unit"/> that holds text like it.</summary>
    public static bool IsAlikeUnit(NodeInfo unit, NodeInfo sibling)
    {
        // a name the box's own prose contradicts ("elementor-widget" around a text block) does not set a unit apart
        if (sibling == unit || sibling.Name != unit.Name || NamedBoilerplate.IsBelieved(sibling) || sibling.InUnlikely) return false;
        if (sibling.TextChars == 0 || sibling.LinkDensity > Math.Max(0.3, unit.LinkDensity + 0.15)) return false;
        var tokens = ClassTokens(unit.Element.GetAttribute("class"));
        bool named = tokens.Count > 0
            ? Jaccard(tokens, ClassTokens(sibling.Element.GetAttribute("class"))) >= 0.5
            : FoldDigits(unit.Element.GetAttribute("id")) is { } id && id == FoldDigits(sibling.Element.GetAttribute("id"));
        // alike inside too: layout rows and grid columns share class names but hold different things
        return named && Jaccard(ChildShapes(unit), ChildShapes(sibling)) >= 0.5;
    }

    /// <summary>The shapes of an element's child elements: tag name and first class name (digits folded).</summary>
    private static HashSet<string> ChildShapes(NodeInfo node)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var child in node.Element.Children)
        {
            var classes = child.GetAttribute("class");
            string first = string.IsNullOrWhiteSpace(classes) ? "" : FoldDigits(classes.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries)[0])!;
            set.Add(child.LocalName + "." + first);
        }
        return set;
    }

    private static bool CanHold(NodeInfo node) => node.Parent is not null && node.Name is not ("body" or "html");

    private static NodeInfo ClimbOnlyChild(NodeInfo top)
    {
        while (top.Parent is { } parent && CanHold(parent) && parent.TextChars == top.TextChars) top = parent;
        return top;
    }

    /// <summary>
    /// The characters outside links that the siblings alike to <paramref name="unit"/> hold; none when the unit, or
    /// most of its alike siblings, are teasers of other pages (<see cref="IsTeaser"/>): a list of teasers is no article.
    /// </summary>
    private static int AddedByRepeats(PageIndex index, NodeInfo unit)
    {
        if (string.IsNullOrWhiteSpace(unit.Element.GetAttribute("class")) && string.IsNullOrWhiteSpace(unit.Element.GetAttribute("id"))) return 0;
        if (IsTeaser(index, unit)) return 0;
        int added = 0, alike = 0, teasers = 0;
        foreach (var sibling in ContentSelector.ChildrenOf(index, unit.Parent!))
        {
            if (!IsAlikeUnit(unit, sibling)) continue;
            alike++;
            if (IsTeaser(index, sibling)) teasers++;
            added += sibling.TextChars - sibling.LinkChars;
        }
        return teasers * 2 > alike ? 0 : added;
    }

    /// <summary>Fewest characters of a heading that is all link for it to be a title of another page (a user name in a heading is shorter).</summary>
    public const int MinTeaserTitleChars = 15;

    /// <summary>Most characters of a unit's own text before its linked title (a date, a category label).</summary>
    public const int MaxTextBeforeTitle = 60;

    /// <summary>
    /// True when <paramref name="unit"/> opens with a heading that is all link, of at least
    /// <see cref="MinTeaserTitleChars"/> characters, with at most <see cref="MaxTextBeforeTitle"/> characters of text
    /// before it: the title of another page, as teaser cards show it (posts, live-blog entries and sections title
    /// themselves, if at all, in plain text; a related box inside a long unit does not open it).
    /// </summary>
    public static bool IsTeaser(PageIndex index, NodeInfo unit)
    {
        int before = 0;
        var stack = t_teaserStack ?? new Stack<NodeInfo>();
        t_teaserStack = null; // taken while in use
        stack.Push(unit);
        var children = t_teaserChildren ?? new List<NodeInfo>();
        t_teaserChildren = null;
        bool teaser = false;
        while (stack.Count > 0 && before <= MaxTextBeforeTitle)
        {
            var node = stack.Pop();
            if (HtmlTags.HeadingLevel(node.Name) > 0)
            {
                if (node.TextChars >= MinTeaserTitleChars && node.LinkChars == node.TextChars)
                {
                    teaser = true;
                    break;
                }
                before += node.TextChars;
                continue;
            }
            if (node.Owner == node) before += node.InlineChars;
            children.Clear();
            ContentSelector.ChildrenOf(index, node).AddTo(children);
            for (int i = children.Count - 1; i >= 0; i--) stack.Push(children[i]);
        }
        stack.Clear();
        children.Clear();
        (t_teaserStack, t_teaserChildren) = (stack, children);
        return teaser;
    }

    /// <summary>The thread's scratch of <see cref="IsTeaser"/> (called for every unit of every list a page has).</summary>
    [ThreadStatic] private static Stack<NodeInfo>? t_teaserStack;

    /// <summary>See <see cref="t_teaserStack"/>.</summary>
    [ThreadStatic] private static List<NodeInfo>? t_teaserChildren;

    /// <summary>The class names of a class attribute but its utility names (<see cref="UtilityClasses"/>), lower-cased, each run of digits written as one '0'.</summary>
    internal static HashSet<string> ClassTokens(string? classes)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(classes)) return set;
        foreach (var token in classes.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var name = FoldDigits(token)!;
            if (!UtilityClasses.IsUtility(name)) set.Add(name);
        }
        return set;
    }

    private static string? FoldDigits(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var chars = new char[value.Length];
        int length = 0;
        foreach (char c in value)
        {
            char lower = char.ToLowerInvariant(c);
            if (char.IsAsciiDigit(lower))
            {
                if (length > 0 && chars[length - 1] == '0') continue;
                lower = '0';
            }
            chars[length++] = lower;
        }
        return new string(chars, 0, length);
    }

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        int common = 0;
        foreach (var token in a)
        {
            if (b.Contains(token)) common++;
        }
        return (double)common / (a.Count + b.Count - common);
    }
}
