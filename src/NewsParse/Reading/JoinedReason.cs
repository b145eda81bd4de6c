namespace NewsParse.Reading;

/// <summary>A reason followed by what was decided from it ("…; level 2: a top-level heading"), joined when read.</summary>
internal sealed class JoinedReason(ReasonText first, string then) : DeferredReason
{
    protected override string Write() => string.Concat(first.ToString(), "; ", then);
}
