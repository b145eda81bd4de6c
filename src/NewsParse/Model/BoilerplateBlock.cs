using System.Text.Json.Serialization;
using System.Diagnostics.CodeAnalysis;

namespace NewsParse.Model;

/// <summary>
/// A piece of the page that is not article text, kept and labelled rather than dropped: a table of contents,
/// a related headline, a "follow us" prompt, an ad label... It is not a <see cref="Block"/>: it never stands in a
/// section's blocks, only in <see cref="Article.Boilerplate"/>, in input order, with its <see cref="Span"/> to place
/// it back in the page. Immutable; compares by value.
/// </summary>
public sealed record BoilerplateBlock
{
    private readonly string _text = "";
    private readonly string _reason = "";

    /// <summary>Creates a piece of boilerplate: <see cref="Kind"/>, <see cref="Text"/> and <see cref="Reason"/> must be set with an object initializer.</summary>
    public BoilerplateBlock()
    {
    }

    /// <summary>Creates a piece of boilerplate.</summary>
    /// <param name="kind">What it is.</param>
    /// <param name="text">Its text, whitespace collapsed.</param>
    /// <param name="reason">A short account of the evidence that made it boilerplate.</param>
    /// <param name="span">Where it was read from in the decoded input.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="reason"/> is null.</exception>
    [SetsRequiredMembers]
    public BoilerplateBlock(BoilerplateKind kind, string text, string reason, SourceSpan span = default)
    {
        Kind = kind;
        Text = text;
        Reason = reason;
        Span = span;
    }

    /// <summary>What it is.</summary>
    [JsonPropertyName("kind")]
    public required BoilerplateKind Kind { get; init; }

    /// <summary>Its text, whitespace collapsed.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    [JsonPropertyName("text")]
    public required string Text { get => _text; init => _text = value ?? throw new ArgumentNullException(nameof(Text)); }

    /// <summary>A short human-readable account of the evidence that made it boilerplate (its wording may change between versions).</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    [JsonPropertyName("reason")]
    public required string Reason { get => _reason; init => _reason = value ?? throw new ArgumentNullException(nameof(Reason)); }

    /// <summary>Where it was read from in the decoded input.</summary>
    [JsonPropertyName("span")]
    public SourceSpan Span { get; init; }
}
