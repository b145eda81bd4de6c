namespace NewsParse.Html.Dom;

/// <summary>
/// One attribute as offsets into the page (no string is made while parsing); the value is decoded the first time it
/// is asked for and kept. A valueless attribute has <see cref="ValueLength"/> 0.
/// </summary>
internal struct HtmlAttribute(int nameStart, int nameLength, int valueStart, int valueLength)
{
    public readonly int NameStart = nameStart;
    public readonly int NameLength = nameLength;
    public readonly int ValueStart = valueStart;
    public readonly int ValueLength = valueLength;

    /// <summary>The decoded value once asked for; null before.</summary>
    public string? Value;
}
