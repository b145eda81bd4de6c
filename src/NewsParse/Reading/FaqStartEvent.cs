using System.Text.Json.Serialization;

namespace NewsParse.Reading;

/// <summary>The FAQ starts; the <see cref="FaqItemEvent"/>s that follow belong to it.</summary>
public sealed record FaqStartEvent : ArticleEvent
{
    /// <summary>Creates the event.</summary>
    public FaqStartEvent(string? heading, SourceSpan span = default) : base(span) => Heading = heading;

    /// <inheritdoc/>
    [JsonIgnore]
    public override ArticleEventKind Kind => ArticleEventKind.FaqStart;

    /// <summary>The FAQ heading as written, or null when the FAQ has none.</summary>
    [JsonPropertyName("heading")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Heading { get; }
}
