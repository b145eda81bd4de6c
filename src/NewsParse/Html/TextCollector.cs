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
        var raw = new RawText(new StringBuilder(), flatten: true);
        Collect(root, ref raw, maxChars, keepHidden, '\n');
        return JoinLines(raw.Builder.ToString());
    }

    /// <summary>The subtree's text on one line, white space collapsed (as it is collected: no raw text is built).</summary>
    /// <param name="root">The subtree.</param>
    /// <param name="maxChars">Stop after the node that brings the text read to this many characters (white space counted as written).</param>
    /// <param name="keepHidden">True to keep hidden elements (a collapsed FAQ answer).</param>
    /// <param name="maxOutputChars">Stop reading once the collapsed text has this many characters: the text given is then the first <paramref name="maxOutputChars"/> (or one more) of the whole.</param>
    public static string Flat(HtmlElement root, int maxChars = int.MaxValue, bool keepHidden = false, int maxOutputChars = int.MaxValue)
    {
        var text = new CollapsingWriter(maxOutputChars);
        Collect(root, ref text, maxChars, keepHidden, ' ');
        return text.ToStringAndReturn();
    }

    /// <summary>As <see cref="Flat"/>, written into <paramref name="text"/> (read it with <see cref="CollapsingWriter.Written"/>, then reset it): no string is made.</summary>
    public static void FlatInto(HtmlElement root, ref CollapsingWriter text, int maxChars = int.MaxValue) => Collect(root, ref text, maxChars, false, ' ');

    /// <summary>The subtree's text with its white space as written (for &lt;pre&gt;).</summary>
    public static string Preformatted(HtmlElement root)
    {
        var raw = new RawText(new StringBuilder(), flatten: false);
        Collect(root, ref raw, int.MaxValue, false, '\n');
        return raw.Builder.ToString().Trim('\n', '\r');
    }

    private static void Collect<TSink>(HtmlElement root, ref TSink sink, int maxChars, bool keepHidden, char blockBreak) where TSink : struct, ITextSink
    {
        var stack = t_stack ?? new Stack<(HtmlNode Node, bool Exit)>(64);
        t_stack = null; // taken: a nested collection (none today) would make its own
        stack.Push((root, false));
        while (stack.Count > 0 && sink.RawLength < maxChars && !sink.IsFull)
        {
            var (node, exit) = stack.Pop();
            if (exit)
            {
                sink.Append(blockBreak);
                continue;
            }
            if (node is HtmlText text)
            {
                sink.Append(text.Span);
                continue;
            }
            var element = (HtmlElement)node;
            string name = element.LocalName;
            if (node != root && (HtmlTags.IsSkipped(element) || (!keepHidden && HtmlVisibility.IsHidden(element)))) continue;
            if (name == "br")
            {
                sink.Append(blockBreak);
                continue;
            }
            bool block = HtmlTags.IsBlock(element) || name is "td" or "th";
            if (block)
            {
                sink.Append(name is "td" or "th" ? ' ' : blockBreak);
                stack.Push((element, true));
            }
            PushChildren(stack, element);
        }
        stack.Clear();
        t_stack = stack;
    }

    /// <summary>The stack of the thread's last collection, reused by the next (text is collected for many small subtrees per page).</summary>
    [ThreadStatic] private static Stack<(HtmlNode Node, bool Exit)>? t_stack;

    /// <summary>Text as written, in a string builder; with <c>flatten</c>, line breaks inside text nodes are written as spaces.</summary>
    private readonly struct RawText(StringBuilder builder, bool flatten) : ITextSink
    {
        public StringBuilder Builder { get; } = builder;

        public int RawLength => Builder.Length;

        public bool IsFull => false;

        /// <summary>Appends <paramref name="text"/>, flattened: the runs between line breaks in one piece each.</summary>
        public void Append(ReadOnlySpan<char> text)
        {
            if (flatten)
            {
                for (int at = text.IndexOfAny('\n', '\r'); at >= 0; at = text.IndexOfAny('\n', '\r'))
                {
                    Builder.Append(text[..at]).Append(' ');
                    text = text[(at + 1)..];
                }
            }
            Builder.Append(text);
        }

        public void Append(char c) => Builder.Append(c);
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
