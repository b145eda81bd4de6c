using AngleSharp.Html.Parser;
using NewsParse.Model;

namespace NewsParse.Cli.Evaluation;

/// <summary>
/// How much of the rich content Readability keeps (its expected.html) the model keeps too: the pages where Readability
/// keeps an image and the model has one (a figure or an inline image anywhere in the body), and, for the links both
/// keep, whether they point to the same place. Links are paired by their text (white space collapsed): first each
/// with one of the same text and target, then the rest of each text in order. The pages are to be parsed with <see cref="HarnessAddress"/> as their
/// address (<see cref="NewsParserOptions.Url"/>), the one Readability's test harness gives every page, so that
/// relative links resolve alike on both sides. Stateless.
/// </summary>
internal static class RichContentScore
{
    /// <summary>The address Readability's test harness parses every test page at: its relative links resolve against it.</summary>
    public static readonly Uri HarnessAddress = new("http://fakehost/test/page.html");

    /// <summary>The figures and the misses, page by page.</summary>
    public sealed record Result(int ImagePages, int ImagePagesKept, List<string> ImageMisses, int PairedLinks, int EqualLinks, List<string> LinkMisses);

    /// <summary>Scores the pages <paramref name="names"/> of <paramref name="pagesDir"/>, whose parsed articles are <paramref name="articles"/> (null: unparsed).</summary>
    public static Result Score(string pagesDir, IReadOnlyList<string> names, IReadOnlyList<Article?> articles, Func<string, string> read)
    {
        int imagePages = 0, imagePagesKept = 0, paired = 0, equal = 0;
        var imageMisses = new List<string>();
        var linkMisses = new List<string>();
        var parser = new HtmlParser();
        for (int i = 0; i < names.Count; i++)
        {
            using var expected = parser.ParseDocument(read(Path.Combine(pagesDir, names[i], "expected.html")));
            var article = articles[i];
            bool expectsImage = expected.QuerySelectorAll("img").Any(img => !string.IsNullOrWhiteSpace(img.GetAttribute("src")));
            if (expectsImage)
            {
                imagePages++;
                if (article is not null && HasImage(article)) imagePagesKept++;
                else imageMisses.Add(names[i]);
            }
            if (article is null) continue;
            // links paired by text: first those of the same text and target, then the rest of each text in order
            var ours = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var (text, href) in Links(article))
            {
                if (!ours.TryGetValue(text, out var list)) ours[text] = list = [];
                list.Add(Absolute(href));
            }
            var unpaired = new List<(string Text, string Href)>();
            foreach (var anchor in expected.QuerySelectorAll("a[href]"))
            {
                var text = Collapse(anchor.TextContent);
                if (text.Length == 0 || !ours.TryGetValue(text, out var list) || list.Count == 0) continue;
                var want = Absolute(anchor.GetAttribute("href") ?? "");
                if (list.Remove(want))
                {
                    paired++;
                    equal++;
                }
                else unpaired.Add((text, want));
            }
            foreach (var (text, want) in unpaired)
            {
                var list = ours[text];
                if (list.Count == 0) continue;
                paired++;
                linkMisses.Add($"{names[i]}: \"{Cut(text)}\" -> {list[0]} | Readability {want}");
                list.RemoveAt(0);
            }
        }
        return new Result(imagePages, imagePagesKept, imageMisses, paired, equal, linkMisses);
    }

    /// <summary>True when the body, the FAQ or a block's runs hold an image.</summary>
    private static bool HasImage(Article article)
    {
        foreach (var block in article.AllBlocks())
        {
            if (block is FigureBlock { Source: not null }) return true;
            foreach (var (_, runs) in Runs(block))
            {
                if (runs.Any(r => r.Kind == InlineKind.Image)) return true;
            }
        }
        return false;
    }

    /// <summary>The text and address of every link of the body (paragraphs, quotes, list items at any depth, table cells) and of the FAQ's answers.</summary>
    private static IEnumerable<(string Text, string Href)> Links(Article article)
    {
        var pieces = article.AllBlocks().SelectMany(Runs).Concat((article.Faq?.Items ?? []).Where(i => i.Inlines is not null).Select(i => (i.Answer, i.Inlines!)));
        foreach (var (text, runs) in pieces)
        {
            foreach (var run in runs)
            {
                if (run.Kind != InlineKind.Link || run.Href is null || run.Start + run.Length > text.Length) continue;
                yield return (Collapse(text.Substring(run.Start, run.Length)), run.Href);
            }
        }
    }

    /// <summary>Each text of a block with its runs: a paragraph's or quote's, each list item's (nested ones too), each cell's.</summary>
    private static IEnumerable<(string Text, IReadOnlyList<Inline> Runs)> Runs(Block block)
    {
        switch (block)
        {
            case ParagraphBlock { Inlines: { } runs } p: yield return (p.Text, runs); break;
            case QuoteBlock { Inlines: { } runs } q: yield return (q.Text, runs); break;
            case TableBlock { Cells: { } cells }:
                foreach (var cell in cells.SelectMany(r => r))
                {
                    if (cell.Inlines is { } inCell) yield return (cell.Text, inCell);
                }
                break;
            case ListBlock { Entries: { } entries }:
                var stack = new Stack<ListItem>(entries.Reverse());
                while (stack.Count > 0)
                {
                    var item = stack.Pop();
                    if (item.Inlines is { } inItem) yield return (item.Text, inItem);
                    foreach (var child in (item.Items ?? []).Reverse()) stack.Push(child);
                }
                break;
        }
    }

    /// <summary>An address resolved against the harness's page address (absolute ones as they are), in its canonical form.</summary>
    private static string Absolute(string href) =>
        Uri.TryCreate(HarnessAddress, href.Trim(), out var resolved) ? resolved.AbsoluteUri : href.Trim();

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Cut(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
