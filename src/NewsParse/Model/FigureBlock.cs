using System.Text.Json.Serialization;

namespace NewsParse.Model;

/// <summary>An image or other media with its caption. <see cref="Block.Text"/> is the caption (empty when none).</summary>
public sealed record FigureBlock : Block
{
    /// <summary>Creates a figure.</summary>
    /// <param name="caption">The caption text, or null.</param>
    /// <param name="source">The media's address as written in the page (not resolved, never fetched), or null.</param>
    /// <param name="span">Where it was read from.</param>
    public FigureBlock(string? caption, string? source = null, SourceSpan span = default) : base(span)
    {
        Caption = caption;
        Source = source;
    }

    /// <inheritdoc/>
    [JsonIgnore]
    public override BlockType Type => BlockType.Figure;

    /// <summary>The caption, or null.</summary>
    [JsonPropertyName("caption")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Caption { get; init; }

    /// <summary>The media's address as written in the page, or null.</summary>
    [JsonPropertyName("source")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Source { get; init; }

    /// <inheritdoc/>
    [JsonIgnore]
    public override string Text => Caption ?? string.Empty;
}
