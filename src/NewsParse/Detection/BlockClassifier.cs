using System.Collections.Immutable;
using System.Globalization;
using NewsParse.Detection.Boilerplate;
using NewsParse.Detection.Lexicons;
using NewsParse.Reading;

namespace NewsParse.Detection;

/// <summary>
/// Decides what one block is from its own shape and markup and from the article around it: boilerplate (with kind
/// and reason), heading, FAQ heading, question, answer, paragraph or content. Structure (levels, the FAQ, the
/// headline) is laid out afterwards by <see cref="StructureTracker"/>. Stateless and thread-safe.
/// </summary>
internal static class BlockClassifier
{
    public static ClassifiedBlock Classify(DetectionContext context)
    {
        var block = context.Block;
        if (block.MarkupBoilerplate is { } markupKind)
            return new ClassifiedBlock(context, BlockRole.Boilerplate, block.Text) { Kind = markupKind, Reason = block.MarkupReason ?? "marked as such by the page" };
        if (block.Kind == SourceBlockKind.Content)
            return new ClassifiedBlock(context, BlockRole.Content, block.Text) { Reason = $"a {block.Content?.Type.ToString().ToLowerInvariant()} block of the input" };

        // An FAQ title is a strong cue of its own: it must not be mistaken for another article's headline.
        if (block.Kind is SourceBlockKind.Heading or SourceBlockKind.TextLine && (block.Kind == SourceBlockKind.Heading || context.Shape.IsTitleLike) && IsFaqTitle(context))
            return new ClassifiedBlock(context, BlockRole.FaqHeading, block.Text) { Reason = "a title that names an FAQ" };

        // A "Q:" or "A:" line is an interview or FAQ line whatever its words: the cohesion evidence does not apply to it.
        if (block.Kind == SourceBlockKind.TextLine)
        {
            if (StripPrefix(block.Text, FaqLexicon.QuestionPrefixes) is { } asked)
                return new ClassifiedBlock(context, BlockRole.Question, asked) { Reason = "a line with a question prefix" };
            if (StripPrefix(block.Text, FaqLexicon.AnswerPrefixes) is { } answered)
                return new ClassifiedBlock(context, BlockRole.Answer, answered) { Reason = "a line with an answer prefix" };
        }

        if (block.Kind != SourceBlockKind.Question && BoilerplateDetector.Detect(context) is { } verdict)
            return new ClassifiedBlock(context, BlockRole.Boilerplate, block.Text) { Kind = verdict.Kind, Reason = verdict.Reason };

        switch (block.Kind)
        {
            case SourceBlockKind.Question:
                return new ClassifiedBlock(context, BlockRole.Question, StripPrefix(block.Text, FaqLexicon.QuestionPrefixes) ?? block.Text) { Reason = "marked as a question by the page" };
            case SourceBlockKind.Answer:
                return new ClassifiedBlock(context, BlockRole.Answer, StripPrefix(block.Text, FaqLexicon.AnswerPrefixes) ?? block.Text) { Reason = "marked as an answer by the page" };
            case SourceBlockKind.Heading:
                return new ClassifiedBlock(context, BlockRole.Heading, block.Text) { Reason = string.Concat("a level-", Number(block.Level), " heading of the page") };
            case SourceBlockKind.Paragraph:
                return new ClassifiedBlock(context, BlockRole.Paragraph, block.Text) { Reason = "a paragraph of the page" };
        }

        if (context.Shape.IsTitleLike)
        {
            if (context.Index == 0 && RelatedLinkDetector.AsOpeningLine(context) is { } other)
                return new ClassifiedBlock(context, BlockRole.OffTopicTitle, block.Text) { Kind = other.Kind, Reason = other.Reason };
            var (cohesion, terms) = context.Cohesion();
            return context.Shape.IsQuestion
                ? new ClassifiedBlock(context, BlockRole.Question, block.Text) { Reason = ShapeReason.Question(cohesion, terms) }
                : new ClassifiedBlock(context, BlockRole.Heading, block.Text) { Reason = ShapeReason.TitleLine(context.Shape.Words, cohesion, terms) };
        }
        return new ClassifiedBlock(context, BlockRole.Paragraph, block.Text)
        {
            Reason = ShapeReason.RunningText(context.Shape.Words, context.Shape.SentenceBreaks + 1),
        };
    }

    /// <summary>A count in a reason, in the invariant culture (small numbers come from the runtime's cache of their strings).</summary>
    internal static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static readonly int MaxPrefixChars = FaqLexicon.QuestionPrefixes.Concat(FaqLexicon.AnswerPrefixes).Max(p => p.Length);

    private static readonly System.Buffers.SearchValues<char> PrefixEnds =
        System.Buffers.SearchValues.Create(string.Concat(FaqLexicon.QuestionPrefixes.Concat(FaqLexicon.AnswerPrefixes).Select(p => p[^1]).Distinct()));

    private static bool IsFaqTitle(DetectionContext context) =>
        context.Shape.Words <= 12 && !context.Shape.IsQuestion && FaqLexicon.Titles.CountDistinct(context.Words) > 0;

    private static string? StripPrefix(string text, ImmutableArray<string> prefixes)
    {
        // Every prefix ends with ':', '.' or ')' within its first MaxPrefixChars characters: most lines have none there.
        if (text.AsSpan(0, Math.Min(text.Length, MaxPrefixChars)).IndexOfAny(PrefixEnds) < 0) return null;
        foreach (var prefix in prefixes)
        {
            if (text.Length > prefix.Length + 1 && text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && (prefix[^1] != '.' || text[prefix.Length] == ' '))
                return text[prefix.Length..].TrimStart();
        }
        return null;
    }
}
