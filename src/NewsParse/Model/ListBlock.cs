namespace NewsParse.Model;

/// <summary>An ordered or unordered list. Its <see cref="Block.Text"/> is the items, one a line.</summary>
public sealed record ListBlock : Block
{
    /// <summary>Creates a list.</summary>
    /// <param name="ordered">True for a numbered list.</param>
    /// <param name="items">The items' texts in order; copied.</param>
    /// <param name="span">Where it was read from.</param>
    public ListBlock(bool ordered, IReadOnlyList<string> items, SourceSpan span = default) : base(span)
    {
        Ordered = ordered;
        Items = ValueList.From(items);
    }

    /// <inheritdoc/>
    public override BlockType Type => BlockType.List;

    /// <summary>True for a numbered list.</summary>
    public bool Ordered { get; }

    /// <summary>The items' texts in order.</summary>
    public IReadOnlyList<string> Items { get; }

    /// <inheritdoc/>
    public override string Text => _text ??= string.Join('\n', Items);

    private string? _text;

    /// <inheritdoc/>
    public bool Equals(ListBlock? other) =>
        other is not null && Ordered == other.Ordered && Span == other.Span && ValueList.SequenceEqual(Items, other.Items);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Ordered, Span, ValueList.Hash(Items));
}
