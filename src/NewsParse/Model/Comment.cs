using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace NewsParse.Model;

/// <summary>
/// One reader comment of the page's comment section, kept apart from the article: never body, headline or byline.
/// <see cref="Article.Comments"/> holds them in page order, a reply after the comment it answers with a
/// <see cref="Depth"/> one deeper. Immutable; compares by value.
/// </summary>
public sealed record Comment
{
    private readonly string _text = "";
    private readonly int _depth;
    private readonly IReadOnlyList<Inline>? _inlines;

    /// <summary>Creates a comment: <see cref="Text"/> must be set with an object initializer.</summary>
    public Comment()
    {
    }

    /// <summary>Creates a comment.</summary>
    /// <param name="text">The comment's text; paragraphs joined with a blank line.</param>
    /// <param name="author">The commenter's name as shown, or null.</param>
    /// <param name="published">When it was written, ISO 8601 as precise as the page gives it, or null.</param>
    /// <param name="depth">0 for a top-level comment, 1 for a reply to it, and so on.</param>
    /// <param name="span">Where the comment was read from.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="depth"/> is negative.</exception>
    [SetsRequiredMembers]
    public Comment(string text, string? author = null, string? published = null, int depth = 0, SourceSpan span = default)
    {
        Text = text;
        Author = author;
        Published = published;
        Depth = depth;
        Span = span;
    }

    /// <summary>The commenter's name as the page shows it (without "says"), or null when it shows none.</summary>
    [JsonPropertyName("author")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Author { get; init; }

    /// <summary>When the comment was written, in ISO 8601 as precise as the page gives it ("2025-05-09" or "2025-05-09T11:42:00+02:00"), or null.</summary>
    [JsonPropertyName("published")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Published { get; init; }

    /// <summary>The comment's text without its author line, date and reply links; paragraphs joined with a blank line ("\n\n").</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    [JsonPropertyName("text")]
    public required string Text { get => _text; init => _text = value ?? throw new ArgumentNullException(nameof(Text)); }

    /// <summary>
    /// The runs of <see cref="Text"/> with a meaning beyond the words (emphasis, strong, code, links, line breaks,
    /// images), offsets into <see cref="Text"/>; a run never crosses the blank line between two paragraphs. Null when
    /// the text is plain (in JSON, <c>inlines</c> is then left out). Copied when set; an empty list is read as null.
    /// </summary>
    /// <exception cref="ArgumentException">Set to a list holding null.</exception>
    [JsonPropertyName("inlines")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<Inline>? Inlines { get => _inlines; init => _inlines = InlineList.From(value, nameof(Inlines)); }

    /// <summary>How deep the comment is nested in its thread: 0 for a top-level comment, 1 for a reply to one, and so on.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    [JsonPropertyName("depth")]
    public int Depth { get => _depth; init => _depth = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(Depth), value, "A comment's depth is at least 0."); }

    /// <summary>Where the comment was read from: for HTML, from its start tag to its end tag (replies nested in it included); empty when known only from structured data.</summary>
    [JsonPropertyName("span")]
    public SourceSpan Span { get; init; }
}
