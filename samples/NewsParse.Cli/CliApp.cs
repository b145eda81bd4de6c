using System.Text;
using System.Text.Json;
using NewsParse.Cli.Commands;

namespace NewsParse.Cli;

/// <summary>The newsparse command: reads arguments, runs the command, maps failures to one line on stderr and an exit code.</summary>
internal static class CliApp
{
    public const int Success = 0;
    public const int InputFailed = 1;
    public const int BadArguments = 2;

    public static int Run(string[] args, Stream stdin, Stream stdout, TextWriter stderr)
    {
        if (args.Length > 0 && args[0] == "eval")
        {
            using var evalOutput = new StreamWriter(stdout, new UTF8Encoding(false), 64 * 1024, leaveOpen: true) { NewLine = "\n" };
            return EvalCommand.Run(args, evalOutput, stderr);
        }
        if (args.Length > 0 && args[0] == "headings")
        {
            using var headingsOutput = new StreamWriter(stdout, new UTF8Encoding(false), 64 * 1024, leaveOpen: true) { NewLine = "\n" };
            return HeadingsCommand.Run(args, headingsOutput, stderr);
        }
        if (!CliArguments.TryParse(args, out var options, out var error))
        {
            stderr.WriteLine($"newsparse: {error}");
            stderr.WriteLine(CliArguments.Usage);
            return BadArguments;
        }
        // Not disposed on failure: what is still buffered then is dropped, so an input that fails early (binary,
        // unreadable) leaves standard output empty instead of holding a partial document.
        var output = new StreamWriter(stdout, new UTF8Encoding(false), 64 * 1024, leaveOpen: true) { NewLine = "\n" };
        if (options.Help)
        {
            output.WriteLine(CliArguments.Usage);
            output.Dispose();
            return Success;
        }
        if (options.Batch) return BatchCommand.Run(options, output, stderr);
        try
        {
            int code = ParseCommand.Run(options, stdin, output, stderr);
            output.Dispose();
            return code;
        }
        catch (CliInputException e)
        {
            stderr.WriteLine($"newsparse: {e.Message}");
            return InputFailed;
        }
        catch (NewsParseException e)
        {
            stderr.WriteLine($"newsparse: {e.Message}");
            return InputFailed;
        }
        catch (IOException e)
        {
            stderr.WriteLine($"newsparse: cannot read the input: {e.Message}");
            return InputFailed;
        }
        catch (UnauthorizedAccessException e)
        {
            stderr.WriteLine($"newsparse: cannot read the input: {e.Message}");
            return InputFailed;
        }
        catch (JsonException e)
        {
            stderr.WriteLine($"newsparse: {e.Message}");
            return InputFailed;
        }
    }
}
