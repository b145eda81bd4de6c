namespace NewsParse.Html.Dom;

/// <summary>
/// The names of an element's attributes in start-tag order, as written (a repeated name at each place it is written),
/// with the page read once for all of them: to find several attributes in one pass. Position <c>k</c> here is position
/// <c>k</c> of <see cref="HtmlElement.AttributeSpanAt"/> and the other reads by position. Valid while the page is read.
/// </summary>
internal readonly ref struct HtmlAttributeNames
{
    private readonly ReadOnlySpan<char> _source;
    private readonly ReadOnlySpan<HtmlAttribute> _attributes;

    internal HtmlAttributeNames(ReadOnlySpan<char> source, ReadOnlySpan<HtmlAttribute> attributes)
    {
        _source = source;
        _attributes = attributes;
    }

    /// <summary>How many attributes the start tag has (see <see cref="HtmlElement.AttributeCount"/>).</summary>
    public int Count => _attributes.Length;

    /// <summary>The name of the attribute at <paramref name="position"/>, as written.</summary>
    /// <exception cref="IndexOutOfRangeException"><paramref name="position"/> is not below <see cref="Count"/>.</exception>
    public ReadOnlySpan<char> this[int position]
    {
        get
        {
            ref readonly var attribute = ref _attributes[position];
            return _source.Slice(attribute.NameStart, attribute.NameLength);
        }
    }
}
