using System.Text.Json.Serialization;

namespace NewsParse.Model;

/// <summary>
/// A table: rows of cell texts (a header row, when the page marks one, comes first), and its caption;
/// <see cref="Cells"/> adds each cell's runs, header flag and spans when the page has any.
/// </summary>
public sealed record TableBlock : Block
{
    private readonly IReadOnlyList<IReadOnlyList<string>> _rows = [];
    private readonly IReadOnlyList<IReadOnlyList<TableCell>>? _cells;

    /// <summary>Creates a table.</summary>
    /// <param name="rows">The rows in order, each the cells' texts in order; copied.</param>
    /// <param name="caption">The table's caption, or null.</param>
    /// <param name="span">Where it was read from.</param>
    /// <exception cref="ArgumentException">A row is null or holds null.</exception>
    public TableBlock(IReadOnlyList<IReadOnlyList<string>> rows, string? caption = null, SourceSpan span = default) : base(span)
    {
        _rows = CopyRows(rows, nameof(rows));
        Caption = caption;
    }

    /// <inheritdoc/>
    [JsonIgnore]
    public override BlockType Type => BlockType.Table;

    /// <summary>The rows, each a list of cell texts. Copied when set.</summary>
    /// <exception cref="ArgumentException">A row is null or holds null (null itself is read as no row).</exception>
    [JsonPropertyName("rows")]
    public IReadOnlyList<IReadOnlyList<string>> Rows { get => _rows; init => _rows = CopyRows(value, nameof(Rows)); }

    /// <summary>
    /// The cells with their structure, row by row, one for each cell of <see cref="Rows"/> in the same places: each its
    /// text, inline runs, header flag (<c>th</c>, <c>thead</c>) and column and row spans. Null when every cell is plain
    /// text, none is a header and none spans more than one column or row (in JSON, <c>cells</c> is then left out).
    /// Copied when set; no rows is read as null.
    /// </summary>
    /// <exception cref="ArgumentException">A row is null or holds null.</exception>
    [JsonPropertyName("cells")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<IReadOnlyList<TableCell>>? Cells
    {
        get => _cells;
        init
        {
            var rows = CopyRows(value, nameof(Cells));
            _cells = rows.Count == 0 ? null : rows;
        }
    }

    /// <summary>The caption, or null.</summary>
    [JsonPropertyName("caption")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Caption { get; init; }

    /// <inheritdoc/>
    [JsonIgnore]
    public override string Text => string.Join('\n', Rows.Select(r => string.Join('\t', r)));

    private static IReadOnlyList<IReadOnlyList<T>> CopyRows<T>(IReadOnlyList<IReadOnlyList<T>>? rows, string name)
    {
        if (rows is null) return [];
        var copies = new IReadOnlyList<T>[rows.Count];
        for (int i = 0; i < copies.Length; i++)
        {
            copies[i] = rows[i] is { } row ? ValueList.From(row, name) : throw new ArgumentException($"{name} holds a null row; give an empty row.", name);
        }
        return ValueList.From(copies, name);
    }
}
