using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsParse.Text;

/// <summary>Looks at the start of decoded input to tell HTML from a text dump, and text from binary data.</summary>
internal static class InputSniffer
{
    /// <summary>Characters looked at; the decision is made once this many are in (or the input ends).</summary>
    public const int SniffChars = 4096;

    private static readonly string[] HtmlStarts =
        ["<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<article", "<div", "<p>", "<p ", "<h1", "<h2", "<h3", "<section", "<main", "<table", "<span", "<ul", "<!--", "<link", "<script", "<style", "<header", "<nav", "<br", "<a ", "<img", "<figure", "<?xml"];

    private static readonly string[] HtmlMarkers = ["</p>", "<br", "</div>", "</a>", "</h1>", "</h2>", "</h3>", "</li>", "</span>", "<p>", "</td>"];

    /// <summary>True when the text looks like markup: it opens with a known tag, or uses several closing tags early.</summary>
    public static bool LooksLikeHtml(ReadOnlySpan<char> start)
    {
        var trimmed = start.TrimStart("\uFEFF \t\r\n\f");
        if (trimmed.IsEmpty) return false;
        if (trimmed[0] == '<')
        {
            foreach (var marker in HtmlStarts)
            {
                if (trimmed.StartsWith(marker, StringComparison.OrdinalIgnoreCase)) return true;
            }
        }
        int markers = 0;
        foreach (var marker in HtmlMarkers)
        {
            int from = 0;
            while (from < trimmed.Length)
            {
                int at = AsciiCaseInsensitive.IndexOf(trimmed, marker, from);
                if (at < 0) break;
                if (++markers >= 3) return true;
                from = at + marker.Length;
            }
        }
        return false;
    }

    /// <summary>True when the text looks binary: more than a tenth of it NULs, other control characters or replacement characters.</summary>
    public static bool LooksBinary(ReadOnlySpan<char> start)
    {
        int odd = 0, i = 0;
        if (Vector128.IsHardwareAccelerated && start.Length >= 16)
        {
            // Sixteen at a time: control characters as bits (then tab, line feed, carriage return and form feed, which
            // are not odd, taken out one by one) and replacement characters counted as bits.
            ref ushort units = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(start));
            for (; i <= start.Length - 16; i += 16)
            {
                var low = Vector128.LoadUnsafe(ref units, (nuint)i);
                var high = Vector128.LoadUnsafe(ref units, (nuint)(i + 8));
                var space = Vector128.Create((ushort)' ');
                var replacement = Vector128.Create((ushort)0xFFFD);
                odd += BitOperations.PopCount(Vector128.Narrow(Vector128.Equals(low, replacement), Vector128.Equals(high, replacement)).ExtractMostSignificantBits());
                for (uint controls = Vector128.Narrow(Vector128.LessThan(low, space), Vector128.LessThan(high, space)).ExtractMostSignificantBits(); controls != 0; controls &= controls - 1)
                {
                    if (IsOdd(start[i + BitOperations.TrailingZeroCount(controls)])) odd++;
                }
            }
        }
        for (; i < start.Length; i++)
        {
            if (IsOdd(start[i])) odd++;
        }
        return odd * 10 > start.Length;
    }

    /// <summary>A control character other than tab, line feed, carriage return and form feed, or U+FFFD (what a failed decoding leaves).</summary>
    private static bool IsOdd(char c) => (c < ' ' && c is not ('\t' or '\n' or '\r' or '\f')) || c == '\uFFFD';
}
