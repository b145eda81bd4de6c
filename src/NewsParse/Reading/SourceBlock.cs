using NewsParse.Model;

namespace NewsParse.Reading;

/// <summary>
/// A block of input as the input layer delivers it to the reader: its text, where it came from, what the markup
/// says about it, and the evidence the detectors weigh. Immutable once made.
/// </summary>
internal sealed class SourceBlock
{
    public SourceBlock(SourceBlockKind kind, string text, SourceSpan span)
    {
        Kind = kind;
        Text = text;
        Span = span;
    }

    public SourceBlockKind Kind { get; }

    /// <summary>Whitespace-collapsed text; never empty.</summary>
    public string Text { get; }

    public SourceSpan Span { get; }

    /// <summary>Heading level when <see cref="Kind"/> is <see cref="SourceBlockKind.Heading"/>; 0 otherwise.</summary>
    public int Level { get; init; }

    /// <summary>The block, when <see cref="Kind"/> is <see cref="SourceBlockKind.Content"/>.</summary>
    public Block? Content { get; init; }

    /// <summary>A decision the markup already makes (an ad slot, a share bar...): boilerplate of this kind, with this reason.</summary>
    public BoilerplateKind? MarkupBoilerplate { get; init; }

    /// <summary>Why the markup makes it boilerplate; set with <see cref="MarkupBoilerplate"/>.</summary>
    public string? MarkupReason { get; init; }

    /// <summary>Share of the text inside links, 0 to 1 (0 for text input).</summary>
    public double LinkDensity { get; init; }

    /// <summary>True when the whole text is one link, or bold text only (a teaser or a fake heading).</summary>
    public bool IsLinkOnly { get; init; }

    /// <summary>True when the whole text is bold or strong (a "bold line" heading or a teaser).</summary>
    public bool IsEmphasisOnly { get; init; }

    /// <summary>
    /// For a <see cref="SourceBlockKind.Heading"/> that no tag marks (an HTML line the markup sets apart, see
    /// <see cref="Html.HeadingEvidence"/>): why it was read as a heading, with its level. Null for a tagged heading.
    /// </summary>
    public ReasonText? HeadingReason { get; init; }

    /// <summary>True for a block read inside FAQ markup (an FAQ or accordion container, FAQ structured data): an FAQ read from markup ends at the first block outside it.</summary>
    public bool InFaq { get; init; }

    /// <summary>The runs of a paragraph's <see cref="Text"/> with a meaning beyond the words (links, emphasis, line breaks...); null when plain or not a paragraph.</summary>
    public IReadOnlyList<Inline>? Inlines { get; init; }

    /// <summary>What page furniture was taken out of a heading's text ("a permalink anchor…"), for its reason; null when none.</summary>
    public string? Furniture { get; init; }

    /// <summary>The text's source format, for detectors whose evidence differs by format.</summary>
    public bool FromHtml { get; init; }
}
