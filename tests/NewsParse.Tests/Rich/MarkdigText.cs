using System.Text;
using Markdig.Syntax.Inlines;

namespace NewsParse.Tests.Rich;

/// <summary>The text a CommonMark reader (Markdig) sees in inlines: literals, code, entities decoded, line breaks as spaces, link text kept, images left out.</summary>
internal static class MarkdigText
{
    public static string Of(ContainerInline? root)
    {
        var text = new StringBuilder();
        if (root is null) return "";
        var stack = new Stack<Markdig.Syntax.Inlines.Inline>();
        for (var child = root.LastChild; child is not null; child = child.PreviousSibling) stack.Push(child);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            switch (node)
            {
                case LinkInline { IsImage: true }: continue;
                case LiteralInline literal: text.Append(literal.Content.ToString()); break;
                case CodeInline code: text.Append(code.Content); break;
                case HtmlEntityInline entity: text.Append(entity.Transcoded.ToString()); break;
                case LineBreakInline: text.Append(' '); break;
                case HtmlInline html: text.Append(html.Tag); break;
                case AutolinkInline link: text.Append(link.Url); break;
                case DelimiterInline delimiter:
                    // an unmatched "[" or "*" that Markdig left as a delimiter: its literal, then what it holds
                    text.Append(delimiter.ToLiteral());
                    break;
            }
            if (node is ContainerInline container)
            {
                for (var child = container.LastChild; child is not null; child = child.PreviousSibling) stack.Push(child);
            }
        }
        return text.ToString();
    }
}
