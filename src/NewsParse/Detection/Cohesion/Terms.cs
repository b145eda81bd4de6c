using System.Buffers;
using NewsParse.Detection.Lexicons;

namespace NewsParse.Detection.Cohesion;

/// <summary>
/// Turns a block's words into topic terms for the lexical-cohesion evidence: lower-cased words cut to a five-character
/// stem; function words, numbers and words of one or two characters left out. Words of scripts written without spaces
/// (Chinese, Japanese, Thai) give overlapping character pairs instead. Terms are values (<see cref="Term"/>): no string
/// is made per word.
/// </summary>
internal static class Terms
{
    public const int StemLength = 5;

    /// <summary>The topic terms of a text (for tests and tools).</summary>
    public static Term[] Of(string text) => Of(new BlockWords(text)).ToArray();

    /// <summary>The topic terms of a block's words, in order.</summary>
    public static ReadOnlyMemory<Term> Of(BlockWords block)
    {
        if (block.Count == 0) return ReadOnlyMemory<Term>.Empty;
        // Built in a pooled buffer, then copied to an array of the exact size: function words leave a third or more out.
        var terms = ArrayPool<Term>.Shared.Rent(block.HasSpacelessScript ? Capacity(block) : block.Count);
        int n = 0;
        for (int w = 0; w < block.Count; w++)
        {
            var word = block[w];
            if (block.HasSpacelessScript && BlockWords.IsSpacelessScript(word[0])) n = AddPairs(word, terms, n);
            else if (word.Length >= 3 && HasLetter(word))
            {
                // One packed value serves the stopword look-up (the whole word) and the stem (its first five characters).
                var packed = Term.Of(word);
                if (!Stopwords.Contains(word.Length, packed)) terms[n++] = word.Length <= StemLength ? packed : packed.Prefix(StemLength);
            }
        }
        var exact = n == 0 ? [] : terms.AsSpan(0, n).ToArray();
        ArrayPool<Term>.Shared.Return(terms);
        return exact;
    }

    private static bool HasLetter(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (c < 128 ? c >= 'a' : char.IsLetter(c)) return true;
        }
        return false;
    }

    private static int AddPairs(ReadOnlySpan<char> word, Term[] terms, int n)
    {
        if (word.Length == 1)
        {
            terms[n++] = Term.Of(word);
            return n;
        }
        for (int k = 0; k + 1 < word.Length; k++) terms[n++] = Term.Of(word.Slice(k, 2));
        return n;
    }

    /// <summary>Most terms the block can give: one per word, or one per pair of characters in a word without spaces.</summary>
    private static int Capacity(BlockWords block)
    {
        int capacity = 0;
        for (int w = 0; w < block.Count; w++)
        {
            var word = block[w];
            capacity += BlockWords.IsSpacelessScript(word[0]) ? Math.Max(1, word.Length - 1) : 1;
        }
        return capacity;
    }
}
