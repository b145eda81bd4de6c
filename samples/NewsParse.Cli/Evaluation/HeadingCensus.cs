using System.Globalization;
using System.Reflection;
using NewsParse.Building;
using NewsParse.Reading;

namespace NewsParse.Cli.Evaluation;

/// <summary>
/// Counts the section headings of a set of HTML pages by what they were read from (<see cref="HeadingOrigin"/>: a tag,
/// other markup evidence) and compares each page's number of top-level sections with a heading against a baseline of
/// the previous release (<see cref="BaselineResource"/>, made from docs/top-level-headings.tsv), so a change in the
/// section tree shows page by page. Parses each page again with the library's normal path; not thread-safe.
/// </summary>
internal sealed class HeadingCensus
{
    /// <summary>The embedded baseline: lines of "corpus, page id, top-level headings" separated by tabs; '#' starts a comment.</summary>
    public const string BaselineResource = "NewsParse.Cli.TopLevelHeadings.tsv";

    private readonly ArticleParser _parser = new(NewsParserOptions.Default with { Format = InputFormat.Html });
    private readonly List<(string Id, int TopLevel)> _pages = [];
    private int _tagged, _markup, _text;

    /// <summary>Parses the page at <paramref name="path"/> (read as bytes like any input) and counts its headings under <paramref name="id"/>.</summary>
    public void Add(string id, string path)
    {
        var builder = new ArticleBuilder();
        using (var stream = File.OpenRead(path))
        {
            foreach (var e in _parser.ReadEvents(stream))
            {
                builder.Add(e);
                if (e is not HeadingEvent heading) continue;
                switch (heading.Origin)
                {
                    case HeadingOrigin.Tag: _tagged++; break;
                    case HeadingOrigin.Markup: _markup++; break;
                    default: _text++; break;
                }
            }
        }
        _pages.Add((id, builder.Build().Sections.Count(s => s.Heading is not null)));
    }

    /// <summary>The census of the pages <c>DIR/&lt;id&gt;.html</c> of <paramref name="ids"/> that exist, printed to <paramref name="output"/> against the embedded baseline.</summary>
    public static void Report(string htmlDir, IEnumerable<string> ids, TextWriter output)
    {
        var census = new HeadingCensus();
        foreach (var id in ids)
        {
            var path = Path.Combine(htmlDir, id + ".html");
            if (File.Exists(path)) census.Add(id, path);
        }
        census.Print(output, LoadBaseline());
    }

    /// <summary>
    /// Prints the headings by origin, then the pages whose top-level count differs from <paramref name="baseline"/>
    /// (page id to count; pages it lacks are counted apart).
    /// </summary>
    public void Print(TextWriter output, IReadOnlyDictionary<string, int> baseline)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"headings: {_tagged + _markup + _text} on {_pages.Count} pages, {_tagged} from tags (h1-h6, role=heading), {_markup} from other markup evidence{(_text > 0 ? $", {_text} from text lines" : "")}"));
        var changed = new List<(string Id, int Before, int Now)>();
        int missing = 0;
        foreach (var (id, now) in _pages)
        {
            if (!baseline.TryGetValue(id, out int before)) missing++;
            else if (before != now) changed.Add((id, before, now));
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"top-level sections with a heading: {_pages.Sum(p => p.TopLevel)} now; {changed.Count} of {_pages.Count - missing} pages changed against the baseline{(missing > 0 ? $" ({missing} pages not in it)" : "")}"));
        foreach (var (id, before, now) in changed.OrderBy(c => c.Id, StringComparer.Ordinal))
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {id}  {before} -> {now}"));
    }

    /// <summary>Writes one "corpus, page id, top-level count" line per page, separated by tabs (the baseline's format).</summary>
    public void WriteBaseline(string corpus, TextWriter output)
    {
        foreach (var (id, topLevel) in _pages) output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{corpus}\t{id}\t{topLevel}"));
    }

    /// <summary>The embedded baseline: page id to top-level count (empty when the resource is missing).</summary>
    public static Dictionary<string, int> LoadBaseline()
    {
        var baseline = new Dictionary<string, int>(StringComparer.Ordinal);
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(BaselineResource);
        if (stream is null) return baseline;
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var fields = line.Split('\t');
            if (fields.Length == 3 && int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out int count)) baseline[fields[1]] = count;
        }
        return baseline;
    }
}
