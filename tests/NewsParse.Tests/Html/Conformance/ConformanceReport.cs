using System.Globalization;
using System.Text;

namespace NewsParse.Tests.Html.Conformance;

/// <summary>
/// Runs the script-off document cases of html5lib tree-construction files through a parser and counts the cases that
/// agree at each level of <see cref="TreeAgreement"/>; <see cref="ToString"/> writes the figures, the figures per file
/// and the cases that do not keep their text or their ancestors.
/// </summary>
internal sealed class ConformanceReport
{
    private readonly List<(Html5libTreeCase Case, TreeAgreement Agreement, string? Error)> _results = [];

    /// <summary>How many cases were run.</summary>
    public int Cases => _results.Count;

    /// <summary>How many fragment or script-on cases were skipped.</summary>
    public int Skipped { get; private set; }

    /// <summary>Cases with the same text.</summary>
    public int SameText => _results.Count(r => r.Agreement.SameText);

    /// <summary>Cases where every character of text has the same ancestors.</summary>
    public int SameAncestors => _results.Count(r => r.Agreement.SameAncestors);

    /// <summary>Cases with the identical tree.</summary>
    public int SameTree => _results.Count(r => r.Agreement.SameTree);

    /// <summary>The share of cases with the same text.</summary>
    public double SameTextShare => Share(SameText);

    /// <summary>The share of cases whose text keeps its ancestors.</summary>
    public double SameAncestorsShare => Share(SameAncestors);

    /// <summary>The share of cases with the identical tree.</summary>
    public double SameTreeShare => Share(SameTree);

    /// <summary>The results, case by case.</summary>
    public IReadOnlyList<(Html5libTreeCase Case, TreeAgreement Agreement, string? Error)> Results => _results;

    private double Share(int count) => Cases == 0 ? 0 : (double)count / Cases;

    /// <summary>Runs every script-off document case of the .dat files in <paramref name="folder"/> through <paramref name="parse"/> (input to html element).</summary>
    public static ConformanceReport Run(string folder, Func<string, ComparableNode> parse)
    {
        var report = new ConformanceReport();
        foreach (var path in Directory.GetFiles(folder, "*.dat").Order(StringComparer.Ordinal))
        {
            foreach (var test in Html5libDatFile.Read(path))
            {
                if (!test.IsScriptOffDocument)
                {
                    report.Skipped++;
                    continue;
                }
                var expected = test.ExpectedTree();
                ComparableNode actual;
                try
                {
                    actual = parse(test.Data);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    report._results.Add((test, default, e.GetType().Name + ": " + e.Message));
                    continue;
                }
                report._results.Add((test, TreeAgreement.Of(expected, actual), null));
            }
        }
        return report;
    }

    /// <summary>The figures, the figures per file, and the cases that lose their text or their ancestors (input and both trees).</summary>
    public string ToString(bool listFailures)
    {
        var s = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        s.Append(c, $"html5lib tree-construction, script-off document cases: {Cases} run ({Skipped} fragment or script-on cases skipped)\n");
        s.Append(c, $"  same text:      {SameText,4} ({SameTextShare:P1})\n");
        s.Append(c, $"  same ancestors: {SameAncestors,4} ({SameAncestorsShare:P1})\n");
        s.Append(c, $"  identical tree: {SameTree,4} ({SameTreeShare:P1})\n");
        s.Append("per file (cases: text / ancestors / tree):\n");
        foreach (var group in _results.GroupBy(r => r.Case.File))
        {
            s.Append(c, $"  {group.Key,-28} {group.Count(),4}: {group.Count(r => r.Agreement.SameText),4} / {group.Count(r => r.Agreement.SameAncestors),4} / {group.Count(r => r.Agreement.SameTree),4}\n");
        }
        if (!listFailures) return s.ToString();
        foreach (var (test, agreement, error) in _results)
        {
            if (agreement.SameAncestors) continue;
            s.Append(c, $"\n--- {test.Id}: {(error is not null ? error : agreement.SameText ? "ancestors differ" : "text differs")}\n{test.Data}\n");
        }
        return s.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => ToString(listFailures: false);
}
