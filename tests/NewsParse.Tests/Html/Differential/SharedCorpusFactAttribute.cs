using Xunit;

namespace NewsParse.Tests.Html.Differential;

/// <summary>A fact that reads the shared corpora (<see cref="SharedCorpus"/>): skipped, and says so, where they are absent.</summary>
public sealed class SharedCorpusFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when the shared corpora are not found.</summary>
    public SharedCorpusFactAttribute()
    {
        if (SharedCorpus.Root is null) Skip = "the shared corpora (../shared/corpus next to the repository, or $NEWSPARSE_SHARED/corpus) are absent";
    }
}
