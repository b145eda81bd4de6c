using NewsParse.Detection.Cohesion;
using NewsParse.Reading;

namespace NewsParse.Detection;

/// <summary>
/// Everything a detector may look at to decide one block: the block, its shape and terms, and the article around it
/// within the reader's look-behind and look-ahead window.
/// </summary>
internal sealed class DetectionContext
{
    public required SourceBlock Block { get; init; }

    /// <summary>The block's text lower-cased and cut into words, for lexicon look-ups.</summary>
    public required BlockWords Words { get; init; }

    /// <summary>The block's text lower-cased.</summary>
    public ReadOnlySpan<char> Lower => Words.Lower;

    public required TextShape Shape { get; init; }

    /// <summary>The block's topic terms (see <see cref="Terms"/>).</summary>
    public required ReadOnlyMemory<Term> Terms { get; init; }

    /// <summary>Term counts of the body-like blocks in the window; includes the block itself when it is body-like (see <see cref="SelfCounted"/>).</summary>
    public required TermCounts Context { get; init; }

    /// <summary>True when <see cref="Context"/> includes this block's own terms, which cohesion must then discount.</summary>
    public required bool SelfCounted { get; init; }

    /// <summary>How many later title-like blocks in the look-ahead have the same text (a contents entry repeats its heading).</summary>
    public required int LaterTwins { get; init; }

    /// <summary>Number of paragraph-like blocks in the window: below a few, cohesion evidence is too thin to use.</summary>
    public required int ContextParagraphs { get; init; }

    /// <summary>Position of the block in the input, 0 for the first.</summary>
    public required long Index { get; init; }

    /// <summary>Body-like blocks (running text, see <see cref="ContextParagraphs"/>) before this one in the look-behind.</summary>
    public required int BodyBefore { get; init; }

    /// <summary>Body-like blocks after this one in the look-ahead: 0 when the block ends the article's text (or all that the window sees of it).</summary>
    public required int BodyAfter { get; init; }

    /// <summary>
    /// Most body-like blocks on the near side of a block that stands at the edge of the article (see <see cref="AtEdge"/>):
    /// notes about the article, promotions and post meta lines open or close it.
    /// </summary>
    public const int EdgeBlocks = 2;

    /// <summary>True when at most <see cref="EdgeBlocks"/> body-like blocks stand before the block or after it in the window.</summary>
    public bool AtEdge => BodyBefore <= EdgeBlocks || BodyAfter <= EdgeBlocks;

    private (double Score, int Terms)? _cohesion;

    /// <summary>Cohesion of the block with the article around it (computed once).</summary>
    public (double Score, int Terms) Cohesion() => _cohesion ??= CohesionScorer.Score(Terms.Span, Context, SelfCounted);
}
