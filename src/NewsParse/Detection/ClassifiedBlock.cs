using NewsParse.Model;
using NewsParse.Reading;

namespace NewsParse.Detection;

/// <summary>A source block with the classifier's decision.</summary>
internal sealed class ClassifiedBlock
{
    /// <summary>The decision on the block of <paramref name="context"/>: its <paramref name="role"/> and its <paramref name="text"/> (the block's, or what is left of it once a prefix such as "Q:" is taken off).</summary>
    public ClassifiedBlock(DetectionContext context, BlockRole role, string text)
    {
        Source = context.Block;
        SourceShape = context.Shape;
        Role = role;
        Text = text;
    }

    public SourceBlock Source { get; }

    /// <summary>The shape of <see cref="Source"/>'s text (its words, how it ends...), as the window read it with its words.</summary>
    public TextShape SourceShape { get; }

    public BlockRole Role { get; }

    public string Text { get; }

    /// <summary>The boilerplate kind when <see cref="Role"/> is <see cref="BlockRole.Boilerplate"/> (or <see cref="BlockRole.OffTopicTitle"/>: the kind it has when it is not the headline).</summary>
    public BoilerplateKind Kind { get; init; }

    /// <summary>Why the block was read so (written when read: see <see cref="DeferredReason"/>).</summary>
    public ReasonText Reason { get; init; } = string.Empty;

    /// <summary>True when the block's title shape was read from text, not from markup: its level is to be inferred.</summary>
    public bool InferredLevel => Source.Kind == SourceBlockKind.TextLine;

    public SourceSpan Span => Source.Span;
}
