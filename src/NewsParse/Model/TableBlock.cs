namespace NewsParse.Model;

/// <summary>A table: rows of cell texts (a header row, when the page marks one, comes first), and its caption.</summary>
public sealed record TableBlock : Block
{
    /// <summary>Creates a table.</summary>
    /// <param name="rows">The rows in order, each the cells' texts in order; copied.</param>
    /// <param name="caption">The table's caption, or null.</param>
    /// <param name="span">Where it was read from.</param>
    public TableBlock(IReadOnlyList<IReadOnlyList<string>> rows, string? caption = null, SourceSpan span = default) : base(span)
    {
        ArgumentNullException.ThrowIfNull(rows);
        Rows = ValueList.From(rows.Select(r => ValueList.From(r)).ToArray());
        Caption = caption;
    }

    /// <inheritdoc/>
    public override BlockType Type => BlockType.Table;

    /// <summary>The rows, each a list of cell texts.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows { get; }

    /// <summary>The caption, or null.</summary>
    public string? Caption { get; }

    /// <inheritdoc/>
    public override string Text => string.Join('\n', Rows.Select(r => string.Join('\t', r)));

    /// <inheritdoc/>
    public bool Equals(TableBlock? other)
    {
        if (other is null || Caption != other.Caption || Span != other.Span || Rows.Count != other.Rows.Count) return false;
        for (int i = 0; i < Rows.Count; i++)
        {
            if (!ValueList.SequenceEqual(Rows[i], other.Rows[i])) return false;
        }
        return true;
    }

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Caption, Span, Rows.Count);
}
