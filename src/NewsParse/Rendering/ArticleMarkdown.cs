using System.Text;
using NewsParse.Model;
using Place = NewsParse.Rendering.MarkdownInlines.Place;

namespace NewsParse.Rendering;

/// <summary>
/// The article as CommonMark with GFM tables: the headline as a level-1 heading, the byline and date in emphasis,
/// sections as ATX headings of their level (capped at 6), paragraphs with their inline runs (<c>*emphasis*</c>,
/// <c>**strong**</c>, <c>`code`</c>, <c>[text](url)</c>, <c>![alt](src)</c>, hard line breaks), lists, block quotes,
/// fenced code, tables as GFM pipe tables (the first row is the header row), figures as images with their caption,
/// and the FAQ as a heading with its questions one level deeper. The reader comments follow the article under a
/// "Comments" heading: each its author and date in emphasis, then its text, a reply quoted one level deeper per
/// <see cref="Comment.Depth"/>. A character is escaped only where CommonMark would
/// read it as markup, so the text reads back as written. Boilerplate is left out. <see cref="MarkdownOptions"/> can
/// leave links and images out. Thread-safe.
/// </summary>
public static class ArticleMarkdown
{
    /// <summary>The article as a CommonMark document, with links and images.</summary>
    public static string ToMarkdown(Article article) => ToMarkdown(article, MarkdownOptions.Default);

    /// <summary>The article as a CommonMark document, with what <paramref name="options"/> asks for.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> or <paramref name="options"/> is null.</exception>
    public static string ToMarkdown(Article article, MarkdownOptions options)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(options);
        var md = new StringBuilder();
        if (article.Headline is not null) Heading(md, 1, article.Headline);
        var meta = string.Join(" · ", new[] { article.Byline, article.Published }.Where(s => !string.IsNullOrEmpty(s)));
        if (meta.Length > 0)
        {
            md.Append('*');
            MarkdownInlines.Plain(md, OneLine(meta), Place.Heading);
            md.Append("*\n\n");
        }

        var stack = new Stack<Section>();
        for (int i = article.Sections.Count - 1; i >= 0; i--) stack.Push(article.Sections[i]);
        while (stack.Count > 0)
        {
            var section = stack.Pop();
            if (section.Heading is not null) Heading(md, section.Level ?? 2, section.Heading);
            foreach (var block in section.Blocks) Block(md, block, options);
            for (int i = section.Sections.Count - 1; i >= 0; i--) stack.Push(section.Sections[i]);
        }

        if (article.Faq is { } faq)
        {
            Heading(md, 2, faq.Heading ?? "FAQ");
            foreach (var item in faq.Items)
            {
                Heading(md, 3, item.Question);
                foreach (var (paragraph, runs) in InlineList.Split(item.Answer, item.Inlines, "\n\n")) Paragraph(md, paragraph, runs, options);
            }
        }
        Comments(md, article.Comments, options);
        return md.ToString();
    }

    private static void Comments(StringBuilder md, IReadOnlyList<Comment> comments, MarkdownOptions options)
    {
        if (comments.Count == 0) return;
        Heading(md, 2, "Comments");
        foreach (var comment in comments)
        {
            var quote = string.Concat(Enumerable.Repeat("> ", Math.Min(comment.Depth, 6)));
            var meta = string.Join(" · ", new[] { comment.Author, comment.Published }.Where(s => !string.IsNullOrEmpty(s)));
            var lines = new List<string>();
            if (meta.Length > 0)
            {
                var line = new StringBuilder("*");
                MarkdownInlines.Plain(line, OneLine(meta), Place.Heading);
                lines.Add(line.Append('*').ToString());
            }
            foreach (var (paragraph, runs) in InlineList.Split(comment.Text, comment.Inlines, "\n\n"))
            {
                var text = OneLine(paragraph);
                if (text.Length == 0) continue;
                var line = new StringBuilder();
                if (runs is null) MarkdownInlines.Plain(line, text, Place.Block);
                else MarkdownInlines.Write(line, paragraph, runs, options, Place.Block);
                // a hard line break goes on in the same quote
                lines.Add(quote.Length == 0 ? line.ToString() : line.Replace("\n", "\n" + quote).ToString());
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
        md.Append('#', Math.Clamp(level, 1, 6)).Append(' ');
        MarkdownInlines.Plain(md, OneLine(text), Place.Heading);
        md.Append("\n\n");
    }

    private static void Paragraph(StringBuilder md, string text, IReadOnlyList<Inline>? inlines, MarkdownOptions options)
    {
        if (inlines is null)
        {
            var line = OneLine(text);
            if (line.Length == 0) return;
            MarkdownInlines.Plain(md, line, Place.Block);
        }
        else
        {
            if (text.Trim().Length == 0) return;
            MarkdownInlines.Write(md, text, inlines, options, Place.Block);
        }
        md.Append("\n\n");
    }

    private static void Block(StringBuilder md, Block block, MarkdownOptions options)
    {
        switch (block)
        {
            case ParagraphBlock paragraph:
                Paragraph(md, paragraph.Text, paragraph.Inlines, options);
                break;
            case ListBlock list when list.Entries is not null:
                List(md, list.Entries, list.Ordered, options);
                break;
            case ListBlock list:
                for (int i = 0; i < list.Items.Count; i++)
                {
                    var marker = list.Ordered ? $"{i + 1}. " : "- ";
                    md.Append(marker);
                    var item = OneLine(list.Items[i]);
                    // an empty item, or one that would read as a rule or a nested marker, is still the item's text
                    MarkdownInlines.Plain(md, item, Place.Block);
                    md.Append('\n');
                }
                md.Append('\n');
                break;
            case QuoteBlock quote:
                bool first = true;
                var quoted = new StringBuilder();
                foreach (var (line, runs) in InlineList.Split(quote.Text, quote.Inlines, "\n"))
                {
                    if (line.Trim().Length == 0) continue;
                    if (!first) md.Append(">\n");
                    first = false;
                    md.Append("> ");
                    quoted.Clear();
                    if (runs is not null) MarkdownInlines.Write(quoted, line, runs, options, Place.Block);
                    else MarkdownInlines.Plain(quoted, OneLine(line), Place.Block);
                    md.Append(quoted.Replace("\n", "\n> ")).Append('\n');
                }
                if (quote.Attribution is not null)
                {
                    md.Append(">\n> — ");
                    MarkdownInlines.Plain(md, OneLine(quote.Attribution), Place.Heading);
                    md.Append('\n');
                }
                md.Append('\n');
                break;
            case CodeBlock code:
                var fence = Fence(code.Text);
                md.Append(fence).Append(code.Language is { } language && !language.Contains('`') ? OneLine(language) : null).Append('\n')
                    .Append(code.Text.TrimEnd('\n')).Append('\n').Append(fence).Append("\n\n");
                break;
            case TableBlock table:
                Table(md, table, options);
                break;
            case FigureBlock figure:
                if (options.Images && figure.Source is not null)
                {
                    md.Append("![");
                    MarkdownInlines.Plain(md, OneLine(figure.Caption ?? string.Empty), Place.Block, link: true);
                    md.Append("](");
                    MarkdownInlines.Destination(md, figure.Source);
                    md.Append(")\n\n");
                }
                if (figure.Caption is not null) Paragraph(md, figure.Caption, null, options);
                break;
            default:
                Paragraph(md, block.Text, null, options);
                break;
        }
    }

    /// <summary>
    /// A list with its items' runs and nested lists: each nested list indented under its item by the width of the
    /// item's marker (an explicit stack, no recursion); the lines of an item with line breaks indented alike.
    /// </summary>
    private static void List(StringBuilder md, IReadOnlyList<ListItem> entries, bool ordered, MarkdownOptions options)
    {
        var stack = new Stack<(IReadOnlyList<ListItem> Items, int Next, string Indent, bool Ordered)>();
        stack.Push((entries, 0, "", ordered));
        var text = new StringBuilder();
        while (stack.Count > 0)
        {
            var (items, next, indent, numbered) = stack.Pop();
            if (next >= items.Count) continue;
            stack.Push((items, next + 1, indent, numbered));
            var item = items[next];
            var marker = numbered ? $"{next + 1}. " : "- ";
            var inner = indent + new string(' ', marker.Length);
            text.Clear();
            if (item.Inlines is null) MarkdownInlines.Plain(text, OneLine(item.Text), Place.Block);
            else MarkdownInlines.Write(text, item.Text, item.Inlines, options, Place.Block);
            md.Append(indent).Append(marker).Append(text.Replace("\n", "\n" + inner)).Append('\n');
            if (item.Items is not null) stack.Push((item.Items, 0, inner, item.Ordered));
        }
        md.Append('\n');
    }

    /// <summary>
    /// A GFM pipe table: the first row is the header; the table laid out on its grid (<see cref="TableGrid"/>), a cell
    /// spanning columns or rows leaving empty cells where it spans; cells with their runs, "|" escaped.
    /// </summary>
    private static void Table(StringBuilder md, TableBlock table, MarkdownOptions options)
    {
        if (table.Rows.Count == 0) return;
        var grid = TableGrid.Of(table);
        int columns = grid[0].Length;
        for (int r = 0; r < grid.Count; r++)
        {
            md.Append('|');
            foreach (var cell in grid[r])
            {
                md.Append(' ');
                if (cell is { Inlines: { } runs }) MarkdownInlines.Write(md, cell.Text, runs, options, Place.Cell);
                else if (cell is not null) MarkdownInlines.Plain(md, OneLine(cell.Text), Place.Cell);
                md.Append(" |");
            }
            md.Append('\n');
            if (r == 0)
            {
                md.Append('|');
                for (int c = 0; c < columns; c++) md.Append(" --- |");
                md.Append('\n');
            }
        }
        md.Append('\n');
        if (table.Caption is not null) Paragraph(md, table.Caption, null, MarkdownOptions.Default);
    }

    /// <summary>A fence longer than any run of backticks at the start of a line of the code.</summary>
    private static string Fence(string code)
    {
        int longest = 0;
        foreach (var line in code.Split('\n'))
        {
            int run = 0;
            while (run < line.Length && line[run] == '`') run++;
            longest = Math.Max(longest, run);
        }
        return new string('`', Math.Max(3, longest + 1));
    }

    private static string OneLine(string text) => text.Replace('\n', ' ').Replace('\r', ' ').Trim();
}
