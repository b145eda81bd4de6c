using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsParse.Cli.Evaluation;
using NewsParse.Model;
using NewsParse.Rendering;

namespace NewsParse.Cli.Commands;

/// <summary>
/// <c>newsparse eval</c>: scores a development corpus with the library's normal path and prints the figures and the
/// pages that miss.
/// <list type="bullet">
/// <item><c>--html DIR --truth FILE</c>: the article-extraction benchmark. Every page of the ground truth
/// (<c>DIR/&lt;id&gt;.html</c>, read as HTML bytes) is parsed; its body text (<see cref="BodyText"/>: sections then
/// FAQ, without figure captions) is scored with <see cref="ShingleScorer"/> against the page's <c>articleBody</c>.
/// Prints corpus precision, recall and F1 (the means of the per-page values), every page where an FAQ is found with
/// its question count, and the N worst pages.</item>
/// <item><c>--traf DIR --evaldata FILE</c>: trafilatura's evaluation set (<see cref="TrafilaturaEval"/>: main text,
/// headline, author, date and comments as score_trafilatura.py and score_traf_meta.py count them).</item>
/// <item><c>--readability DIR</c>: Readability's test pages (<see cref="ReadabilityEval"/>: body as
/// score_readability_body.py, metadata as score_meta.py; images kept and link targets as <see cref="RichContentScore"/>).</item>
/// <item><c>--headings FILE --corpus DIR</c>: section headings labelled by hand (<see cref="HeadingLabelsEval"/>: recall
/// and precision by origin, one-to-one matching at token overlap 0.8, every miss and every heading no label has).</item>
/// </list>
/// <c>--worst N</c> (default 10) lists N entries of each kind of miss. A missing or malformed truth file or folder gives
/// one line on stderr and exit code 2.
/// </summary>
internal static class EvalCommand
{
    public const string Usage = "usage: newsparse eval (--html DIR --truth FILE | --traf DIR --evaldata FILE | --readability DIR | --headings FILE --corpus DIR) [--worst N]";

    public static int Run(string[] args, TextWriter output, TextWriter stderr)
    {
        string? htmlDir = null, truth = null, trafDir = null, evaldata = null, readabilityDir = null, headings = null, corpus = null;
        int worst = 10;
        for (int i = 1; i < args.Length; i++)
        {
            string? Next() => i + 1 < args.Length ? args[++i] : null;
            switch (args[i])
            {
                case "--html": htmlDir = Next(); break;
                case "--truth": truth = Next(); break;
                case "--traf": trafDir = Next(); break;
                case "--evaldata": evaldata = Next(); break;
                case "--readability": readabilityDir = Next(); break;
                case "--headings": headings = Next(); break;
                case "--corpus": corpus = Next(); break;
                case "--worst":
                    if (!int.TryParse(Next(), NumberStyles.None, CultureInfo.InvariantCulture, out worst)) return Fail(stderr, "--worst needs a number");
                    break;
                default: return Fail(stderr, $"unknown argument '{args[i]}'");
            }
        }
        int modes = (htmlDir is not null || truth is not null ? 1 : 0) + (trafDir is not null || evaldata is not null ? 1 : 0) + (readabilityDir is not null ? 1 : 0) + (headings is not null || corpus is not null ? 1 : 0);
        if (modes != 1) return Fail(stderr, "give one corpus: --html and --truth, --traf and --evaldata, --readability, or --headings and --corpus");
        try
        {
            if (headings is not null || corpus is not null)
            {
                if (headings is null || corpus is null) return Fail(stderr, "--headings and --corpus go together");
                HeadingLabelsEval.Run(headings, corpus, output);
                return CliApp.Success;
            }
            if (readabilityDir is not null)
            {
                ReadabilityEval.Run(readabilityDir, worst, output);
                return CliApp.Success;
            }
            if (trafDir is not null || evaldata is not null)
            {
                if (trafDir is null || evaldata is null) return Fail(stderr, "--traf and --evaldata go together");
                TrafilaturaEval.Run(trafDir, evaldata, worst, output);
                return CliApp.Success;
            }
            if (htmlDir is null || truth is null) return Fail(stderr, "--html and --truth are required");
            return Benchmark(htmlDir, truth, worst, output, stderr);
        }
        catch (EvalDataException e)
        {
            stderr.WriteLine($"newsparse eval: {e.Message}");
            return CliApp.BadArguments;
        }
    }

    private static int Benchmark(string htmlDir, string truth, int worst, TextWriter output, TextWriter stderr)
    {
        if (!Directory.Exists(htmlDir)) throw new EvalDataException($"no such folder: {htmlDir}");
        JsonDocument truthDoc;
        try
        {
            truthDoc = JsonDocument.Parse(File.ReadAllBytes(truth));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            throw new EvalDataException($"cannot read the ground truth {truth}: {e.Message}");
        }
        using var _ = truthDoc;
        if (truthDoc.RootElement.ValueKind != JsonValueKind.Object) throw new EvalDataException($"{truth} is not a ground truth (an object of pages by id)");
        var rows = new List<(string Id, PageScore Score, string Url)>();
        var faqs = new List<(string Id, int Questions, string? Heading)>();
        var ours = new Stopwatch();
        var bare = new Stopwatch();
        foreach (var page in truthDoc.RootElement.EnumerateObject())
        {
            if (page.Value.ValueKind != JsonValueKind.Object) throw new EvalDataException($"{truth}: the page {page.Name} is not an object");
            string expected = page.Value.TryGetProperty("articleBody", out var body) && body.ValueKind == JsonValueKind.String ? body.GetString() ?? "" : "";
            string url = page.Value.TryGetProperty("url", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() ?? "" : "";
            var path = Path.Combine(htmlDir, page.Name + ".html");
            string predicted = "";
            if (File.Exists(path))
            {
                var bytes = File.ReadAllBytes(path);
                ours.Start();
                var article = NewsParser.Parse(bytes, NewsParserOptions.Default with { Format = InputFormat.Html });
                ours.Stop();
                var html = Encoding.UTF8.GetString(bytes);
                bare.Start();
                using (new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html)) { }
                bare.Stop();
                predicted = BodyText(article);
                if (article.Faq is { } faq) faqs.Add((page.Name, faq.Items.Count, faq.Heading));
            }
            rows.Add((page.Name, ShingleScorer.Score(expected, predicted), url));
        }
        if (rows.Count == 0) throw new EvalDataException($"{truth} lists no pages");

        double precision = rows.Average(r => r.Score.Precision);
        double recall = rows.Average(r => r.Score.Recall);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"pages {rows.Count}  precision {precision:0.0000}  recall {recall:0.0000}  F1 {ShingleScorer.F1(precision, recall):0.0000}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"time: newsparse {ours.Elapsed.TotalMilliseconds:0} ms, AngleSharp ParseDocument alone {bare.Elapsed.TotalMilliseconds:0} ms (rough: one run, JIT included)"));
        HeadingCensus.Report(htmlDir, rows.Select(r => r.Id), output);
        // every page where an FAQ is found, with its question count: an FAQ that is none (an accordion of statements,
        // an article's sections) shows here
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pages with an FAQ: {faqs.Count}"));
        foreach (var (id, questions, heading) in faqs)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {id[..Math.Min(8, id.Length)],-8}  {questions} question(s)  {heading}"));
        if (worst > 0)
        {
            output.WriteLine();
            output.WriteLine("id        P      R      F1     url");
            foreach (var r in rows.OrderBy(r => r.Score.F1).Take(worst))
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{r.Id[..Math.Min(8, r.Id.Length)],-8}  {r.Score.Precision:0.000}  {r.Score.Recall:0.000}  {r.Score.F1:0.000}  {r.Url}"));
        }
        return CliApp.Success;
    }

    /// <summary>
    /// The benchmark's notion of the article body: what <see cref="ArticleText.ToText"/> gives (section headings,
    /// body blocks, the FAQ) except figure captions, which the benchmark does not count as body text.
    /// </summary>
    public static string BodyText(Article article)
    {
        var text = new StringBuilder();
        foreach (var section in article.AllSections())
        {
            if (section.Heading is not null) text.Append(section.Heading).Append('\n');
            foreach (var block in section.Blocks)
            {
                if (block is not FigureBlock) text.Append(block.Text).Append('\n');
            }
        }
        if (article.Faq is { } faq)
        {
            if (faq.Heading is not null) text.Append(faq.Heading).Append('\n');
            foreach (var item in faq.Items) text.Append(item.Question).Append('\n').Append(item.Answer).Append('\n');
        }
        return text.ToString();
    }

    private static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine($"newsparse eval: {message}");
        stderr.WriteLine(Usage);
        return CliApp.BadArguments;
    }
}
