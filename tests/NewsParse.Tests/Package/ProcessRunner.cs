using System.Diagnostics;
using System.Text;

namespace NewsParse.Tests.Package;

/// <summary>
/// Runs a child process (the dotnet CLI) with its output captured. The build environment of the outer
/// <c>dotnet test</c> (MSBuild and VSTest variables) is removed so that the child behaves as on a developer's shell,
/// and build servers are kept off so that no lingering node holds the captured output open.
/// </summary>
internal static class ProcessRunner
{
    /// <summary>A bound against a hung child (not a speed assertion): far above what any step needs.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(10);

    public static string Dotnet
    {
        get
        {
            var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            return !string.IsNullOrEmpty(host) && File.Exists(host) ? host : "dotnet";
        }
    }

    /// <summary>Runs <paramref name="fileName"/> and returns its exit code and its standard output and error, interleaved by stream.</summary>
    public static (int ExitCode, string Output) Run(string fileName, IEnumerable<string> arguments, string workingDirectory)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        foreach (var name in info.Environment.Keys.ToList())
        {
            if (name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
                info.Environment.Remove(name);
        }
        info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        info.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        info.Environment["UseSharedCompilation"] = "false";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{fileName} did not start");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(HangGuard))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', info.ArgumentList)} did not finish within {HangGuard}");
        }
        process.WaitForExit();
        Task.WaitAll([stdout, stderr], TimeSpan.FromMinutes(1));
        var output = stdout.IsCompleted ? stdout.Result : "(output not closed)";
        var errors = stderr.IsCompleted ? stderr.Result : "(error output not closed)";
        return (process.ExitCode, errors.Length == 0 ? output : output + "\n[stderr]\n" + errors);
    }
}
