using System.Text;
using NewsParse.Model;

namespace NewsParse.Rendering;

/// <summary>
/// The article as CommonMark: the headline as a level-1 heading, the byline and date in emphasis, sections as ATX
/// headings of their level (capped at 6), paragraphs, lists, block quotes, fenced code, tables as rows of cells
/// separated by " | ", figures as images or captions, and the FAQ as a heading with its questions one level deeper.
/// The reader comments follow the article under a "Comments" heading: each its author and date in emphasis, then its
/// text, a reply quoted one level deeper per <see cref="Comment.Depth"/>. Text is escaped so that it reads back as the same text. Boilerplate is left out. Thread-safe.
/// </summary>
public static class ArticleMarkdown
{
    /// <summary>The article as a CommonMark document.</summary>
    public static string ToMarkdown(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var md = new StringBuilder();
        if (article.Headline is not null) Heading(md, 1, article.Headline);
        var meta = string.Join(" · ", new[] { article.Byline, article.Published }.Where(s => !string.IsNullOrEmpty(s)));
        if (meta.Length > 0) md.Append('*').Append(Escape(meta)).Append("*\n\n");

        var stack = new Stack<Section>();
        for (int i = article.Sections.Count - 1; i >= 0; i--) stack.Push(article.Sections[i]);
        while (stack.Count > 0)
        {
            var section = stack.Pop();
            if (section.Heading is not null) Heading(md, section.Level ?? 2, section.Heading);
            foreach (var block in section.Blocks) Block(md, block);
            for (int i = section.Sections.Count - 1; i >= 0; i--) stack.Push(section.Sections[i]);
        }

        if (article.Faq is { } faq)
        {
            Heading(md, 2, faq.Heading ?? "FAQ");
            foreach (var item in faq.Items)
            {
                Heading(md, 3, item.Question);
                foreach (var paragraph in item.Answer.Split("\n\n", StringSplitOptions.RemoveEmptyEntries)) Paragraph(md, paragraph);
            }
        }
        Comments(md, article.Comments);
        return md.ToString();
    }

    private static void Comments(StringBuilder md, IReadOnlyList<Comment> comments)
    {
        if (comments.Count == 0) return;
        Heading(md, 2, "Comments");
        foreach (var comment in comments)
        {
            var quote = string.Concat(Enumerable.Repeat("> ", Math.Min(comment.Depth, 6)));
            var meta = string.Join(" · ", new[] { comment.Author, comment.Published }.Where(s => !string.IsNullOrEmpty(s)));
            var lines = new List<string>();
            if (meta.Length > 0) lines.Add("*" + Escape(OneLine(meta)) + "*");
            foreach (var paragraph in comment.Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
            {
                var line = OneLine(paragraph);
                if (line.Length > 0) lines.Add(EscapeLineStart(Escape(line)));
            }
            for (int i = 0; i < lines.Count; i++)
            {
                if (i > 0) md.Append(quote.TrimEnd()).Append('\n');
                md.Append(quote).Append(lines[i]).Append('\n');
            }
            md.Append('\n');
        }
    }

    private static void Heading(StringBuilder md, int level, string text)
    {
        md.Append('#', Math.Clamp(level, 1, 6)).Append(' ').Append(Escape(OneLine(text)));
        if (text.EndsWith('#')) md.Insert(md.Length - 1, '\\');
        md.Append("\n\n");
    }

    private static void Paragraph(StringBuilder md, string text)
    {
        var line = OneLine(text);
        if (line.Length == 0) return;
        md.Append(EscapeLineStart(Escape(line))).Append("\n\n");
    }

    private static void Block(StringBuilder md, Block block)
    {
        switch (block)
        {
            case ListBlock list:
                for (int i = 0; i < list.Items.Count; i++)
                {
                    md.Append(list.Ordered ? $"{i + 1}. " : "- ").Append(EscapeLineStart(Escape(OneLine(list.Items[i])))).Append('\n');
                }
                md.Append('\n');
                break;
            case QuoteBlock quote:
                md.Append("> ").Append(EscapeLineStart(Escape(OneLine(quote.Text)))).Append('\n');
                if (quote.Attribution is not null) md.Append(">\n> — ").Append(Escape(OneLine(quote.Attribution))).Append('\n');
                md.Append('\n');
                break;
            case CodeBlock code:
                var fence = code.Text.Contains("```", StringComparison.Ordinal) ? "~~~~" : "```";
                md.Append(fence).Append(code.Language).Append('\n').Append(code.Text.TrimEnd('\n')).Append('\n').Append(fence).Append("\n\n");
                break;
            case TableBlock table:
                foreach (var row in table.Rows) Paragraph(md, string.Join(" | ", row));
                if (table.Caption is not null) Paragraph(md, table.Caption);
                break;
            case FigureBlock figure:
                if (figure.Source is not null && !figure.Source.Contains(')') && !figure.Source.Contains(' '))
                    md.Append("![").Append(Escape(OneLine(figure.Caption ?? string.Empty))).Append("](").Append(figure.Source).Append(")\n\n");
                else if (figure.Caption is not null) Paragraph(md, figure.Caption);
                break;
            default:
                Paragraph(md, block.Text);
                break;
        }
    }

    private static string OneLine(string text) => text.Replace('\n', ' ').Replace('\r', ' ').Trim();

    /// <summary>Backslash-escapes the characters that CommonMark reads as inline markup.</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '!' or '|' or '~'
                || (c == '&' && i + 1 < text.Length && (char.IsLetterOrDigit(text[i + 1]) || text[i + 1] == '#')))
                escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }

    /// <summary>Escapes what would start a block at the start of a line: "#", "-", "+", "=", "1." and "1)".</summary>
    private static string EscapeLineStart(string line)
    {
        if (line.Length == 0) return line;
        if (line[0] is '#' or '-' or '+' or '=') return "\\" + line;
        int digits = 0;
        while (digits < line.Length && char.IsAsciiDigit(line[digits])) digits++;
        if (digits is > 0 and < 10 && digits < line.Length && line[digits] is '.' or ')')
            return line[..digits] + "\\" + line[digits..];
        return line;
    }
}
