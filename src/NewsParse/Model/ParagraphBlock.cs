using System.Text.Json.Serialization;

namespace NewsParse.Model;

/// <summary>A paragraph of running text, with whitespace collapsed to single spaces.</summary>
public sealed record ParagraphBlock : Block
{
    /// <summary>Creates a paragraph.</summary>
    /// <param name="text">The paragraph's text.</param>
    /// <param name="span">Where it was read from.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ParagraphBlock(string text, SourceSpan span = default) : base(span)
        => Text = text ?? throw new ArgumentNullException(nameof(text));

    /// <inheritdoc/>
    [JsonIgnore]
    public override BlockType Type => BlockType.Paragraph;

    /// <inheritdoc/>
    [JsonPropertyName("text")]
    public override string Text { get; }
}
