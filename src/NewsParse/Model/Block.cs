namespace NewsParse.Model;

/// <summary>
/// A content block of a <see cref="Section"/>: a paragraph, list, quote, table, code or figure.
/// Blocks are immutable and compare by value.
/// </summary>
public abstract record Block
{
    /// <summary>Creates a block read from <paramref name="span"/> of the input.</summary>
    protected Block(SourceSpan span) => Span = span;

    /// <summary>What kind of block this is.</summary>
    public abstract BlockType Type { get; }

    /// <summary>
    /// The block's plain text: the paragraph itself, list items one a line, table cells separated by tabs and rows by
    /// new lines, a figure's caption. Never null; empty only for a figure without caption.
    /// </summary>
    public abstract string Text { get; }

    /// <summary>Where the block was read from in the decoded input.</summary>
    public SourceSpan Span { get; }
}
