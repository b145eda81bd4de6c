using NewsParse.Text;

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
        // a paragraph's trigrams go to an array of the thread's, sorted and made distinct: no set per page
        var grams = t_grams ??= new long[MaxChars];
        foreach (var node in index.Nodes)
        {
            if (node.Owner != node || node.InlineChars - node.InlineLinkChars < MinParagraphChars || node.InFaq || node.Kind is not null) continue;
            if (skipUnlikely && node.InUnlikely) continue;
            // a paragraph, not a wrapper of paragraphs
            if (node.TextChars > node.InlineChars * 2) continue;
            var text = new CollapsingWriter(MaxChars);
            TextCollector.FlatInto(node.Element, ref text, MaxChars);
            int filled = Fill(text.Written, grams);
            text.Reset();
            int count = -1;   // made distinct only for a paragraph that may match: most have too few trigrams in common
            foreach (var description in _descriptions)
            {
                if (!MayShare(description, grams.AsSpan(0, count < 0 ? filled : count))) continue;
                if (count < 0) count = Distinct(grams, filled);
                double share = Share(description, grams.AsSpan(0, count));
                if (share > bestShare)
                {
                    bestShare = share;
                    best = node;
                }
            }
        }
        return bestShare >= MinShare ? best : null;
    }

    /// <summary>A paragraph's trigrams, long enough for the most a compared text has (one per word, a word per two characters).</summary>
    [ThreadStatic] private static long[]? t_grams;

    /// <summary>As the share of two sets: the intersection over the smaller, 0 under <see cref="MinCommon"/> in common; <paramref name="paragraph"/> distinct.</summary>
    private static double Share(HashSet<long> description, ReadOnlySpan<long> paragraph)
    {
        int smaller = Math.Min(description.Count, paragraph.Length);
        if (smaller < MinCommon) return 0;
        int common = 0;
        foreach (var gram in paragraph)
        {
            if (description.Contains(gram)) common++;
        }
        return common < MinCommon ? 0 : (double)common / smaller;
    }

    /// <summary>False when fewer than <see cref="MinCommon"/> of <paramref name="paragraph"/>'s trigrams (repeats counted) are in <paramref name="description"/>: then <see cref="Share"/> is 0.</summary>
    private static bool MayShare(HashSet<long> description, ReadOnlySpan<long> paragraph)
    {
        if (description.Count < MinCommon || paragraph.Length < MinCommon) return false;
        int common = 0;
        foreach (var gram in paragraph)
        {
            if (description.Contains(gram) && ++common >= MinCommon) return true;
        }
        return false;
    }

    /// <summary>Sorts the first <paramref name="count"/> hashes and keeps each once; returns how many are left.</summary>
    private static int Distinct(long[] grams, int count)
    {
        if (count < 2) return count;
        Array.Sort(grams, 0, count);
        int kept = 1;
        for (int i = 1; i < count; i++)
        {
            if (grams[i] != grams[kept - 1]) grams[kept++] = grams[i];
        }
        return kept;
    }

    /// <summary>The hashes of the word trigrams of <paramref name="text"/> (words: runs of letters and digits, lower-cased).</summary>
    internal static HashSet<long> Trigrams(string text)
    {
        var grams = new long[text.Length / 2 + 1];   // a trigram per word at most, a word per two characters
        int count = Fill(text, grams);
        var set = new HashSet<long>(count);
        for (int i = 0; i < count; i++) set.Add(grams[i]);
        return set;
    }

    /// <summary>Writes the hashes of the word trigrams of <paramref name="text"/> in order (repeats kept) into <paramref name="grams"/> (one per word at most); returns how many.</summary>
    private static int Fill(ReadOnlySpan<char> text, long[] grams)
    {
        int count = 0;
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
                hash = (hash ^ NewsParse.Detection.LowerCase.Of(text[i])) * 1099511628211L;
                i++;
            }
            words++;
            if (words >= 3) grams[count++] = (w1 * 31 + w2) * 1000003 ^ hash;
            w1 = w2;
            w2 = hash;
        }
        return count;
    }
}
