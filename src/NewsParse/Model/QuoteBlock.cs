using System.Text.Json.Serialization;

namespace NewsParse.Model;

/// <summary>A quotation (a blockquote or a pull quote), with its attribution when the page gives one.</summary>
public sealed record QuoteBlock : Block
{
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
}
