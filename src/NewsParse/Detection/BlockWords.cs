using System.Globalization;

namespace NewsParse.Detection;

/// <summary>
/// A block's text read once for the detectors: lower-cased, and cut into words (runs of letters, digits and combining
/// marks; everything else separates words, apostrophes included). Lexicon look-ups and topic terms work on these words,
/// so a block is scanned once however many lexicons look at it.
/// </summary>
internal sealed class BlockWords
{
    public BlockWords(string text)
    {
        var lower = new char[text.Length];
        var words = new List<string>(text.Length / 6 + 1);
        int start = -1, letters = 0;
        bool spaceless = false;
        for (int i = 0; i <= text.Length; i++)
        {
            char c = i < text.Length ? text[i] : ' ';
            char l = c < 128 ? (c is >= 'A' and <= 'Z' ? (char)(c + 32) : c) : char.ToLowerInvariant(c);
            if (i < text.Length) lower[i] = l;
            if (IsWordChar(c))
            {
                if (start < 0) start = i;
                letters++;
                if (c >= '\u0E00' && IsSpacelessScript(c)) spaceless = true;
                continue;
            }
            if (start >= 0)
            {
                words.Add(new string(lower, start, i - start));
                start = -1;
            }
        }
        Lower = new string(lower);
        Words = words;
        HasSpacelessScript = spaceless;
        WordChars = letters;
    }

    /// <summary>The text lower-cased (invariant culture), same length as the original.</summary>
    public string Lower { get; }

    /// <summary>The lower-cased words in order.</summary>
    public List<string> Words { get; }

    /// <summary>True when the text has characters of a script written without spaces (Chinese, Japanese, Thai, Lao, Myanmar), whose words cannot be cut at spaces.</summary>
    public bool HasSpacelessScript { get; }

    /// <summary>Number of word characters (letters, digits, combining marks).</summary>
    public int WordChars { get; }

    public static bool IsWordChar(char c)
    {
        if (c < 128) return (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;
        if (char.IsLetterOrDigit(c)) return true;
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    public static bool IsSpacelessScript(char c) =>
        (c >= '\u3040' && c <= '\u30FF') || (c >= '\u3400' && c <= '\u9FFF') || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\u0E00' && c <= '\u0EFF') || (c >= '\u1000' && c <= '\u109F');
}
