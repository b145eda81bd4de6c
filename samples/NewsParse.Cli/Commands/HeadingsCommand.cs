using NewsParse.Cli.Evaluation;

namespace NewsParse.Cli.Commands;

/// <summary>
/// <c>newsparse headings DIR [--tsv CORPUS]</c>: the <see cref="HeadingCensus"/> of a folder of pages (<c>DIR/*.html</c>,
/// id the file name without extension; or <c>DIR/&lt;id&gt;/source.html</c>, as Readability's test pages are laid out):
/// headings by origin and the pages whose top-level count changed against the embedded baseline; with <c>--tsv</c>,
/// the baseline's lines for the folder instead (to renew docs/top-level-headings.tsv at a release).
/// </summary>
internal static class HeadingsCommand
{
    public const string Usage = "usage: newsparse headings DIR [--tsv CORPUS]";

    public static int Run(string[] args, TextWriter output, TextWriter stderr)
    {
        string? dir = null, corpus = null;
        for (int i = 1; i < args.Length; i++)
        {
            if (args[i] == "--tsv" && i + 1 < args.Length) corpus = args[++i];
            else if (dir is null && !args[i].StartsWith('-')) dir = args[i];
            else return Fail(stderr, $"unknown argument '{args[i]}'");
        }
        if (dir is null || !Directory.Exists(dir)) return Fail(stderr, "a folder of pages is required");
        var census = new HeadingCensus();
        foreach (var (id, path) in Pages(dir)) census.Add(id, path);
        if (corpus is not null) census.WriteBaseline(corpus, output);
        else census.Print(output, HeadingCensus.LoadBaseline());
        return CliApp.Success;
    }

    private static IEnumerable<(string Id, string Path)> Pages(string dir)
    {
        foreach (var file in Directory.EnumerateFiles(dir, "*.html").Order(StringComparer.Ordinal))
            yield return (Path.GetFileNameWithoutExtension(file), file);
        foreach (var sub in Directory.EnumerateDirectories(dir).Order(StringComparer.Ordinal))
        {
            var source = Path.Combine(sub, "source.html");
            if (File.Exists(source)) yield return (Path.GetFileName(sub), source);
        }
    }

    private static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine($"newsparse headings: {message}");
        stderr.WriteLine(Usage);
        return CliApp.BadArguments;
    }
}
