using System.Text.Json.Serialization;
using NewsParse.Model;

namespace NewsParse.Reading;

/// <summary>One FAQ question with its complete answer.</summary>
public sealed record FaqItemEvent : ArticleEvent
{
    /// <summary>Creates the event.</summary>
    public FaqItemEvent(FaqItem item) : base(item?.Span ?? default) => Item = item ?? throw new ArgumentNullException(nameof(item));

    /// <inheritdoc/>
    [JsonIgnore]
    public override ArticleEventKind Kind => ArticleEventKind.FaqItem;

    /// <summary>The question and answer.</summary>
    [JsonPropertyName("item")]
    public FaqItem Item { get; }
}
