using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using NewsParse.Rendering;
using NewsParse.Tests.Cli;
using NewsParse.Tests.Warc;
using Xunit;

namespace NewsParse.Tests.Docs;

/// <summary>
/// Every command line of the README's <c>```sh</c> blocks runs: the <c>newsparse</c> lines and the
/// <c>dotnet run --project samples/NewsParse.Cli</c> lines go through the CLI's entry point in process, on the seed page
/// (no network), with the file names of the README made real in a temporary folder; the <c>eval</c> lines on the
/// development corpora when ../shared is beside the clone. <c>dotnet test</c> is what .ci/run runs.
/// </summary>
public sealed class ReadmeCommandTests : IDisposable
{
    private static readonly string Readme = RepositoryFiles.Read("README.md");
    private readonly string _work = Directory.CreateTempSubdirectory("newsparse-readme-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    /// <summary>A command of the README: the CLI's arguments and the file given on standard input (after "&lt;"), if any.</summary>
    internal sealed record ReadmeCommand(string Line, string[] Arguments, string? Stdin);

    /// <summary>The lines of the README's sh blocks that run the CLI, as arguments of <c>CliApp.Run</c>.</summary>
    internal static IReadOnlyList<ReadmeCommand> CliCommands()
    {
        var commands = new List<ReadmeCommand>();
        foreach (Match block in Regex.Matches(Readme, @"```sh\n(.*?)```", RegexOptions.Singleline))
        {
            foreach (var line in block.Groups[1].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
                string? stdin = null;
                int redirect = words.IndexOf("<");
                if (redirect >= 0)
                {
                    stdin = words[redirect + 1];
                    words.RemoveRange(redirect, 2);
                }
                if (words[0] == "newsparse") commands.Add(new ReadmeCommand(line, [.. words.Skip(1)], stdin));
                else if (words is ["dotnet", "run", ..] && words.Contains("samples/NewsParse.Cli"))
                {
                    int rest = words.IndexOf("--");
                    commands.Add(new ReadmeCommand(line, rest < 0 ? [] : [.. words.Skip(rest + 1)], stdin));
                }
                // dotnet test is what .ci/run runs; the tool's install is run from a local feed by Package/ToolPackageTests
                else Assert.True(words is ["dotnet", "test", ..] or ["dotnet", "tool", "install", ..], $"README.md runs a command no test runs: {line}");
            }
        }
        return commands;
    }

    [Fact]
    public void The_readme_shows_the_commands_that_ci_runs()
    {
        Assert.Contains("dotnet run --project samples/NewsParse.Cli", Readme);
        Assert.Contains("\ndotnet test\n", Readme);
        Assert.True(Readme.Split('\n').Length < 250, "README.md is 250 lines or more");
        Assert.Contains(CliCommands(), c => c.Arguments.Length == 0);
    }

    [Fact]
    public void Every_cli_line_of_the_readme_runs_on_the_seed_page()
    {
        var commands = CliCommands().Where(c => c.Arguments.FirstOrDefault() != "eval").ToList();
        Assert.True(commands.Count >= 5, "README.md shows few newsparse lines");
        foreach (var command in commands)
        {
            var args = command.Arguments.Select(Real).ToArray();
            var run = CliRun.Of(command.Stdin is null ? null : File.ReadAllBytes(Real(command.Stdin)), args);
            Assert.True(run.ExitCode == 0, $"{command.Line}: exit code {run.ExitCode}\n{run.Stderr}");
            Assert.False(run.HasStackTrace, command.Line);
            CheckOutput(command, args, run);
        }
    }

    [SharedCorpusFact("aeb-dev")]
    public void The_eval_lines_of_the_readme_print_the_scores_of_the_readme()
    {
        var commands = CliCommands().Where(c => c.Arguments.FirstOrDefault() == "eval").ToList();
        Assert.Equal(3, commands.Count);
        var root = Path.GetDirectoryName(RepositoryFiles.Root)!;
        foreach (var command in commands)
        {
            var args = command.Arguments.Select(a => a.StartsWith("../", StringComparison.Ordinal) ? Path.Combine(root, a[3..]) : a).ToArray();
            if (!args.Where(a => a.StartsWith(root, StringComparison.Ordinal)).All(p => File.Exists(p) || Directory.Exists(p))) continue;
            var run = CliRun.Of(args);
            Assert.True(run.ExitCode == 0, $"{command.Line}: exit code {run.ExitCode}\n{run.Stderr}");
            Assert.Matches(@"\b0\.9\d\d\b", run.Stdout);
        }
    }

    /// <summary>What each format promises, checked on the output of <paramref name="run"/>.</summary>
    private void CheckOutput(ReadmeCommand command, string[] args, CliRun run)
    {
        string? format = Option(args, "--format");
        if (Option(args, "--out") is { } outDir)
        {
            Assert.True(Directory.EnumerateFiles(outDir, "*", SearchOption.AllDirectories).Any(), $"{command.Line}: nothing written in {outDir}");
            return;
        }
        Assert.False(string.IsNullOrWhiteSpace(run.Stdout), $"{command.Line}: no output");
        if (args.Contains("--help")) Assert.Contains("Usage: newsparse", run.Stdout);
        else if (args.Contains("--explain")) Assert.Contains("because:", run.Stdout);
        else if (format is "jsonl" || args.Contains("--stdin-jsonl") || args.Any(a => Directory.Exists(a) || a.EndsWith(".warc.gz", StringComparison.Ordinal)))
        {
            foreach (var line in run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                using var json = JsonDocument.Parse(line);
                Assert.True(json.RootElement.TryGetProperty("article", out var article), $"{command.Line}: {line[..Math.Min(200, line.Length)]}");
                ArticleJson.FromJson(article.GetRawText());
            }
        }
        else if (format is null or "json") Assert.NotEmpty(ArticleJson.FromJson(run.Stdout).Sections);
        else if (format is "markdown") Assert.Contains("## ", run.Stdout);
        else if (format is "text") Assert.Contains("Xi Jinping", run.Stdout);
    }

    private static string? Option(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    /// <summary>A file name of the README made real in the work folder: pages are the seed, archives and records are built from it.</summary>
    private string Real(string argument)
    {
        var page = Corpus.PathOf("seed", "xi-putin-moscow.wordpress.html");
        var path = Path.Combine(_work, argument);
        if (argument.EndsWith('/'))
        {
            Directory.CreateDirectory(path);
            if (argument == "pages/" && !File.Exists(Path.Combine(path, "seed.html")))
            {
                File.Copy(page, Path.Combine(path, "seed.html"));
                File.Copy(Corpus.PathOf("seed", "xi-putin-moscow.txt"), Path.Combine(path, "seed.txt"));
            }
            return path;
        }
        if (File.Exists(path)) return path;
        switch (Path.GetExtension(argument))
        {
            case ".html":
                File.Copy(page, path);
                return path;
            case ".gz":
                using (var warc = new WarcBuilder(gzip: true))
                {
                    warc.Response("https://example.com/seed", File.ReadAllBytes(page), "Content-Type: text/html; charset=utf-8");
                    File.WriteAllBytes(path, warc.ToArray());
                }
                return path;
            case ".jsonl":
                var records = new StringBuilder();
                records.Append(JsonSerializer.Serialize(new Dictionary<string, string> { ["url"] = "https://example.com/seed", ["html"] = File.ReadAllText(page) })).Append('\n');
                records.Append(JsonSerializer.Serialize(new Dictionary<string, string> { ["url"] = "https://example.com/text", ["text"] = Corpus.Read("seed", "xi-putin-moscow.txt") })).Append('\n');
                File.WriteAllText(path, records.ToString());
                return path;
            default:
                return argument;
        }
    }
}
