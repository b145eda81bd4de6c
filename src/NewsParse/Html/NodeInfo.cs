using NewsParse.Html.Dom;
using NewsParse.Model;

namespace NewsParse.Html;

/// <summary>
/// What the page index knows of one visible element: its place, its hints and its text counts, computed bottom-up
/// once (characters are non-white-space characters). Mutable while the index and the selector fill it in.
/// </summary>
internal sealed class NodeInfo(HtmlElement element, NodeInfo? parent, int depth)
{
    public HtmlElement Element { get; } = element;
    public NodeInfo? Parent { get; } = parent;
    public int Depth { get; } = depth;
    public string Name { get; } = element.LocalName;

    public HintFlags Hints;
    public int ClassWeight;
    /// <summary>The boilerplate kind the markup names, with the reason; null when it names none.</summary>
    public BoilerplateKind? Kind;
    public string? KindReason;

    /// <summary>The nearest block-level element at or above this one: where its inline text belongs.</summary>
    public NodeInfo Owner = null!;
    public bool InLink;
    public bool InFaq;
    public bool InUnlikely;
    /// <summary>Deeper than the nesting limit: its subtree was read as its own text.</summary>
    public bool Opaque;

    public int TextChars;
    public int LinkChars;
    public int Commas;
    public int InlineChars;
    public int InlineLinkChars;
    public int InlineCommas;

    public bool Scored;
    public double Score;
    /// <summary>True for the elements chosen as the article and their ancestors.</summary>
    public bool HoldsContent;
    /// <summary>True for the elements chosen as the article.</summary>
    public bool IsContentRoot;

    /// <summary>Share of the text inside links.</summary>
    public double LinkDensity => TextChars == 0 ? 0 : (double)LinkChars / TextChars;
}
