using System.Text.Json.Serialization;

namespace NewsParse.Model;

/// <summary>
/// A content block of a <see cref="Section"/>: a paragraph, list, quote, table, code or figure. Blocks are immutable
/// and compare by value. The six kinds are the only ones (the constructor is <c>private protected</c>), so the JSON
/// contract, which tags each block with its <c>"type"</c>, knows every block it meets.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ParagraphBlock), "paragraph")]
[JsonDerivedType(typeof(ListBlock), "list")]
[JsonDerivedType(typeof(QuoteBlock), "quote")]
[JsonDerivedType(typeof(TableBlock), "table")]
[JsonDerivedType(typeof(CodeBlock), "code")]
[JsonDerivedType(typeof(FigureBlock), "figure")]
public abstract record Block
{
    /// <summary>Creates a block read from <paramref name="span"/> of the input.</summary>
    private protected Block(SourceSpan span) => Span = span;

    /// <summary>What kind of block this is (in JSON, the <c>"type"</c> tag says it).</summary>
    [JsonIgnore]
    public abstract BlockType Type { get; }

    /// <summary>
    /// The block's plain text: the paragraph itself, list items one a line, table cells separated by tabs and rows by
    /// new lines, a figure's caption. Never null; empty only for a figure without caption.
    /// </summary>
    [JsonPropertyName("text")]
    public abstract string Text { get; }

    /// <summary>Where the block was read from in the decoded input.</summary>
    [JsonPropertyName("span")]
    public SourceSpan Span { get; init; }
}
