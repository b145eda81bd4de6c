using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace NewsParse.Model;

/// <summary>
/// A run of a block's text with a meaning beyond the words: emphasis, strong, code, a link, a line break or an image.
/// <see cref="Start"/> and <see cref="Length"/> are UTF-16 offsets into the block's own text (<see cref="Block.Text"/>,
/// or the list item's text), so a reader of the plain text can ignore the runs and one who wants the markup can
/// overlay them. Runs of one block nest or are apart, never overlap partly; they are ordered by start, the outer run
/// first. A link or image address is absolute when the page gave a base (its URL or <c>&lt;base href&gt;</c>), as
/// written otherwise; <c>javascript:</c>, <c>vbscript:</c> and <c>data:</c> addresses are never kept. Immutable;
/// compares by value.
/// </summary>
public sealed record Inline
{
    /// <summary>Creates a run: <see cref="Kind"/> must be set with an object initializer.</summary>
    public Inline()
    {
    }

    /// <summary>Creates a run.</summary>
    /// <param name="kind">What the run is.</param>
    /// <param name="start">Where it starts in the block's text (UTF-16 units).</param>
    /// <param name="length">How many UTF-16 units of the text it covers (0 for an image, 1 for a line break).</param>
    [SetsRequiredMembers]
    public Inline(InlineKind kind, int start, int length)
    {
        Kind = kind;
        Start = start;
        Length = length;
    }

    /// <summary>What the run is.</summary>
    [JsonPropertyName("kind")]
    public required InlineKind Kind { get; init; }

    /// <summary>Where the run starts in the block's text, in UTF-16 units.</summary>
    [JsonPropertyName("start")]
    public int Start { get; init; }

    /// <summary>How many UTF-16 units of the block's text the run covers: 0 for an image, 1 for a line break (its space).</summary>
    [JsonPropertyName("length")]
    public int Length { get; init; }

    /// <summary>Where a link points (absolute when the page gave a base); null for other runs.</summary>
    [JsonPropertyName("href")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Href { get; init; }

    /// <summary>An image's address (absolute when the page gave a base); null for other runs.</summary>
    [JsonPropertyName("source")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Source { get; init; }

    /// <summary>An image's alternative text; null for other runs or an image without one.</summary>
    [JsonPropertyName("alt")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Alt { get; init; }
}
