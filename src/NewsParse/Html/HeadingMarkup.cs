using System.Globalization;
using NewsParse.Html.Dom;
using NewsParse.Text;

namespace NewsParse.Html;

/// <summary>
/// Reads how one element sets its text apart (<see cref="HeadingCues"/>) and the font size it gives it: from its tag
/// (b, strong, th, i, em, u, big, small, font size), its inline style (font-weight, font-style, text-decoration,
/// font-size, the font shorthand) and its class or id words (<see cref="HintFlags.HeadingName"/>). Sizes are CSS pixels
/// of a 16px page (pt, em, rem, % and the size keywords converted; a relative size is taken from the size around it).
/// Whether a size is larger than the text's is decided against the article's own text (<see cref="HeadingEvidence"/>).
/// Stateless and thread-safe.
/// </summary>
internal static class HeadingMarkup
{
    /// <summary>The font size of text no markup sizes: the browsers' default, in CSS pixels.</summary>
    public const int NormalSize = 16;

    /// <summary>Longest inline style read, in characters (a longer one is read up to this point).</summary>
    public const int MaxStyleChars = 400;

    /// <summary>Pixel sizes of &lt;font size=1..7&gt;, as browsers map them.</summary>
    private static ReadOnlySpan<byte> FontSizes => [10, 13, 16, 18, 24, 32, 48];

    /// <summary>
    /// The cues of <paramref name="info"/> and the font size it sets (0: none); <paramref name="around"/> is the size of
    /// the text around it, for relative sizes (big, small, em, %, font size=+1).
    /// </summary>
    public static (HeadingCues Cues, int Size) Of(NodeInfo info, int around)
    {
        var element = info.Element;
        var cues = (info.Hints & HintFlags.HeadingName) != 0 ? HeadingCues.HeadingName : HeadingCues.None;
        int size = 0;
        switch (info.Name)
        {
            case "b" or "strong" or "th":
                cues |= HeadingCues.Bold;
                break;
            case "i" or "em":
                cues |= HeadingCues.Italic;
                break;
            case "u":
                cues |= HeadingCues.Underline;
                break;
            case "big":
                size = around * 6 / 5;
                break;
            case "small":
                size = around * 5 / 6;
                break;
            case "font":
                if (element.AttributeCount > 0 && element.TryGetAttributeSpan("size", out var fontSize)) size = FontSize(fontSize.Trim());
                break;
        }
        if (element.AttributeCount > 0 && element.TryGetAttributeSpan("style", out var style) && !style.IsEmpty)
            ReadStyle(style.Length <= MaxStyleChars ? style : style[..MaxStyleChars], around, ref cues, ref size);
        return (cues, size);
    }

    /// <summary>The pixel size of a &lt;font size&gt; value: 1 to 7, or relative to 3 with a sign; 0 when unreadable.</summary>
    private static int FontSize(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty) return 0;
        int sign = value[0] switch { '+' => 1, '-' => -1, _ => 0 };
        if (!int.TryParse(sign == 0 ? value : value[1..], NumberStyles.None, CultureInfo.InvariantCulture, out int n)) return 0;
        int step = Math.Clamp(sign == 0 ? n : 3 + sign * n, 1, 7);
        return FontSizes[step - 1];
    }

    /// <summary>Reads the declarations of an inline style that set text apart or size it; others are skipped.</summary>
    private static void ReadStyle(ReadOnlySpan<char> style, int around, ref HeadingCues cues, ref int size)
    {
        while (!style.IsEmpty)
        {
            int end = style.IndexOf(';');
            var declaration = end < 0 ? style : style[..end];
            style = end < 0 ? default : style[(end + 1)..];
            int colon = declaration.IndexOf(':');
            if (colon <= 0) continue;
            var property = declaration[..colon].Trim();
            var value = declaration[(colon + 1)..].Trim();
            if (property.Equals("font-weight", StringComparison.OrdinalIgnoreCase))
            {
                if (IsBold(value)) cues |= HeadingCues.Bold;
            }
            else if (property.Equals("font-style", StringComparison.OrdinalIgnoreCase))
            {
                if (AsciiCaseInsensitive.Contains(value, "italic") || AsciiCaseInsensitive.Contains(value, "oblique")) cues |= HeadingCues.Italic;
            }
            else if (property.Equals("text-decoration", StringComparison.OrdinalIgnoreCase) || property.Equals("text-decoration-line", StringComparison.OrdinalIgnoreCase))
            {
                if (AsciiCaseInsensitive.Contains(value, "underline")) cues |= HeadingCues.Underline;
            }
            else if (property.Equals("font-size", StringComparison.OrdinalIgnoreCase))
            {
                if (Pixels(value, around) is > 0 and var px) size = px;
            }
            else if (property.Equals("font", StringComparison.OrdinalIgnoreCase))
            {
                // the shorthand: "bold 18px Arial", "italic 700 1.2em/1.4 serif"
                for (var rest = value; !rest.IsEmpty;)
                {
                    int space = rest.IndexOf(' ');
                    var token = space < 0 ? rest : rest[..space];
                    rest = space < 0 ? default : rest[(space + 1)..];
                    if (IsBold(token)) cues |= HeadingCues.Bold;
                    else if (token.Equals("italic", StringComparison.OrdinalIgnoreCase)) cues |= HeadingCues.Italic;
                    else if (token.Length > 0 && (char.IsAsciiDigit(token[0]) || token[0] == '.') && !IsWeightNumber(token))
                    {
                        int slash = token.IndexOf('/');
                        if (Pixels(slash > 0 ? token[..slash] : token, around) is > 0 and var px) size = px;
                    }
                }
            }
        }
    }

    private static bool IsBold(ReadOnlySpan<char> value) =>
        value.StartsWith("bold", StringComparison.OrdinalIgnoreCase)
        || (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int weight) && weight >= 600);

    private static bool IsWeightNumber(ReadOnlySpan<char> token) => token.Length == 3 && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out _);

    /// <summary>A CSS font size in pixels (px, pt, em, rem, %, keywords; a number without unit as px); 0 when unreadable.</summary>
    private static int Pixels(ReadOnlySpan<char> value, int around)
    {
        int important = value.IndexOf('!');
        if (important >= 0) value = value[..important].TrimEnd();
        int unit = 0;
        while (unit < value.Length && (char.IsAsciiDigit(value[unit]) || value[unit] == '.')) unit++;
        if (unit == 0) return Keyword(value, around);
        if (!double.TryParse(value[..unit], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double number)) return 0;
        var suffix = value[unit..].Trim();
        double px = suffix switch
        {
            "" or "px" or "PX" => number,
            "pt" or "PT" => number * 4 / 3,
            "em" or "EM" => number * around,
            "rem" or "REM" => number * NormalSize,
            "%" => number * around / 100,
            _ => 0,
        };
        return px is > 0 and < 500 ? (int)Math.Round(px) : 0;
    }

    private static int Keyword(ReadOnlySpan<char> value, int around)
    {
        if (value.Equals("medium", StringComparison.OrdinalIgnoreCase)) return 16;
        if (value.Equals("large", StringComparison.OrdinalIgnoreCase)) return 18;
        if (value.Equals("x-large", StringComparison.OrdinalIgnoreCase)) return 24;
        if (value.Equals("xx-large", StringComparison.OrdinalIgnoreCase) || value.Equals("xxx-large", StringComparison.OrdinalIgnoreCase)) return 32;
        if (value.Equals("small", StringComparison.OrdinalIgnoreCase)) return 13;
        if (value.Equals("x-small", StringComparison.OrdinalIgnoreCase)) return 10;
        if (value.Equals("xx-small", StringComparison.OrdinalIgnoreCase)) return 9;
        if (value.Equals("larger", StringComparison.OrdinalIgnoreCase)) return around * 6 / 5;
        if (value.Equals("smaller", StringComparison.OrdinalIgnoreCase)) return around * 5 / 6;
        return 0;
    }
}
