namespace NewsParse.Cli.Batch;

/// <summary>Where the input of a <see cref="DocumentSource"/> comes from.</summary>
internal enum DocumentSourceKind
{
    /// <summary>A file read from disk (bytes; encoding detected; HTML or text told by content, or by --input).</summary>
    File,

    /// <summary>An HTML page held in memory, with the address it came from.</summary>
    Html,

    /// <summary>One line of a JSON Lines file (a <see cref="JsonLineRecord"/>), decoded when it is parsed.</summary>
    JsonLine,
}
