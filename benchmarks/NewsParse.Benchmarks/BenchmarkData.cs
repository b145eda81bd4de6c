using System.Text;
using NewsParse.Cli.Batch;

namespace NewsParse.Benchmarks;

/// <summary>
/// The inputs of the benchmarks: the aeb-dev pages, read in place from ../shared/corpus/aeb-dev/html relative to the
/// repository root (never copied), or from the folder named by NEWSPARSE_BENCH_HTML; and a generated text dump.
/// </summary>
internal static class BenchmarkData
{
    public const string HtmlFolderVariable = "NEWSPARSE_BENCH_HTML";

    /// <summary>Size of the generated text dump used in process (the 1 GB streaming run uses the CLI).</summary>
    public const int DumpBytes = 8 * 1024 * 1024;

    private static readonly Lazy<IReadOnlyList<(string Name, string Html)>> LazyPages = new(LoadPages);
    private static readonly Lazy<string> LazyDump = new(() => TextDumpGenerator.Generate(DumpBytes, seed: 7));

    public static IReadOnlyList<(string Name, string Html)> Pages => LazyPages.Value;

    public static string Dump => LazyDump.Value;

    private static readonly Lazy<List<string>> LazyArticles = new(() => TextDumpGenerator.GenerateArticles(DumpBytes, seed: 7));

    /// <summary>The articles the dump is made of, one string each (the dump is their concatenation).</summary>
    public static IReadOnlyList<string> DumpArticles => LazyArticles.Value;

    public static long PagesBytes => Pages.Sum(p => (long)Encoding.UTF8.GetByteCount(p.Html));

    public static long DumpUtf8Bytes => Encoding.UTF8.GetByteCount(Dump);

    public static string HtmlFolder()
    {
        var configured = Environment.GetEnvironmentVariable(HtmlFolderVariable);
        if (!string.IsNullOrEmpty(configured)) return configured;
        var root = RepositoryRoot() ?? throw new InvalidOperationException(
            $"Cannot find the repository root (NewsParse.sln) above {AppContext.BaseDirectory}; set {HtmlFolderVariable}.");
        return Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus", "aeb-dev", "html"));
    }

    private static string? RepositoryRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "NewsParse.sln"))) return dir.FullName;
            }
        }
        return null;
    }

    private static (string, string)[] LoadPages()
    {
        var folder = HtmlFolder();
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"{folder}: no such folder (set {HtmlFolderVariable})");
        return DocumentSources.Folder(folder).Select(s => (Path.GetFileName(s.Path!), File.ReadAllText(s.Path!))).ToArray();
    }
}
