using System.Globalization;
using System.Text;
using NewsParse.Reading;

namespace NewsParse.Cli.Evaluation;

/// <summary>
/// Scores the section headings NewsParse reads against headings labelled by hand (eval/heading-labels.txt: "== corpus/page"
/// opens a page, then one heading text a line; '#' starts a comment). A page of trafilatura-dev is
/// <c>CORPUS/trafilatura-dev/html/&lt;page&gt;.html</c>, one of readability-dev <c>CORPUS/readability-dev/pages/&lt;page&gt;/source.html</c>,
/// any other corpus <c>CORPUS/&lt;corpus&gt;/&lt;page&gt;.html</c>. The headings read are the page's <see cref="HeadingEvent"/>s.
/// A heading read matches a labelled one when their tokens (runs of letters and digits, NFKC and case folded) overlap
/// by at least <see cref="MinOverlap"/> of the longer one's; matching is one to one, best overlap first, then page
/// order. Prints recall and precision, both split by the origin of the heading read (<see cref="HeadingOrigin"/>),
/// then every labelled heading missed and every heading read that no label has, by page.
/// </summary>
internal static class HeadingLabelsEval
{
    /// <summary>Least token overlap (shared tokens over the longer text's tokens) of a match.</summary>
    public const double MinOverlap = 0.8;

    /// <summary>One heading read: its text and origin.</summary>
    internal readonly record struct Read(string Text, HeadingOrigin Origin);

    /// <summary>The figures of a run: labelled, read and matched, the matched split by origin.</summary>
    internal sealed class Totals
    {
        public int Labelled, ReadCount, Matched;
        public readonly Dictionary<HeadingOrigin, (int Read, int Matched)> ByOrigin = [];
    }

    /// <summary>Runs the evaluation of <paramref name="labelsPath"/> against the pages under <paramref name="corpusRoot"/>.</summary>
    /// <exception cref="EvalDataException">The labels cannot be read, list no page, or a page is missing.</exception>
    public static void Run(string labelsPath, string corpusRoot, TextWriter output)
    {
        var pages = ReadLabels(labelsPath);
        if (pages.Count == 0) throw new EvalDataException($"{labelsPath} labels no page");
        var parser = new ArticleParser(NewsParserOptions.Default with { Format = InputFormat.Html });
        var totals = new Totals();
        var report = new StringBuilder();
        foreach (var (page, labels) in pages)
        {
            var path = PagePath(corpusRoot, page);
            if (!File.Exists(path)) throw new EvalDataException($"no page {page} ({path})");
            var read = new List<Read>();
            using (var stream = File.OpenRead(path))
            {
                foreach (var e in parser.ReadEvents(stream))
                {
                    if (e is HeadingEvent heading) read.Add(new Read(heading.Text, heading.Origin));
                }
            }
            var (labelMatched, readMatched) = Match(labels, read.Select(r => r.Text).ToList());
            Add(totals, labels.Count, read, readMatched);
            var missed = labels.Where((_, i) => labelMatched[i] < 0).ToList();
            var extra = read.Where((_, i) => readMatched[i] < 0).ToList();
            if (missed.Count == 0 && extra.Count == 0) continue;
            report.Append(CultureInfo.InvariantCulture, $"  {page}: {labels.Count - missed.Count}/{labels.Count} found, {extra.Count} not labelled\n");
            foreach (var m in missed) report.Append(CultureInfo.InvariantCulture, $"    missed  {m}\n");
            foreach (var x in extra) report.Append(CultureInfo.InvariantCulture, $"    extra   [{Origin(x.Origin)}] {x.Text}\n");
        }
        Print(totals, pages.Count, output);
        output.Write(report.ToString());
    }

    /// <summary>Adds a page's counts to <paramref name="totals"/>.</summary>
    internal static void Add(Totals totals, int labelled, List<Read> read, int[] readMatched)
    {
        totals.Labelled += labelled;
        totals.ReadCount += read.Count;
        for (int i = 0; i < read.Count; i++)
        {
            var (r, m) = totals.ByOrigin.GetValueOrDefault(read[i].Origin);
            bool hit = readMatched[i] >= 0;
            totals.ByOrigin[read[i].Origin] = (r + 1, m + (hit ? 1 : 0));
            if (hit) totals.Matched++;
        }
    }

    /// <summary>Prints the figures: recall and precision, then each origin's share of them.</summary>
    internal static void Print(Totals t, int pages, TextWriter output)
    {
        double recall = t.Labelled > 0 ? (double)t.Matched / t.Labelled : 0, precision = t.ReadCount > 0 ? (double)t.Matched / t.ReadCount : 0;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"headings: recall {recall:0.000} precision {precision:0.000} on {pages} pages  [labelled {t.Labelled}, read {t.ReadCount}, matched {t.Matched}; token overlap >= {MinOverlap:0.0}, one to one]"));
        foreach (var (origin, (read, matched)) in t.ByOrigin.OrderBy(o => o.Key))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  from {Origin(origin)}: read {read}, matched {matched} (precision {(read > 0 ? (double)matched / read : 0):0.000}, recall share {(t.Labelled > 0 ? (double)matched / t.Labelled : 0):0.000})"));
        }
    }

    private static string Origin(HeadingOrigin origin) => origin switch
    {
        HeadingOrigin.Tag => "tags",
        HeadingOrigin.Markup => "markup evidence",
        _ => "text lines",
    };

    /// <summary>
    /// Matches labelled texts to texts read, one to one: pairs overlapping by <see cref="MinOverlap"/> or more, the best
    /// overlap first, then the earlier label, then the earlier heading read. Each array gives the index matched on the
    /// other side, or -1.
    /// </summary>
    internal static (int[] Labels, int[] Read) Match(IReadOnlyList<string> labels, IReadOnlyList<string> read)
    {
        var labelTokens = labels.Select(Tokens).ToList();
        var readTokens = read.Select(Tokens).ToList();
        var pairs = new List<(double Overlap, int Label, int Read)>();
        for (int i = 0; i < labels.Count; i++)
        {
            for (int j = 0; j < read.Count; j++)
            {
                double overlap = Overlap(labelTokens[i], readTokens[j]);
                if (overlap >= MinOverlap) pairs.Add((overlap, i, j));
            }
        }
        var labelMatched = Enumerable.Repeat(-1, labels.Count).ToArray();
        var readMatched = Enumerable.Repeat(-1, read.Count).ToArray();
        foreach (var (_, i, j) in pairs.OrderByDescending(p => p.Overlap).ThenBy(p => p.Label).ThenBy(p => p.Read))
        {
            if (labelMatched[i] >= 0 || readMatched[j] >= 0) continue;
            labelMatched[i] = j;
            readMatched[j] = i;
        }
        return (labelMatched, readMatched);
    }

    /// <summary>Shared tokens (as multisets) over the longer side's token count; 1 when both have none.</summary>
    internal static double Overlap(List<string> a, List<string> b)
    {
        if (a.Count == 0 && b.Count == 0) return 1;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var t in a) counts[t] = counts.GetValueOrDefault(t) + 1;
        int shared = 0;
        foreach (var t in b)
        {
            if (counts.TryGetValue(t, out int n) && n > 0)
            {
                counts[t] = n - 1;
                shared++;
            }
        }
        return (double)shared / Math.Max(a.Count, b.Count);
    }

    /// <summary>The runs of letters and digits of the text, NFKC and case folded.</summary>
    internal static List<string> Tokens(string text)
    {
        var folded = ScoringText.CaseFold(UnicodeNfkc.Normalize(text));
        var tokens = new List<string>();
        int start = -1;
        for (int i = 0; i <= folded.Length; i++)
        {
            bool word = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (word && start < 0) start = i;
            else if (!word && start >= 0)
            {
                tokens.Add(folded[start..i]);
                start = -1;
            }
        }
        return tokens;
    }

    /// <summary>The labelled pages of the file, in its order: page name and heading texts.</summary>
    internal static List<(string Page, List<string> Headings)> ReadLabels(string path)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new EvalDataException($"cannot read the heading labels {path}: {e.Message}");
        }
        var pages = new List<(string, List<string>)>();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            if (line.StartsWith("== ", StringComparison.Ordinal)) pages.Add((line[3..].Trim(), []));
            else if (pages.Count == 0) throw new EvalDataException($"{path}: a heading before the first \"== corpus/page\" line");
            else pages[^1].Item2.Add(line);
        }
        return pages;
    }

    /// <summary>Where a labelled page is under the corpus root (see the type's remarks).</summary>
    internal static string PagePath(string corpusRoot, string page)
    {
        int slash = page.IndexOf('/', StringComparison.Ordinal);
        string corpus = slash < 0 ? "" : page[..slash], name = slash < 0 ? page : page[(slash + 1)..];
        return corpus switch
        {
            "trafilatura-dev" => Path.Combine(corpusRoot, corpus, "html", name + ".html"),
            "readability-dev" => Path.Combine(corpusRoot, corpus, "pages", name, "source.html"),
            _ => Path.Combine(corpusRoot, corpus, name + ".html"),
        };
    }
}
