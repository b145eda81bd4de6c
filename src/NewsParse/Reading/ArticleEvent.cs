using System.Text.Json.Serialization;

namespace NewsParse.Reading;

/// <summary>
/// One decision of the <see cref="ArticleReader"/>, emitted as soon as it is made. The <see cref="Model.Article"/> is a
/// fold of these events (see <see cref="Building.ArticleBuilder"/>). Events are immutable and compare by value. The seven
/// kinds are the only ones (the constructor is <c>private protected</c>): the JSON contract tags each with its
/// <c>"event"</c>.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "event")]
[JsonDerivedType(typeof(MetadataEvent), "metadata")]
[JsonDerivedType(typeof(HeadingEvent), "heading")]
[JsonDerivedType(typeof(BlockEvent), "block")]
[JsonDerivedType(typeof(FaqStartEvent), "faqStart")]
[JsonDerivedType(typeof(FaqItemEvent), "faqItem")]
[JsonDerivedType(typeof(BoilerplateEvent), "boilerplate")]
[JsonDerivedType(typeof(DiagnosticEvent), "diagnostic")]
public abstract record ArticleEvent
{
    /// <summary>Creates an event for <paramref name="span"/> of the input.</summary>
    private protected ArticleEvent(SourceSpan span) => Span = span;

    /// <summary>What this event reports (in JSON, the <c>"event"</c> tag says it).</summary>
    [JsonIgnore]
    public abstract ArticleEventKind Kind { get; }

    /// <summary>Where in the decoded input the decision was read from.</summary>
    [JsonPropertyName("span")]
    public SourceSpan Span { get; }

    /// <summary>
    /// Why the reader decided so, in a few words for people (shown by <c>newsparse --explain</c>), or null.
    /// Not part of the article model; the wording may change between versions.
    /// </summary>
    [JsonPropertyName("reason")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Reason { get => _why.ToString(); init => _why = value; }

    /// <summary>The reason as the reader gives it: written when <see cref="Reason"/> is first read (see <see cref="DeferredReason"/>).</summary>
    internal ReasonText Why { get => _why; init => _why = value; }

    private readonly ReasonText _why;
}
