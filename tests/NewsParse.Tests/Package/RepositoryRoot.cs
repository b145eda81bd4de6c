namespace NewsParse.Tests.Package;

/// <summary>
/// The repository's root, found by walking up from the test assembly to the folder holding NewsParse.sln.
/// Only the package test may use it: it packs the library from its sources; other tests read copied fixtures.
/// </summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsParse.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"No NewsParse.sln above {AppContext.BaseDirectory}");
    }
}
