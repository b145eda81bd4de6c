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

    /// <summary>
    /// True when the text looks like markup: it opens with a known tag, or uses several closing tags early, or a run of
    /// markup starts after some leading junk (see <see cref="MarkupAfterJunk"/>).
    /// </summary>
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
        return MarkupAfterJunk(trimmed);
    }

    /// <summary>Candidate tags looked at, at most: the window is 4,096 characters.</summary>
    private const int MaxCandidates = 256;

    /// <summary>Junk before a markup run on the same first line, at most (a stray BOM decoded as "ï»¿", a few bytes of garbage).</summary>
    private const int FirstLineJunk = 64;

    /// <summary>Tags in a row that make a markup run.</summary>
    private const int RunTags = 4;

    /// <summary>Text between two tags of a run, at most.</summary>
    private const int RunGap = 256;

    /// <summary>
    /// True when a run of markup starts after leading junk (a server's warning, stray bytes, a saved HTTP header): at a
    /// line start, or within the first <see cref="FirstLineJunk"/> characters, a known HTML tag (or doctype, or comment)
    /// begins <see cref="RunTags"/> known tags in a row, none more than <see cref="RunGap"/> characters of text from
    /// the previous one, and the tags take more room than the text between them. A text dump that mentions a tag
    /// ("every page starts with &lt;html&gt;") does not: its tags are not at line starts or are far apart in prose.
    /// </summary>
    internal static bool MarkupAfterJunk(ReadOnlySpan<char> text)
    {
        int candidates = 0;
        for (int at = text.IndexOf('<'); at >= 0 && candidates < MaxCandidates; candidates++)
        {
            if ((at < FirstLineJunk || AtLineStart(text, at)) && IsMarkupRun(text[at..])) return true;
            int next = text[(at + 1)..].IndexOf('<');
            at = next < 0 ? -1 : at + 1 + next;
        }
        return false;
    }

    private static bool AtLineStart(ReadOnlySpan<char> text, int at)
    {
        var before = text[..at].TrimEnd(" \t");
        return before.IsEmpty || before[^1] is '\n' or '\r';
    }

    private static bool IsMarkupRun(ReadOnlySpan<char> text)
    {
        int tags = 0, tagChars = 0, gapChars = 0, at = 0;
        while (tags < RunTags)
        {
            int length = KnownTagLength(text[at..]);
            if (length == 0) return false;
            tags++;
            tagChars += length;
            at += length;
            if (tags == RunTags) break;
            int gap = text[at..].IndexOf('<');
            if (gap < 0 || gap > RunGap) return false;
            gapChars += text.Slice(at, gap).Trim().Length;
            at += gap;
        }
        return tagChars > gapChars;
    }

    /// <summary>The length of the tag, comment or doctype at the start of <paramref name="text"/> when it is one with a known HTML name and ends with '&gt;' before any other '&lt;'; else 0.</summary>
    private static int KnownTagLength(ReadOnlySpan<char> text)
    {
        if (text.StartsWith("<!--", StringComparison.Ordinal))
        {
            int end = text.IndexOf("-->", StringComparison.Ordinal);
            return end < 0 ? 0 : end + 3;
        }
        int close = text[1..].IndexOfAny('<', '>');
        if (close < 0 || text[1 + close] != '>') return 0;
        var tag = text[..(close + 2)];
        if (AsciiCaseInsensitive.IndexOf(tag, "<!doctype html") == 0) return tag.Length;
        var name = tag[(tag.Length > 1 && tag[1] == '/' ? 2 : 1)..];
        int nameEnd = name.IndexOfAny(NameEnds);
        if (nameEnd <= 0) return 0;
        name = name[..nameEnd];
        foreach (var known in KnownTags)
        {
            if (name.Equals(known, StringComparison.OrdinalIgnoreCase)) return tag.Length;
        }
        return 0;
    }

    private static readonly System.Buffers.SearchValues<char> NameEnds = System.Buffers.SearchValues.Create(" \t\r\n\f/>");

    private static readonly string[] KnownTags =
    [
        "html", "head", "body", "meta", "title", "link", "script", "style", "base", "noscript",
        "div", "p", "span", "a", "br", "hr", "img", "ul", "ol", "li", "dl", "dt", "dd", "table", "tbody", "thead", "tr", "td", "th",
        "h1", "h2", "h3", "h4", "h5", "h6", "article", "section", "main", "header", "footer", "nav", "aside", "figure", "figcaption",
        "form", "input", "button", "label", "select", "option", "textarea", "iframe", "strong", "em", "b", "i", "u", "small",
        "blockquote", "pre", "code", "center", "font", "svg", "picture", "source", "video", "time",
    ];

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
