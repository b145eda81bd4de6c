using System.Text.Json.Serialization;
using NewsParse.Model;

namespace NewsParse.Reading;

/// <summary>A body block: it belongs to the section opened by the latest <see cref="HeadingEvent"/> (or to the text before the first heading).</summary>
public sealed record BlockEvent : ArticleEvent
{
    /// <summary>Creates the event.</summary>
    public BlockEvent(Block block) : base(block?.Span ?? default) => Block = block ?? throw new ArgumentNullException(nameof(block));

    /// <inheritdoc/>
    [JsonIgnore]
    public override ArticleEventKind Kind => ArticleEventKind.Block;

    /// <summary>The block.</summary>
    [JsonPropertyName("block")]
    public Block Block { get; }
}
