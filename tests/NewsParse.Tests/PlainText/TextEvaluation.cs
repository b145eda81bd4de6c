using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using NewsParse.Detection.Cohesion;
using NewsParse.Model;
using NewsParse.Reading;

namespace NewsParse.Tests.PlainText;

/// <summary>
/// Runs the injected-boilerplate evaluation once (shared by the tests of <see cref="InjectedBoilerplateEvaluation"/>):
/// real article bodies of the aeb-dev benchmark (Corpus/aeb) are rendered as text dumps in three styles, page furniture
/// and headlines of other articles are injected at reproducible random positions, and every line of the dump is traced
/// to what the reader made of it (through the spans of its events, with the reason of each decision).
/// Set NEWSPARSE_EVAL_DUMPS to a folder to get every dump as a file there (to replay one with <c>newsparse FILE --explain</c>).
/// </summary>
public sealed class TextEvaluation
{
    /// <summary>Seed of the injections: change it only on purpose (the floors were set with it).</summary>
    public const int Seed = 20261127;

    public enum Style { Lines, BlankLines, CrLf }

    /// <summary>What became of one line of the dump.</summary>
    public enum Fate { Paragraph, Heading, Content, Boilerplate, Headline, Byline, Faq, Lost }

    public sealed record Line(string Text, string Origin, BoilerplateKind? Expected, int Index);

    public sealed record Outcome(
        string ArticleId, Style Style, bool WithHeadline, Line Line, Fate Fate, BoilerplateKind? Kind, string Reason, bool Merged,
        string? MergedText, string? Before);

    public sealed record Run(string ArticleId, Style Style, bool WithHeadline, string? Headline, string? Byline, string? ExpectedHeadline,
        string? ExpectedByline, string? FirstLine);

    /// <summary>
    /// A dump (Lines style, with the injections) that opens with another article's headline: alone on top of the body,
    /// or above the article's own title and byline. What became of that line, and the headline and byline read.
    /// </summary>
    public sealed record OpeningRun(string ArticleId, bool WithOwnTitle, string Other, BoilerplateKind? OtherKind, string OtherReason,
        string? Headline, string? Byline, string? ExpectedHeadline, string? ExpectedByline);

    public IReadOnlyList<Outcome> Outcomes { get; }
    public IReadOnlyList<Run> Runs { get; }
    public IReadOnlyList<OpeningRun> OpeningRuns { get; }
    public int Articles { get; }
    public int SameStoryTitlesSkipped { get; }

    public TextEvaluation()
    {
        using var json = JsonDocument.Parse(Corpus.Read("aeb", "articles.json"));
        var titles = json.RootElement.GetProperty("titles").EnumerateArray()
            .Select(t => (Id: t.GetProperty("id").GetString()!, Title: t.GetProperty("title").GetString()!)).ToList();
        var outcomes = new List<Outcome>();
        var runs = new List<Run>();
        var openings = new List<OpeningRun>();
        int index = 0, skipped = 0;
        foreach (var a in json.RootElement.GetProperty("articles").EnumerateArray())
        {
            string id = a.GetProperty("id").GetString()!, title = a.GetProperty("title").GetString()!, body = a.GetProperty("body").GetString()!;
            var random = new Random(Seed + index);
            var others = OtherTitles(id, title, titles, ref skipped);
            var lines = Inject(BodyLines(body), title, others, random);
            var byline = InjectionPools.Bylines[random.Next(InjectionPools.Bylines.Length)];
            foreach (var style in Enum.GetValues<Style>())
            {
                foreach (bool withHeadline in new[] { false, true })
                {
                    var dump = withHeadline
                        ? new List<Line> { new(title, "own headline", null, -1), new(byline.Line, "byline", null, -2) }.Concat(lines).ToList()
                        : lines;
                    Evaluate(id, style, withHeadline, dump, withHeadline ? title : null, withHeadline ? byline.Author : null, outcomes, runs);
                }
            }
            // Drawn apart from the injections above, so that their places stay as they were.
            var other = others[new Random(Seed - 1 - index).Next(others.Count)];
            openings.Add(EvaluateOpening(id, other, lines, null));
            openings.Add(EvaluateOpening(id, other, lines, (title, byline.Line, byline.Author)));
            index++;
        }
        Outcomes = outcomes;
        Runs = runs;
        OpeningRuns = openings;
        Articles = index;
        SameStoryTitlesSkipped = skipped;
    }

    /// <summary>The blocks of a ground-truth body: its lines, whitespace collapsed (blank lines separate paragraphs).</summary>
    private static List<Line> BodyLines(string body) =>
        body.Split('\n').Select(Collapse).Where(l => l.Length > 0).Select((l, i) => new Line(l, "body", null, i)).ToList();

    private static string Collapse(string text) => Regex.Replace(text, @"\s+", " ", RegexOptions.None, TimeSpan.FromSeconds(1)).Trim();

    /// <summary>Headlines of the other articles, but those of the same story (they share two terms with the article's title).</summary>
    private static List<string> OtherTitles(string id, string title, List<(string Id, string Title)> titles, ref int skipped)
    {
        var ownTerms = new HashSet<Detection.Cohesion.Term>(Terms.Of(title));
        var others = new List<string>();
        foreach (var (otherId, otherTitle) in titles)
        {
            if (otherId == id) continue;
            if (Terms.Of(otherTitle).Distinct().Count(ownTerms.Contains) >= 2) { skipped++; continue; }
            others.Add(otherTitle);
        }
        return others;
    }

    /// <summary>
    /// Inserts 1 to 3 headlines of other articles (from <paramref name="others"/>) and, each with probability one half,
    /// one line of every optional kind (a tags line names words of <paramref name="title"/>), at random places after the first line and before the last (the first line of
    /// the dump stays a real paragraph, and every injected line has text after it).
    /// </summary>
    private static List<Line> Inject(List<Line> body, string title, List<string> others, Random random)
    {
        var injected = new List<Line>();
        int headlines = 1 + random.Next(3);
        for (int i = 0; i < headlines; i++)
            injected.Add(new Line(others[random.Next(others.Count)], InjectionPools.OtherHeadline, BoilerplateKind.RelatedLink, -1));
        foreach (var pool in InjectionPools.Optional)
        {
            if (random.Next(2) == 0) continue;
            var text = pool.Lines[random.Next(pool.Lines.Length)]
                .Replace("{title}", others[random.Next(others.Count)], StringComparison.Ordinal)
                .Replace("{topics}", Topics(title), StringComparison.Ordinal);
            injected.Add(new Line(text, pool.Name, pool.Expected, -1));
        }
        var result = new List<Line>(body);
        foreach (var line in injected)
        {
            int at = 1 + random.Next(Math.Max(1, result.Count - 1));
            result.Insert(at, line);
        }
        return result;
    }

    /// <summary>Up to three capitalised words of the article's own title, as a tag list names them.</summary>
    private static string Topics(string title)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(',', ':', '.', '\'', '’', '‘', '"', '“', '”', '?', '!', '(', ')', '[', ']'))
            .Where(w => w.Length >= 4 && char.IsUpper(w[0])).Distinct().Take(3).ToList();
        return words.Count > 0 ? string.Join(", ", words) : "News";
    }

    private static void Evaluate(string id, Style style, bool withHeadline, List<Line> lines, string? expectedHeadline, string? expectedByline,
        List<Outcome> outcomes, List<Run> runs)
    {
        string separator = style switch { Style.Lines => "\n", Style.BlankLines => "\n\n", _ => "\r\n" };
        var text = new StringBuilder();
        var starts = new long[lines.Count];
        for (int i = 0; i < lines.Count; i++)
        {
            if (i > 0) text.Append(separator);
            starts[i] = text.Length;
            text.Append(lines[i].Text);
        }
        var input = text.ToString();
        if (Environment.GetEnvironmentVariable("NEWSPARSE_EVAL_DUMPS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, $"{id}.{style}{(withHeadline ? ".headline" : "")}.txt"), input);
        }
        var article = NewsParser.ParseText(input);

        var decisions = new List<(SourceSpan Span, Fate Fate, BoilerplateKind? Kind, string Text, string Reason)>();
        var reader = new ArticleReader(NewsParserOptions.Default with { Format = InputFormat.Text });
        reader.Append(input, isFinalBlock: true);
        var answers = new List<string>();
        while (reader.Read())
        {
            var e = reader.Current;
            var reason = e.Reason ?? "";
            switch (e)
            {
                case HeadingEvent h: decisions.Add((h.Span, Fate.Heading, null, h.Text, reason)); break;
                case BlockEvent b:
                    decisions.Add((b.Block.Span, b.Block is ParagraphBlock ? Fate.Paragraph : Fate.Content, null, b.Block.Text, reason));
                    break;
                case BoilerplateEvent p: decisions.Add((p.Block.Span, Fate.Boilerplate, p.Block.Kind, p.Block.Text, p.Block.Reason)); break;
                case MetadataEvent { Field: MetadataField.Headline } m: decisions.Add((m.Span, Fate.Headline, null, m.Value, reason)); break;
                case MetadataEvent m: decisions.Add((m.Span, Fate.Byline, null, m.Value, reason)); break;
                case FaqItemEvent f:
                    decisions.Add((f.Item.Span, Fate.Faq, null, f.Item.Question, reason));
                    answers.Add(f.Item.Answer);
                    break;
                case FaqStartEvent s when s.Heading is not null: decisions.Add((s.Span, Fate.Faq, null, s.Heading, reason)); break;
            }
        }

        for (int i = 0; i < lines.Count; i++)
        {
            long start = starts[i], end = start + lines[i].Text.Length;
            var hit = decisions.FirstOrDefault(d => d.Span.Start < end && d.Span.End > start);
            string? before = i > 0 ? lines[i - 1].Text : null;
            if (hit.Reason is null)
            {
                var unprefixed = lines[i].Text.IndexOf(": ", StringComparison.Ordinal) is int colon and > 0 and < 8 ? lines[i].Text[(colon + 2)..] : lines[i].Text;
                bool inAnswer = answers.Any(a => a.Contains(unprefixed, StringComparison.Ordinal));
                outcomes.Add(new Outcome(id, style, withHeadline, lines[i], inAnswer ? Fate.Faq : Fate.Lost, null,
                    inAnswer ? "in an FAQ answer" : "no event covers the line", false, null, before));
                continue;
            }
            bool merged = hit.Span.Start < start || hit.Span.End > end;
            if (merged && hit.Fate == Fate.Content && article.AllBlocks().OfType<ListBlock>().Any(l => l.Span == hit.Span)) merged = false;
            outcomes.Add(new Outcome(id, style, withHeadline, lines[i], hit.Fate, hit.Kind, hit.Reason, merged, merged ? hit.Text : null, before));
        }
        runs.Add(new Run(id, style, withHeadline, article.Headline, article.Byline, expectedHeadline, expectedByline, lines[0].Text));
    }

    /// <summary>Parses the dump (Lines style) with <paramref name="other"/> on top, above the own title and byline when given.</summary>
    private static OpeningRun EvaluateOpening(string id, string other, List<Line> lines, (string Title, string Line, string Author)? own)
    {
        var top = own is { } o ? new[] { other, o.Title, o.Line } : [other];
        var article = NewsParser.ParseText(string.Join("\n", top.Concat(lines.Select(l => l.Text))));
        var filed = article.Boilerplate.FirstOrDefault(b => b.Span.Start == 0);
        return new OpeningRun(id, own is not null, other, filed?.Kind, filed?.Reason ?? (article.Headline == other ? "the headline" : "body"),
            article.Headline, article.Byline, own?.Title, own?.Author);
    }

    // ----- figures -----

    /// <summary>Injected lines of one origin: how many, how many reported as boilerplate, how many with the expected kind.</summary>
    public (int Total, int AsBoilerplate, int RightKind) Recall(string origin, Style? style = null)
    {
        var of = Outcomes.Where(o => o.Line.Origin == origin && (style is null || o.Style == style)).ToList();
        return (of.Count, of.Count(o => o.Fate == Fate.Boilerplate), of.Count(o => o.Fate == Fate.Boilerplate && o.Kind == o.Line.Expected));
    }

    public IEnumerable<Outcome> Originals(Style? style = null) =>
        Outcomes.Where(o => o.Line.Origin == "body" && (style is null || o.Style == style));

    /// <summary>An original line kept in the body as a block of its own (paragraph, heading or list item).</summary>
    public static bool KeptWhole(Outcome o) => o.Fate is Fate.Paragraph or Fate.Heading or Fate.Content && !o.Merged;

    public (int Total, int Kept) BodyPrecision(Style? style = null)
    {
        var of = Originals(style).ToList();
        return (of.Count, of.Count(KeptWhole));
    }

    public static double Share(int part, int total) => total == 0 ? 1 : part / (double)total;

    // ----- report -----

    public string Report()
    {
        var s = new StringBuilder();
        var ci = CultureInfo.InvariantCulture;
        string Pct(int part, int total) => string.Format(ci, "{0:0.0}%", 100 * Share(part, total));
        s.AppendLine("# Plain-text parser on real article text with injected boilerplate");
        s.AppendLine();
        s.AppendLine("Generated by `tests/NewsParse.Tests/PlainText/InjectedBoilerplateEvaluation.cs`; do not edit by hand. Regenerate with:");
        s.AppendLine();
        s.AppendLine("```");
        s.AppendLine("NEWSPARSE_REGENERATE=1 dotnet test tests/NewsParse.Tests --filter FullyQualifiedName~InjectedBoilerplateEvaluation");
        s.AppendLine("```");
        s.AppendLine();
        s.Append(CultureInfo.InvariantCulture, $"Input: {Articles} real article bodies of the aeb-dev benchmark (`tests/NewsParse.Tests/Corpus/aeb/articles.json`, MIT, built by `tests/tools/aeb_fixture.py`), ");
        s.Append(CultureInfo.InvariantCulture, $"each rendered in 3 styles (one block a line, blank-line separated, CRLF) and 2 variants (starts with a body paragraph; own headline and a byline line on top): ");
        s.Append(CultureInfo.InvariantCulture, $"{Runs.Count} parses. Injected at reproducible random places (seed {Seed}): 1-3 headlines of other articles ({SameStoryTitlesSkipped} same-story candidates skipped: they share two terms with the article's title) ");
        s.AppendLine("and, each in about half of the articles, a social prompt, a table-of-contents title, an ad label, a credit, a tags line, an \"also read\" line, a newsletter line and a cookie line.");
        s.AppendLine();
        s.AppendLine("## Boilerplate recall by kind (all styles and variants)");
        s.AppendLine();
        s.AppendLine("| injected | lines | as boilerplate | right kind | recall (any kind) | recall (right kind) |");
        s.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var origin in new[] { InjectionPools.OtherHeadline }.Concat(InjectionPools.Optional.Select(p => p.Name)))
        {
            var (t, b, k) = Recall(origin);
            s.AppendLine(CultureInfo.InvariantCulture, $"| {origin} | {t} | {b} | {k} | {Pct(b, t)} | {Pct(k, t)} |");
        }
        var all = Outcomes.Where(o => o.Line.Expected is not null).ToList();
        int allB = all.Count(o => o.Fate == Fate.Boilerplate), allK = all.Count(o => o.Fate == Fate.Boilerplate && o.Kind == o.Line.Expected);
        s.AppendLine(CultureInfo.InvariantCulture, $"| **all injected** | {all.Count} | {allB} | {allK} | {Pct(allB, all.Count)} | {Pct(allK, all.Count)} |");
        s.AppendLine();
        s.AppendLine("## By dump style");
        s.AppendLine();
        s.AppendLine("| style | headline recall (any kind) | all injected (right kind) | body lines kept whole |");
        s.AppendLine("|---|---:|---:|---:|");
        foreach (var style in Enum.GetValues<Style>())
        {
            var (ht, hb, _) = Recall(InjectionPools.OtherHeadline, style);
            var inj = Outcomes.Where(o => o.Style == style && o.Line.Expected is not null).ToList();
            var (bt, bk) = BodyPrecision(style);
            s.AppendLine(CultureInfo.InvariantCulture,
                $"| {style} | {Pct(hb, ht)} | {Pct(inj.Count(o => o.Fate == Fate.Boilerplate && o.Kind == o.Line.Expected), inj.Count)} | {Pct(bk, bt)} |");
        }
        s.AppendLine();
        var originals = Originals().ToList();
        s.AppendLine("## Body precision (original lines)");
        s.AppendLine();
        s.AppendLine(CultureInfo.InvariantCulture, $"Original body lines, all runs: {originals.Count}; kept whole in the body: {originals.Count(KeptWhole)} ({Pct(originals.Count(KeptWhole), originals.Count)}).");
        int inArticle = originals.Count(o => o.Fate is Fate.Paragraph or Fate.Heading or Fate.Content or Fate.Faq);
        s.AppendLine(CultureInfo.InvariantCulture, $"Text kept in the article at all (body or FAQ, whole or merged): {inArticle} ({Pct(inArticle, originals.Count)}). Kept whole, by article: the worst are {string.Join(", ", originals.GroupBy(o => o.ArticleId).Select(g => (Id: g.Key, Share: Share(g.Count(KeptWhole), g.Count()))).OrderBy(x => x.Share).ThenBy(x => x.Id, StringComparer.Ordinal).Take(6).Select(x => string.Create(CultureInfo.InvariantCulture, $"`{x.Id}` {100 * x.Share:0}%")))}.");
        s.AppendLine();
        s.AppendLine("| what became of an original line | lines |");
        s.AppendLine("|---|---:|");
        s.AppendLine(CultureInfo.InvariantCulture, $"| paragraph | {originals.Count(o => o.Fate == Fate.Paragraph && !o.Merged)} |");
        s.AppendLine(CultureInfo.InvariantCulture, $"| heading | {originals.Count(o => o.Fate == Fate.Heading && !o.Merged)} |");
        s.AppendLine(CultureInfo.InvariantCulture, $"| list or other content block | {originals.Count(o => o.Fate == Fate.Content && !o.Merged)} |");
        s.AppendLine(CultureInfo.InvariantCulture, $"| merged with a neighbouring line | {originals.Count(o => o.Merged)} |");
        foreach (var group in originals.Where(o => o.Fate == Fate.Boilerplate && !o.Merged).GroupBy(o => o.Kind).OrderByDescending(g => g.Count()))
            s.AppendLine(CultureInfo.InvariantCulture, $"| boilerplate: {Camel(group.Key)} | {group.Count()} |");
        foreach (var fate in new[] { Fate.Headline, Fate.Byline, Fate.Faq, Fate.Lost })
            s.AppendLine(CultureInfo.InvariantCulture, $"| {fate.ToString().ToLowerInvariant()} | {originals.Count(o => o.Fate == fate && !o.Merged)} |");
        s.AppendLine();
        s.AppendLine("## Headline and byline");
        s.AppendLine();
        var plain = Runs.Where(r => !r.WithHeadline).ToList();
        var topped = Runs.Where(r => r.WithHeadline).ToList();
        s.AppendLine(CultureInfo.InvariantCulture, $"- Dumps that open with a body paragraph: Headline null in {plain.Count(r => r.Headline is null)} of {plain.Count}.");
        s.AppendLine(CultureInfo.InvariantCulture, $"- Dumps with the article's own title and a byline on top: Headline read in {topped.Count(r => r.Headline == r.ExpectedHeadline)} of {topped.Count}; byline read in {topped.Count(r => r.Byline == r.ExpectedByline)} of {topped.Count}.");
        s.AppendLine();
        foreach (var r in plain.Where(r => r.Headline is not null).DistinctBy(r => r.ArticleId))
            s.AppendLine(CultureInfo.InvariantCulture, $"  - `{r.ArticleId}` ({r.Style}): headline taken \"{Cut(r.Headline!, 120)}\"");
        foreach (var r in topped.Where(r => r.Headline != r.ExpectedHeadline || r.Byline != r.ExpectedByline).DistinctBy(r => (r.ArticleId, r.Headline, r.Byline)))
            s.AppendLine(CultureInfo.InvariantCulture, $"  - `{r.ArticleId}` ({r.Style}): expected headline \"{Cut(r.ExpectedHeadline!, 100)}\" / byline \"{r.ExpectedByline}\"; got \"{Cut(r.Headline ?? "(null)", 100)}\" / \"{r.Byline ?? "(null)"}\"");
        s.AppendLine();
        AppendOpenings(s);
        AppendCohesionTable(s);
        s.AppendLine("## Missed injected lines");
        s.AppendLine();
        s.AppendLine("Each distinct miss once (same article, line and verdict), with the styles/variants where it happens, the line before it and the reader's reason.");
        s.AppendLine();
        foreach (var origin in new[] { InjectionPools.OtherHeadline }.Concat(InjectionPools.Optional.Select(p => p.Name)))
        {
            var misses = Outcomes.Where(o => o.Line.Origin == origin && !(o.Fate == Fate.Boilerplate && o.Kind == o.Line.Expected)).ToList();
            if (misses.Count == 0) continue;
            s.AppendLine(CultureInfo.InvariantCulture, $"### {origin} ({misses.Count} misses)");
            s.AppendLine();
            AppendGrouped(s, misses);
        }
        s.AppendLine("## Original lines misfiled, merged or lost");
        s.AppendLine();
        var bad = originals.Where(o => !KeptWhole(o)).ToList();
        if (bad.Count == 0) s.AppendLine("None.");
        AppendGrouped(s, bad);
        return s.ToString();
    }

    /// <summary>The dumps that open with another article's headline (<see cref="OpeningRuns"/>).</summary>
    private void AppendOpenings(StringBuilder s)
    {
        s.AppendLine("## Another article's headline on top");
        s.AppendLine();
        s.AppendLine("The Lines dump of each article (with its injections) again, with a headline of another article (drawn as the injected ones) as its first line: over the body, and over the article's own title and byline.");
        s.AppendLine();
        foreach (bool withOwn in new[] { false, true })
        {
            var runs = OpeningRuns.Where(r => r.WithOwnTitle == withOwn).ToList();
            int filed = runs.Count(r => r.OtherKind == BoilerplateKind.RelatedLink);
            s.AppendLine(withOwn
                ? string.Create(CultureInfo.InvariantCulture, $"- Over the own title and byline: filed as a related link in {filed} of {runs.Count}; own headline read in {runs.Count(r => r.Headline == r.ExpectedHeadline)} of {runs.Count}, byline in {runs.Count(r => r.Byline == r.ExpectedByline)} of {runs.Count}.")
                : string.Create(CultureInfo.InvariantCulture, $"- Over the body: filed as a related link in {filed} of {runs.Count}; headline null in {runs.Count(r => r.Headline is null)} of {runs.Count}."));
        }
        s.AppendLine();
        foreach (var r in OpeningRuns.Where(r => r.OtherKind != BoilerplateKind.RelatedLink))
            s.AppendLine(CultureInfo.InvariantCulture, $"  - `{r.ArticleId}` ({(r.WithOwnTitle ? "over the own title" : "over the body")}): \"{Cut(r.Other, 100)}\" → {(r.OtherKind is { } k ? Camel(k) + ": " : "")}{r.OtherReason}");
        s.AppendLine();
    }

    /// <summary>
    /// Cohesion of the title-like lines with the article, as the reasons give it: injected headlines against original
    /// lines, split at <see cref="Detection.Boilerplate.RelatedLinkDetector.MinTerms"/> distinct terms (Lines style, no
    /// headline on top; each line once).
    /// </summary>
    private void AppendCohesionTable(StringBuilder s)
    {
        var bounds = new[] { 0.1, 0.2, 0.3, 0.4, 0.5, 0.7, 1.01 };
        var rows = new List<(string Who, bool Enough, double Cohesion)>();
        foreach (var o in Outcomes.Where(o => o.Style == Style.Lines && !o.WithHeadline && (o.Line.Origin is "body" || o.Line.Origin == InjectionPools.OtherHeadline)))
        {
            var match = Regex.Match(o.Reason, @"cohesion (\d\.\d\d)", RegexOptions.None, TimeSpan.FromSeconds(1));
            if (!match.Success || !o.Reason.Contains("title-like", StringComparison.Ordinal)) continue;
            int terms = Terms.Of(o.Line.Text).Distinct().Count();
            rows.Add((o.Line.Origin == "body" ? "original" : "injected", terms >= Detection.Boilerplate.RelatedLinkDetector.MinTerms,
                double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)));
        }
        s.AppendLine("## Cohesion of title-like lines (Lines style, no headline on top)");
        s.AppendLine();
        s.AppendLine(string.Create(CultureInfo.InvariantCulture, $"Title-like lines whose reason gives a cohesion: injected headlines of other articles and original body lines (headings, or lines filed as related links). Related-link threshold today: cohesion < {Detection.Boilerplate.RelatedLinkDetector.MaxCohesion} with at least {Detection.Boilerplate.RelatedLinkDetector.MinTerms} distinct terms."));
        s.AppendLine();
        s.AppendLine("| cohesion | injected, ≥ MinTerms | original, ≥ MinTerms | injected, < MinTerms | original, < MinTerms |");
        s.AppendLine("|---|---:|---:|---:|---:|");
        double low = 0;
        foreach (var high in bounds)
        {
            int Count(string who, bool enough) => rows.Count(r => r.Who == who && r.Enough == enough && r.Cohesion >= low && r.Cohesion < high);
            s.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {low:0.0}–{Math.Min(high, 1):0.0}{(high > 1 ? "" : " (excl.)")} | {Count("injected", true)} | {Count("original", true)} | {Count("injected", false)} | {Count("original", false)} |"));
            low = high;
        }
        s.AppendLine();
    }

    private static void AppendGrouped(StringBuilder s, List<Outcome> outcomes)
    {
        foreach (var g in outcomes.GroupBy(o => (o.ArticleId, o.Line.Text, o.Fate, o.Kind, o.Merged)).OrderBy(g => g.Key.ArticleId, StringComparer.Ordinal))
        {
            var o = g.First();
            var where = string.Join(", ", g.Select(x => $"{x.Style}{(x.WithHeadline ? "+headline" : "")}").Distinct());
            var verdict = o.Fate == Fate.Boilerplate ? $"boilerplate {Camel(o.Kind)}" : o.Fate.ToString().ToLowerInvariant();
            if (o.Merged) verdict += $", merged into \"{Cut(o.MergedText!, 160)}\"";
            s.AppendLine(CultureInfo.InvariantCulture, $"- `{o.ArticleId}` \"{Cut(o.Line.Text, 140)}\" → **{verdict}** — {o.Reason} [{where}]");
            if (o.Before is not null) s.AppendLine(CultureInfo.InvariantCulture, $"  - after: \"{Cut(o.Before, 100)}\"");
        }
        s.AppendLine();
    }

    private static string Camel(BoilerplateKind? kind) => kind is null ? "" : char.ToLowerInvariant(kind.ToString()![0]) + kind.ToString()![1..];

    private static string Cut(string text, int max) => (text.Length <= max ? text : text[..max] + "…").Replace("|", "\\|", StringComparison.Ordinal);
}
