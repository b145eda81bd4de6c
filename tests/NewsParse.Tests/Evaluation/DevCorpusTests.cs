using System.Globalization;
using System.Text.RegularExpressions;
using NewsParse.Tests.Cli;
using Xunit;

namespace NewsParse.Tests.Evaluation;

/// <summary>
/// The metadata figures on the development corpora hold (floors a little under what was measured when they were set,
/// so a change that loses ground fails here first). Skipped in a clone without ../shared.
/// </summary>
public partial class DevCorpusTests
{
    [GeneratedRegex(@"title (\d+)/(\d+) author (\d+)/(\d+) \(invented (\d+)/(\d+)\) date (\d+)/(\d+)")]
    private static partial Regex MetaLine();

    [DevCorpusFact("trafilatura-dev")]
    public void Trafilatura_dev_metadata_holds()
    {
        var root = DevCorpus.Find("trafilatura-dev")!;
        var run = CliRun.Of("eval", "--traf", Path.Combine(root, "html"), "--evaldata", Path.Combine(root, "evaldata.json"), "--worst", "0");
        Assert.Equal(0, run.ExitCode);
        var m = MetaLine().Match(run.Stdout);
        Assert.True(m.Success, run.Stdout);
        double Share(int group) => double.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture) / double.Parse(m.Groups[group + 1].Value, CultureInfo.InvariantCulture);
        Assert.True(Share(1) >= 0.90, $"headline {m.Groups[1]}/{m.Groups[2]}");
        Assert.True(Share(3) >= 0.60, $"author {m.Groups[3]}/{m.Groups[4]}");
        Assert.True(Share(5) <= 0.10, $"author invented {m.Groups[5]}/{m.Groups[6]}");
        Assert.True(Share(7) >= 0.74, $"date {m.Groups[7]}/{m.Groups[8]}");
    }
}
