using System.Text;

namespace NewsParse.Text;

/// <summary>
/// Searches for an ASCII word ignoring ASCII case only, as HTML compares names and keywords ("ASCII case-insensitive"):
/// the candidates are found by a vectorised search for the word's first letter in both cases, then compared. Unlike
/// <see cref="StringComparison.OrdinalIgnoreCase"/> it does not depend on the globalization mode (with invariant
/// globalization, as the CLI runs, that comparison searches one character at a time) and no non-ASCII character
/// matches an ASCII one ("ı" is not "i"). Stateless and thread-safe.
/// </summary>
internal static class AsciiCaseInsensitive
{
    /// <summary>Where <paramref name="word"/> (ASCII, not empty) first occurs in <paramref name="text"/> at or after <paramref name="from"/>, ASCII case ignored; -1 when it does not.</summary>
    public static int IndexOf(ReadOnlySpan<char> text, string word, int from = 0)
    {
        char first = word[0];
        char other = char.IsAsciiLetter(first) ? (char)(first ^ 0x20) : first;
        int last = text.Length - word.Length;
        while (from <= last)
        {
            int at = text[from..(last + 1)].IndexOfAny(first, other);
            if (at < 0) return -1;
            at += from;
            if (Ascii.EqualsIgnoreCase(text.Slice(at + 1, word.Length - 1), word.AsSpan(1))) return at;
            from = at + 1;
        }
        return -1;
    }

    /// <summary>True when <paramref name="word"/> (ASCII, not empty) occurs in <paramref name="text"/>, ASCII case ignored.</summary>
    public static bool Contains(ReadOnlySpan<char> text, string word) => IndexOf(text, word) >= 0;
}
