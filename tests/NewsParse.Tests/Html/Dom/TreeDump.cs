using System.Text;
using NewsParse.Html.Dom;

namespace NewsParse.Tests.Html.Dom;

/// <summary>Writes a subtree of the light HTML tree as compact markup (no attributes, end tags always written), walked without recursion.</summary>
internal static class TreeDump
{
    public static string Body(string html, int maxDepth = 256) => Children(HtmlDocument.Parse(html, maxDepth).Body);

    public static string Children(HtmlElement element)
    {
        var output = new StringBuilder();
        var stack = new Stack<(HtmlNode Node, bool Exit)>();
        for (var child = element.LastChild; child is not null; child = child.PreviousSibling) stack.Push((child, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (node is HtmlText text)
            {
                output.Append(text.Span);
                continue;
            }
            var e = (HtmlElement)node;
            if (exit)
            {
                output.Append("</").Append(e.LocalName).Append('>');
                continue;
            }
            output.Append('<').Append(e.LocalName).Append('>');
            if ((e.Traits & HtmlTagTraits.Void) != 0) continue;
            stack.Push((e, true));
            for (var child = e.LastChild; child is not null; child = child.PreviousSibling) stack.Push((child, false));
        }
        return output.ToString();
    }
}
