using System.Text.Json.Serialization;

namespace NewsParse.Model;

/// <summary>The article's FAQ: its heading and its question/answer pairs, kept apart from the body sections. Immutable; compares by value.</summary>
public sealed record Faq
{
    private readonly IReadOnlyList<FaqItem> _items = [];

    /// <summary>Creates an FAQ with no heading and no item: set its members with an object initializer.</summary>
    public Faq()
    {
    }

    /// <summary>Creates an FAQ.</summary>
    /// <param name="heading">The FAQ's heading as written (such as "FAQs about X"), or null when it has none.</param>
    /// <param name="items">The items in order; copied; null for none.</param>
    /// <param name="span">Where the heading (or the first question) was read from.</param>
    /// <exception cref="ArgumentException"><paramref name="items"/> holds null.</exception>
    public Faq(string? heading, IReadOnlyList<FaqItem>? items, SourceSpan span = default)
    {
        Heading = heading;
        _items = ValueList.From(items, nameof(items));
        Span = span;
    }

    /// <summary>The FAQ's heading as written, or null.</summary>
    [JsonPropertyName("heading")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Heading { get; init; }

    /// <summary>The question/answer pairs in order. Copied when set.</summary>
    /// <exception cref="ArgumentException">Set to a list holding null (null itself is read as the empty list).</exception>
    [JsonPropertyName("items")]
    public IReadOnlyList<FaqItem> Items { get => _items; init => _items = ValueList.From(value, nameof(Items)); }

    /// <summary>Where the heading (or the first question) was read from.</summary>
    [JsonPropertyName("span")]
    public SourceSpan Span { get; init; }
}
