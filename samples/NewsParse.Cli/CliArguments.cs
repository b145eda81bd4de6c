using System.Globalization;

namespace NewsParse.Cli;

/// <summary>Reads the command line. Bad arguments give an error message (usage follows, exit code 2).</summary>
internal static class CliArguments
{
    public const string Usage = """
        Usage: newsparse [FILE|-|--sample] [--format json|text|markdown|markdown-text|html|events] [--input auto|html|text] [--explain]
               newsparse FOLDER|FILE...|RECORDS.jsonl [--format jsonl] [--parallel N] [--ext LIST]
               newsparse FOLDER|FILE...|RECORDS.jsonl --format json|markdown|text --out DIR
               newsparse ARCHIVE.warc.gz... [--format jsonl] [--parallel N]
               newsparse --stdin-jsonl [--parallel N]      (or: newsparse - --input jsonl)
               newsparse eval --html DIR --truth GROUND-TRUTH.json [--worst N]
               newsparse headings DIR [--tsv CORPUS]
               newsparse eval --traf DIR --evaldata EVALDATA.json [--worst N]
               newsparse eval --readability PAGES-DIR [--worst N]
               newsparse eval --headings LABELS --corpus CORPUS-ROOT

        Parses a news article (an HTML page or a plain-text dump) into its structure.
          FILE               the article to parse; "-" reads standard input. Without FILE, standard input is read
                             when it is a pipe or a file; on a terminal the bundled sample article is parsed
          --sample           parse the bundled sample article
          --format, -f       json (default): the article as JSON (the NewsParse contract)
                             text: the body, one block a line (no headline, no boilerplate)
                             markdown: the article as CommonMark (GFM tables, links, images, emphasis)
                             markdown-text: the same without links and images
                             html: a clean, safe HTML document (the model's elements only, no script or style)
                             events: the reader's events as JSON Lines, as they are decided
                             jsonl: one line per input, in input order (the default for many inputs)
          --input, -i        auto (default): tell HTML from text by content; html; text
          --explain          print each decision of the reader with its reason: on standard output, or on
                             standard error when --format is given too (the document then goes to standard output)
          --help, -h         this text

        Many documents: a FOLDER, several FILEs, or a .jsonl file of {"url": ..., "html": ...} or
        {"url": ..., "text": ...} records. A folder gives its .html, .htm, .xhtml and .txt files and its HTML
        pages without extension, subfolders included, links followed, names starting with "." skipped, sorted by
        path. Each input gives one line, {"source": ..., "article": {...}} or {"source": ..., "error": "..."};
        a bad input never stops the batch.
          --out DIR          with --format json, markdown or text: one file per input in DIR instead (a file of a
                             folder keeps its path under the folder, other files their name, record N of R.jsonl is
                             R/N), with the extension .json, .md or .txt; errors go to standard error
          --ext LIST         the extensions taken from a folder, comma-separated (default: html,htm,xhtml,txt)
          --parallel, -p N   documents parsed at once (default: the number of cores); one document is parsed alone
        A progress bar (count, docs/s, MB/s, ETA) goes to stderr when it is a terminal. Ctrl-C stops after the
        last complete line.

        Web archives: .warc, .warc.gz, .arc, .arc.gz files give one line per HTML page (or broken record), in archive
        order: {"source": FILE, "offset": N, "url": ..., "date": ..., "article": {...}} or the same with "error".
        Mapper: --stdin-jsonl reads {"url", "html"} or {"url", "text"} records from standard input, one a line, and
        writes one line per input line, in order, flushed as it goes (Hadoop Streaming, Spark RDD.pipe, GNU parallel).

        --url URL          the address the page was fetched from: links and images resolve against it (as in a
                           browser); a web archive's records use their own target URI

        Limits (docs/limits.md; a number of characters unless said):
          --max-input-chars N     the input after decoding (default: no limit)
          --max-html-chars N      an HTML page, held whole while it is read (default: 67108864)
          --max-block-chars N     one block of a text dump (default: 67108864)
          --max-nesting-depth N   elements read in HTML, in levels (default: 256)
          --look-ahead-chars N    text after a block read before deciding it (default: 32768)
          --look-behind-chars N   text before a block kept as context (default: 65536)

        Evaluation: scores a development corpus and lists the N worst pages of each kind of miss.
          --html/--truth     the article-extraction benchmark: bodies by 4-gram shingle precision, recall and F1
          --traf/--evaldata  trafilatura's evaluation set: main text (snippets found and leaked), headline, author,
                             date and comments, as the shared scoring scripts count them
          --readability      Readability's test pages (one folder per page): body against its extraction, and
                             headline, byline, date, site name and language against its expected metadata
          --headings/--corpus  section headings labelled by hand (eval/heading-labels.txt) against the headings
                             read: recall and precision by origin, the misses and the headings no label has
          It also counts the section headings by origin (tags, other markup evidence) and lists the pages whose number
          of top-level sections differs from the previous release's (docs/top-level-headings.tsv, built in);
          "headings" does that alone for a folder of pages (DIR/*.html or DIR/<id>/source.html), or with --tsv
          writes that baseline's lines for the folder.

        An input without article text (empty, an index page) is not an error: its output is empty (in JSON, an
        article with the noArticleFound diagnostic) and a note goes to standard error.
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
        bool parallelGiven = false, explain = false, help = false, sample = false, stdinJsonLines = false;
        var input = InputFormat.Auto;
        string? outputFolder = null;
        IReadOnlyList<string>? extensions = null;
        var parser = NewsParserOptions.Default;
        for (int i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            string? inline = null;
            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.IndexOf('=') is > 2 and var eq)
            {
                inline = arg[(eq + 1)..];
                arg = arg[..eq];
            }
            string? Value()
            {
                if (inline is not null) return inline;
                if (i + 1 >= args.Length) return null;
                return args[++i];
            }
            switch (arg)
            {
                case "--help" or "-h" or "-?":
                    help = true;
                    break;
                case "--explain":
                    explain = true;
                    break;
                case "--sample":
                    sample = true;
                    break;
                case "--format" or "-f":
                {
                    var f = Value();
                    if (!TryFormat(f, out var chosen))
                    {
                        error = $"--format needs one of json, text, markdown, markdown-text, html, events, jsonl{Got(f)}.";
                        return false;
                    }
                    format = chosen;
                    break;
                }
                case "--parallel" or "-p":
                {
                    var n = Value();
                    if (!TryParallel(n, out parallel))
                    {
                        error = $"--parallel needs a whole number from 1 to 1024{Got(n)}.";
                        return false;
                    }
                    parallelGiven = true;
                    break;
                }
                case "--stdin-jsonl":
                    stdinJsonLines = true;
                    break;
                case "--input" or "-i" when inline is null && i + 1 < args.Length && args[i + 1] == "jsonl":
                    stdinJsonLines = true;
                    i++;
                    break;
                case "--input" or "-i":
                {
                    var v = Value();
                    if (!TryInput(v, out input))
                    {
                        error = $"--input needs one of auto, html, text{Got(v)}.";
                        return false;
                    }
                    break;
                }
                case "--out" or "-o":
                    outputFolder = Value();
                    if (string.IsNullOrEmpty(outputFolder))
                    {
                        error = "--out needs a folder.";
                        return false;
                    }
                    break;
                case "--ext":
                {
                    var list = Value();
                    extensions = list?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                        .Select(e => e.StartsWith('.') ? e : "." + e).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
                    if (extensions is null or { Count: 0 })
                    {
                        error = "--ext needs a comma-separated list of extensions, such as html,htm,txt.";
                        return false;
                    }
                    break;
                }
                case "--url":
                {
                    var value = Value();
                    if (!Uri.TryCreate(value, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
                    {
                        error = $"--url needs an absolute http or https address{Got(value)}.";
                        return false;
                    }
                    parser = parser with { Url = url };
                    break;
                }
                case "--max-input-chars" or "--max-html-chars" or "--max-block-chars" or "--max-nesting-depth" or "--look-ahead-chars" or "--look-behind-chars":
                    if (!TryLimit(arg, Value(), ref parser, out error)) return false;
                    break;
                default:
                    if (inline is not null || (arg.StartsWith('-') && arg != "-"))
                    {
                        error = $"Unknown option \"{args[i]}\".";
                        return false;
                    }
                    inputs.Add(arg);
                    break;
            }
        }
        if (help)
        {
            options = new CliOptions { Help = true };
            return true;
        }
        if (stdinJsonLines)
        {
            if (inputs.Count > 1 || (inputs.Count == 1 && inputs[0] != "-") || explain || outputFolder is not null || format is not (null or OutputFormat.JsonLines))
            {
                error = "The stdin mapper (--stdin-jsonl, or - with --input jsonl) reads standard input only and writes --format jsonl.";
                return false;
            }
            options = new CliOptions { Inputs = ["-"], Format = OutputFormat.JsonLines, StdinJsonLines = true, Parallel = parallel, ParallelGiven = parallelGiven, Parser = parser };
            return true;
        }
        bool batch = inputs.Count > 1 || format == OutputFormat.JsonLines || outputFolder is not null
            || (inputs.Count == 1 && (Directory.Exists(inputs[0]) || IsRecords(inputs[0]) || Commands.WarcCommand.IsArchive(inputs[0])));
        if (sample && inputs.Count > 0)
        {
            error = "--sample parses the bundled sample article; give it without a FILE.";
            return false;
        }
        if (batch)
        {
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
                error = "Many documents need inputs: a folder, files or a .jsonl file.";
                return false;
            }
            if (format == OutputFormat.Events)
            {
                error = "--format events reads one document; for many documents use jsonl, or json, markdown or text with --out DIR.";
                return false;
            }
            if (outputFolder is not null && format is null or OutputFormat.JsonLines)
            {
                error = "--out writes one file per input: give --format json, markdown or text (jsonl is one stream on standard output).";
                return false;
            }
            if (outputFolder is null && format is not (null or OutputFormat.JsonLines))
            {
                error = $"Many documents in {Name(format!.Value)} are written one file per input: add --out DIR (or use --format jsonl, one line per input on standard output).";
                return false;
            }
        }
        options = new CliOptions
        {
            Inputs = inputs,
            Format = format ?? (batch ? OutputFormat.JsonLines : OutputFormat.Json),
            FormatGiven = format is not null,
            Input = input,
            Parser = parser with { Format = input },
            Explain = explain,
            Sample = sample,
            Batch = batch,
            Parallel = parallel,
            ParallelGiven = parallelGiven,
            OutputFolder = outputFolder,
            Extensions = extensions,
        };
        return true;
    }

    /// <summary>True for a path read as a JSON Lines file of records.</summary>
    public static bool IsRecords(string path) => path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase);

    private static string Got(string? value) => value is null ? "" : $" (got \"{value}\")";

    private static string Name(OutputFormat format) => format switch
    {
        OutputFormat.Markdown => "markdown",
        OutputFormat.MarkdownTextOnly => "markdown-text",
        OutputFormat.Html => "html",
        OutputFormat.Text => "text",
        OutputFormat.Events => "events",
        OutputFormat.JsonLines => "jsonl",
        _ => "json",
    };

    private static bool TryFormat(string? value, out OutputFormat format)
    {
        format = value?.ToLowerInvariant() switch
        {
            "json" => OutputFormat.Json,
            "text" or "txt" => OutputFormat.Text,
            "markdown" or "md" => OutputFormat.Markdown,
            "markdown-text" => OutputFormat.MarkdownTextOnly,
            "html" => OutputFormat.Html,
            "events" => OutputFormat.Events,
            "jsonl" or "ndjson" => OutputFormat.JsonLines,
            _ => (OutputFormat)(-1),
        };
        return Enum.IsDefined(format);
    }

    private static bool TryParallel(string? value, out int parallel)
    {
        parallel = Environment.ProcessorCount;
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n < 1 || n > 1024) return false;
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

    /// <summary>Sets one limit of <paramref name="parser"/>; the options record checks the range and names what it must be.</summary>
    private static bool TryLimit(string flag, string? value, ref NewsParserOptions parser, out string? error)
    {
        error = null;
        if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out long n))
        {
            error = $"{flag} needs a whole number{Got(value)}.";
            return false;
        }
        try
        {
            if (flag == "--max-input-chars")
            {
                parser = parser with { MaxInputChars = n };
                return true;
            }
            if (n > int.MaxValue)
            {
                error = $"{flag} is at most {int.MaxValue.ToString(CultureInfo.InvariantCulture)}{Got(value)}.";
                return false;
            }
            int v = (int)n;
            parser = flag switch
            {
                "--max-html-chars" => parser with { MaxHtmlChars = v },
                "--max-block-chars" => parser with { MaxBlockChars = v },
                "--max-nesting-depth" => parser with { MaxNestingDepth = v },
                "--look-ahead-chars" => parser with { LookAheadChars = v },
                _ => parser with { LookBehindChars = v },
            };
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            error = $"{flag} must be at least {(flag.StartsWith("--look", StringComparison.Ordinal) ? 0 : 1)}{Got(value)}.";
            return false;
        }
    }
}
