using System.Text.Json.Serialization;

namespace NewsParse.Model;

/// <summary>A paragraph of running text, with whitespace collapsed to single spaces.</summary>
public sealed record ParagraphBlock : Block
{
    private readonly IReadOnlyList<Inline>? _inlines;

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

    /// <summary>
    /// The runs of the text with a meaning beyond the words (emphasis, strong, code, links, line breaks, images),
    /// offsets into <see cref="Text"/>; null when the text is plain (in JSON, <c>inlines</c> is then left out). Copied
    /// when set; an empty list is read as null.
    /// </summary>
    /// <exception cref="ArgumentException">Set to a list holding null.</exception>
    [JsonPropertyName("inlines")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<Inline>? Inlines { get => _inlines; init => _inlines = InlineList.From(value, nameof(Inlines)); }
}
