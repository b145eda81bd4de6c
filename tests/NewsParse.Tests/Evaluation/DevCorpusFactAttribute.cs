using Xunit;

namespace NewsParse.Tests.Evaluation;

/// <summary>
/// A fact that reads a development corpus of the shared folder beside the repository (<c>../shared/corpus/NAME</c>); it
/// is skipped, and says so, in a clone without that folder.
/// </summary>
public sealed class DevCorpusFactAttribute : FactAttribute
{
    /// <summary>Skips the fact when <c>../shared/corpus/<paramref name="corpus"/></c> is not there.</summary>
    public DevCorpusFactAttribute(string corpus)
    {
        if (DevCorpus.Find(corpus) is null) Skip = $"no ../shared/corpus/{corpus} beside the repository";
    }
}

/// <summary>Finds the shared development corpora: <c>../shared/corpus</c> beside the folder holding NewsParse.sln.</summary>
internal static class DevCorpus
{
    /// <summary>The corpus folder, or null when there is none.</summary>
    public static string? Find(string corpus)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "NewsParse.sln"))) continue;
            var path = Path.Combine(dir.FullName, "..", "shared", "corpus", corpus);
            return Directory.Exists(path) ? Path.GetFullPath(path) : null;
        }
        return null;
    }
}
