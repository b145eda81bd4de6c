using System.Globalization;
using System.Text.Json;
using NewsParse.Model;

namespace NewsParse.Cli.Evaluation;

/// <summary>
/// Scores Readability's test pages (a folder of page folders, each with source.html, expected.html and
/// expected-metadata.json) as the shared scripts do: the body against Readability's own extraction with the benchmark's
/// 4-gram shingles, per page (score_readability_body.py: pages where Readability extracts fewer than 20 words are left
/// out), and the metadata against expected-metadata.json (score_meta.py: pages marked not readerable are left out).
/// Then the rich content (<see cref="RichContentScore"/>): the share of the pages where Readability keeps an image
/// that the model keeps one on, and of the links both keep that point to the same place. Prints the figures, the
/// pages under 0.5, the metadata misses, the pages that lose their images and the links that point elsewhere.
/// </summary>
internal static class ReadabilityEval
{
    /// <summary>Body F1 under which a page is listed.</summary>
    public const double LowF1 = 0.5;

    /// <summary>Runs the evaluation; <paramref name="worst"/> entries are listed for each kind of miss.</summary>
    /// <exception cref="EvalDataException">The folder is missing, has no page folders, or a page's expected files cannot be read.</exception>
    public static void Run(string pagesDir, int worst, TextWriter output)
    {
        if (!Directory.Exists(pagesDir)) throw new EvalDataException($"no such folder: {pagesDir}");
        var names = Directory.GetDirectories(pagesDir).Select(Path.GetFileName).OfType<string>().OrderBy(n => n, StringComparer.Ordinal).ToList();
        if (names.Count == 0) throw new EvalDataException($"{pagesDir} holds no page folders");
        var articles = new Article?[names.Count];
        // parsed at the address Readability's harness gives every page, so relative links resolve as Readability's do
        var parser = new ArticleParser(NewsParserOptions.Default with { Url = RichContentScore.HarnessAddress });
        Parallel.For(0, names.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var source = Path.Combine(pagesDir, names[i], "source.html");
            if (!File.Exists(source)) return;
            try
            {
                using var stream = File.OpenRead(source);
                articles[i] = parser.Parse(stream);
            }
            catch (NewsParseException)
            {
                articles[i] = null;
            }
        });

        var scores = new List<(string Name, double F1, double P, double R)>();
        for (int i = 0; i < names.Count; i++)
        {
            var expectedPath = Path.Combine(pagesDir, names[i], "expected.html");
            var expected = ExpectedHtmlText.Of(Read(expectedPath));
            if (ExpectedHtmlText.Words(expected) < 20) continue;
            var got = articles[i] is { } article ? ContractBodyText.Of(article) : "";
            var (tp, fp, fn) = ShingleScorer.Match(expected, got);
            double p = tp + fp > 0 ? tp / (tp + fp) : 0, r = tp + fn > 0 ? tp / (tp + fn) : 0;
            scores.Add((names[i], p + r > 0 ? 2 * p * r / (p + r) : 0, p, r));
        }
        double mean = scores.Count > 0 ? scores.Average(s => s.F1) : 0;
        var low = scores.Where(s => s.F1 < LowF1).ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"readability body: mean page F1 {mean:0.000}, {low.Count} pages under 0.5, n {scores.Count}"));

        var (line, misses) = Metadata(pagesDir, names, articles);
        output.WriteLine($"readability metadata: {line}");
        var rich = RichContentScore.Score(pagesDir, names, articles, Read);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"readability images: kept on {rich.ImagePagesKept}/{rich.ImagePages} pages where Readability keeps images ({Share(rich.ImagePagesKept, rich.ImagePages)})"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"readability links: {rich.EqualLinks}/{rich.PairedLinks} links both keep point where Readability's do ({Share(rich.EqualLinks, rich.PairedLinks)})"));
        if (worst <= 0) return;
        output.WriteLine();
        output.WriteLine($"body, the pages under {LowF1.ToString(CultureInfo.InvariantCulture)} ({low.Count}):");
        foreach (var s in low.OrderBy(s => s.F1).Take(worst))
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  F1 {s.F1:0.000}  P {s.P:0.000}  R {s.R:0.000}  {s.Name}"));
        output.WriteLine();
        output.WriteLine($"metadata misses ({misses.Count}){(misses.Count > worst ? $", the first {worst}" : "")}:");
        foreach (var miss in misses.Take(worst)) output.WriteLine($"  {miss}");
        output.WriteLine();
        output.WriteLine($"pages where Readability keeps an image and the model none ({rich.ImageMisses.Count}):");
        foreach (var miss in rich.ImageMisses.Take(worst)) output.WriteLine($"  {miss}");
        output.WriteLine();
        output.WriteLine($"links pointing elsewhere than Readability's ({rich.LinkMisses.Count}){(rich.LinkMisses.Count > worst ? $", the first {worst}" : "")}:");
        foreach (var miss in rich.LinkMisses.Take(worst)) output.WriteLine($"  {miss}");
        FaqListing.Print(names.Select((name, i) => (name, articles[i])), output);
    }

    private static string Share(int part, int whole) => whole == 0 ? "n/a" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * part / whole:0.0}%");

    private static (string Line, List<string> Misses) Metadata(string pagesDir, List<string> names, Article?[] articles)
    {
        var fields = new[] { "title", "byline", "published", "siteName", "lang" };
        var right = new int[fields.Length];
        var total = new int[fields.Length];
        var misses = new List<string>();
        for (int i = 0; i < names.Count; i++)
        {
            var path = Path.Combine(pagesDir, names[i], "expected-metadata.json");
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(Read(path));
            }
            catch (JsonException e)
            {
                throw new EvalDataException($"cannot read {path}: {e.Message}");
            }
            using (document)
            {
                var m = document.RootElement;
                if (m.ValueKind != JsonValueKind.Object) throw new EvalDataException($"{path} is not an object of expected metadata");
                if (m.TryGetProperty("readerable", out var readerable) && readerable.ValueKind == JsonValueKind.False) continue;
                var a = articles[i];
                var title = Text(m, "title");
                Score(0, true, ReadabilityRules.TitleOk(a?.Headline, title), title, a?.Headline);
                if (Text(m, "byline") is { Length: > 0 } byline) Score(1, true, ReadabilityRules.BylineOk(a?.Byline, byline), byline, a?.Byline);
                if (Text(m, "publishedTime") is { Length: > 0 } published) Score(2, true, ReadabilityRules.DayOk(a?.Published, published), published, a?.Published);
                if (Text(m, "siteName") is { Length: > 0 } site) Score(3, true, ReadabilityRules.SiteOk(a?.SiteName, site), site, a?.SiteName);
                if (Text(m, "lang") is { Length: > 0 } lang) Score(4, true, ReadabilityRules.LanguageOk(a?.Language, lang), lang, a?.Language);

                void Score(int field, bool counted, bool ok, string? expected, string? got)
                {
                    if (!counted) return;
                    total[field]++;
                    if (ok) right[field]++;
                    else misses.Add($"{fields[field],-9} {names[i]}: \"{ScoringText.Norm(expected)}\" | got \"{got}\"");
                }
            }
        }
        var line = string.Join(' ', fields.Select((f, k) => $"{f} {right[k]}/{total[k]}"));
        return (line, misses);
    }

    private static string? Text(JsonElement m, string name) =>
        m.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new EvalDataException($"cannot read {path}: {e.Message}");
        }
    }
}
