namespace NewsParse.Reading;

/// <summary>
/// One decision of the <see cref="ArticleReader"/>, emitted as soon as it is made. The <see cref="Model.Article"/> is a
/// fold of these events (see <see cref="Building.ArticleBuilder"/>). Events are immutable and compare by value.
/// </summary>
public abstract record ArticleEvent
{
    /// <summary>Creates an event for <paramref name="span"/> of the input.</summary>
    protected ArticleEvent(SourceSpan span) => Span = span;

    /// <summary>What this event reports.</summary>
    public abstract ArticleEventKind Kind { get; }

    /// <summary>Where in the decoded input the decision was read from.</summary>
    public SourceSpan Span { get; }

    /// <summary>
    /// Why the reader decided so, in a few words for people (shown by <c>newsparse --explain</c>), or null.
    /// Not part of the article model; the wording may change between versions.
    /// </summary>
    public string? Reason { get => _why.ToString(); init => _why = value; }

    /// <summary>The reason as the reader gives it: written when <see cref="Reason"/> is first read (see <see cref="DeferredReason"/>).</summary>
    internal ReasonText Why { get => _why; init => _why = value; }

    private readonly ReasonText _why;
}
