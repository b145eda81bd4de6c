using System.Text.Json.Serialization;

namespace NewsParse.Model;

/// <summary>An ordered or unordered list. Its <see cref="Block.Text"/> is the items, one a line.</summary>
public sealed record ListBlock : Block
{
    private readonly IReadOnlyList<string> _items = [];
    private string? _text;

    /// <summary>Creates a list.</summary>
    /// <param name="ordered">True for a numbered list.</param>
    /// <param name="items">The items' texts in order; copied.</param>
    /// <param name="span">Where it was read from.</param>
    /// <exception cref="ArgumentException"><paramref name="items"/> holds null.</exception>
    public ListBlock(bool ordered, IReadOnlyList<string> items, SourceSpan span = default) : base(span)
    {
        Ordered = ordered;
        _items = ValueList.From(items, nameof(items));
    }

    /// <inheritdoc/>
    [JsonIgnore]
    public override BlockType Type => BlockType.List;

    /// <summary>True for a numbered list.</summary>
    [JsonPropertyName("ordered")]
    public bool Ordered { get; init; }

    /// <summary>The items' texts in order. Copied when set.</summary>
    /// <exception cref="ArgumentException">Set to a list holding null (null itself is read as the empty list).</exception>
    [JsonPropertyName("items")]
    public IReadOnlyList<string> Items
    {
        get => _items;
        init
        {
            _items = ValueList.From(value, nameof(Items));
            _text = null;
        }
    }

    /// <inheritdoc/>
    [JsonIgnore]
    public override string Text => _text ??= string.Join('\n', Items);

    /// <inheritdoc/>
    public bool Equals(ListBlock? other) =>
        other is not null && Ordered == other.Ordered && Span == other.Span && ValueList.SequenceEqual(Items, other.Items);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Ordered, Span, ValueList.Hash(Items));
}
