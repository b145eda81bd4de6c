using System.Net;
using System.Text;
using NewsParse.Model;

namespace NewsParse.Rendering;

/// <summary>
/// The article as a clean, safe HTML document for readers and archives: only the model's own elements
/// (<see cref="AllowedElements"/>) with only <see cref="AllowedAttributes"/>, every text and attribute value escaped;
/// no script, style, event handler or embedded content. A link or image address is kept only when it is http, https,
/// mailto or relative (a model read from JSON may hold anything). Sections are nested <c>section</c> elements with
/// headings of their level; the FAQ is a section of questions (h3) and answers. Boilerplate is left out. Thread-safe.
/// </summary>
public static class ArticleHtml
{
    /// <summary>Every element the output may hold.</summary>
    public static IReadOnlySet<string> AllowedElements { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "html", "head", "meta", "title", "body", "article", "header", "section", "h1", "h2", "h3", "h4", "h5", "h6", "p",
        "ul", "ol", "li", "blockquote", "footer", "pre", "code", "table", "caption", "thead", "tbody", "tr", "th", "td", "figure",
        "figcaption", "img", "a", "em", "strong", "br",
    };

    /// <summary>Every attribute the output may hold (on any allowed element).</summary>
    public static IReadOnlySet<string> AllowedAttributes { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "lang", "charset", "href", "src", "alt", "width", "height", "class", "colspan", "rowspan",
    };

    /// <summary>The article as a complete HTML document (UTF-8 declared).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    public static string ToHtml(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var html = new StringBuilder("<!DOCTYPE html>\n<html");
        if (article.Language is { } language) html.Append(" lang=\"").Append(Attribute(language)).Append('"');
        html.Append(">\n<head><meta charset=\"utf-8\"><title>").Append(Text(article.Headline ?? string.Empty)).Append("</title></head>\n<body>\n<article>\n");
        if (article.Headline is not null || article.Byline is not null || article.Published is not null)
        {
            html.Append("<header>");
            if (article.Headline is not null) html.Append("<h1>").Append(Text(article.Headline)).Append("</h1>");
            var meta = string.Join(" · ", new[] { article.Byline, article.Published }.Where(s => !string.IsNullOrEmpty(s)));
            if (meta.Length > 0) html.Append("<p class=\"byline\">").Append(Text(meta)).Append("</p>");
            html.Append("</header>\n");
        }
        // sections nest: an explicit stack of (section, closing) instead of recursion
        var stack = new Stack<(Section Section, bool Close)>();
        for (int i = article.Sections.Count - 1; i >= 0; i--) stack.Push((article.Sections[i], false));
        while (stack.Count > 0)
        {
            var (section, close) = stack.Pop();
            if (close)
            {
                html.Append("</section>\n");
                continue;
            }
            html.Append("<section>");
            if (section.Heading is not null)
            {
                int level = Math.Clamp(section.Level ?? 2, 2, 6);
                html.Append("<h").Append(level).Append('>').Append(Text(section.Heading)).Append("</h").Append(level).Append(">\n");
            }
            foreach (var block in section.Blocks) Block(html, block);
            stack.Push((section, true));
            for (int i = section.Sections.Count - 1; i >= 0; i--) stack.Push((section.Sections[i], false));
        }
        if (article.Faq is { } faq)
        {
            html.Append("<section class=\"faq\"><h2>").Append(Text(faq.Heading ?? "FAQ")).Append("</h2>\n");
            foreach (var item in faq.Items)
            {
                html.Append("<h3>").Append(Text(item.Question)).Append("</h3>\n");
                foreach (var (paragraph, runs) in InlineList.Split(item.Answer, item.Inlines, "\n\n"))
                {
                    if (paragraph.Length == 0) continue;
                    html.Append("<p>");
                    Inlines(html, paragraph, runs);
                    html.Append("</p>\n");
                }
            }
            html.Append("</section>\n");
        }
        html.Append("</article>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Block(StringBuilder html, Block block)
    {
        switch (block)
        {
            case ParagraphBlock paragraph:
                html.Append("<p>");
                Inlines(html, paragraph.Text, paragraph.Inlines);
                html.Append("</p>\n");
                break;
            case ListBlock list when list.Entries is not null:
                List(html, list.Entries, list.Ordered);
                html.Append('\n');
                break;
            case ListBlock list:
                html.Append(list.Ordered ? "<ol>" : "<ul>");
                foreach (var item in list.Items) html.Append("<li>").Append(Text(item)).Append("</li>");
                html.Append(list.Ordered ? "</ol>\n" : "</ul>\n");
                break;
            case QuoteBlock quote:
                html.Append("<blockquote>");
                foreach (var (line, runs) in InlineList.Split(quote.Text, quote.Inlines, "\n"))
                {
                    if (line.Length == 0) continue;
                    html.Append("<p>");
                    Inlines(html, line, runs);
                    html.Append("</p>");
                }
                if (quote.Attribution is not null) html.Append("<footer>").Append(Text(quote.Attribution)).Append("</footer>");
                html.Append("</blockquote>\n");
                break;
            case CodeBlock code:
                html.Append("<pre><code>").Append(Text(code.Text)).Append("</code></pre>\n");
                break;
            case TableBlock table:
                Table(html, table);
                break;
            case FigureBlock figure:
                html.Append("<figure>");
                if (SafeAddress(figure.Source) is { } source)
                {
                    html.Append("<img src=\"").Append(Attribute(source)).Append("\" alt=\"").Append(Attribute(figure.Alt ?? figure.Caption ?? string.Empty)).Append('"');
                    if (figure.Width is { } width) html.Append(" width=\"").Append(width).Append('"');
                    if (figure.Height is { } height) html.Append(" height=\"").Append(height).Append('"');
                    html.Append('>');
                }
                if (figure.Caption is not null) html.Append("<figcaption>").Append(Text(figure.Caption)).Append("</figcaption>");
                html.Append("</figure>\n");
                break;
            default:
                html.Append("<p>").Append(Text(block.Text)).Append("</p>\n");
                break;
        }
    }

    /// <summary>
    /// A table: its leading rows of header cells in <c>thead</c>, the rest in <c>tbody</c>; header cells as <c>th</c>,
    /// spans as <c>colspan</c> and <c>rowspan</c>, cells with their runs. A plain table is its rows of <c>td</c>.
    /// </summary>
    private static void Table(StringBuilder html, TableBlock table)
    {
        html.Append("<table>");
        if (table.Caption is not null) html.Append("<caption>").Append(Text(table.Caption)).Append("</caption>");
        var rows = table.Cells ?? table.Rows.Select(r => (IReadOnlyList<TableCell>)r.Select(t => new TableCell(t)).ToList()).ToList();
        int head = 0;
        while (head < rows.Count && rows[head].Count > 0 && rows[head].All(c => c.Header)) head++;
        if (head == rows.Count) head = 0;   // a table of header cells only: all body
        for (int r = 0; r < rows.Count; r++)
        {
            if (r == 0) html.Append(head > 0 ? "<thead>" : "<tbody>");
            else if (r == head) html.Append("</thead><tbody>");
            html.Append("<tr>");
            foreach (var cell in rows[r])
            {
                var tag = cell.Header ? "th" : "td";
                html.Append('<').Append(tag);
                if (cell.ColumnSpan is { } columns) html.Append(" colspan=\"").Append(columns).Append('"');
                if (cell.RowSpan is { } spanned) html.Append(" rowspan=\"").Append(spanned).Append('"');
                html.Append('>');
                Inlines(html, cell.Text, cell.Inlines);
                html.Append("</").Append(tag).Append('>');
            }
            html.Append("</tr>");
        }
        html.Append(rows.Count == 0 ? "<tbody></tbody>" : head == rows.Count ? "</thead>" : "</tbody>");
        html.Append("</table>\n");
    }

    /// <summary>A list with its items' runs and nested lists (an explicit stack, no recursion).</summary>
    private static void List(StringBuilder html, IReadOnlyList<ListItem> entries, bool ordered)
    {
        html.Append(ordered ? "<ol>" : "<ul>");
        var stack = new Stack<(IReadOnlyList<ListItem> Items, int Next, bool Ordered)>();
        stack.Push((entries, 0, ordered));
        while (stack.Count > 0)
        {
            var (items, next, numbered) = stack.Pop();
            if (next >= items.Count)
            {
                html.Append(numbered ? "</ol>" : "</ul>");
                if (stack.Count > 0) html.Append("</li>");
                continue;
            }
            stack.Push((items, next + 1, numbered));
            var item = items[next];
            html.Append("<li>");
            Inlines(html, item.Text, item.Inlines);
            if (item.Items is null)
            {
                html.Append("</li>");
                continue;
            }
            html.Append(item.Ordered ? "<ol>" : "<ul>");
            stack.Push((item.Items, 0, item.Ordered));
        }
    }

    /// <summary>Text with its runs as em, strong, code, a, br and img; runs that overlap partly or fall outside the text are left out.</summary>
    private static void Inlines(StringBuilder html, string text, IReadOnlyList<Inline>? inlines)
    {
        if (inlines is null)
        {
            html.Append(Text(text));
            return;
        }
        var runs = inlines.Where(r => r.Start >= 0 && r.Length >= 0 && r.Start + r.Length <= text.Length)
            .OrderBy(r => r.Start).ThenByDescending(r => r.Length).ToList();
        var open = new Stack<(Inline Run, string Tag)>();
        int next = 0, written = 0;
        for (int pos = 0; pos <= text.Length; pos++)
        {
            // the text since the last tag, escaped as one piece (a surrogate pair is never cut)
            bool tagHere = (open.Count > 0 && open.Peek().Run.Start + open.Peek().Run.Length == pos) || (next < runs.Count && runs[next].Start == pos) || pos == text.Length;
            if (tagHere && written < pos)
            {
                html.Append(Text(text[written..pos]));
                written = pos;
            }
            while (open.Count > 0 && open.Peek().Run.Start + open.Peek().Run.Length == pos) html.Append("</").Append(open.Pop().Tag).Append('>');
            bool broken = false;
            for (; next < runs.Count && runs[next].Start == pos; next++)
            {
                var run = runs[next];
                if (open.Count > 0 && run.Start + run.Length > open.Peek().Run.Start + open.Peek().Run.Length) continue;
                switch (run.Kind)
                {
                    case InlineKind.Image:
                        if (SafeAddress(run.Source) is { } source) html.Append("<img src=\"").Append(Attribute(source)).Append("\" alt=\"").Append(Attribute(run.Alt ?? string.Empty)).Append("\">");
                        continue;
                    case InlineKind.LineBreak when run.Length == 1 && text[pos] == ' ':
                        broken = true;
                        continue;
                    case InlineKind.Link when run.Length > 0 && SafeAddress(run.Href) is { } href && !open.Any(o => o.Tag == "a"):
                        html.Append("<a href=\"").Append(Attribute(href)).Append("\">");
                        open.Push((run, "a"));
                        continue;
                    case InlineKind.Emphasis or InlineKind.Strong or InlineKind.Code when run.Length > 0:
                        var tag = run.Kind switch { InlineKind.Emphasis => "em", InlineKind.Strong => "strong", _ => "code" };
                        html.Append('<').Append(tag).Append('>');
                        open.Push((run, tag));
                        continue;
                }
            }
            if (pos == text.Length) break;
            if (broken)
            {
                html.Append("<br>");
                written = pos + 1;
            }
        }
    }

    /// <summary>An address kept in the output: http, https, mailto or relative; null for any other scheme (javascript:, data:...).</summary>
    private static string? SafeAddress(string? address)
    {
        if (string.IsNullOrWhiteSpace(address)) return null;
        var compact = new StringBuilder(address.Length);
        foreach (char c in address)
        {
            if (c > ' ') compact.Append(c);   // browsers ignore controls and spaces in a scheme ("java\tscript:")
        }
        var text = compact.ToString();
        int colon = text.IndexOf(':');
        int end = text.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (end >= 0 && end < colon)) return address.Trim();
        var scheme = text[..colon].ToLowerInvariant();
        return scheme is "http" or "https" or "mailto" ? address.Trim() : null;
    }

    private static string Text(string text) => WebUtility.HtmlEncode(text);

    private static string Attribute(string value) => WebUtility.HtmlEncode(value);
}
