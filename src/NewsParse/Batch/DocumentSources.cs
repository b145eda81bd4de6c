namespace NewsParse.Batch;

/// <summary>
/// Makes the <see cref="DocumentSource"/> sequences of common batches: a folder, a list of paths, a JSON Lines file.
/// The sequences are lazy where they can be: JSON Lines records are read one line at a time, so a file of any size
/// is enumerated in bounded memory.
/// </summary>
public static class DocumentSources
{
    /// <summary>The extensions a folder is searched for, compared case-insensitively.</summary>
    public static IReadOnlyList<string> FolderExtensions { get; } = [".html", ".htm", ".txt"];

    /// <summary>
    /// Every .html, .htm and .txt file under <paramref name="folder"/> and its subfolders, sorted by path (ordinal).
    /// The folder is walked without recursion; symbolic links to folders are not followed. The paths (not the files)
    /// are held in memory to sort them.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException"><paramref name="folder"/> does not exist.</exception>
    public static IReadOnlyList<DocumentSource> Folder(string folder)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"{folder}: no such folder");
        var paths = new List<string>();
        var pending = new Stack<string>();
        pending.Push(folder);
        var options = new EnumerationOptions { IgnoreInaccessible = true, RecurseSubdirectories = false, AttributesToSkip = FileAttributes.ReparsePoint };
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            foreach (var directory in Directory.EnumerateDirectories(current, "*", options)) pending.Push(directory);
            foreach (var file in Directory.EnumerateFiles(current, "*", options))
            {
                if (HasFolderExtension(file)) paths.Add(file);
            }
        }
        paths.Sort(StringComparer.Ordinal);
        return paths.ConvertAll(DocumentSource.FromFile);
    }

    /// <summary>The given files, in the given order (each is opened only when parsed; a missing one becomes an error result).</summary>
    public static IEnumerable<DocumentSource> Files(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths) yield return DocumentSource.FromFile(path);
    }

    /// <summary>
    /// The records of a JSON Lines file, one per non-blank line, read lazily line by line. Each record is decoded when
    /// it is parsed, so a malformed line becomes an error result in its place.
    /// </summary>
    /// <exception cref="FileNotFoundException">On enumeration, when <paramref name="path"/> does not exist.</exception>
    public static IEnumerable<DocumentSource> JsonLines(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return ReadJsonLines(path);
    }

    /// <summary>As <see cref="JsonLines(string)"/>, from a reader (not disposed); <paramref name="name"/> names the records.</summary>
    public static IEnumerable<DocumentSource> JsonLines(TextReader reader, string name)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(name);
        return ReadJsonLines(reader, name);
    }

    /// <summary>True for the extensions of <see cref="FolderExtensions"/>.</summary>
    public static bool HasFolderExtension(string path)
    {
        var extension = System.IO.Path.GetExtension(path);
        foreach (var known in FolderExtensions)
        {
            if (extension.Equals(known, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private static IEnumerable<DocumentSource> ReadJsonLines(string path)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        foreach (var source in ReadJsonLines(reader, path)) yield return source;
    }

    private static IEnumerable<DocumentSource> ReadJsonLines(TextReader reader, string name)
    {
        long number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            yield return DocumentSource.FromJsonLine(name, number, line);
        }
    }
}
