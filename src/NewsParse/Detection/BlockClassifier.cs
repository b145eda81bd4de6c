using System.Collections.Immutable;
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
            return new ClassifiedBlock(block, BlockRole.Boilerplate, block.Text) { Kind = markupKind, Reason = block.MarkupReason ?? "marked as such by the page" };
        if (block.Kind == SourceBlockKind.Content)
            return new ClassifiedBlock(block, BlockRole.Content, block.Text);

        if (block.Kind != SourceBlockKind.Question && BoilerplateDetector.Detect(context) is { } verdict)
            return new ClassifiedBlock(block, BlockRole.Boilerplate, block.Text) { Kind = verdict.Kind, Reason = verdict.Reason };

        switch (block.Kind)
        {
            case SourceBlockKind.Question:
                return new ClassifiedBlock(block, BlockRole.Question, StripPrefix(block.Text, FaqLexicon.QuestionPrefixes) ?? block.Text);
            case SourceBlockKind.Answer:
                return new ClassifiedBlock(block, BlockRole.Answer, StripPrefix(block.Text, FaqLexicon.AnswerPrefixes) ?? block.Text);
            case SourceBlockKind.Heading:
                return new ClassifiedBlock(block, IsFaqTitle(context) ? BlockRole.FaqHeading : BlockRole.Heading, block.Text);
            case SourceBlockKind.Paragraph:
                return new ClassifiedBlock(block, BlockRole.Paragraph, block.Text);
        }

        if (StripPrefix(block.Text, FaqLexicon.QuestionPrefixes) is { } question)
            return new ClassifiedBlock(block, BlockRole.Question, question);
        if (StripPrefix(block.Text, FaqLexicon.AnswerPrefixes) is { } answer)
            return new ClassifiedBlock(block, BlockRole.Answer, answer);
        if (context.Shape.IsTitleLike)
        {
            if (IsFaqTitle(context)) return new ClassifiedBlock(block, BlockRole.FaqHeading, block.Text);
            return new ClassifiedBlock(block, context.Shape.IsQuestion ? BlockRole.Question : BlockRole.Heading, block.Text);
        }
        return new ClassifiedBlock(block, BlockRole.Paragraph, block.Text);
    }

    private static bool IsFaqTitle(DetectionContext context) =>
        context.Shape.Words <= 12 && !context.Shape.IsQuestion && FaqLexicon.Titles.CountDistinct(context.Lower) > 0;

    private static string? StripPrefix(string text, ImmutableArray<string> prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (text.Length > prefix.Length + 1 && text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && (prefix[^1] != '.' || text[prefix.Length] == ' '))
                return text[prefix.Length..].TrimStart();
        }
        return null;
    }
}
