namespace NewsParse.Html;

/// <summary>
/// Widens a chosen container to the extent of the article, by structure alone: to its parent while it holds all of
/// the parent's text, and to a group of units that repeat the same markup and hold text like it (the posts of a thread
/// or a live blog, the steps of a how-to, the sections of a guide, an article body the page splits in several
/// containers), when the chosen container is one of them or lies inside one a few levels up. Units are alike when they
/// have the same tag and share at least half of their class names (digits folded), or, without classes, the same id
/// but for its digits, and at least half of the shapes (tag and first class) of their children; a unit counts when it is not marked as boilerplate and its link density is not much above the
/// chosen unit's. Never up to the body. Stateless and thread-safe.
/// </summary>
internal static class ContentExtent
{
    /// <summary>How many levels above the chosen container a repeated unit is looked for.</summary>
    public const int MaxUnitLevels = 4;

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
                return unit;
            }
            unit = parent;
        }
        repeated = false;
        return top;
    }

    /// <summary>True when <paramref name="sibling"/> is a unit of the same markup as <paramref name="unit"/> that holds text like it.</summary>
    public static bool IsAlikeUnit(NodeInfo unit, NodeInfo sibling)
    {
        if (sibling == unit || sibling.Name != unit.Name || sibling.Kind is not null || sibling.InUnlikely) return false;
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

    /// <summary>The characters outside links that the siblings alike to <paramref name="unit"/> hold.</summary>
    private static int AddedByRepeats(PageIndex index, NodeInfo unit)
    {
        if (string.IsNullOrWhiteSpace(unit.Element.GetAttribute("class")) && string.IsNullOrWhiteSpace(unit.Element.GetAttribute("id"))) return 0;
        int added = 0;
        foreach (var sibling in ContentSelector.ChildrenOf(index, unit.Parent!))
        {
            if (IsAlikeUnit(unit, sibling)) added += sibling.TextChars - sibling.LinkChars;
        }
        return added;
    }

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
