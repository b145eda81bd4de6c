namespace NewsParse.Model;

/// <summary>A paragraph of running text, with whitespace collapsed to single spaces.</summary>
public sealed record ParagraphBlock : Block
{
    /// <summary>Creates a paragraph.</summary>
    /// <param name="text">The paragraph's text; must not be null.</param>
    /// <param name="span">Where it was read from.</param>
    public ParagraphBlock(string text, SourceSpan span = default) : base(span)
        => Text = text ?? throw new ArgumentNullException(nameof(text));

    /// <inheritdoc/>
    public override BlockType Type => BlockType.Paragraph;

    /// <inheritdoc/>
    public override string Text { get; }
}
