namespace NewsParse.Cli;

/// <summary>Opens what the command line names: a file, standard input, or the bundled sample article.</summary>
internal static class InputSource
{
    public const string SampleName = "NewsParse.Cli.SampleArticle.txt";

    /// <summary>The name messages give the sample.</summary>
    public const string SampleLabel = "sample article";

    /// <summary>The name messages give standard input.</summary>
    public const string StandardInputLabel = "standard input";

    /// <summary>A readable stream and the name to show in messages. <paramref name="path"/> null means the bundled sample, "-" standard input.</summary>
    public static (Stream Stream, string Name) Open(string? path, Stream stdin)
    {
        if (path is null)
        {
            var sample = typeof(InputSource).Assembly.GetManifestResourceStream(SampleName)
                ?? throw new CliInputException("the bundled sample article is missing from this build");
            return (sample, SampleLabel);
        }
        if (path == "-") return (stdin, StandardInputLabel);
        if (Directory.Exists(path)) throw new CliInputException($"{path}: is a folder, not a file");
        if (!File.Exists(path))
        {
            var link = new FileInfo(path).LinkTarget;
            throw new CliInputException(link is null ? $"{path}: no such file" : $"{path}: a link to a missing file ({link})");
        }
        try
        {
            return (new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024), path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"{path}: cannot be read ({e.Message})");
        }
    }
}
