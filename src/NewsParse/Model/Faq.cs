namespace NewsParse.Model;

/// <summary>The article's FAQ: its heading and its question/answer pairs, kept apart from the body sections.</summary>
public sealed record Faq
{
    /// <summary>Creates an FAQ.</summary>
    /// <param name="heading">The FAQ's heading as written (such as "FAQs about X"), or null when it has none.</param>
    /// <param name="items">The items in order; copied.</param>
    /// <param name="span">Where the heading (or the first question) was read from.</param>
    public Faq(string? heading, IReadOnlyList<FaqItem> items, SourceSpan span = default)
    {
        Heading = heading;
        Items = ValueList.From(items);
        Span = span;
    }

    /// <summary>The FAQ's heading as written, or null.</summary>
    public string? Heading { get; }

    /// <summary>The question/answer pairs in order.</summary>
    public IReadOnlyList<FaqItem> Items { get; }

    /// <summary>Where the heading (or the first question) was read from.</summary>
    public SourceSpan Span { get; }

    /// <inheritdoc/>
    public bool Equals(Faq? other) =>
        other is not null && Heading == other.Heading && Span == other.Span && ValueList.SequenceEqual(Items, other.Items);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Heading, Span, ValueList.Hash(Items));
}
