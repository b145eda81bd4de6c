namespace NewsParse.Text;

/// <summary>One line of decoded input, without its line break.</summary>
/// <param name="Text">The line's characters, untrimmed.</param>
/// <param name="Start">Offset of its first character in the decoded input.</param>
internal readonly record struct TextLine(string Text, long Start)
{
    public SourceSpan Span => new(Start, Text.Length);
}
