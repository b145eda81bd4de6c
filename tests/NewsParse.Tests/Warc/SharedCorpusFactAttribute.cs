using Xunit;

namespace NewsParse.Tests.Warc;

/// <summary>
/// A fact that needs a folder of ../shared (the development corpora beside the repository): skipped, saying so, in a
/// clone without it.
/// </summary>
public sealed class SharedCorpusFactAttribute : FactAttribute
{
    /// <summary>Skips the test when <paramref name="relative"/> is not under ../shared.</summary>
    public SharedCorpusFactAttribute(string relative)
    {
        if (!Directory.Exists(PathOf(relative))) Skip = $"../shared/{relative} is not beside this clone";
    }

    /// <summary>The path of <paramref name="relative"/> under the ../shared folder beside the repository (it may not exist).</summary>
    public static string PathOf(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsParse.sln")))
                return Path.Combine(dir.Parent?.FullName ?? dir.FullName, "shared", relative);
        }
        return Path.Combine(AppContext.BaseDirectory, "no-shared", relative);
    }
}
