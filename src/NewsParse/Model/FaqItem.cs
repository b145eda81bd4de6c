namespace NewsParse.Model;

/// <summary>One question of an FAQ and its answer.</summary>
/// <param name="Question">The question, without a "Q:" prefix.</param>
/// <param name="Answer">The answer, without an "A:" prefix; an answer of several paragraphs joins them with a blank line ("\n\n").</param>
/// <param name="Span">Where the question was read from.</param>
public sealed record FaqItem(string Question, string Answer, SourceSpan Span = default);
