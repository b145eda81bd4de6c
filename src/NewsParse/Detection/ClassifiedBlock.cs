using NewsParse.Model;
using NewsParse.Reading;

namespace NewsParse.Detection;

/// <summary>A source block with the classifier's decision.</summary>
internal sealed record ClassifiedBlock(SourceBlock Source, BlockRole Role, string Text)
{
    /// <summary>The boilerplate kind when <see cref="Role"/> is <see cref="BlockRole.Boilerplate"/>.</summary>
    public BoilerplateKind Kind { get; init; }

    /// <summary>Why it is boilerplate, when it is.</summary>
    public string Reason { get; init; } = string.Empty;

    /// <summary>True when the block's title shape was read from text, not from markup: its level is to be inferred.</summary>
    public bool InferredLevel => Source.Kind == SourceBlockKind.TextLine;

    public SourceSpan Span => Source.Span;
}
