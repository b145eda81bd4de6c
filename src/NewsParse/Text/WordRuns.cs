using System.Collections.Frozen;

namespace NewsParse.Text;

/// <summary>
/// Looks a text's words up in a set of words without copying them: a word is a run of letters (and of digits too, when
/// asked), compared by the set's own comparer. On .NET 9 and later the runs are looked up as spans; on .NET 8 each run
/// is made a string. Stateless and thread-safe.
/// </summary>
internal static class WordRuns
{
    /// <summary>
    /// True when a run of letters of <paramref name="text"/> (letters and digits when <paramref name="withDigits"/>) of
    /// at most <paramref name="maxChars"/> characters is one of <paramref name="words"/>.
    /// </summary>
    public static bool AnyIn(FrozenSet<string> words, ReadOnlySpan<char> text, bool withDigits, int maxChars = int.MaxValue)
    {
#if NET9_0_OR_GREATER
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
        for (int i = 0; i < text.Length;)
        {
            if (!IsWordChar(text[i], withDigits)) { i++; continue; }
            int start = i;
            while (i < text.Length && IsWordChar(text[i], withDigits)) i++;
            if (i - start > maxChars) continue;
#if NET9_0_OR_GREATER
            if (lookup.Contains(text[start..i])) return true;
#else
            if (words.Contains(text[start..i].ToString())) return true;
#endif
        }
        return false;
    }

    private static bool IsWordChar(char c, bool withDigits) => withDigits ? char.IsLetterOrDigit(c) : char.IsLetter(c);
}
