namespace NewsParse.Cli.Batch;

/// <summary>
/// Makes the <see cref="DocumentSource"/> sequences of common batches: a folder, a list of paths, a JSON Lines file.
/// The sequences are lazy where they can be: JSON Lines records are read one line at a time, so a file of any size
/// is enumerated in bounded memory.
/// </summary>
internal static class DocumentSources
{
    /// <summary>The extensions taken from a folder when none are given (<c>--ext</c>), compared case-insensitively.</summary>
    public static IReadOnlyList<string> DefaultExtensions { get; } = [".html", ".htm", ".xhtml", ".txt"];

    /// <summary>Folders deeper than this under the folder given are not walked (a guard against endless link chains).</summary>
    private const int MaxDepth = 256;

    /// <summary>Bytes read from a file without extension to tell whether it is an HTML page.</summary>
    private const int SniffBytes = 1024;

    /// <summary>
    /// The documents under <paramref name="folder"/> and its subfolders, sorted by path (ordinal): files with one of
    /// <paramref name="extensions"/>, and files without extension that start as an HTML page does (a '&lt;' then a
    /// letter or '!' as the first non-blank character). Symbolic links are followed, to files and to folders (a folder
    /// is walked once, whatever the links to it); a link whose target is missing is kept, so that it gives an error
    /// line in its place. Entries whose name starts with '.' (.git, .DS_Store) are skipped. The folder is walked
    /// without recursion; the paths (not the files) are held in memory to sort them.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException"><paramref name="folder"/> does not exist.</exception>
    public static IReadOnlyList<DocumentSource> Folder(string folder, IReadOnlyList<string>? extensions = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"{folder}: no such folder");
        extensions ??= DefaultExtensions;
        var paths = new List<string>();
        var walked = new HashSet<string>(StringComparer.Ordinal) { RealFolder(folder) };
        var pending = new Stack<(string Path, int Depth)>();
        pending.Push((folder, 0));
        var options = new EnumerationOptions { IgnoreInaccessible = true, RecurseSubdirectories = false, AttributesToSkip = 0 };
        while (pending.Count > 0)
        {
            var (current, depth) = pending.Pop();
            foreach (var entry in new DirectoryInfo(current).EnumerateFileSystemInfos("*", options))
            {
                if (entry.Name.StartsWith('.')) continue;
                var path = Path.Combine(current, entry.Name);
                if (Directory.Exists(path))
                {
                    if (depth < MaxDepth && walked.Add(RealFolder(path))) pending.Push((path, depth + 1));
                }
                else if (File.Exists(path))
                {
                    if (Wanted(path, extensions)) paths.Add(path);
                }
                else if (entry.LinkTarget is not null && (HasExtension(path, extensions) || !Path.HasExtension(path)))
                {
                    // a dangling link: an error line in its place tells the user (git-annex content not fetched...)
                    paths.Add(path);
                }
            }
        }
        paths.Sort(StringComparer.Ordinal);
        return paths.ConvertAll(p => DocumentSource.FromFile(p, folder));
    }

    /// <summary>The given files, in the given order (each is opened only when parsed; a missing one becomes an error result).</summary>
    public static IEnumerable<DocumentSource> Files(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths) yield return DocumentSource.FromFile(path);
    }

    /// <summary>
    /// The records of a JSON Lines file, one per non-blank line, read lazily line by line. Each record is decoded when
    /// it is parsed (<see cref="JsonLineRecord"/>), so a malformed line becomes an error result in its place, named
    /// <c>PATH:LINE</c>.
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

    /// <summary>"a.html, b.txt or c" for messages.</summary>
    public static string Describe(IReadOnlyList<string> extensions) =>
        extensions.Count == 1 ? extensions[0] : string.Join(", ", extensions.Take(extensions.Count - 1)) + " or " + extensions[^1];

    private static bool Wanted(string path, IReadOnlyList<string> extensions) =>
        Path.HasExtension(path) ? HasExtension(path, extensions) : LooksLikeHtml(path);

    private static bool HasExtension(string path, IReadOnlyList<string> extensions)
    {
        var extension = Path.GetExtension(path.AsSpan());
        foreach (var known in extensions)
        {
            if (extension.Equals(known, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>True when the file's first non-blank character (after a UTF-8 byte order mark) is '&lt;' followed by a letter or '!', and its start holds no NUL byte.</summary>
    private static bool LooksLikeHtml(string path)
    {
        Span<byte> start = stackalloc byte[SniffBytes];
        int read;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
            read = stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // unreadable: kept, so that its error line says why
            return true;
        }
        var bytes = start[..read];
        if (bytes.Contains((byte)0)) return false;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        int at = bytes.IndexOfAnyExcept(" \t\n\r"u8);
        return at >= 0 && at + 1 < bytes.Length && bytes[at] == '<' && (char.IsAsciiLetter((char)bytes[at + 1]) || bytes[at + 1] == '!');
    }

    /// <summary>The folder's path with a link in its last step resolved: a folder reached through two names is walked once.</summary>
    private static string RealFolder(string path)
    {
        var info = new DirectoryInfo(path);
        try
        {
            return Path.TrimEndingDirectorySeparator((info.ResolveLinkTarget(returnFinalTarget: true) ?? info).FullName);
        }
        catch (IOException)
        {
            return Path.TrimEndingDirectorySeparator(info.FullName);
        }
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
