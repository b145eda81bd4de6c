using System.Text.Json.Serialization;
using System.Diagnostics.CodeAnalysis;

namespace NewsParse.Model;

/// <summary>One question of an FAQ and its answer. Immutable; compares by value.</summary>
public sealed record FaqItem
{
    private readonly string _question = "";
    private readonly string _answer = "";
    private readonly IReadOnlyList<Inline>? _inlines;

    /// <summary>Creates an item: <see cref="Question"/> and <see cref="Answer"/> must be set with an object initializer.</summary>
    public FaqItem()
    {
    }

    /// <summary>Creates an item.</summary>
    /// <param name="question">The question, without a "Q:" prefix.</param>
    /// <param name="answer">The answer, without an "A:" prefix; paragraphs joined with a blank line.</param>
    /// <param name="span">Where the question was read from.</param>
    /// <exception cref="ArgumentNullException"><paramref name="question"/> or <paramref name="answer"/> is null.</exception>
    [SetsRequiredMembers]
    public FaqItem(string question, string answer, SourceSpan span = default)
    {
        Question = question;
        Answer = answer;
        Span = span;
    }

    /// <summary>The question, without a "Q:" prefix.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    [JsonPropertyName("question")]
    public required string Question { get => _question; init => _question = value ?? throw new ArgumentNullException(nameof(Question)); }

    /// <summary>The answer, without an "A:" prefix; an answer of several paragraphs joins them with a blank line ("\n\n").</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    [JsonPropertyName("answer")]
    public required string Answer { get => _answer; init => _answer = value ?? throw new ArgumentNullException(nameof(Answer)); }

    /// <summary>
    /// The runs of <see cref="Answer"/> with a meaning beyond the words (emphasis, strong, code, links, line breaks,
    /// images), offsets into <see cref="Answer"/>; a run never crosses the blank line between two paragraphs. Null when
    /// the answer is plain (in JSON, <c>inlines</c> is then left out). Copied when set; an empty list is read as null.
    /// </summary>
    /// <exception cref="ArgumentException">Set to a list holding null.</exception>
    [JsonPropertyName("inlines")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<Inline>? Inlines { get => _inlines; init => _inlines = InlineList.From(value, nameof(Inlines)); }

    /// <summary>Where the question was read from.</summary>
    [JsonPropertyName("span")]
    public SourceSpan Span { get; init; }
}
