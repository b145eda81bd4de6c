namespace NewsParse.Cli;

/// <summary>Reads the command line. Bad arguments give an error message (usage follows, exit code 2).</summary>
internal static class CliArguments
{
    public const string Usage = """
        Usage: newsparse [FILE|-] [--format json|text|markdown|events] [--input auto|html|text] [--explain]
               newsparse FOLDER|FILE...|RECORDS.jsonl [--format jsonl] [--input auto|html|text] [--parallel N]
               newsparse eval --html DIR --truth GROUND-TRUTH.json [--worst N]
               newsparse eval --traf DIR --evaldata EVALDATA.json [--worst N]
               newsparse eval --readability PAGES-DIR [--worst N]

        Parses a news article (an HTML page or a plain-text dump) into its structure.
          FILE               the article to parse; "-" reads standard input; none parses the bundled sample article
          --format, -f       json (default): the article as JSON (the NewsParse contract)
                             text: the body, one block a line (no headline, no boilerplate)
                             markdown: the article as CommonMark
                             events: the reader's events as JSON Lines, as they are decided
                             jsonl: one line per input, in input order (the default for many inputs)
          --input, -i        auto (default): tell HTML from text by content; html; text
          --explain          print each block with its decision and the reason
          --help, -h         this text

        Many documents: a FOLDER (its .html, .htm and .txt files, subfolders included, sorted by path), several
        FILEs, or a .jsonl file of {"url": ..., "html": ...} records. Each input gives one line,
        {"source": ..., "article": {...}} or {"source": ..., "error": "..."}; a bad input never stops the batch.
          --parallel, -p N   documents parsed at once (default: the number of cores)
        A progress bar (count, docs/s, MB/s, ETA) goes to stderr when it is a terminal. Ctrl-C stops after the
        last complete line.

        Evaluation: scores a development corpus and lists the N worst pages of each kind of miss.
          --html/--truth     the article-extraction benchmark: bodies by 4-gram shingle precision, recall and F1
          --traf/--evaldata  trafilatura's evaluation set: main text (snippets found and leaked), headline, author,
                             date and comments, as the shared scoring scripts count them
          --readability      Readability's test pages (one folder per page): body against its extraction, and
                             headline, byline, date, site name and language against its expected metadata

        Exit codes: 0 success, 1 the input (or, in a batch, any input) could not be read or parsed, 2 bad arguments,
        130 interrupted.
        """;

    public static bool TryParse(string[] args, out CliOptions options, out string? error)
    {
        options = new CliOptions();
        error = null;
        var inputs = new List<string>();
        OutputFormat? format = null;
        int parallel = Environment.ProcessorCount;
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
                    if (!TryValue(args, ref i, out var f) || !TryFormat(f, out var chosen))
                    {
                        error = $"--format needs one of json, text, markdown, events, jsonl{(f is null ? "" : $" (got \"{f}\")")}.";
                        return false;
                    }
                    format = chosen;
                    break;
                case "--parallel" or "-p":
                    if (!TryValue(args, ref i, out var n) || !TryParallel(n, out parallel))
                    {
                        error = $"--parallel needs a whole number from 1 to 1024{(n is null ? "" : $" (got \"{n}\")")}.";
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
                    if (arg.StartsWith("--format=", StringComparison.Ordinal) && TryFormat(arg[9..], out var inline))
                    {
                        format = inline;
                        break;
                    }
                    if (arg.StartsWith("--parallel=", StringComparison.Ordinal) && TryParallel(arg[11..], out parallel)) break;
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
        bool batch = inputs.Count > 1 || format == OutputFormat.JsonLines
            || (inputs.Count == 1 && (Directory.Exists(inputs[0]) || inputs[0].EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)));
        if (batch && !help)
        {
            if (format is not (null or OutputFormat.JsonLines))
            {
                error = "Many documents (several inputs, a folder or a .jsonl file) are written as --format jsonl.";
                return false;
            }
            if (explain)
            {
                error = "--explain reads one document; give one FILE.";
                return false;
            }
            if (inputs.Contains("-"))
            {
                error = "Standard input (-) cannot be part of a batch; give files, a folder or a .jsonl file.";
                return false;
            }
            if (inputs.Count == 0)
            {
                error = "--format jsonl needs inputs: a folder, files or a .jsonl file.";
                return false;
            }
        }
        options = new CliOptions
        {
            Inputs = inputs, Format = format ?? (batch ? OutputFormat.JsonLines : OutputFormat.Json), Input = input,
            Explain = explain, Help = help, Batch = batch, Parallel = parallel,
        };
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
            "jsonl" or "ndjson" => OutputFormat.JsonLines,
            _ => (OutputFormat)(-1),
        };
        return Enum.IsDefined(format);
    }

    private static bool TryParallel(string? value, out int parallel)
    {
        parallel = Environment.ProcessorCount;
        if (!int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) || n < 1 || n > 1024) return false;
        parallel = n;
        return true;
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
