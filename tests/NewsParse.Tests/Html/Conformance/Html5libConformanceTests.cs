using System.Globalization;
using Xunit;
using Xunit.Abstractions;

namespace NewsParse.Tests.Html.Conformance;

/// <summary>
/// The html5lib tree-construction tests (Corpus/html5lib-tests, MIT), every script-off document case run through
/// NewsParse's tree builder: the shares of cases with the same text, the same ancestors for every character and the
/// identical tree stay above floors at what the builder reaches, and every case that does not keep its ancestors is
/// a known, documented exception.
/// </summary>
public class Html5libConformanceTests(ITestOutputHelper output)
{
    private static readonly Lazy<ConformanceReport> Report = new(() =>
        ConformanceReport.Run(Corpus.PathOf("html5lib-tests", "tree-construction"), html => ComparableTrees.FromNewsParse(html)));

    [Fact]
    public void Script_off_document_cases_keep_their_text_ancestors_and_trees()
    {
        var report = Report.Value;
        output.WriteLine(report.ToString());
        Assert.True(report.Cases > 1500, $"only {report.Cases} cases were read");
        Assert.True(report.SameTextShare >= 0.99, $"same text {report.SameTextShare:P1}, below 99%");
        Assert.True(report.SameAncestorsShare >= 0.965, $"same ancestors {report.SameAncestorsShare:P1}, below 96.5%");
        Assert.True(report.SameTreeShare >= 0.955, $"identical tree {report.SameTreeShare:P1}, below 95.5%");
    }

    [Fact]
    public void Only_the_known_exceptions_lose_their_ancestors()
    {
        var report = Report.Value;
        var failing = report.Results.Where(r => !r.Agreement.SameAncestors).Select(r => r.Case.Id).ToHashSet();
        var unexpected = failing.Where(id => !Html5libKnownExceptions.Cases.ContainsKey(id)).Order(StringComparer.Ordinal).ToList();
        var fixedNow = Html5libKnownExceptions.Cases.Keys.Where(id => !failing.Contains(id)).Order(StringComparer.Ordinal).ToList();
        if (unexpected.Count > 0) output.WriteLine(report.ToString(listFailures: true));
        Assert.True(unexpected.Count == 0, "cases that lose their ancestors and are no known exception: " + string.Join(", ", unexpected));
        Assert.True(fixedNow.Count == 0, "known exceptions that now pass (take them out of Html5libKnownExceptions): " + string.Join(", ", fixedNow));
    }

    [Fact]
    public void The_harness_tells_a_tree_that_moved_text_from_the_expected_one()
    {
        // AngleSharp, a conformant parser, reaches what the standard expects on nearly every case...
        var angle = ConformanceReport.Run(Corpus.PathOf("html5lib-tests", "tree-construction"), ComparableTrees.FromAngleSharp);
        output.WriteLine("AngleSharp " + angle);
        Assert.True(angle.SameAncestorsShare >= 0.95, angle.SameAncestorsShare.ToString("P1", CultureInfo.InvariantCulture));
        // ...and text moved to another parent, or lost, is told at the right level.
        var expected = ComparableTrees.FromAngleSharp("<p>one</p><div>two</div>");
        Assert.Equal(new TreeAgreement(true, true, true), TreeAgreement.Of(expected, ComparableTrees.FromNewsParse("<p>one<div>two</div>")));
        Assert.Equal(new TreeAgreement(true, false, false), TreeAgreement.Of(expected, ComparableTrees.FromAngleSharp("<p>one</p><div><p>two</p></div>")));
        Assert.Equal(new TreeAgreement(false, false, false), TreeAgreement.Of(expected, ComparableTrees.FromAngleSharp("<p>one</p>")));
        Assert.Equal(new TreeAgreement(true, true, false), TreeAgreement.Of(expected, ComparableTrees.FromAngleSharp("<p>one</p><div id=x>two</div>")));
    }

    [Fact]
    public void The_dat_reader_reads_data_fragments_scripting_and_multi_line_text()
    {
        var cases = Html5libDatFile.Read(Corpus.PathOf("html5lib-tests", "tree-construction", "tests1.dat"));
        Assert.Equal(112, cases.Count);
        Assert.Equal("Test", cases[0].Data);
        Assert.Equal("| <html>|   <head>|   <body>|     \"Test\"", string.Concat(cases[0].Document));
        var scripting = Html5libDatFile.Read(Corpus.PathOf("html5lib-tests", "tree-construction", "tests5.dat"));
        Assert.Contains(scripting, c => c.ScriptOn);
        Assert.Contains(scripting, c => c.IsScriptOffDocument);
        Assert.Contains(Html5libDatFile.Read(Corpus.PathOf("html5lib-tests", "tree-construction", "tests4.dat")), c => c.FragmentContext is not null);
        var template = Html5libDatFile.Read(Corpus.PathOf("html5lib-tests", "tree-construction", "template.dat"));
        // "content" (a template's contents) is read as the template's children
        var tree = template.First(c => c.Data.StartsWith("<body><template>Hello</template>", StringComparison.Ordinal)).ExpectedTree();
        Assert.Equal("Hello", tree.Descendants().First(n => n.Node.Name == "template").Node.AllText());
        // text holding newlines, attributes
        var pre = Html5libDatFile.Read(Corpus.PathOf("html5lib-tests", "tree-construction", "tests3.dat")).First(c => c.Id == "tests3.dat#7").ExpectedTree();
        Assert.Equal("\nfoo", pre.AllText());
    }
}
