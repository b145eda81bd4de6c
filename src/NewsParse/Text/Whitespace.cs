using System.Text;

namespace NewsParse.Text;

/// <summary>Whitespace and control-character clean-up shared by every input format.</summary>
internal static class Whitespace
{
    /// <summary>
    /// Trims, turns every run of white space (tabs, no-break spaces, line breaks...) into one space, and drops control
    /// and zero-width characters. Returns the same instance when nothing changes.
    /// </summary>
    public static string Collapse(string text) => Collapse(text.AsSpan(), text);

    /// <summary>As <see cref="Collapse(string)"/>, for a span; <paramref name="original"/> (when it holds the same characters) is returned unchanged if clean.</summary>
    public static string Collapse(ReadOnlySpan<char> text, string? original = null)
    {
        if (IsClean(text)) return original ?? new string(text);
        var builder = new StringBuilder(text.Length);
        bool pendingSpace = false;
        foreach (char c in text)
        {
            if (IsSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (IsDropped(c)) continue;
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>True for characters that separate words: Unicode white space, including no-break spaces.</summary>
    public static bool IsSpace(char c) => c == ' ' || (c > ' ' ? c >= '\u0085' && char.IsWhiteSpace(c) : c is '\t' or '\n' or '\r' or '\f' or '\v');

    private static bool IsDropped(char c) =>
        (c < ' ' && c is not ('\t' or '\n' or '\r')) || c is '\u007F' or '\u200B' or '\uFEFF' or '\u00AD' or '\uFFFE';

    /// <summary>
    /// One bit per UTF-16 code unit (8 KiB): every character that <see cref="Collapse(string)"/> changes wherever it
    /// stands (white space other than ' ', and dropped characters).
    /// </summary>
    private static readonly ulong[] UncleanBits = BuildUncleanBits();

    private static ulong[] BuildUncleanBits()
    {
        var bits = new ulong[(char.MaxValue + 1) / 64];
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (c != ' ' && (IsSpace((char)c) || IsDropped((char)c) || c < ' ')) bits[c >> 6] |= 1UL << c;
        }
        return bits;
    }

    /// <summary>
    /// True when collapsing would not change the text. Vectorised searches skip the printable ASCII characters
    /// (' ' to '~'); only the others are looked up, one bit each.
    /// </summary>
    private static bool IsClean(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return true;
        if (IsSpace(text[0]) || IsSpace(text[^1])) return false;
        for (int i = text.IndexOfAnyExceptInRange(' ', '~'); i >= 0;)
        {
            // A run of other characters (a word of another script) is checked one by one.
            for (; i < text.Length && text[i] is < ' ' or > '~'; i++)
            {
                char c = text[i];
                if ((UncleanBits[c >> 6] & (1UL << c)) != 0) return false;
            }
            int next = i < text.Length ? text[i..].IndexOfAnyExceptInRange(' ', '~') : -1;
            i = next < 0 ? -1 : i + next;
        }
        return text.IndexOf("  ", StringComparison.Ordinal) < 0;
    }
}
