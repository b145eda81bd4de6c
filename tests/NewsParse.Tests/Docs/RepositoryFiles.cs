namespace NewsParse.Tests.Docs;

/// <summary>
/// The repository's own files, for the tests that hold the documentation to the code: they check the files as
/// they are in the checkout (README.md, CONTRIBUTING.md, docs/), not fixtures, so they read them from the folder
/// holding NewsParse.sln above the test assembly. Every clone has them; nothing here reads ../shared.
/// </summary>
internal static class RepositoryFiles
{
    private static readonly Lazy<string> RootFolder = new(Find);

    /// <summary>The folder holding NewsParse.sln.</summary>
    public static string Root => RootFolder.Value;

    /// <summary>The path of a file of the repository, from its parts under the root.</summary>
    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>The text of a file of the repository.</summary>
    public static string Read(params string[] parts) => File.ReadAllText(PathOf(parts));

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsParse.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"No NewsParse.sln above {AppContext.BaseDirectory}");
    }
}
