namespace NewsParse.Model;

/// <summary>
/// A section of the article body: a heading with the blocks that follow it and its subsections.
/// The text before the first heading is a section whose <see cref="Heading"/> and <see cref="Level"/> are null.
/// </summary>
public sealed record Section
{
    /// <summary>Creates a section.</summary>
    /// <param name="heading">The heading text, or null for the text before the first heading.</param>
    /// <param name="level">The heading level (2 for a top-level section; the headline is 1), or null with a null heading.</param>
    /// <param name="blocks">The section's own blocks in order (not those of subsections); copied.</param>
    /// <param name="sections">The subsections in order; copied.</param>
    /// <param name="span">Where the heading was read from (for a section without heading, its first block).</param>
    public Section(string? heading, int? level, IReadOnlyList<Block> blocks, IReadOnlyList<Section>? sections = null, SourceSpan span = default)
    {
        Heading = heading;
        Level = level;
        Blocks = ValueList.From(blocks);
        Sections = ValueList.From(sections);
        Span = span;
    }

    /// <summary>The heading text, or null for the text before the first heading.</summary>
    public string? Heading { get; }

    /// <summary>The heading level: 2 for a top-level section (the headline is 1), deeper numbers for subsections; null when there is no heading.</summary>
    public int? Level { get; }

    /// <summary>The section's own blocks, in order.</summary>
    public IReadOnlyList<Block> Blocks { get; }

    /// <summary>The subsections, in order.</summary>
    public IReadOnlyList<Section> Sections { get; }

    /// <summary>Where the heading was read from.</summary>
    public SourceSpan Span { get; }

    /// <inheritdoc/>
    public bool Equals(Section? other) =>
        other is not null && Heading == other.Heading && Level == other.Level && Span == other.Span
        && ValueList.SequenceEqual(Blocks, other.Blocks) && ValueList.SequenceEqual(Sections, other.Sections);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Heading, Level, Span, ValueList.Hash(Blocks), Sections.Count);
}
