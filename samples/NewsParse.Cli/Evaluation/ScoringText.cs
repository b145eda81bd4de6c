using System.Globalization;
using System.Text;

namespace NewsParse.Cli.Evaluation;

/// <summary>
/// The text normalisations of the shared scoring scripts, written as they are there: Python's <c>re.sub(r"\s+", " ", s)</c>
/// (Unicode white space, with the separators U+001C–U+001F that Python counts as space), and the metadata key of
/// score_traf_meta.py (NFKC, typographic quotes and dashes folded, white space collapsed, trimmed, case folded).
/// Stateless and thread-safe.
/// </summary>
internal static class ScoringText
{
    /// <summary>True for what Python's <c>\s</c> matches in a str pattern.</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is >= '\u001C' and <= '\u001F';

    /// <summary>Every run of white space replaced by one space (<c>re.sub(r"\s+", " ", s)</c>; not trimmed).</summary>
    public static string Collapse(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var result = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (IsSpace(c))
            {
                space = true;
                continue;
            }
            if (space) result.Append(' ');
            space = false;
            result.Append(c);
        }
        if (space) result.Append(' ');
        return result.ToString();
    }

    /// <summary>Collapsed and trimmed (trafilatura's <c>norm</c>).</summary>
    public static string Norm(string? text) => Collapse(text).Trim(' ');

    /// <summary>
    /// The comparison key of score_traf_meta.py: NFKC, ‘’‚‛′`´ to ', “”„‟″«» to ", ‐‑‒–—― to -, white space collapsed
    /// and trimmed, case folded (lower case, with ß as ss, ς as σ and ſ as s, as Python's <c>casefold</c>).
    /// </summary>
    public static string MetaKey(string? text)
    {
        var normal = UnicodeNfkc.Normalize(text ?? "");
        var folded = new StringBuilder(normal.Length);
        foreach (char c in normal)
        {
            folded.Append(c switch
            {
                '‘' or '’' or '‚' or '‛' or '′' or '`' or '´' => '\'',
                '“' or '”' or '„' or '‟' or '″' or '«' or '»' => '"',
                '‐' or '‑' or '‒' or '–' or '—' or '―' => '-',
                _ => c,
            });
        }
        return CaseFold(Norm(folded.ToString()));
    }

    /// <summary>Python's <c>str.casefold</c> for the characters news titles and names use.</summary>
    public static string CaseFold(string text)
    {
        var lower = text.ToLowerInvariant();
        if (lower.AsSpan().IndexOfAny("ßςſ") < 0) return lower;
        return lower.Replace("ß", "ss", StringComparison.Ordinal).Replace('ς', 'σ').Replace('ſ', 's');
    }

    /// <summary>The first yyyy-mm-dd in <paramref name="text"/> (digits as Python's <c>\d</c>), or null.</summary>
    public static string? Day(string? text)
    {
        if (text is null) return null;
        for (int i = 0; i + 10 <= text.Length; i++)
        {
            if (IsDigits(text, i, 4) && text[i + 4] == '-' && IsDigits(text, i + 5, 2) && text[i + 7] == '-' && IsDigits(text, i + 8, 2)) return text.Substring(i, 10);
        }
        return null;
    }

    private static bool IsDigits(string text, int at, int count)
    {
        for (int i = at; i < at + count; i++)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(text[i]) != UnicodeCategory.DecimalDigitNumber) return false;
        }
        return true;
    }
}
