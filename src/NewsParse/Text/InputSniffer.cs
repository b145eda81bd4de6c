using System.Buffers;

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

    /// <summary>Control characters other than tab, line feed, carriage return and form feed, and U+FFFD (what a failed decoding leaves).</summary>
    private static readonly SearchValues<char> OddChars = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\uFFFD");

    /// <summary>True when the text looks binary: more than a tenth of it NULs, other control characters or replacement characters.</summary>
    public static bool LooksBinary(ReadOnlySpan<char> start)
    {
        // Nearly every text has none: one vectorised search says so.
        if (start.IndexOfAny(OddChars) < 0) return false;
        int odd = 0;
        foreach (char c in start)
        {
            if ((c < ' ' && c is not ('\t' or '\n' or '\r' or '\f')) || c == '\uFFFD') odd++;
        }
        return odd * 10 > start.Length;
    }
}
