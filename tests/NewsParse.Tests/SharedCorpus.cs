using NewsParse.Tests.Package;
using Xunit;

namespace NewsParse.Tests;

/// <summary>
/// The development corpora of ../shared (beside the repository), which a clone does not have: tests that read them
/// use <see cref="SharedCorpusFactAttribute"/> and report themselves skipped when the folder is absent.
/// </summary>
internal static class SharedCorpus
{
    /// <summary>The folder <c>../shared/corpus/PARTS</c> from the repository root, or null when it is not there.</summary>
    public static string? Folder(params string[] parts)
    {
        string root;
        try
        {
            root = RepositoryRoot.Find();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
        var folder = Path.Combine([Path.GetDirectoryName(root)!, "shared", "corpus", .. parts]);
        return Directory.Exists(folder) ? folder : null;
    }
}

/// <summary>A fact that runs only when the shared corpus folder it names exists beside the repository.</summary>
public sealed class SharedCorpusFactAttribute : FactAttribute
{
    /// <summary>Skips the test when <c>../shared/corpus/PARTS</c> is absent.</summary>
    public SharedCorpusFactAttribute(params string[] parts)
    {
        if (SharedCorpus.Folder(parts) is null) Skip = $"../shared/corpus/{string.Join('/', parts)} is not beside this clone";
    }
}
