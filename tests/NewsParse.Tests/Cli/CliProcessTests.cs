using System.Text.Json.Nodes;
using NewsParse.Rendering;
using NewsParse.Tests.Package;
using Xunit;

namespace NewsParse.Tests.Cli;

/// <summary>The built command as a process: Program.cs wires the real console streams and exit code to <c>CliApp.Run</c>.</summary>
public class CliProcessTests
{
    /// <summary>The CLI's app host copied next to the test assembly, or <c>dotnet NewsParse.Cli.dll</c> where there is none.</summary>
    private static (string FileName, string[] Prefix) Command()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "NewsParse.Cli.dll");
        Assert.True(File.Exists(dll), $"{dll} is missing: the test project references the CLI project");
        var host = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "NewsParse.Cli.exe" : "NewsParse.Cli");
        return File.Exists(host) ? (host, []) : (ProcessRunner.Dotnet, [dll]);
    }

    [Fact]
    public void The_process_parses_a_file_and_exits_0()
    {
        var (fileName, prefix) = Command();
        var path = Corpus.PathOf("seed", "xi-putin-moscow.txt");
        var (code, output) = ProcessRunner.Run(fileName, [.. prefix, path], AppContext.BaseDirectory);
        Assert.Equal(0, code);
        var expected = JsonNode.Parse(ArticleJson.ToJson(NewsParser.Parse(File.ReadAllBytes(path))));
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(output)), output);
    }

    [Fact]
    public void The_process_reports_a_missing_file_in_one_line_and_exits_1()
    {
        var (fileName, prefix) = Command();
        var path = Path.Combine(Path.GetTempPath(), "newsparse-missing-" + Guid.NewGuid().ToString("N") + ".html");
        var (code, output) = ProcessRunner.Run(fileName, [.. prefix, path], AppContext.BaseDirectory);
        Assert.Equal(1, code);
        Assert.Equal($"[stderr]\nnewsparse: {path}: no such file", output.Trim());
    }

    [Fact]
    public void The_process_exits_2_on_bad_arguments()
    {
        var (fileName, prefix) = Command();
        var (code, output) = ProcessRunner.Run(fileName, [.. prefix, "--format", "xml"], AppContext.BaseDirectory);
        Assert.Equal(2, code);
        Assert.Contains("Usage: newsparse", output);
        Assert.DoesNotContain("   at ", output);
    }

    /// <summary>
    /// On a host that reports a large processor cache, the streamed 1 GB dump stays under 100 MB only because the CLI
    /// caps the collector's youngest generation (the runtime sizes it from that cache; docs/limits.md): the runtime
    /// configuration built with the CLI carries the cap, and that file is what the app host and the .NET tool start
    /// the CLI with.
    /// </summary>
    [Fact]
    public void The_process_runs_with_the_youngest_generation_capped_at_16_MiB()
    {
        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "NewsParse.Cli.runtimeconfig.json")))!;
        var cap = config["runtimeOptions"]?["configProperties"]?["System.GC.Gen0MaxBudget"];
        Assert.NotNull(cap);
        Assert.Equal(16L * 1024 * 1024, cap.GetValue<long>());
    }
}
