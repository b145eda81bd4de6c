using System.Text;

namespace NewsParse.Html;

/// <summary>
/// Guards the HTML parser against pathological nesting. HTML tree construction checks the stack of open elements on
/// each tag, so a page of 200,000 nested divs costs the parser time quadratic in the depth. One linear scan counts
/// the depth of start and end tags (void elements, self-closing tags, comments and raw-text elements are skipped;
/// p, li, dt, dd, tr, td, th and option, which close themselves, are not counted); when it exceeds the limit, the
/// tags deeper than the limit are dropped from the text given to the parser, so their content reads as text of the
/// element at the limit (what <see cref="NewsParserOptions.MaxNestingDepth"/> promises). Pages within the limit are
/// passed on unchanged. Stateless and thread-safe.
/// </summary>
internal static class NestingLimiter
{
    /// <summary>The page to parse: <paramref name="html"/> itself, or a copy without the tags nested deeper than <paramref name="maxDepth"/>.</summary>
    public static string Limit(string html, int maxDepth, out bool exceeded)
    {
        exceeded = Scan(html, maxDepth, null);
        if (!exceeded) return html;
        var output = new StringBuilder(html.Length);
        Scan(html, maxDepth, output);
        return output.ToString();
    }

    /// <summary>Walks the tags; with <paramref name="output"/>, copies the page without the too-deep tags. True when the depth exceeded the limit.</summary>
    private static bool Scan(string html, int maxDepth, StringBuilder? output)
    {
        int depth = 0;
        bool exceeded = false;
        int copied = 0;
        int at = html.IndexOf('<', StringComparison.Ordinal);
        while (at >= 0 && at + 1 < html.Length)
        {
            char next = html[at + 1];
            int end;
            if (next == '!' && string.CompareOrdinal(html, at, "<!--", 0, 4) == 0)
            {
                end = html.IndexOf("-->", at + 4, StringComparison.Ordinal);
                end = end < 0 ? html.Length : end + 3;
            }
            else if (char.IsAsciiLetter(next) || (next == '/' && at + 2 < html.Length && char.IsAsciiLetter(html[at + 2])))
            {
                bool closing = next == '/';
                int nameStart = at + (closing ? 2 : 1);
                int nameEnd = nameStart;
                while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-')) nameEnd++;
                end = TagEnd(html, nameEnd);
                var name = html.AsSpan(nameStart, nameEnd - nameStart);
                bool selfClosing = end >= 2 && html[end - 2] == '/';
                if (!closing && IsRawText(name))
                {
                    int close = IndexOfIgnoreCase(html, string.Concat("</", name), end);
                    end = close < 0 ? html.Length : TagEnd(html, close + 2);
                }
                else if (!IsVoid(name) && !IsSelfClosing(name) && !(selfClosing && !closing))
                {
                    bool drop;
                    if (closing)
                    {
                        drop = depth > maxDepth;
                        if (depth > 0) depth--;
                    }
                    else
                    {
                        depth++;
                        drop = depth > maxDepth;
                        exceeded |= drop;
                    }
                    if (drop && output is not null)
                    {
                        output.Append(html, copied, at - copied).Append(' ');
                        copied = end;
                    }
                }
            }
            else
            {
                end = at + 1;
            }
            at = end < html.Length ? html.IndexOf('<', end) : -1;
        }
        output?.Append(html, copied, html.Length - copied);
        return exceeded;
    }

    private static int TagEnd(string html, int from)
    {
        char quote = '\0';
        for (int i = from; i < html.Length; i++)
        {
            char c = html[i];
            if (quote != '\0')
            {
                if (c == quote) quote = '\0';
            }
            else if (c is '"' or '\'') quote = c;
            else if (c == '>') return i + 1;
        }
        return html.Length;
    }

    private static int IndexOfIgnoreCase(string html, string value, int from) =>
        from >= html.Length ? -1 : html.IndexOf(value, from, StringComparison.OrdinalIgnoreCase);

    private static bool IsRawText(ReadOnlySpan<char> name) =>
        name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)
        || name.Equals("textarea", StringComparison.OrdinalIgnoreCase) || name.Equals("title", StringComparison.OrdinalIgnoreCase)
        || name.Equals("xmp", StringComparison.OrdinalIgnoreCase) || name.Equals("noscript", StringComparison.OrdinalIgnoreCase);

    private static readonly string[] VoidNames = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen", "frame"];
    private static readonly string[] SelfClosingNames = ["p", "li", "dt", "dd", "tr", "td", "th", "option", "html", "head", "body", "tbody", "thead", "tfoot", "colgroup", "rb", "rt", "rp", "optgroup"];

    private static bool IsVoid(ReadOnlySpan<char> name) => Contains(VoidNames, name);

    private static bool IsSelfClosing(ReadOnlySpan<char> name) => Contains(SelfClosingNames, name);

    private static bool Contains(string[] names, ReadOnlySpan<char> name)
    {
        foreach (var n in names)
        {
            if (name.Equals(n, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}
