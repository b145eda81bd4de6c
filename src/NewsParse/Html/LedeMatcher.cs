namespace NewsParse.Html;

/// <summary>
/// Finds the paragraph the page's own description of its article repeats: the meta and Open Graph descriptions and
/// the JSON-LD article's description and articleBody, written for machines, usually repeat the lede. Texts are compared
/// by their word trigrams (lower-cased letters and digits): a paragraph matches when at least
/// <see cref="MinShare"/> of the trigrams of the shorter of the two are in the other, and at least
/// <see cref="MinCommon"/> are. The best match wins; on a tie, the first in the page. A paragraph the markup names as
/// boilerplate (a caption repeating the description) is not compared. Immutable once made, thread-safe.
/// </summary>
internal sealed class LedeMatcher
{
    /// <summary>Share of the shorter text's trigrams the two must have in common.</summary>
    public const double MinShare = 0.5;

    /// <summary>Fewest trigrams in common.</summary>
    public const int MinCommon = 5;

    /// <summary>Fewest characters of its own a paragraph must have to be compared.</summary>
    public const int MinParagraphChars = 40;

    /// <summary>Characters of a description (and of a paragraph) compared: a lede is the start of both.</summary>
    public const int MaxChars = 600;

    private readonly List<HashSet<long>> _descriptions;

    private LedeMatcher(List<HashSet<long>> descriptions) => _descriptions = descriptions;

    /// <summary>A matcher for the descriptions that are long enough to compare; null when none is.</summary>
    public static LedeMatcher? For(IEnumerable<string?> descriptions)
    {
        var sets = new List<HashSet<long>>();
        foreach (var description in descriptions)
        {
            if (description is null || description.Length < MinParagraphChars) continue;
            var set = Trigrams(description.Length > MaxChars ? description[..MaxChars] : description);
            if (set.Count >= MinCommon && !sets.Exists(s => s.SetEquals(set))) sets.Add(set);
        }
        return sets.Count == 0 ? null : new LedeMatcher(sets);
    }

    /// <summary>The paragraph of the page that repeats a description best, null when none does.</summary>
    public NodeInfo? Find(PageIndex index, bool skipUnlikely)
    {
        NodeInfo? best = null;
        double bestShare = 0;
        var set = new HashSet<long>();   // one set for every paragraph: filled again for each
        foreach (var node in index.Nodes)
        {
            if (node.Owner != node || node.InlineChars - node.InlineLinkChars < MinParagraphChars || node.InFaq || node.Kind is not null) continue;
            if (skipUnlikely && node.InUnlikely) continue;
            // a paragraph, not a wrapper of paragraphs
            if (node.TextChars > node.InlineChars * 2) continue;
            var text = TextCollector.Flat(node.Element, MaxChars, maxOutputChars: MaxChars);
            Fill(text, set);
            foreach (var description in _descriptions)
            {
                double share = Share(description, set);
                if (share > bestShare)
                {
                    bestShare = share;
                    best = node;
                }
            }
        }
        return bestShare >= MinShare ? best : null;
    }

    private static double Share(HashSet<long> a, HashSet<long> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        if (small.Count < MinCommon) return 0;
        int common = 0;
        foreach (var gram in small)
        {
            if (large.Contains(gram)) common++;
        }
        return common < MinCommon ? 0 : (double)common / small.Count;
    }

    /// <summary>The hashes of the word trigrams of <paramref name="text"/> (words: runs of letters and digits, lower-cased).</summary>
    internal static HashSet<long> Trigrams(string text)
    {
        var set = new HashSet<long>();
        Fill(text, set);
        return set;
    }

    /// <summary>As <see cref="Trigrams"/>, into <paramref name="set"/> (cleared first).</summary>
    private static void Fill(string text, HashSet<long> set)
    {
        set.Clear();
        long w1 = 0, w2 = 0;
        int words = 0;
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
            if (i == text.Length) break;
            long hash = 1469598103934665603L;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                hash = (hash ^ char.ToLowerInvariant(text[i])) * 1099511628211L;
                i++;
            }
            words++;
            if (words >= 3) set.Add((w1 * 31 + w2) * 1000003 ^ hash);
            w1 = w2;
            w2 = hash;
        }
    }
}
