using System.Text.Json.Serialization;

namespace NewsParse.Model;

/// <summary>An image or other media with its caption. <see cref="Block.Text"/> is the caption (empty when none).</summary>
public sealed record FigureBlock : Block
{
    /// <summary>Creates a figure.</summary>
    /// <param name="caption">The caption text, or null.</param>
    /// <param name="source">The media's address (resolved against the page's base when it has one; never fetched), or null.</param>
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

    /// <summary>
    /// The media's address, or null: for an image the largest candidate of its <c>srcset</c>, else its <c>src</c>,
    /// else its lazy-load attribute (<c>data-src</c>...) when <c>src</c> is a placeholder; absolute when the page gives
    /// a base (its URL or <c>&lt;base href&gt;</c>), as written otherwise; never a <c>javascript:</c> or <c>data:</c> address.
    /// </summary>
    [JsonPropertyName("source")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Source { get; init; }

    /// <summary>The image's alternative text, or null when it has none (in JSON, <c>alt</c> is then left out).</summary>
    [JsonPropertyName("alt")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Alt { get; init; }

    /// <summary>The width the page declares for the image, in CSS pixels, or null (in JSON, then left out).</summary>
    [JsonPropertyName("width")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Width { get; init; }

    /// <summary>The height the page declares for the image, in CSS pixels, or null (in JSON, then left out).</summary>
    [JsonPropertyName("height")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Height { get; init; }

    /// <inheritdoc/>
    [JsonIgnore]
    public override string Text => Caption ?? string.Empty;
}
