namespace NewsParse;

/// <summary>
/// Settings and limits of the parser, all in one place. Immutable: change one with a <c>with</c> expression
/// (<c>NewsParserOptions.Default with { Format = InputFormat.Html }</c>). Safe to share between threads.
/// </summary>
/// <remarks>
/// Every value is checked when it is set: a size limit (<c>Max...</c>) must be at least 1 and a window
/// (<see cref="LookAheadChars"/>, <see cref="LookBehindChars"/>) at least 0, else the initializer throws
/// <see cref="ArgumentOutOfRangeException"/>; an undefined <see cref="InputFormat"/> throws it too. docs/limits.md lists
/// every limit with its default and the error it raises.
/// </remarks>
public sealed record NewsParserOptions
{
    private readonly InputFormat _format = InputFormat.Auto;
    private readonly long _maxInputChars = long.MaxValue;
    private readonly int _maxHtmlChars = 64 * 1024 * 1024;
    private readonly int _maxBlockChars = 64 * 1024 * 1024;
    private readonly int _maxNestingDepth = 256;
    private readonly int _lookAheadChars = 32 * 1024;
    private readonly int _lookBehindChars = 64 * 1024;

    /// <summary>
    /// Whether the page's reader comments are read into <see cref="Model.Article.Comments"/>. Default: true. When false
    /// the comment section is not looked for: its text is boilerplate of kind <see cref="Model.BoilerplateKind.Comments"/>
    /// as a whole, and never body either way.
    /// </summary>
    public bool IncludeComments { get; init; } = true;

    /// <summary>
    /// The address the page was fetched from, when the caller knows it (a crawler, an archive record): the page's
    /// links and images resolve against it, and against a <c>&lt;base href&gt;</c> in the page resolved against it, as
    /// a browser resolves them. Default: null, when they resolve against the page's <c>&lt;base href&gt;</c> if
    /// absolute, else the address the page states (its canonical link, then <c>og:url</c>), and stay as written when
    /// it states none. Only an absolute http or https address is used; any other is ignored.
    /// </summary>
    public Uri? Url { get; init; }

    /// <summary>The defaults documented on each property.</summary>
    public static NewsParserOptions Default { get; } = new();

    /// <summary>How to read the input. Default: <see cref="InputFormat.Auto"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="InputFormat"/>.</exception>
    public InputFormat Format
    {
        get => _format;
        init => _format = Enum.IsDefined(value) ? value : ThrowHelper.OptionOutOfRange<InputFormat>(nameof(Format), value, "a defined InputFormat");
    }

    /// <summary>
    /// Largest input accepted, in characters after decoding. Default: no limit (<see cref="long.MaxValue"/>): text is
    /// streamed, so memory stays bounded whatever the size; HTML pages are read whole and are limited by <see cref="MaxHtmlChars"/>.
    /// Exceeding it throws <see cref="NewsParseException"/> with <see cref="NewsParseErrorCode.InputTooLarge"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public long MaxInputChars
    {
        get => _maxInputChars;
        init => _maxInputChars = value >= 1 ? value : ThrowHelper.OptionOutOfRange<long>(nameof(MaxInputChars), value, "at least 1");
    }

    /// <summary>
    /// Largest HTML page accepted, in characters. Default: 64 Mi (67,108,864). An HTML page is held whole while it is
    /// read. Exceeding it throws <see cref="NewsParseException"/> with <see cref="NewsParseErrorCode.HtmlTooLarge"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxHtmlChars
    {
        get => _maxHtmlChars;
        init => _maxHtmlChars = value >= 1 ? value : ThrowHelper.OptionOutOfRange<int>(nameof(MaxHtmlChars), value, "at least 1");
    }

    /// <summary>
    /// Longest single block (a line or a paragraph of a text dump) in characters. Default: 64 Mi (67,108,864).
    /// Exceeding it throws <see cref="NewsParseException"/> with <see cref="NewsParseErrorCode.BlockTooLarge"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxBlockChars
    {
        get => _maxBlockChars;
        init => _maxBlockChars = value >= 1 ? value : ThrowHelper.OptionOutOfRange<int>(nameof(MaxBlockChars), value, "at least 1");
    }

    /// <summary>Deepest element nesting read in HTML. Default: 256. Deeper elements are read as text of the element at the limit and a diagnostic is added.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxNestingDepth
    {
        get => _maxNestingDepth;
        init => _maxNestingDepth = value >= 1 ? value : ThrowHelper.OptionOutOfRange<int>(nameof(MaxNestingDepth), value, "at least 1");
    }

    /// <summary>
    /// How much text after a block the reader may look at before deciding what it is, in characters. Default: 32,768.
    /// Larger values give more context to the cohesion evidence at the cost of memory and latency.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 0.</exception>
    public int LookAheadChars
    {
        get => _lookAheadChars;
        init => _lookAheadChars = value >= 0 ? value : ThrowHelper.OptionOutOfRange<int>(nameof(LookAheadChars), value, "at least 0");
    }

    /// <summary>How much text before a block the reader remembers as context, in characters. Default: 65,536.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 0.</exception>
    public int LookBehindChars
    {
        get => _lookBehindChars;
        init => _lookBehindChars = value >= 0 ? value : ThrowHelper.OptionOutOfRange<int>(nameof(LookBehindChars), value, "at least 0");
    }
}
