using System.Text.Json.Serialization;

namespace NewsParse.Reading;

/// <summary>A metadata field was decided. Each field is reported at most once per document.</summary>
public sealed record MetadataEvent : ArticleEvent
{
    /// <summary>Creates the event.</summary>
    public MetadataEvent(MetadataField field, string value, SourceSpan span = default) : base(span)
    {
        Field = field;
        Value = value;
    }

    /// <inheritdoc/>
    [JsonIgnore]
    public override ArticleEventKind Kind => ArticleEventKind.Metadata;

    /// <summary>Which field.</summary>
    [JsonPropertyName("field")]
    public MetadataField Field { get; }

    /// <summary>Its value (ISO 8601 for <see cref="MetadataField.Published"/>).</summary>
    [JsonPropertyName("value")]
    public string Value { get; }
}
