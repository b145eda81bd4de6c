namespace NewsParse;

/// <summary>
/// Settings and limits of the parser, all in one place. Immutable: change one with a <c>with</c> expression
/// (<c>NewsParserOptions.Default with { Format = InputFormat.Html }</c>). Safe to share between threads.
/// </summary>
public sealed record NewsParserOptions
{
    /// <summary>The defaults documented on each property.</summary>
    public static NewsParserOptions Default { get; } = new();

    /// <summary>How to read the input. Default: <see cref="InputFormat.Auto"/>.</summary>
    public InputFormat Format { get; init; } = InputFormat.Auto;

    /// <summary>
    /// Largest input accepted, in characters after decoding. Default: no limit (<see cref="long.MaxValue"/>): text is
    /// streamed, so memory stays bounded whatever the size; HTML pages are read whole and are limited by <see cref="MaxHtmlChars"/>.
    /// Exceeding it throws <see cref="NewsParseException"/> with <see cref="NewsParseErrorCode.InputTooLarge"/>.
    /// </summary>
    public long MaxInputChars { get; init; } = long.MaxValue;

    /// <summary>Largest HTML page accepted, in characters. Default: 64 Mi (67,108,864). An HTML page is held whole while it is read.</summary>
    public int MaxHtmlChars { get; init; } = 64 * 1024 * 1024;

    /// <summary>
    /// Longest single block (a line or a paragraph of a text dump) in characters. Default: 64 Mi (67,108,864).
    /// Exceeding it throws <see cref="NewsParseException"/> with <see cref="NewsParseErrorCode.BlockTooLarge"/>.
    /// </summary>
    public int MaxBlockChars { get; init; } = 64 * 1024 * 1024;

    /// <summary>Deepest element nesting read in HTML. Default: 256. Deeper elements are read as text of the element at the limit and a diagnostic is added.</summary>
    public int MaxNestingDepth { get; init; } = 256;

    /// <summary>
    /// How much text after a block the reader may look at before deciding what it is, in characters. Default: 32,768.
    /// Larger values give more context to the cohesion evidence at the cost of memory and latency.
    /// </summary>
    public int LookAheadChars { get; init; } = 32 * 1024;

    /// <summary>How much text before a block the reader remembers as context, in characters. Default: 65,536.</summary>
    public int LookBehindChars { get; init; } = 64 * 1024;
}
