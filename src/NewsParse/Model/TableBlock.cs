using System.Text.Json.Serialization;

namespace NewsParse.Model;

/// <summary>A table: rows of cell texts (a header row, when the page marks one, comes first), and its caption.</summary>
public sealed record TableBlock : Block
{
    private readonly IReadOnlyList<IReadOnlyList<string>> _rows = [];

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

    /// <summary>The caption, or null.</summary>
    [JsonPropertyName("caption")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Caption { get; init; }

    /// <inheritdoc/>
    [JsonIgnore]
    public override string Text => string.Join('\n', Rows.Select(r => string.Join('\t', r)));

    private static IReadOnlyList<IReadOnlyList<string>> CopyRows(IReadOnlyList<IReadOnlyList<string>>? rows, string name)
    {
        if (rows is null) return [];
        var copies = new IReadOnlyList<string>[rows.Count];
        for (int i = 0; i < copies.Length; i++)
        {
            copies[i] = rows[i] is { } row ? ValueList.From(row, name) : throw new ArgumentException($"{name} holds a null row; give an empty row.", name);
        }
        return ValueList.From(copies, name);
    }
}
