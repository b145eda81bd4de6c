using System.Text;
using NewsParse.Cli;

namespace NewsParse.Tests.Cli;

/// <summary>Runs the newsparse command in-process and captures its exit code, standard output and standard error.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Runs with <paramref name="stdin"/> as a redirected standard input (a pipe), or with a terminal when it is null.</summary>
    public static CliRun Of(byte[]? stdin, params string[] args)
    {
        using var input = new MemoryStream(stdin ?? []);
        using var output = new MemoryStream();
        using var error = new StringWriter { NewLine = "\n" };
        int code = CliApp.Run(args, input, output, error, stdinIsRedirected: stdin is not null);
        return new CliRun(code, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }

    public static CliRun Of(params string[] args) => Of(null, args);

    /// <summary>True when any output looks like a .NET stack trace or an unhandled exception report.</summary>
    public bool HasStackTrace =>
        (Stdout + Stderr).Contains("   at ", StringComparison.Ordinal)
        || (Stdout + Stderr).Contains("Unhandled exception", StringComparison.OrdinalIgnoreCase)
        || (Stdout + Stderr).Contains("Exception:", StringComparison.Ordinal);
}
