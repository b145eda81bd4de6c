using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace NewsParse.Tests.Cli;

/// <summary>Reads a CommonMark document with Markdig and lists its headings.</summary>
internal static class MarkdownHeadings
{
    /// <summary>The headings as Markdig reads them: level and plain text (escapes and entities resolved), in document order.</summary>
    public static List<(int Level, string Text)> Of(string markdown)
    {
        var document = Markdown.Parse(markdown);
        return document.Descendants<HeadingBlock>().Select(h => (h.Level, PlainText(h.Inline))).ToList();
    }

    private static string PlainText(ContainerInline? inline)
    {
        var text = new StringBuilder();
        if (inline is null) return "";
        foreach (var node in inline.Descendants())
        {
            switch (node)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.ToString());
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
            }
        }
        return text.ToString();
    }
}
