using System.Globalization;
using System.Text;

namespace NewsParse.Cli.Evaluation;

/// <summary>
/// Scores an extracted text against the expected article body the way the article-extraction benchmark does:
/// tokens are the matches of <c>\w+</c> (Unicode letters, numbers and underscore, case kept), shingles are the
/// overlapping 4-grams of tokens counted as a multiset (fewer than 4 tokens give one shorter shingle, no token none),
/// tp/fp/fn are the shared, surplus-predicted and surplus-expected shingle counts, and precision and recall follow
/// the benchmark's edge cases. Stateless and thread-safe.
/// </summary>
internal static class ShingleScorer
{
    /// <summary>Shingle size of the benchmark.</summary>
    public const int N = 4;

    /// <summary>The tokens of <paramref name="text"/>: maximal runs of word characters (as Python's <c>\w</c>).</summary>
    public static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        int start = -1;
        int i = 0;
        while (i < text.Length)
        {
            Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out int used);
            if (IsWord(rune))
            {
                if (start < 0) start = i;
            }
            else if (start >= 0)
            {
                tokens.Add(text[start..i]);
                start = -1;
            }
            i += used;
        }
        if (start >= 0) tokens.Add(text[start..]);
        return tokens;
    }

    /// <summary>The shingle multiset of <paramref name="text"/>, keyed by the tokens joined with U+0001.</summary>
    public static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Tokens(text).ToArray();
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Length == 0) return shingles;
        if (tokens.Length < N)
        {
            shingles[string.Join('\u0001', tokens)] = 1;
            return shingles;
        }
        for (int i = 0; i + N <= tokens.Length; i++)
        {
            var key = string.Join('\u0001', tokens, i, N);
            shingles[key] = shingles.TryGetValue(key, out int n) ? n + 1 : 1;
        }
        return shingles;
    }

    /// <summary>Scores one page.</summary>
    public static PageScore Score(string expected, string predicted)
    {
        var (tp, fp, fn) = Match(expected, predicted);
        double precision = fp == 0 && fn == 0 ? 1 : tp == 0 && fp == 0 ? 0 : tp / (tp + fp);
        double recall = fp == 0 && fn == 0 ? 1 : tp == 0 && fn == 0 ? 0 : tp / (tp + fn);
        return new PageScore(precision, recall);
    }

    /// <summary>The shared, surplus-predicted and surplus-expected shingle counts of one page, scaled to sum to 1 (all 0 when both texts are empty): the benchmark's <c>shingle_matching</c>.</summary>
    public static (double Tp, double Fp, double Fn) Match(string expected, string predicted)
    {
        var e = Shingles(expected);
        var p = Shingles(predicted);
        double tp = 0, fp = 0, fn = 0;
        foreach (var (key, count) in e)
        {
            int other = p.TryGetValue(key, out int c) ? c : 0;
            tp += Math.Min(count, other);
            fn += Math.Max(count - other, 0);
        }
        foreach (var (key, count) in p)
        {
            int other = e.TryGetValue(key, out int c) ? c : 0;
            fp += Math.Max(count - other, 0);
        }
        double total = tp + fp + fn;
        return total > 0 ? (tp / total, fp / total, fn / total) : (0, 0, 0);
    }

    /// <summary>F1 from a precision and a recall (0 when both are 0).</summary>
    public static double F1(double precision, double recall) =>
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);

    private static bool IsWord(Rune rune)
    {
        if (rune.Value == '_') return true;
        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
            _ => false,
        };
    }
}
