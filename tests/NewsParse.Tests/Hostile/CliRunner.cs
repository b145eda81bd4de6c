using System.Diagnostics;
using System.Text;
using System.Text.Json;
using NewsParse.Cli;
using Xunit;

namespace NewsParse.Tests.Hostile;

/// <summary>Runs the newsparse command in-process (or, for inputs that could overflow the stack, as a child process) and checks its contract.</summary>
internal static class CliRunner
{
    public sealed record Outcome(int ExitCode, string Stdout, string Stderr);

    /// <summary>Runs <c>newsparse - args...</c> in-process with <paramref name="input"/> on standard input.</summary>
    public static Outcome Run(byte[] input, params string[] args)
    {
        using var stdin = new MemoryStream(input);
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        int code = CliApp.Run(args.Length == 0 ? ["-"] : args, stdin, stdout, stderr);
        return new Outcome(code, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }

    /// <summary>
    /// Runs <c>dotnet NewsParse.Cli.dll FILE --format json</c> as a child process on a file holding <paramref name="input"/>,
    /// so that a stack overflow fails this test (exit code and trace on stderr) instead of killing the test host.
    /// </summary>
    public static Outcome RunOutOfProcess(byte[] input, string extension = ".html")
    {
        var path = Path.Combine(Path.GetTempPath(), $"newsparse-hostile-{Guid.NewGuid():N}{extension}");
        File.WriteAllBytes(path, input);
        try
        {
            var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
            var start = new ProcessStartInfo(dotnet)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "NewsParse.Cli.dll"));
            start.ArgumentList.Add(path);
            start.ArgumentList.Add("--format");
            start.ArgumentList.Add("json");
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return new Outcome(process.ExitCode, stdout.Result, stderr.Result);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Valid output (exit 0 and a JSON article) or a one-line error with exit 1; never a stack trace.</summary>
    public static JsonDocument? AssertJsonOrOneLineError(Outcome outcome)
    {
        Assert.DoesNotContain("   at ", outcome.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Stack overflow", outcome.Stderr, StringComparison.OrdinalIgnoreCase);
        if (outcome.ExitCode == 0)
        {
            var json = JsonDocument.Parse(outcome.Stdout);
            Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("sections").ValueKind);
            return json;
        }
        AssertOneLineError(outcome);
        return null;
    }

    /// <summary>Exit code 1 and exactly one line on stderr, starting "newsparse: ".</summary>
    public static void AssertOneLineError(Outcome outcome)
    {
        Assert.Equal(1, outcome.ExitCode);
        var lines = outcome.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.StartsWith("newsparse: ", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.Stderr, StringComparison.Ordinal);
    }
}
