namespace NewsParse.Cli;

/// <summary>Reads the command line. Bad arguments give an error message (usage follows, exit code 2).</summary>
internal static class CliArguments
{
    public const string Usage = """
        Usage: newsparse [FILE|-] [--format json|text|markdown|events] [--input auto|html|text] [--explain]

        Parses a news article (an HTML page or a plain-text dump) into its structure.
          FILE               the article to parse; "-" reads standard input; none parses the bundled sample article
          --format, -f       json (default): the article as JSON (the NewsParse contract)
                             text: the body, one block a line (no headline, no boilerplate)
                             markdown: the article as CommonMark
                             events: the reader's events as JSON Lines, as they are decided
          --input, -i        auto (default): tell HTML from text by content; html; text
          --explain          print each block with its decision and the reason
          --help, -h         this text

        Exit codes: 0 success, 1 the input could not be read or parsed, 2 bad arguments.
        """;

    public static bool TryParse(string[] args, out CliOptions options, out string? error)
    {
        options = new CliOptions();
        error = null;
        var inputs = new List<string>();
        var format = OutputFormat.Json;
        var input = InputFormat.Auto;
        bool explain = false, help = false;
        for (int i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "--help" or "-h" or "-?":
                    help = true;
                    break;
                case "--explain":
                    explain = true;
                    break;
                case "--format" or "-f":
                    if (!TryValue(args, ref i, out var f) || !TryFormat(f, out format))
                    {
                        error = $"--format needs one of json, text, markdown, events{(f is null ? "" : $" (got \"{f}\")")}.";
                        return false;
                    }
                    break;
                case "--input" or "-i":
                    if (!TryValue(args, ref i, out var v) || !TryInput(v, out input))
                    {
                        error = $"--input needs one of auto, html, text{(v is null ? "" : $" (got \"{v}\")")}.";
                        return false;
                    }
                    break;
                default:
                    if (arg.StartsWith("--format=", StringComparison.Ordinal) && TryFormat(arg[9..], out format)) break;
                    if (arg.StartsWith("--input=", StringComparison.Ordinal) && TryInput(arg[8..], out input)) break;
                    if (arg.StartsWith('-') && arg != "-")
                    {
                        error = $"Unknown option \"{arg}\".";
                        return false;
                    }
                    inputs.Add(arg);
                    break;
            }
        }
        if (inputs.Count > 1)
        {
            error = "Give one FILE (or - for standard input).";
            return false;
        }
        options = new CliOptions { Inputs = inputs, Format = format, Input = input, Explain = explain, Help = help };
        return true;
    }

    private static bool TryValue(string[] args, ref int i, out string? value)
    {
        value = i + 1 < args.Length ? args[i + 1] : null;
        if (value is null) return false;
        i++;
        return true;
    }

    private static bool TryFormat(string? value, out OutputFormat format)
    {
        format = value?.ToLowerInvariant() switch
        {
            "json" => OutputFormat.Json,
            "text" or "txt" => OutputFormat.Text,
            "markdown" or "md" => OutputFormat.Markdown,
            "events" => OutputFormat.Events,
            _ => (OutputFormat)(-1),
        };
        return Enum.IsDefined(format);
    }

    private static bool TryInput(string? value, out InputFormat input)
    {
        input = value?.ToLowerInvariant() switch
        {
            "auto" => InputFormat.Auto,
            "html" or "htm" => InputFormat.Html,
            "text" or "txt" => InputFormat.Text,
            _ => (InputFormat)(-1),
        };
        return Enum.IsDefined(input);
    }
}
