using System.Text.Json.Serialization;

namespace NewsParse.Model;

/// <summary>A quotation (a blockquote or a pull quote), with its attribution when the page gives one.</summary>
public sealed record QuoteBlock : Block
{
    private readonly IReadOnlyList<Inline>? _inlines;

    /// <summary>Creates a quote.</summary>
    /// <param name="text">The quoted text.</param>
    /// <param name="attribution">Who is quoted (a cite or footer line), or null.</param>
    /// <param name="span">Where it was read from.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public QuoteBlock(string text, string? attribution = null, SourceSpan span = default) : base(span)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Attribution = attribution;
    }

    /// <inheritdoc/>
    [JsonIgnore]
    public override BlockType Type => BlockType.Quote;

    /// <inheritdoc/>
    [JsonPropertyName("text")]
    public override string Text { get; }

    /// <summary>Who is quoted, or null when the page does not say.</summary>
    [JsonPropertyName("attribution")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Attribution { get; init; }

    /// <summary>
    /// The runs of the text with a meaning beyond the words (emphasis, strong, code, links, line breaks, images),
    /// offsets into <see cref="Text"/>; a run never crosses a line end ("\n") of a quote of several lines. Null when the text is plain (in JSON, <c>inlines</c> is then left out). Copied
    /// when set; an empty list is read as null.
    /// </summary>
    /// <exception cref="ArgumentException">Set to a list holding null.</exception>
    [JsonPropertyName("inlines")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<Inline>? Inlines { get => _inlines; init => _inlines = InlineList.From(value, nameof(Inlines)); }
}
