using NewsParse.Html.Dom;
using NewsParse.Model;

namespace NewsParse.Html;

/// <summary>
/// What the page index knows of one visible element: its place, its hints and its text counts, computed bottom-up
/// once (characters are non-white-space characters). Mutable while the index and the selector fill it in. A released
/// <see cref="PageIndex"/> gives its infos to the thread's next page (<see cref="Init"/> makes one new again: every
/// field of this type must be reset there, which a test checks).
/// </summary>
internal sealed class NodeInfo
{
    /// <summary>A new info of <paramref name="element"/>.</summary>
    public NodeInfo(HtmlElement element, NodeInfo? parent, int depth) => Init(element, parent, depth);

    /// <summary>Makes this info new: the given element, parent and depth, every other field at its default.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(Element))]
    public void Init(HtmlElement element, NodeInfo? parent, int depth)
    {
        Element = element;
        Parent = parent;
        Depth = depth;
        Hints = default;
        ClassWeight = 0;
        _kind = null;
        _reason = null;
        _names = default;
        _what = null;
        Owner = null!;
        InLink = InFaq = InUnlikely = Opaque = false;
        TextChars = LinkChars = Commas = InlineChars = InlineLinkChars = InlineCommas = 0;
        Scored = false;
        Score = 0;
        HoldsContent = IsContentRoot = false;
    }

    /// <summary>Drops the references this info holds (element, relatives, naming) while it waits for the next page.</summary>
    public void Clear()
    {
        Element = null!;
        Parent = null;
        Owner = null!;
        _kind = null;
        _reason = null;
        _names = default;
        _what = null;
    }

    public HtmlElement Element { get; private set; }
    public NodeInfo? Parent { get; private set; }
    public int Depth { get; private set; }
    /// <summary>The element's tag name (see <see cref="HtmlElement.LocalName"/>).</summary>
    public string Name => Element.LocalName;

    public HintFlags Hints;
    public int ClassWeight;
    /// <summary>The boilerplate kind the markup names (the first that names one: see <see cref="NameKind"/>); null when it names none.</summary>
    public BoilerplateKind? Kind => _kind;

    /// <summary>Why the markup names <see cref="Kind"/>; null when it names none. A class or id value's reason is written when first read.</summary>
    public string? KindReason => _kind is null ? null : _reason ??= ClassNamesReason(_names.Span, _what);

    // The kind an element's markup names and why: the reason as written, or the class or id value (a slice of the
    // page) and what it names, to write the reason from when it is read. Kept in the entry itself (entries are reused
    // page after page), so naming a kind allocates nothing.
    private BoilerplateKind? _kind;
    private string? _reason;
    private ReadOnlyMemory<char> _names;
    private string? _what;

    /// <summary>Names the element's boilerplate kind and why, unless a kind is named already.</summary>
    public void NameKind(BoilerplateKind kind, string reason)
    {
        if (_kind is not null) return;
        _kind = kind;
        _reason = reason;
    }

    /// <summary>
    /// As <see cref="NameKind"/> for a kind named by a class or id value (<paramref name="names"/>, as written: valid
    /// while the page is read, as this element is): the reason is written only if it is read, most never are.
    /// </summary>
    public void NameKindByClass(BoilerplateKind kind, ReadOnlyMemory<char> names, string? what)
    {
        if (_kind is not null) return;
        _kind = kind;
        _names = names;
        _what = what;
    }

    private static string ClassNamesReason(ReadOnlySpan<char> names, string? what)
    {
        var lower = names.ToString().ToLowerInvariant();
        return $"class or id \"{(lower.Length <= 60 ? lower : lower[..60])}\" names {what}";
    }

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
