using System.Globalization;
using System.Text.Json;
using NewsParse.Model;

namespace NewsParse.Cli.Evaluation;

/// <summary>
/// Scores a folder of trafilatura's evaluation pages against its evaldata.json, as the shared scripts do
/// (score_trafilatura.py and score_traf_meta.py): every page the evaldata names is parsed from
/// <c>DIR/&lt;file&gt;</c> the way <c>newsparse DIR</c> parses it (bytes, format told from the content); a missing or
/// failed page counts as no output. Prints the main-text figures, the metadata figures and the pages that miss.
/// </summary>
internal static class TrafilaturaEval
{
    /// <summary>One labelled page.</summary>
    /// <param name="Author">The labelled names; null when the page has no author label.</param>
    /// <param name="AuthorGiven">True when the label names someone (a non-empty name or list); false when it says the page has none.</param>
    /// <param name="Date">The labelled day; null when the page has no date label, empty when it says the page has none.</param>
    private sealed record Page(string File, List<string> With, List<string> Without, string? Title, List<string>? Author, bool AuthorGiven, string? Date, List<string> Comments);

    /// <summary>What was read of one page.</summary>
    private sealed record Result(Page Page, Article? Article, string? Body, SnippetCounts Counts);

    /// <summary>Runs the evaluation; <paramref name="worst"/> pages are listed for each kind of miss.</summary>
    /// <exception cref="EvalDataException">The evaldata file or the folder is missing, or the file is not evaldata.</exception>
    public static void Run(string dir, string evaldata, int worst, TextWriter output)
    {
        if (!Directory.Exists(dir)) throw new EvalDataException($"no such folder: {dir}");
        var pages = Load(evaldata);
        var results = new Result[pages.Count];
        var parser = new ArticleParser(NewsParserOptions.Default);
        Parallel.For(0, pages.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var page = pages[i];
            Article? article = null;
            var path = Path.Combine(dir, page.File);
            if (File.Exists(path))
            {
                try
                {
                    using var stream = File.OpenRead(path);
                    article = parser.Parse(stream);
                }
                catch (NewsParseException)
                {
                    article = null;
                }
            }
            // a page that failed gives an empty text (as np_batch.py writes it), one that is not there no output at all
            var body = article is not null ? ContractBodyText.Of(article) : File.Exists(path) ? "" : null;
            results[i] = new Result(page, article, body, TrafilaturaRules.Count(page.With, page.Without, body));
        });

        var total = results.Aggregate(default(SnippetCounts), (sum, r) => sum + r.Counts);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"trafilatura main text: F1 {total.F1:0.000} P {total.Precision:0.000} R {total.Recall:0.000} acc {total.Accuracy:0.000} n {results.Length}  [tp {total.Tp} fp {total.Fp} fn {total.Fn} tn {total.Tn}]"));
        var meta = Metadata(results);
        output.WriteLine($"trafilatura metadata:  {meta.Line}");
        if (worst <= 0) return;

        output.WriteLine();
        output.WriteLine("main text, the pages that miss most (fn + fp):");
        output.WriteLine("  tp  fp  fn  tn  file");
        foreach (var r in results.Where(r => r.Counts.Fn + r.Counts.Fp > 0).OrderByDescending(r => r.Counts.Fn + r.Counts.Fp).ThenBy(r => r.Page.File, StringComparer.Ordinal).Take(worst))
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {r.Counts.Tp,2}  {r.Counts.Fp,2}  {r.Counts.Fn,2}  {r.Counts.Tn,2}  {r.Page.File}"));
        foreach (var (kind, misses) in meta.Misses)
        {
            output.WriteLine();
            output.WriteLine($"{kind} ({misses.Count}){(misses.Count > worst ? $", the first {worst}" : "")}:");
            foreach (var miss in misses.Take(worst)) output.WriteLine($"  {miss}");
        }
        output.WriteLine();
        FaqListing.Print(results.Select(r => (Path.GetFileNameWithoutExtension(r.Page.File), r.Article)), output);
    }

    private sealed record MetaFigures(string Line, List<(string Kind, List<string> Misses)> Misses);

    private static MetaFigures Metadata(Result[] results)
    {
        int title = 0, titles = 0, author = 0, authors = 0, authorInvented = 0, noAuthor = 0, date = 0, dates = 0, dateInvented = 0, noDate = 0, leak = 0, found = 0, comments = 0;
        var titleMisses = new List<string>();
        var authorMisses = new List<string>();
        var authorInventions = new List<string>();
        var dateMisses = new List<string>();
        var dateInventions = new List<string>();
        var commentLeaks = new List<string>();
        var commentMisses = new List<string>();
        foreach (var r in results)
        {
            var a = r.Article;
            var name = Path.GetFileNameWithoutExtension(r.Page.File);
            if (!string.IsNullOrEmpty(r.Page.Title))
            {
                titles++;
                if (TrafilaturaRules.TitleOk(a?.Headline, r.Page.Title)) title++;
                else titleMisses.Add($"{name}: \"{r.Page.Title}\" | got \"{a?.Headline}\"");
            }
            if (r.Page.Author is { } names)
            {
                if (r.Page.AuthorGiven)
                {
                    authors++;
                    if (TrafilaturaRules.AuthorOk(a?.Byline, names)) author++;
                    else authorMisses.Add($"{name}: \"{string.Join("; ", names)}\" | got \"{a?.Byline}\"");
                }
                else
                {
                    noAuthor++;
                    if (!string.IsNullOrEmpty(a?.Byline))
                    {
                        authorInvented++;
                        authorInventions.Add($"{name}: got \"{a.Byline}\"");
                    }
                }
            }
            if (r.Page.Date is { } day)
            {
                if (day.Length > 0)
                {
                    dates++;
                    if (TrafilaturaRules.DateOk(a?.Published, day)) date++;
                    else dateMisses.Add($"{name}: {day} | got {a?.Published ?? "none"}");
                }
                else
                {
                    noDate++;
                    if (!string.IsNullOrEmpty(a?.Published))
                    {
                        dateInvented++;
                        dateInventions.Add($"{name}: got {a.Published}");
                    }
                }
            }
            var body = ScoringText.Collapse(r.Body);
            // the comments' texts as score_traf_meta.py joins them: one space between two, white space collapsed
            var commentText = ScoringText.Collapse(string.Join(" ", a?.Comments.Select(c => c.Text) ?? []));
            foreach (var raw in r.Page.Comments)
            {
                var snippet = ScoringText.Norm(raw);
                if (snippet.Length == 0) continue;
                comments++;
                if (body.Contains(snippet, StringComparison.Ordinal))
                {
                    leak++;
                    commentLeaks.Add($"{name}: \"{snippet}\"");
                }
                if (commentText.Contains(snippet, StringComparison.Ordinal)) found++;
                else commentMisses.Add($"{name} ({a?.Comments.Count ?? 0} comments): \"{snippet}\"");
            }
        }
        var line = $"title {title}/{titles} author {author}/{authors} (invented {authorInvented}/{noAuthor}) date {date}/{dates} (invented {dateInvented}/{noDate}) comments leak {leak}/{comments} found {found}/{comments}";
        return new MetaFigures(line,
        [
            ("title misses", titleMisses), ("author misses", authorMisses), ("authors given on pages labelled with none", authorInventions),
            ("date misses", dateMisses), ("dates given on pages labelled with none", dateInventions),
            ("comment snippets in the body", commentLeaks), ("comment snippets not in the comments", commentMisses),
        ]);
    }

    /// <summary>Reads evaldata.json: an object of pages by address, each with its file, snippets and labels.</summary>
    private static List<Page> Load(string path)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            throw new EvalDataException($"cannot read the evaldata file {path}: {e.Message}");
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object) throw new EvalDataException($"{path} is not trafilatura's evaldata (an object of pages by address)");
            var pages = new List<Page>();
            foreach (var entry in document.RootElement.EnumerateObject())
            {
                var v = entry.Value;
                if (v.ValueKind != JsonValueKind.Object || !v.TryGetProperty("file", out var file) || file.ValueKind != JsonValueKind.String)
                    throw new EvalDataException($"{path}: the page {entry.Name} has no \"file\"");
                bool hasAuthor = v.TryGetProperty("author", out var author);
                bool authorGiven = hasAuthor && (author.ValueKind == JsonValueKind.String ? author.GetString()!.Length > 0 : author.ValueKind == JsonValueKind.Array && author.GetArrayLength() > 0);
                string? date = v.TryGetProperty("date", out var day) ? (day.ValueKind == JsonValueKind.String ? day.GetString() : "") : null;
                pages.Add(new Page(file.GetString()!, Strings(v, "with"), Strings(v, "without"), Text(v, "title"),
                    hasAuthor ? Names(author) : null, authorGiven, date, Strings(v, "comments")));
            }
            if (pages.Count == 0) throw new EvalDataException($"{path} lists no pages");
            return pages;
        }
    }

    private static string? Text(JsonElement v, string name) =>
        v.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static List<string> Strings(JsonElement v, string name)
    {
        var list = new List<string>();
        if (v.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String) list.Add(item.GetString()!);
            }
        }
        return list;
    }

    /// <summary>A labelled author: one name, or a list of names.</summary>
    private static List<string> Names(JsonElement author) => author.ValueKind switch
    {
        JsonValueKind.String => [author.GetString()!],
        JsonValueKind.Array => author.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList(),
        _ => [],
    };
}
