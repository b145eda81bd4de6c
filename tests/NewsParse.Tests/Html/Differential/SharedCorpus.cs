namespace NewsParse.Tests.Html.Differential;

/// <summary>
/// Finds the shared development corpora (../shared/corpus from the repository's root, or the folder named by the
/// NEWSPARSE_SHARED environment variable); a clone without them has none, and the tests that read them are skipped.
/// </summary>
internal static class SharedCorpus
{
    private static readonly Lazy<string?> Folder = new(Find);

    /// <summary>The corpus folder, or null when there is none.</summary>
    public static string? Root => Folder.Value;

    /// <summary>The path of <paramref name="parts"/> under the corpus folder; null when there is no corpus folder.</summary>
    public static string? PathOf(params string[] parts) => Root is { } root ? Path.Combine([root, .. parts]) : null;

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("NEWSPARSE_SHARED") is { Length: > 0 } named)
            return Directory.Exists(Path.Combine(named, "corpus")) ? Path.Combine(named, "corpus") : null;
        // the repository's root holds NewsParse.sln; the shared folder stands next to it
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "NewsParse.sln"))) continue;
            var corpus = dir.Parent is { } parent ? Path.Combine(parent.FullName, "shared", "corpus") : null;
            return corpus is not null && Directory.Exists(corpus) ? corpus : null;
        }
        return null;
    }
}
