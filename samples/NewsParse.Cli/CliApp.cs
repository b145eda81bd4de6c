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

    /// <summary>Runs the command with standard input taken as a terminal: without FILE, the bundled sample is parsed.</summary>
    public static int Run(string[] args, Stream stdin, Stream stdout, TextWriter stderr) => Run(args, stdin, stdout, stderr, stdinIsRedirected: false);

    /// <summary>
    /// Runs the command. <paramref name="stdinIsRedirected"/> says whether standard input is a pipe or a file (not a
    /// terminal): without FILE it is then read, else the bundled sample article is parsed with a note on stderr.
    /// </summary>
    public static int Run(string[] args, Stream stdin, Stream stdout, TextWriter stderr, bool stdinIsRedirected)
    {
        if (args.Length > 0 && args[0] == "eval")
        {
            using var evalOutput = new StreamWriter(stdout, new UTF8Encoding(false), 64 * 1024, leaveOpen: true) { NewLine = "\n" };
            return EvalCommand.Run(args, evalOutput, stderr);
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
        if (options.StdinJsonLines) return MapperCommand.Run(options, stdin, output, stderr);
        if (options.Batch && options.Inputs.Count > 0 && options.Inputs.TrueForAll(WarcCommand.IsArchive)) return WarcCommand.Run(options, output, stderr);
        if (options.Batch) return BatchCommand.Run(options, output, stderr);
        if (options.ParallelGiven) stderr.WriteLine("newsparse: --parallel has no effect on one document (it is parsed alone); it is ignored.");
        string? path = options.Inputs.FirstOrDefault();
        if (path is null && !options.Sample)
        {
            if (stdinIsRedirected) path = "-";
            else stderr.WriteLine("newsparse: no input given: parsing the bundled sample article (give a FILE, pipe a page in, or see --help).");
        }
        try
        {
            int code = ParseCommand.Run(options, path, stdin, output, stderr);
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
            stderr.WriteLine($"newsparse: {Label(path)}: {CliMessages.Limit(e, options.Parser)}");
            return InputFailed;
        }
        catch (IOException e)
        {
            stderr.WriteLine($"newsparse: {Label(path)}: cannot be read ({e.Message})");
            return InputFailed;
        }
        catch (UnauthorizedAccessException e)
        {
            stderr.WriteLine($"newsparse: {Label(path)}: cannot be read ({e.Message})");
            return InputFailed;
        }
        catch (JsonException e)
        {
            stderr.WriteLine($"newsparse: {e.Message}");
            return InputFailed;
        }
    }

    private static string Label(string? path) => path switch
    {
        null => InputSource.SampleLabel,
        "-" => InputSource.StandardInputLabel,
        _ => path,
    };
}
