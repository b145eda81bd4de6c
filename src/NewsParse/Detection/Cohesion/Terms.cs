using System.Globalization;
using NewsParse.Detection.Lexicons;

namespace NewsParse.Detection.Cohesion;

/// <summary>
/// Turns text into topic terms for the lexical-cohesion evidence: words lower-cased, possessives dropped, cut to
/// a five-character stem; function words, numbers and words of one or two letters left out. Scripts written
/// without spaces (Chinese, Japanese, Thai) give overlapping character pairs instead of words.
/// </summary>
internal static class Terms
{
    public const int StemLength = 5;

    public static List<string> Of(string text)
    {
        var terms = new List<string>(Math.Max(4, text.Length / 8)); // about one term per eight characters of running text
        int i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i])) { i++; continue; }
            int start = i;
            bool spaceless = false;
            while (i < text.Length && (IsWordChar(text[i]) || IsInnerApostrophe(text, i)))
            {
                spaceless |= IsSpacelessScript(text[i]);
                i++;
            }
            var word = text.AsSpan(start, i - start);
            if (spaceless) AddPairs(word, terms);
            else AddWord(word, terms);
        }
        return terms;
    }

    private static void AddWord(ReadOnlySpan<char> word, List<string> terms)
    {
        int apostrophe = word.IndexOfAny('\'', '’');
        if (apostrophe > 0) word = word[..apostrophe];
        if (word.Length < 3) return;
        bool hasLetter = false;
        foreach (char c in word) hasLetter |= char.IsLetter(c);
        if (!hasLetter) return;
        // Lower-cased in place (invariant casing maps char to char, as string.ToLowerInvariant does): no string per word.
        Span<char> lower = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        if (Stopwords.Contains(lower)) return;
        terms.Add(new string(lower[..Math.Min(lower.Length, StemLength)]));
    }

    private static void AddPairs(ReadOnlySpan<char> word, List<string> terms)
    {
        if (word.Length == 1) { terms.Add(word.ToString()); return; }
        for (int k = 0; k + 1 < word.Length; k++) terms.Add(word.Slice(k, 2).ToString());
    }

    private static bool IsWordChar(char c)
    {
        if (char.IsLetterOrDigit(c)) return true;
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    private static bool IsInnerApostrophe(string text, int i) =>
        (text[i] == '\'' || text[i] == '’') && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > 0 && char.IsLetter(text[i - 1]);

    private static bool IsSpacelessScript(char c) =>
        (c >= '\u3040' && c <= '\u30FF') || (c >= '\u3400' && c <= '\u9FFF') || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\u0E00' && c <= '\u0EFF') || (c >= '\u1000' && c <= '\u109F');
}
