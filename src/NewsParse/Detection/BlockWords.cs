using System.Globalization;
using NewsParse.Detection.Cohesion;

namespace NewsParse.Detection;

/// <summary>
/// A block's text read once for the detectors: lower-cased, and cut into words (runs of letters, digits and combining
/// marks; everything else separates words, apostrophes included; a word also ends where a script written without spaces
/// meets another script). Words are ranges of <see cref="Lower"/>, not
/// strings: lexicon look-ups and topic terms read them in place, so a block costs a few allocations whatever its
/// length, and it is scanned once however many lexicons look at it.
/// </summary>
internal sealed class BlockWords
{
    private readonly int[] _bounds;// start and length of each word in Lower
    private int[]? _hashes;     // per word, the hash of its first Term.MaxChars characters (computed on first use)

    public BlockWords(string text)
    {
        // A vectorised path for ASCII, a table for the rest (see LowerCase).
        string lower = LowerCase.Of(text);
        var bounds = new int[Math.Clamp(text.Length / 3, 8, 256)];
        int count = 0, start = -1, letters = 0;
        bool spaceless = false, runSpaceless = false;
        for (int i = 0; i <= lower.Length; i++)
        {
            bool split = false;
            if (i < lower.Length)
            {
                char c = lower[i];
                if (IsWordChar(c))
                {
                    letters++;
                    bool isSpaceless = c >= '\u0E00' && IsSpacelessScript(c);
                    spaceless |= isSpaceless;
                    if (start < 0)
                    {
                        start = i;
                        runSpaceless = isSpaceless;
                        continue;
                    }
                    // A script written without spaces and another one meet: a word ends ("关注我们的facebook" is two).
                    if (isSpaceless == runSpaceless) continue;
                    split = true;
                    runSpaceless = isSpaceless;
                }
            }
            if (start < 0) continue;
            if (count * 2 + 2 > bounds.Length) Array.Resize(ref bounds, bounds.Length * 2);
            bounds[count * 2] = start;
            bounds[count * 2 + 1] = i - start;
            count++;
            start = split ? i : -1;
        }
        Lower = lower;
        _bounds = bounds;
        Count = count;
        HasSpacelessScript = spaceless;
        WordChars = letters;
    }

    /// <summary>The text lower-cased (invariant culture), same length as the original.</summary>
    public string Lower { get; }

    /// <summary>Number of words.</summary>
    public int Count { get; }

    /// <summary>The lower-cased word at <paramref name="index"/> (0 to <see cref="Count"/> - 1). A word is all of a script written without spaces, or none of it.</summary>
    public ReadOnlySpan<char> this[int index] => Lower.AsSpan(_bounds[index * 2], _bounds[index * 2 + 1]);

    /// <summary>The words in order, as strings (for tests and diagnostics; detectors read words in place).</summary>
    public IEnumerable<string> Words
    {
        get
        {
            for (int i = 0; i < Count; i++) yield return this[i].ToString();
        }
    }

    /// <summary>The hash of the word's first <see cref="Term.MaxChars"/> characters, as <see cref="Term.GetHashCode"/> gives it: lexicons use it to skip words that start none of their phrases.</summary>
    public int HashAt(int index)
    {
        // Prefix look-ups read the first word only: no need to hash the others.
        if (_hashes is null && index == 0) return Term.Of(this[0]).GetHashCode();
        if (_hashes is null)
        {
            var hashes = new int[Count];
            for (int i = 0; i < hashes.Length; i++) hashes[i] = Term.Of(this[i]).GetHashCode();
            _hashes = hashes;
        }
        return _hashes[index];
    }

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
