namespace NewsParse.Batch;

/// <summary>Where the input of a <see cref="DocumentSource"/> comes from.</summary>
public enum DocumentSourceKind
{
    /// <summary>A file read from disk (bytes; encoding detected; HTML or text told by content).</summary>
    File,

    /// <summary>An HTML page held in memory, with the address it came from.</summary>
    Html,

    /// <summary>One line of a JSON Lines file, <c>{"url": ..., "html": ...}</c>, read when the document is parsed.</summary>
    JsonLine,
}
