using System.Text;
using AngleSharp.Html;

namespace NewsParse.Html.Dom;

/// <summary>
/// Decodes character references (HTML Living Standard §13.2.5.72-80): numeric ones here (with the standard's
/// replacements: windows-1252 for 0x80-0x9F, U+FFFD for zero, surrogates and values past U+10FFFF), named ones
/// through AngleSharp's entity table, legacy names without a semicolon included. In an attribute value a legacy
/// name followed by a letter, digit or '=' is left as written. A U+0000 of the page is replaced or dropped as the
/// standard's tokenizer and tree builder do (the page itself is never copied to do it). Stateless and thread-safe.
/// </summary>
internal static class HtmlCharacterReferences
{
    /// <summary>Longest name looked up (the longest entity name has 32 characters with its semicolon).</summary>
    private const int MaxNameLength = 32;

    /// <summary>Longest legacy name, the ones that may stand without a semicolon.</summary>
    private const int MaxLegacyLength = 6;

    private static readonly char[] Windows1252 =
    [
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    ];

    /// <summary>The text with its character references decoded and each U+0000 replaced by U+FFFD (as in attribute values and RCDATA); <paramref name="raw"/> itself (as a string) when it holds neither.</summary>
    public static string Decode(ReadOnlySpan<char> raw, bool inAttribute) => Decode(raw, inAttribute, references: true, dropNulls: false);

    /// <summary>
    /// The text with its character references decoded (when <paramref name="references"/>) and each U+0000 dropped (text
    /// of HTML content, where the tree builder ignores it) or replaced by U+FFFD (everywhere else).
    /// </summary>
    public static string Decode(ReadOnlySpan<char> raw, bool inAttribute, bool references, bool dropNulls)
    {
        int special = references ? raw.IndexOfAny('&', '\0') : raw.IndexOf('\0');
        if (special < 0) return raw.ToString();
        var output = new StringBuilder(raw.Length);
        int copied = 0;
        while (special >= 0)
        {
            output.Append(raw[copied..special]);
            if (raw[special] == '\0')
            {
                if (!dropNulls) output.Append('\uFFFD');
                copied = special + 1;
            }
            else
            {
                int end = Reference(raw, special, inAttribute, output);
                if (end == special) output.Append('&');
                copied = end == special ? special + 1 : end;
            }
            int next = references ? raw[copied..].IndexOfAny('&', '\0') : raw[copied..].IndexOf('\0');
            special = next < 0 ? -1 : copied + next;
        }
        output.Append(raw[copied..]);
        return output.ToString();
    }

    /// <summary>Decodes the reference at <paramref name="at"/> (an '&amp;') into <paramref name="output"/>; returns where it ends, or <paramref name="at"/> when there is none.</summary>
    private static int Reference(ReadOnlySpan<char> raw, int at, bool inAttribute, StringBuilder output)
    {
        int i = at + 1;
        if (i >= raw.Length) return at;
        if (raw[i] == '#') return Numeric(raw, at, output);
        int start = i;
        while (i < raw.Length && i - start < MaxNameLength && char.IsAsciiLetterOrDigit(raw[i])) i++;
        if (i == start) return at;
        var resolver = HtmlEntityProvider.Resolver;
        var name = raw[start..i];
        if (i < raw.Length && raw[i] == ';' && resolver.GetSymbol(string.Concat(name, ";")) is { } full)
        {
            output.Append(full);
            return i + 1;
        }
        for (int length = Math.Min(name.Length, MaxLegacyLength); length >= 2; length--)
        {
            if (resolver.GetSymbol(name[..length].ToString()) is not { } legacy) continue;
            int end = start + length;
            if (inAttribute && end < raw.Length && (char.IsAsciiLetterOrDigit(raw[end]) || raw[end] == '=')) return at;
            output.Append(legacy);
            return end;
        }
        return at;
    }

    private static int Numeric(ReadOnlySpan<char> raw, int at, StringBuilder output)
    {
        int i = at + 2;
        bool hex = i < raw.Length && (raw[i] | 0x20) == 'x';
        if (hex) i++;
        int digitsStart = i;
        int value = 0;
        while (i < raw.Length)
        {
            char c = raw[i];
            int digit = c is >= '0' and <= '9' ? c - '0' : hex && (c | 0x20) is >= 'a' and <= 'f' ? (c | 0x20) - 'a' + 10 : -1;
            if (digit < 0) break;
            value = Math.Min(value * (hex ? 16 : 10) + digit, 0x110000);
            i++;
        }
        if (i == digitsStart) return at;
        if (i < raw.Length && raw[i] == ';') i++;
        if (value == 0 || value > 0x10FFFF || value is >= 0xD800 and <= 0xDFFF) output.Append('\uFFFD');
        else if (value is >= 0x80 and <= 0x9F) output.Append(Windows1252[value - 0x80]);
        else if (value < 0x10000) output.Append((char)value);
        else output.Append(char.ConvertFromUtf32(value));
        return i;
    }
}
