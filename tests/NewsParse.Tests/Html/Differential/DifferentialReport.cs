using System.Globalization;
using System.Text;
using NewsParse.Tests.Html.Conformance;

namespace NewsParse.Tests.Html.Differential;

/// <summary>
/// NewsParse's tree against AngleSharp's on real pages (each decoded once, by the library's decoding, for both):
/// the share of visible characters whose nearest block is the same (<see cref="NearestBlockComparison"/>), per corpus
/// and in all, and the pages that differ with the first point where the trees part.
/// </summary>
internal sealed class DifferentialReport
{
    private readonly List<(string Corpus, NearestBlockComparison Page)> _pages = [];

    /// <summary>Every page compared.</summary>
    public IReadOnlyList<(string Corpus, NearestBlockComparison Page)> Pages => _pages;

    /// <summary>Visible characters in all pages.</summary>
    public long Characters => _pages.Sum(p => (long)p.Page.Characters);

    /// <summary>Of those, the ones that keep their nearest block.</summary>
    public long Same => _pages.Sum(p => (long)p.Page.Same);

    /// <summary>The share of visible characters that keep their nearest block.</summary>
    public double Share => Characters == 0 ? 1 : (double)Same / Characters;

    /// <summary>The shared development corpora: aeb-dev and trafilatura-dev pages, readability-dev sources.</summary>
    public static IEnumerable<(string Corpus, string Path)> DevelopmentPages(string corpusRoot)
    {
        foreach (var corpus in new[] { "aeb-dev", "trafilatura-dev" })
        {
            var folder = Path.Combine(corpusRoot, corpus, "html");
            if (!Directory.Exists(folder)) continue;
            foreach (var file in Directory.GetFiles(folder, "*.html").Order(StringComparer.Ordinal)) yield return (corpus, file);
        }
        var pages = Path.Combine(corpusRoot, "readability-dev", "pages");
        if (!Directory.Exists(pages)) yield break;
        foreach (var dir in Directory.GetDirectories(pages).Order(StringComparer.Ordinal))
        {
            var source = Path.Combine(dir, "source.html");
            if (File.Exists(source)) yield return ("readability-dev", source);
        }
    }

    /// <summary>Compares the two trees of every page of <paramref name="pages"/>.</summary>
    public static DifferentialReport Run(IEnumerable<(string Corpus, string Path)> pages, int maxDepth)
    {
        var report = new DifferentialReport();
        foreach (var (corpus, path) in pages)
        {
            var html = PageDecoding.Decode(File.ReadAllBytes(path));
            var ours = ComparableTrees.FromNewsParse(html, maxDepth);
            var theirs = ComparableTrees.FromAngleSharp(html);
            var name = Path.GetFileName(path) == "source.html" ? Path.GetFileName(Path.GetDirectoryName(path)!) : Path.GetFileName(path);
            report._pages.Add((corpus, NearestBlockComparison.Compare(name, ours, theirs)));
        }
        return report;
    }

    /// <summary>The figures per corpus and in all, then every page that differs: its share, where the trees part, and the paragraphs that changed block as a whole.</summary>
    public override string ToString()
    {
        var c = CultureInfo.InvariantCulture;
        var s = new StringBuilder("NewsParse's tree against AngleSharp's: visible characters whose nearest block is the same\n");
        foreach (var group in _pages.GroupBy(p => p.Corpus))
        {
            long chars = group.Sum(p => (long)p.Page.Characters), same = group.Sum(p => (long)p.Page.Same);
            s.Append(c, $"  {group.Key,-16} {group.Count(),4} pages, {chars,10:N0} characters, same block {Percent(same, chars)}, {group.Count(p => p.Page.Same < p.Page.Characters),3} pages differ\n");
        }
        s.Append(c, $"  {"all",-16} {_pages.Count,4} pages, {Characters,10:N0} characters, same block {Percent(Same, Characters)}\n");
        s.Append(c, $"  pages where a paragraph of {NearestBlockComparison.ParagraphChars}+ characters changed block as a whole: {_pages.Count(p => p.Page.MovedParagraphs.Count > 0)}\n");
        foreach (var (corpus, page) in _pages.Where(p => p.Page.Same < p.Page.Characters).OrderBy(p => p.Page.Same - p.Page.Characters))
        {
            s.Append(c, $"\n{corpus}/{page.Page}: {page.Characters - page.Same:N0} of {page.Characters:N0} characters differ ({Percent(page.Same, page.Characters)} same), {page.FirstDifference}\n");
            foreach (var moved in page.MovedParagraphs.Take(5)) s.Append("    paragraph changed block: ").Append(moved).Append('\n');
        }
        return s.ToString();
    }

    private static string Percent(long part, long whole) =>
        whole == 0 ? "-" : ((double)part / whole).ToString("P3", CultureInfo.InvariantCulture);
}
