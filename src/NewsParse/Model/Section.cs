using System.Text.Json.Serialization;

namespace NewsParse.Model;

/// <summary>
/// A section of the article body: a heading with the blocks that follow it and its subsections.
/// The text before the first heading is a section whose <see cref="Heading"/> and <see cref="Level"/> are null.
/// Immutable; compares by value.
/// </summary>
public sealed record Section
{
    private readonly IReadOnlyList<Block> _blocks = [];
    private readonly IReadOnlyList<Section> _sections = [];

    /// <summary>Creates a section with no heading, block or subsection: set its members with an object initializer.</summary>
    public Section()
    {
    }

    /// <summary>Creates a section.</summary>
    /// <param name="heading">The heading text, or null for the text before the first heading.</param>
    /// <param name="level">The heading level (2 for a top-level section; the headline is 1), or null with a null heading.</param>
    /// <param name="blocks">The section's own blocks in order (not those of subsections); copied; null for none.</param>
    /// <param name="sections">The subsections in order; copied; null for none.</param>
    /// <param name="span">Where the heading was read from (for a section without heading, its first block).</param>
    /// <exception cref="ArgumentException">A list holds null.</exception>
    public Section(string? heading, int? level, IReadOnlyList<Block>? blocks, IReadOnlyList<Section>? sections = null, SourceSpan span = default)
    {
        Heading = heading;
        Level = level;
        _blocks = ValueList.From(blocks, nameof(blocks));
        _sections = ValueList.From(sections, nameof(sections));
        Span = span;
    }

    /// <summary>The heading text, or null for the text before the first heading.</summary>
    [JsonPropertyName("heading")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Heading { get; init; }

    /// <summary>The heading level: 2 for a top-level section (the headline is 1), deeper numbers for subsections; null when there is no heading.</summary>
    [JsonPropertyName("level")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public int? Level { get; init; }

    /// <summary>The section's own blocks, in order. Copied when set.</summary>
    /// <exception cref="ArgumentException">Set to a list holding null (null itself is read as the empty list).</exception>
    [JsonPropertyName("blocks")]
    public IReadOnlyList<Block> Blocks { get => _blocks; init => _blocks = ValueList.From(value, nameof(Blocks)); }

    /// <summary>The subsections, in order. Copied when set.</summary>
    /// <exception cref="ArgumentException">Set to a list holding null (null itself is read as the empty list).</exception>
    [JsonPropertyName("sections")]
    public IReadOnlyList<Section> Sections { get => _sections; init => _sections = ValueList.From(value, nameof(Sections)); }

    /// <summary>Where the heading was read from (for a section without heading, its first block).</summary>
    [JsonPropertyName("span")]
    public SourceSpan Span { get; init; }
}
