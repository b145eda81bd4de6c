using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace NewsParse.Model;

/// <summary>
/// One cell of a <see cref="TableBlock"/> with its structure: its text (as in <see cref="TableBlock.Rows"/>), its
/// inline runs, whether it is a header cell, and how many columns and rows it spans. Immutable; compares by value.
/// </summary>
public sealed record TableCell
{
    private readonly string _text = "";
    private readonly IReadOnlyList<Inline>? _inlines;
    private readonly int? _columnSpan;
    private readonly int? _rowSpan;

    /// <summary>The most columns a cell spans (the HTML standard's limit); a larger span is read as this.</summary>
    public const int MaxColumnSpan = 1000;

    /// <summary>The most rows a cell spans (the HTML standard's limit); a larger span is read as this.</summary>
    public const int MaxRowSpan = 65534;

    /// <summary>Creates a cell: <see cref="Text"/> must be set with an object initializer.</summary>
    public TableCell()
    {
    }

    /// <summary>Creates a cell.</summary>
    /// <param name="text">The cell's text, white space collapsed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    [SetsRequiredMembers]
    public TableCell(string text) => Text = text;

    /// <summary>The cell's text, white space collapsed (the same as its entry in <see cref="TableBlock.Rows"/>).</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    [JsonPropertyName("text")]
    public required string Text { get => _text; init => _text = value ?? throw new ArgumentNullException(nameof(Text)); }

    /// <summary>
    /// The runs of <see cref="Text"/> with a meaning beyond the words (emphasis, strong, code, links, line breaks,
    /// images), offsets into <see cref="Text"/>; null when the text is plain (in JSON, <c>inlines</c> is then left out).
    /// Copied when set; an empty list is read as null.
    /// </summary>
    /// <exception cref="ArgumentException">Set to a list holding null.</exception>
    [JsonPropertyName("inlines")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<Inline>? Inlines { get => _inlines; init => _inlines = InlineList.From(value, nameof(Inlines)); }

    /// <summary>True for a header cell (<c>th</c>, or any cell of <c>thead</c>); in JSON, <c>header</c> is left out when false.</summary>
    [JsonPropertyName("header")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Header { get; init; }

    /// <summary>How many columns the cell spans (<c>colspan</c>) when more than one, at most <see cref="MaxColumnSpan"/>; null for one (in JSON, then left out).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 1 or above <see cref="MaxColumnSpan"/>.</exception>
    [JsonPropertyName("columnSpan")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? ColumnSpan { get => _columnSpan; init => _columnSpan = Span(value, MaxColumnSpan, nameof(ColumnSpan)); }

    /// <summary>How many rows the cell spans (<c>rowspan</c>) when more than one, at most <see cref="MaxRowSpan"/>; null for one (in JSON, then left out).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 1 or above <see cref="MaxRowSpan"/>.</exception>
    [JsonPropertyName("rowSpan")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? RowSpan { get => _rowSpan; init => _rowSpan = Span(value, MaxRowSpan, nameof(RowSpan)); }

    /// <summary>A span as kept: null for none or one.</summary>
    private static int? Span(int? value, int max, string name)
    {
        if (value is null || value == 1) return null;
        if (value < 1 || value > max) throw new ArgumentOutOfRangeException(name, value, $"a span is 1 to {max}.");
        return value;
    }
}
