using System.Text;
using NewsParse.Html.Dom;
using NewsParse.Text;

namespace NewsParse.Html;

/// <summary>
/// Collects the visible text of a subtree without recursion (an explicit stack, so any depth is safe): skipped
/// elements (scripts, styles, form controls) and hidden ones are left out; block elements and &lt;br&gt; become line
/// breaks. Stateless and thread-safe.
/// </summary>
internal static class TextCollector
{
    /// <summary>The subtree's text as lines (each white-space-collapsed, empty ones dropped) joined with "\n".</summary>
    /// <param name="root">The subtree.</param>
    /// <param name="maxChars">Stop after about this many characters (the text is then cut).</param>
    /// <param name="keepHidden">True to keep hidden elements (a collapsed FAQ answer).</param>
    public static string Lines(HtmlElement root, int maxChars = int.MaxValue, bool keepHidden = false)
    {
        var raw = new StringBuilder();
        Append(root, raw, maxChars, keepHidden, '\n');
        return JoinLines(raw.ToString());
    }

    /// <summary>The subtree's text on one line, white space collapsed.</summary>
    public static string Flat(HtmlElement root, int maxChars = int.MaxValue, bool keepHidden = false)
    {
        var raw = new StringBuilder();
        Append(root, raw, maxChars, keepHidden, ' ');
        if (raw.Length > StackChars) return Whitespace.Collapse(raw.ToString());
        Span<char> chars = stackalloc char[StackChars];
        raw.CopyTo(0, chars, raw.Length);
        return Whitespace.Collapse(chars[..raw.Length]);
    }

    /// <summary>Longest text collapsed from a copy on the stack (no string made before the collapsed one).</summary>
    private const int StackChars = 512;

    /// <summary>The subtree's text with its white space as written (for &lt;pre&gt;).</summary>
    public static string Preformatted(HtmlElement root)
    {
        var raw = new StringBuilder();
        Append(root, raw, int.MaxValue, false, '\n', collapse: false);
        return raw.ToString().Trim('\n', '\r');
    }

    private static void Append(HtmlElement root, StringBuilder raw, int maxChars, bool keepHidden, char blockBreak, bool collapse = true)
    {
        var stack = new Stack<(HtmlNode Node, bool Exit)>(32);
        stack.Push((root, false));
        while (stack.Count > 0 && raw.Length < maxChars)
        {
            var (node, exit) = stack.Pop();
            if (exit)
            {
                raw.Append(blockBreak);
                continue;
            }
            if (node is HtmlText text)
            {
                if (collapse) AppendFlattened(raw, text.Span);
                else raw.Append(text.Span);
                continue;
            }
            var element = (HtmlElement)node;
            string name = element.LocalName;
            if (node != root && (HtmlTags.IsSkipped(name) || (!keepHidden && HtmlVisibility.IsHidden(element)))) continue;
            if (name == "br")
            {
                raw.Append(blockBreak);
                continue;
            }
            bool block = HtmlTags.IsBlock(name) || name is "td" or "th";
            if (block)
            {
                raw.Append(name is "td" or "th" ? ' ' : blockBreak);
                stack.Push((element, true));
            }
            PushChildren(stack, element);
        }
    }

    /// <summary>Appends <paramref name="data"/> with its line breaks as spaces: the runs between them in one piece each.</summary>
    private static void AppendFlattened(StringBuilder raw, ReadOnlySpan<char> data)
    {
        for (int at = data.IndexOfAny('\n', '\r'); at >= 0; at = data.IndexOfAny('\n', '\r'))
        {
            raw.Append(data[..at]).Append(' ');
            data = data[(at + 1)..];
        }
        raw.Append(data);
    }

    private static void PushChildren(Stack<(HtmlNode, bool)> stack, HtmlElement element)
    {
        for (var child = element.LastChild; child is not null; child = child.PreviousSibling) stack.Push((child, false));
    }

    /// <summary>Collapses the white space of each line of <paramref name="raw"/> and joins the non-empty ones with "\n".</summary>
    public static string JoinLines(string raw)
    {
        var result = new StringBuilder(raw.Length);
        foreach (var line in raw.Split('\n'))
        {
            var clean = Whitespace.Collapse(line);
            if (clean.Length == 0) continue;
            if (result.Length > 0) result.Append('\n');
            result.Append(clean);
        }
        return result.ToString();
    }
}
