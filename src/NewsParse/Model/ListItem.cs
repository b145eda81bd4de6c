using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace NewsParse.Model;

/// <summary>
/// One item of a <see cref="ListBlock"/> with its structure: the item's own text (without the lists nested in it),
/// its inline runs, and the list nested in it, if any. Immutable; compares by value.
/// </summary>
public sealed record ListItem
{
    private readonly string _text = "";
    private readonly IReadOnlyList<Inline>? _inlines;
    private readonly IReadOnlyList<ListItem>? _items;

    /// <summary>Creates an item: <see cref="Text"/> must be set with an object initializer.</summary>
    public ListItem()
    {
    }

    /// <summary>Creates an item.</summary>
    /// <param name="text">The item's own text, white space collapsed (without the text of a list nested in it).</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    [SetsRequiredMembers]
    public ListItem(string text) => Text = text;

    /// <summary>The item's own text, white space collapsed; a list nested in the item is in <see cref="Items"/>, not here.</summary>
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

    /// <summary>True when the list nested in the item is numbered (in JSON, <c>ordered</c> is left out when false).</summary>
    [JsonPropertyName("ordered")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Ordered { get; init; }

    /// <summary>
    /// The items of the list nested in this item, in order; null when none (in JSON, <c>items</c> is then left out).
    /// Copied when set; an empty list is read as null.
    /// </summary>
    /// <exception cref="ArgumentException">Set to a list holding null.</exception>
    [JsonPropertyName("items")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ListItem>? Items
    {
        get => _items;
        init
        {
            var list = ValueList.From(value, nameof(Items));
            _items = list.Count == 0 ? null : list;
        }
    }
}
