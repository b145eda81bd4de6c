namespace NewsParse.Cli.Batch;

/// <summary>
/// One document of a batch: a file path, an HTML page with its URL, or a record of a JSON Lines file. Holds no open
/// resource: the input is opened (and a JSON record decoded) only when <see cref="BatchParser"/> parses it, so a
/// source that cannot be read becomes an error result in its place, not the end of the batch. Immutable.
/// </summary>
internal sealed record DocumentSource
{
    private DocumentSource(DocumentSourceKind kind, string name)
    {
        Kind = kind;
        Name = name;
    }

    /// <summary>Where the input comes from.</summary>
    public DocumentSourceKind Kind { get; }

    /// <summary>
    /// How the source is shown in results: the path for a file, the URL for a page, and
    /// <c>PATH:LINE</c> for a JSON Lines record (its URL once decoded, see <see cref="BatchResult.Name"/>).
    /// </summary>
    public string Name { get; }

    /// <summary>The file path (<see cref="DocumentSourceKind.File"/>), or the JSON Lines file (<see cref="DocumentSourceKind.JsonLine"/>); else null.</summary>
    public string? Path { get; private init; }

    /// <summary>The folder a file was found in (its output path under --out is relative to it); null for a file named on the command line.</summary>
    public string? Folder { get; private init; }

    /// <summary>The page's address for <see cref="DocumentSourceKind.Html"/> (may be null when unknown); else null.</summary>
    public string? Url { get; private init; }

    /// <summary>The page for <see cref="DocumentSourceKind.Html"/>, or the raw JSON record for <see cref="DocumentSourceKind.JsonLine"/>; else null.</summary>
    public string? Content { get; private init; }

    /// <summary>The 1-based line of the record in its JSON Lines file; 0 for other kinds.</summary>
    public long LineNumber { get; private init; }

    /// <summary>A file on disk, found in <paramref name="folder"/> or (null) named on the command line.</summary>
    public static DocumentSource FromFile(string path, string? folder = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return new DocumentSource(DocumentSourceKind.File, path) { Path = path, Folder = folder };
    }

    /// <summary>An HTML page held in memory; <paramref name="url"/> (or null) names the result.</summary>
    public static DocumentSource FromHtml(string? url, string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return new DocumentSource(DocumentSourceKind.Html, url ?? "(html)") { Url = url, Content = html };
    }

    /// <summary>One record of a JSON Lines file (the raw line), decoded when it is parsed; named <c>PATH:LINE</c> until then.</summary>
    public static DocumentSource FromJsonLine(string path, long lineNumber, string line)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(line);
        return new DocumentSource(DocumentSourceKind.JsonLine, $"{path}:{lineNumber}") { Path = path, LineNumber = lineNumber, Content = line };
    }
}
