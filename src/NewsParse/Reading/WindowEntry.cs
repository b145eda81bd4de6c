using NewsParse.Detection;
using NewsParse.Detection.Cohesion;

namespace NewsParse.Reading;

/// <summary>A block waiting in the reader's window, with what the detectors need computed once.</summary>
internal sealed class WindowEntry
{
    public WindowEntry(SourceBlock block, BlockScratch scratch)
    {
        Block = block;
        Words = new BlockWords(block.Text, scratch);
        Shape = Words.Shape;
        Terms = Detection.Cohesion.Terms.Of(Words);
        BodyLike = block.MarkupBoilerplate is null
            && block.Kind is SourceBlockKind.TextLine or SourceBlockKind.Paragraph or SourceBlockKind.Answer or SourceBlockKind.Content
            && !(block.Kind != SourceBlockKind.Content && Shape.IsTitleLike)
            && block.LinkDensity < 0.5;
        Length = block.Text.Length;
        TitleKey = block.Kind is SourceBlockKind.TextLine or SourceBlockKind.Heading && Shape.IsTitleLike ? KeyOf(Words.Lower) : null;
    }

    /// <summary>The block; dropped once it is decided (see <see cref="Release"/>).</summary>
    public SourceBlock Block { get; private set; }
    /// <summary>The block's words; dropped once the block is decided (see <see cref="Release"/>).</summary>
    public BlockWords Words { get; private set; }
    public TextShape Shape { get; }
    public ReadOnlyMemory<Detection.Cohesion.Term> Terms { get; }

    /// <summary>Where the window counted <see cref="Terms"/> (see <see cref="TermCounts"/>), once the entry is in its context: it takes them back with these when the entry leaves.</summary>
    public ReadOnlyMemory<int> Handles { get; set; }

    /// <summary>Running text whose terms make the context for cohesion.</summary>
    public bool BodyLike { get; }

    /// <summary>The text of a title-like block reduced to letters and digits, to find its twin later (contents entries).</summary>
    public string? TitleKey { get; }

    public int Length { get; }

    /// <summary>
    /// Drops what only the decision needed (the block, and its lower-cased text, word bounds and hashes): behind the
    /// decided block the window keeps the entry for its terms alone, so the look-behind holds little memory for the
    /// garbage collector, and the block's text lives no longer than its event.
    /// </summary>
    public void Release(BlockScratch scratch)
    {
        Words.ReturnTo(scratch);
        Words = null!;
        Block = null!;
    }

    private static string KeyOf(ReadOnlySpan<char> lower)
    {
        var chars = new char[lower.Length];
        int n = 0;
        foreach (char c in lower)
        {
            if (char.IsLetterOrDigit(c)) chars[n++] = c;
        }
        return new string(chars, 0, n);
    }
}
