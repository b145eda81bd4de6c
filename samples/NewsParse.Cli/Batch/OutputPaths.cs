namespace NewsParse.Cli.Batch;

/// <summary>
/// Where <c>--out DIR</c> writes each input: a file found in a folder keeps its path under that folder, a file named on
/// the command line its name, record N of <c>R.jsonl</c> goes to <c>R/N</c>; the extension is the format's. Two inputs
/// that would share a path get "-2", "-3"... (compared case-insensitively, as some file systems do). One batch, one thread.
/// </summary>
internal sealed class OutputPaths(string folder, string extension)
{
    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The path to write <paramref name="source"/> to, unique in this batch.</summary>
    public string For(DocumentSource source)
    {
        var relative = source.Kind switch
        {
            DocumentSourceKind.File when source.Folder is { } root => Path.GetRelativePath(root, source.Path!),
            DocumentSourceKind.File => Path.GetFileName(source.Path!),
            DocumentSourceKind.JsonLine => Path.Combine(Path.GetFileNameWithoutExtension(source.Path!), source.LineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            _ => "page",
        };
        var stem = Path.Combine(folder, Path.ChangeExtension(relative, null));
        var path = stem + extension;
        for (int n = 2; !_used.Add(path); n++) path = $"{stem}-{n}{extension}";
        return path;
    }
}
