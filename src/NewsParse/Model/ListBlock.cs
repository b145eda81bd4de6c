using System.Text.Json.Serialization;

namespace NewsParse.Model;

/// <summary>
/// An ordered or unordered list. Its <see cref="Block.Text"/> is the items, one a line; <see cref="Entries"/> adds
/// the items' inline runs and the lists nested in them when the page has any.
/// </summary>
public sealed record ListBlock : Block
{
    private readonly IReadOnlyList<string> _items = [];
    private string? _text;
    private readonly IReadOnlyList<ListItem>? _entries;

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

    /// <summary>
    /// The items with their structure, one for each of <see cref="Items"/> and in the same order: each its own text
    /// (without the lists nested in it, which <see cref="Items"/> holds flattened into the item's text), its inline
    /// runs and its nested list. Null when every item is plain text without a nested list (in JSON, <c>entries</c> is
    /// then left out), so a flat plain list costs nothing more. Copied when set; an empty list is read as null.
    /// </summary>
    /// <exception cref="ArgumentException">Set to a list holding null.</exception>
    [JsonPropertyName("entries")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ListItem>? Entries
    {
        get => _entries;
        init
        {
            var list = ValueList.From(value, nameof(Entries));
            _entries = list.Count == 0 ? null : list;
        }
    }

    /// <inheritdoc/>
    [JsonIgnore]
    public override string Text => _text ??= string.Join('\n', Items);

    /// <inheritdoc/>
    public bool Equals(ListBlock? other) =>
        other is not null && Ordered == other.Ordered && Span == other.Span && ValueList.SequenceEqual(Items, other.Items)
        && (Entries is null ? other.Entries is null : other.Entries is not null && ValueList.SequenceEqual(Entries, other.Entries));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Ordered, Span, ValueList.Hash(Items));
}
