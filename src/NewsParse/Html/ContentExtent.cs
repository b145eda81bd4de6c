namespace NewsParse.Html;

/// <summary>
/// Widens a chosen container to the extent of the article, by structure alone: to its parent while it holds all of
/// the parent's text, and to the parent of a group of units that repeat the same markup and hold text like it (the posts
/// of a thread or a live blog, the steps of a how-to, the sections of a guide), when the chosen container is one of them
/// or lies inside one a few levels up. Units are alike when they have the same tag and share at least half of their
/// class names (digits folded), or, without classes, the same id but for its digits; a unit counts when it is not
/// marked as boilerplate and its link density is not much above the chosen unit's. Never above an element the page marks
/// as the article body, nor up to the body. Stateless and thread-safe.
/// </summary>
internal static class ContentExtent
{
    /// <summary>How many levels above the chosen container a repeated unit is looked for.</summary>
    public const int MaxUnitLevels = 4;

    /// <summary>Fewest characters outside links a repeated unit must add, and at least half the chosen unit's.</summary>
    public const int MinAddedChars = 100;

    /// <summary>The element that holds the article around <paramref name="candidate"/>.</summary>
    public static NodeInfo Widen(PageIndex index, NodeInfo candidate)
    {
        var top = ClimbOnlyChild(candidate);
        var unit = top;
        for (int level = 0; level < MaxUnitLevels; level++)
        {
            if ((unit.Hints & HintFlags.ArticleBody) != 0) break;
            if (unit.Parent is not { } parent || !CanHold(parent)) break;
            if (HasRepeats(index, unit))
            {
                top = ClimbOnlyChild(parent);
                break;
            }
            unit = parent;
        }
        return top;
    }

    private static bool CanHold(NodeInfo node) => node.Parent is not null && node.Name is not ("body" or "html");

    private static NodeInfo ClimbOnlyChild(NodeInfo top)
    {
        while (top.Parent is { } parent && CanHold(parent) && parent.TextChars == top.TextChars) top = parent;
        return top;
    }

    /// <summary>True when siblings of the same markup as <paramref name="unit"/> add text enough to be read with it.</summary>
    private static bool HasRepeats(PageIndex index, NodeInfo unit)
    {
        var tokens = ClassTokens(unit.Element.GetAttribute("class"));
        string? id = tokens.Count == 0 ? FoldDigits(unit.Element.GetAttribute("id")) : null;
        if (tokens.Count == 0 && id is null) return false;
        int own = unit.TextChars - unit.LinkChars;
        double maxDensity = Math.Max(0.3, unit.LinkDensity + 0.15);
        int added = 0;
        foreach (var sibling in ContentSelector.ChildrenOf(index, unit.Parent!))
        {
            if (sibling == unit || sibling.Name != unit.Name || sibling.Kind is not null || sibling.InUnlikely) continue;
            if (sibling.TextChars == 0 || sibling.LinkDensity > maxDensity) continue;
            bool alike = tokens.Count > 0
                ? Jaccard(tokens, ClassTokens(sibling.Element.GetAttribute("class"))) >= 0.5
                : id == FoldDigits(sibling.Element.GetAttribute("id"));
            if (alike) added += sibling.TextChars - sibling.LinkChars;
        }
        return added >= Math.Max(MinAddedChars, own / 2);
    }

    /// <summary>The class names of a class attribute, lower-cased, each run of digits written as one '0'.</summary>
    internal static HashSet<string> ClassTokens(string? classes)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(classes)) return set;
        foreach (var token in classes.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) set.Add(FoldDigits(token)!);
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
