using System.Text.Json.Serialization;

namespace NewsParse.Model;

/// <summary>Preformatted text or code, kept verbatim (line breaks and indentation included).</summary>
public sealed record CodeBlock : Block
{
    /// <summary>Creates a code block.</summary>
    /// <param name="text">The verbatim text.</param>
    /// <param name="language">The language the page names (a class such as "language-js"), or null.</param>
    /// <param name="span">Where it was read from.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public CodeBlock(string text, string? language = null, SourceSpan span = default) : base(span)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Language = language;
    }

    /// <inheritdoc/>
    [JsonIgnore]
    public override BlockType Type => BlockType.Code;

    /// <inheritdoc/>
    [JsonPropertyName("text")]
    public override string Text { get; }

    /// <summary>The code's language when the page names it, else null.</summary>
    [JsonPropertyName("language")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Language { get; init; }
}
