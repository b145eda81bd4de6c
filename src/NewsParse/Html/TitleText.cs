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

    /// <summary>The first characters of <see cref="Separators"/>.</summary>
    private static readonly System.Buffers.SearchValues<char> SeparatorStarts = System.Buffers.SearchValues.Create(" |｜»›_-:");

    /// <summary>True for a character of the wide scripts and their punctuation (CJK, kana, Hangul, full-width forms), where titles write separators without spaces ("…城！-新华网").</summary>
    private static bool IsWide(char c) => c >= '\u2E80' && c is < '\uD800' or >= '\uF900';

    /// <summary>The comparison key of <paramref name="text"/>: collapsed, lower-cased (invariant), quotes and dashes folded.</summary>
    public static string Key(string text)
    {
        var collapsed = Whitespace.Collapse(text);
        // one character for one: the key is written straight into the new string
        return string.Create(collapsed.Length, collapsed, static (key, source) =>
        {
            for (int i = 0; i < source.Length; i++)
            {
                char c = source[i];
                key[i] = c switch
                {
                    '‘' or '’' or '‚' or '‛' or '′' or '`' or '´' => '\'',
                    '“' or '”' or '„' or '‟' or '″' or '«' or '»' => '"',
                    '‐' or '‑' or '‒' or '–' or '—' or '―' => '-',
                    _ => char.ToLowerInvariant(c),
                };
            }
        });
    }

    /// <summary>
    /// Letters and digits of <paramref name="text"/>, lower-cased, Latin letters without their accents ("La República"
    /// and the host "larepublica" squash alike): the form site names are compared in.
    /// </summary>
    public static string Squash(string text)
    {
        int length = 0;
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c)) length++;
        }
        if (length == 0) return "";
        return string.Create(length, text, static (squashed, source) =>
        {
            int at = 0;
            foreach (char c in source)
            {
                if (char.IsLetterOrDigit(c)) squashed[at++] = char.ToLowerInvariant(WithoutAccent(c));
            }
        });
    }

    /// <summary>The base letter of a Latin letter with an accent (U+00C0 to U+017F: "é" gives "e", "ł" gives "l"); any other character itself.</summary>
    public static char WithoutAccent(char c) => c is >= '\u00C0' and <= '\u017F' ? LatinBases[c - '\u00C0'] : c;

    /// <summary>The base letters of U+00C0 to U+017F, one per character (letters without a base, such as "æ", "ß" or "þ", stand for themselves).</summary>
    private const string LatinBases =
        "AAAAAAÆCEEEEIIIIÐNOOOOO×OUUUUYÞßaaaaaaæceeeeiiiiðnooooo÷ouuuuyþyAaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiĲĳJjKkĸLlLlLlĿŀLlNnNnNnŉŊŋOoOoOoŒœRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzſ";

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
            // every separator opens with one of a few characters: the text between is passed over at once
            int next = text.AsSpan(i).IndexOfAny(SeparatorStarts);
            if (next < 0) break;
            i += next;
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
        var part = text.AsSpan(start, end - start).Trim(" |-–—:·»›_/~•");
        if (part.Length > 0) parts.Add(part.Length == text.Length ? text : part.ToString());
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
    public static double Overlap(string a, string b) => Overlap(WordSet(a), WordSet(b));

    /// <summary>As <see cref="Overlap(string, string)"/>, for the word sets of the two titles (<see cref="WordSet"/>).</summary>
    public static double Overlap(HashSet<string> left, HashSet<string> right)
    {
        if (left.Count == 0 || right.Count == 0) return 0;
        int shared = 0;
        foreach (var word in left)
        {
            if (right.Contains(word)) shared++;
        }
        return 2.0 * shared / (left.Count + right.Count);
    }

    /// <summary>The words of <paramref name="text"/> (runs of letters and digits, lower-cased), each once.</summary>
    public static HashSet<string> WordSet(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                if (start < 0) start = i;
                continue;
            }
            if (start < 0) continue;
            // the word lower-cased straight into its string
            words.Add(string.Create(i - start, (text, start), static (word, at) =>
            {
                for (int k = 0; k < word.Length; k++) word[k] = char.ToLowerInvariant(at.text[at.start + k]);
            }));
            start = -1;
        }
        return words;
    }
}
