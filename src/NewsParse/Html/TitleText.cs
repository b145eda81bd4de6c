using System.Text;
using NewsParse.Text;

namespace NewsParse.Html;

/// <summary>
/// How titles are compared and cut: a comparison key (white space collapsed, case folded, typographic quotes and
/// dashes folded to ASCII, so "„bäh!“ – Foo" and "\"bäh!\" - foo" are one title), the parts of a title between its
/// separators (" | ", " - ", " – ", " — ", ": ", " · ", " » ", " › ", " :: ", " // ", "_" before a capital as in
/// "typhoon_English_Xinhua" (not "snake_case"), "-" next to a character of a wide script), a squashed form for site names
/// (letters and digits only: "Popkultur.de" and "popkultur de" agree) and word counts. Culture-independent (no
/// culture data is read), stateless and thread-safe.
/// </summary>
internal static class TitleText
{
    /// <summary>The separators a page puts between its title's parts, longest first; the colon only as "X: Y".</summary>
    private static readonly string[] Separators = [" :: ", " // ", " | ", " - ", " – ", " — ", " · ", " » ", " › ", " ‹ ", " « ", " ~ ", " • ", ": ", "|", "｜", "»", "›", "_", "-"];

    /// <summary>True for a character of the wide scripts and their punctuation (CJK, kana, Hangul, full-width forms), where titles write separators without spaces ("…城！-新华网").</summary>
    private static bool IsWide(char c) => c >= '\u2E80' && c is < '\uD800' or >= '\uF900';

    /// <summary>The comparison key of <paramref name="text"/>: collapsed, lower-cased (invariant), quotes and dashes folded.</summary>
    public static string Key(string text)
    {
        var collapsed = Whitespace.Collapse(text);
        var key = new StringBuilder(collapsed.Length);
        foreach (char c in collapsed)
        {
            key.Append(c switch
            {
                '‘' or '’' or '‚' or '‛' or '′' or '`' or '´' => '\'',
                '“' or '”' or '„' or '‟' or '″' or '«' or '»' => '"',
                '‐' or '‑' or '‒' or '–' or '—' or '―' => '-',
                _ => char.ToLowerInvariant(c),
            });
        }
        return key.ToString();
    }

    /// <summary>Letters and digits of <paramref name="text"/>, lower-cased: the form site names are compared in.</summary>
    public static string Squash(string text)
    {
        var squashed = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c)) squashed.Append(char.ToLowerInvariant(c));
        }
        return squashed.ToString();
    }

    /// <summary>
    /// The parts of <paramref name="title"/> (white space collapsed) between its separators, in order, each trimmed and
    /// not empty; one part (the title) when it has none.
    /// </summary>
    public static List<string> Parts(string title)
    {
        var text = Whitespace.Collapse(title);
        var parts = new List<string>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            foreach (var separator in Separators)
            {
                if (string.CompareOrdinal(text, i, separator, 0, separator.Length) != 0) continue;
                // "_" separates only where no space is near ("typhoon_English_Xinhua"), a colon only after a word
                if (separator == "_" && (i == 0 || i + 1 >= text.Length || text[i - 1] == ' ' || !char.IsUpper(text[i + 1]))) break;
                if (separator == "-" && !(i > 0 && i + 1 < text.Length && (IsWide(text[i - 1]) || IsWide(text[i + 1])))) break;
                Add(parts, text, start, i);
                start = i + separator.Length;
                i = start - 1;
                break;
            }
        }
        Add(parts, text, start, text.Length);
        return parts;
    }

    private static void Add(List<string> parts, string text, int start, int end)
    {
        var part = text[start..end].Trim(' ', '|', '-', '–', '—', ':', '·', '»', '›', '_', '/', '~', '•');
        if (part.Length > 0) parts.Add(part);
    }

    /// <summary>The number of words (runs of non-space characters) of <paramref name="text"/>.</summary>
    public static int Words(string text)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool space = c == ' ' || char.IsWhiteSpace(c);
            if (!space && !inWord) words++;
            inWord = !space;
        }
        return words;
    }

    /// <summary>
    /// True when <paramref name="key"/> starts or ends <paramref name="whole"/> (both comparison keys) at a separator:
    /// "ultium cells erhöht gigafactory-kapazität" in "ultium cells erhöht gigafactory-kapazität - battery-news.de".
    /// </summary>
    public static bool IsAffix(string key, string whole)
    {
        if (key.Length == 0 || key.Length >= whole.Length) return false;
        if (whole.StartsWith(key, StringComparison.Ordinal) && IsCut(whole, key.Length)) return true;
        return whole.EndsWith(key, StringComparison.Ordinal) && IsCut(whole, whole.Length - key.Length - 1);
    }

    /// <summary>True when the character at <paramref name="at"/> of <paramref name="text"/> (and what stands around it) is a place to cut a title: a separator or a space next to one.</summary>
    private static bool IsCut(string text, int at)
    {
        if (at < 0 || at >= text.Length) return false;
        for (int i = Math.Max(0, at - 1); i <= Math.Min(text.Length - 1, at + 1); i++)
        {
            if (text[i] is '|' or '-' or ':' or '·' or '»' or '›' or '_' or '/' or '~' or '•' or '(' or ')' or '[' or ']' or '"') return true;
        }
        return false;
    }

    /// <summary>
    /// How much two titles share, 0 to 1: the Dice coefficient of their word sets (words of letters and digits,
    /// lower-cased). "Coronavirus: New York ramps up mass burials amid outbreak" and "New York ramps up mass burials
    /// amid virus outbreak" share 0.82.
    /// </summary>
    public static double Overlap(string a, string b)
    {
        var left = WordSet(a);
        var right = WordSet(b);
        if (left.Count == 0 || right.Count == 0) return 0;
        int shared = 0;
        foreach (var word in left)
        {
            if (right.Contains(word)) shared++;
        }
        return 2.0 * shared / (left.Count + right.Count);
    }

    private static HashSet<string> WordSet(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var word = new StringBuilder();
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
                continue;
            }
            if (word.Length > 0) words.Add(word.ToString());
            word.Clear();
        }
        if (word.Length > 0) words.Add(word.ToString());
        return words;
    }
}
