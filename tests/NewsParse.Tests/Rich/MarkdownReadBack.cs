using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using NewsParse.Model;

namespace NewsParse.Tests.Rich;

/// <summary>What the model promises the Markdown holds, and what Markdig (CommonMark with GFM pipe tables) reads from it.</summary>
internal static class MarkdownReadBack
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder().UsePipeTables().Build();

    /// <summary>The headings the Markdown must have: the headline at 1, sections at their level (capped at 6), the FAQ at 2 and its questions at 3.</summary>
    public static List<(int, string)> ModelHeadings(Article article)
    {
        var expected = new List<(int, string)>();
        if (article.Headline is not null) expected.Add((1, OneLine(article.Headline)));
        foreach (var section in article.AllSections())
        {
            if (section.Heading is not null) expected.Add((Math.Clamp(section.Level ?? 2, 1, 6), OneLine(section.Heading)));
        }
        if (article.Faq is { } faq)
        {
            expected.Add((2, OneLine(faq.Heading ?? "FAQ")));
            foreach (var item in faq.Items) expected.Add((3, OneLine(item.Question)));
        }
        if (article.Comments.Count > 0) expected.Add((2, "Comments"));   // the reader comments follow under their heading
        return expected;
    }

    /// <summary>
    /// The link targets of the body's paragraphs, quotes, table cells and list items (nested items after their item), then of the
    /// FAQ's answers, in order: links with an address, not inside code.
    /// </summary>
    public static List<string> ModelLinks(Article article)
    {
        var links = new List<string>();
        foreach (var block in article.AllBlocks())
        {
            switch (block)
            {
                case NewsParse.Model.ParagraphBlock p: AddLinks(links, p.Inlines); break;
                case NewsParse.Model.QuoteBlock q: AddLinks(links, q.Inlines); break;
                case TableBlock { Cells: { } cells }:
                    foreach (var cell in cells.SelectMany(r => r)) AddLinks(links, cell.Inlines);
                    break;
                case NewsParse.Model.ListBlock { Entries: { } entries }:
                    var stack = new Stack<ListItem>(entries.Reverse());
                    while (stack.Count > 0)
                    {
                        var item = stack.Pop();
                        AddLinks(links, item.Inlines);
                        foreach (var child in (item.Items ?? []).Reverse()) stack.Push(child);
                    }
                    break;
            }
        }
        foreach (var item in article.Faq?.Items ?? []) AddLinks(links, item.Inlines);
        foreach (var comment in article.Comments) AddLinks(links, comment.Inlines);
        return links;
    }

    private static void AddLinks(List<string> links, IReadOnlyList<NewsParse.Model.Inline>? runs)
    {
        if (runs is null) return;
        foreach (var run in runs)
        {
            if (run.Kind != InlineKind.Link || run.Href is null || run.Length == 0) continue;
            if (runs.Any(c => c.Kind == InlineKind.Code && c.Start <= run.Start && c.Start + c.Length >= run.Start + run.Length && !ReferenceEquals(c, run))) continue;
            links.Add(run.Href);
        }
    }

    /// <summary>The shape (rows, columns of its grid: cells spanning columns or rows counted where they span) of every table of the body, in order.</summary>
    public static List<(int, int)> ModelTables(Article article) =>
        article.AllBlocks().OfType<TableBlock>().Where(t => t.Rows.Count > 0).Select(t => (t.Rows.Count, NewsParse.Rendering.TableGrid.Of(t)[0].Length)).ToList();

    public static MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, Pipeline);

    public static List<(int, string)> Headings(MarkdownDocument document) =>
        document.Descendants<HeadingBlock>().Select(h => (h.Level, MarkdigText.Of(h.Inline))).ToList();

    public static List<string> Links(MarkdownDocument document) =>
        document.Descendants<LinkInline>().Where(l => !l.IsImage).Select(l => l.Url ?? "").ToList();

    public static List<(int, int)> Tables(MarkdownDocument document) =>
        document.Descendants<Table>().Select(t => (t.Count, t.OfType<TableRow>().Max(r => r.Count))).ToList();

    private static string OneLine(string text) => text.Replace('\n', ' ').Replace('\r', ' ').Trim();
}
