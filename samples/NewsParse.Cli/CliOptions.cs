namespace NewsParse.Cli;

/// <summary>What the command line asked for.</summary>
internal sealed record CliOptions
{
    /// <summary>The input paths; empty for standard input or the bundled sample (see <see cref="Sample"/>); "-" for standard input.</summary>
    public List<string> Inputs { get; init; } = [];

    /// <summary>The output format.</summary>
    public OutputFormat Format { get; init; } = OutputFormat.Json;

    /// <summary>True when --format was given: --explain then goes to standard error, the document to standard output.</summary>
    public bool FormatGiven { get; init; }

    /// <summary>How inputs are read (--input).</summary>
    public InputFormat Input { get; init; } = InputFormat.Auto;

    /// <summary>The parser's options: --input and the limits (--max-html-chars...).</summary>
    public NewsParserOptions Parser { get; init; } = NewsParserOptions.Default;

    /// <summary>--explain: every decision of the reader with its reason.</summary>
    public bool Explain { get; init; }

    /// <summary>--help.</summary>
    public bool Help { get; init; }

    /// <summary>--sample: the bundled sample article, whatever standard input is.</summary>
    public bool Sample { get; init; }

    /// <summary>True for many documents: several inputs, a folder, a .jsonl file, --format jsonl, or --out.</summary>
    public bool Batch { get; init; }

    /// <summary>The stdin mapper (--stdin-jsonl, or "-" with --input jsonl): JSON records in, one line out per line in.</summary>
    public bool StdinJsonLines { get; init; }

    /// <summary>Documents parsed at once in a batch (--parallel); the number of cores by default.</summary>
    public int Parallel { get; init; } = Environment.ProcessorCount;

    /// <summary>True when --parallel was given.</summary>
    public bool ParallelGiven { get; init; }

    /// <summary>--out DIR: a batch writes one file per input there instead of lines on standard output.</summary>
    public string? OutputFolder { get; init; }

    /// <summary>--ext: the extensions taken from a folder; null for the defaults.</summary>
    public IReadOnlyList<string>? Extensions { get; init; }
}

/// <summary>The output formats of the CLI.</summary>
internal enum OutputFormat { Json, Text, Markdown, Events, JsonLines }
