using System.Text.Json.Serialization;

namespace NewsParse.Reading;

/// <summary>A section heading: it opens a section at <see cref="Level"/>, closing open sections of the same or a deeper level.</summary>
public sealed record HeadingEvent : ArticleEvent
{
    /// <summary>Creates the event.</summary>
    public HeadingEvent(string text, int level, SourceSpan span = default) : base(span)
    {
        Text = text;
        Level = level;
    }

    /// <inheritdoc/>
    [JsonIgnore]
    public override ArticleEventKind Kind => ArticleEventKind.Heading;

    /// <summary>The heading text.</summary>
    [JsonPropertyName("text")]
    public string Text { get; }

    /// <summary>The level: 2 for top-level sections (the headline is 1), deeper numbers for subsections.</summary>
    [JsonPropertyName("level")]
    public int Level { get; }
}
