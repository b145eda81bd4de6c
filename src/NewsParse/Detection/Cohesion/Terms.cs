using System.Runtime.CompilerServices;
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

    /// <summary>The topic terms of a block's words, in order (read with the words: see <see cref="BlockWords.Terms"/>).</summary>
    public static ReadOnlyMemory<Term> Of(BlockWords block) => block.Terms;

    /// <summary>
    /// Writes the topic terms of one lower-cased word at <paramref name="n"/> in <paramref name="terms"/> (room for
    /// <c>word.Length</c> terms) and returns the count after them. <paramref name="packed"/> is <c>Term.Of(word)</c>,
    /// which gives the stem (its first five characters); <paramref name="flags"/> are its flags in the
    /// <see cref="LexiconIndex"/> (whether it is a function word).
    /// <paramref name="spaceless"/>: the word is of a script written without spaces (it gives character pairs).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Add(ReadOnlySpan<char> word, Term packed, ulong flags, bool spaceless, Span<Term> terms, int n)
    {
        if (spaceless) return AddPairs(word, terms, n);
        if (IsTopicWord(word, flags)) terms[n++] = Stem(packed);
        return n;
    }

    /// <summary>True when a lower-cased word (of a script with spaces) gives a term: three characters or more, not a function word (<paramref name="flags"/>: its flags in the <see cref="LexiconIndex"/>), a letter among them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsTopicWord(ReadOnlySpan<char> word, ulong flags) =>
        word.Length >= 3 && !Stopwords.Contains(flags) && (BlockWords.IsLetter(word[0]) || HasLetter(word));

    /// <summary>The term of a topic word packed in <paramref name="packed"/>: its stem, the first <see cref="StemLength"/> characters (a shorter word is its own stem; no branch on the length).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Term Stem(Term packed) => packed.Prefix(StemLength);

    private static bool HasLetter(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (c < 128 ? c >= 'a' : char.IsLetter(c)) return true;
        }
        return false;
    }

    private static int AddPairs(ReadOnlySpan<char> word, Span<Term> terms, int n)
    {
        if (word.Length == 1)
        {
            terms[n++] = Term.Of(word);
            return n;
        }
        for (int k = 0; k + 1 < word.Length; k++) terms[n++] = Term.OfPair(word[k], word[k + 1]);
        return n;
    }
}
