namespace NewsParse.Cli;

/// <summary>What the command line asked for.</summary>
internal sealed record CliOptions
{
    /// <summary>The input paths; empty for the bundled sample; "-" for standard input.</summary>
    public List<string> Inputs { get; init; } = [];
    public OutputFormat Format { get; init; } = OutputFormat.Json;
    public InputFormat Input { get; init; } = InputFormat.Auto;
    public bool Explain { get; init; }
    public bool Help { get; init; }

    /// <summary>True for many documents: several inputs, a folder, a .jsonl file, or --format jsonl.</summary>
    public bool Batch { get; init; }

    /// <summary>The stdin mapper (--stdin-jsonl, or "-" with --input jsonl): JSON records in, one line out per line in.</summary>
    public bool StdinJsonLines { get; init; }

    /// <summary>Documents parsed at once in a batch (--parallel); the number of cores by default.</summary>
    public int Parallel { get; init; } = Environment.ProcessorCount;
}

/// <summary>The output formats of the CLI.</summary>
internal enum OutputFormat { Json, Text, Markdown, Events, JsonLines }
