using System.Text;

namespace NewsParse.Html.Dom;

/// <summary>
/// An element of the light HTML tree: its lower-case name, its attributes (decoded when first asked for), its parent
/// and its children in order. <see cref="Index"/> numbers the elements in document order, so a reader can keep
/// per-element data in an array. Built by <see cref="HtmlTreeBuilder"/>, then only read (one page, one thread).
/// </summary>
internal sealed class HtmlElement : HtmlNode
{
    private HtmlDocument _document;
    private int _attributeStart;

    internal HtmlElement(HtmlDocument document, string name, HtmlTagId tagId, HtmlNamespace ns, int attributeStart, int attributeCount, int index)
    {
        Init(document, name, tagId, ns, attributeStart, attributeCount, index);
    }

    /// <summary>Makes this element new again (one taken from <see cref="HtmlNodePool"/>): no parent, sibling or child, the given name and attributes.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(_document), nameof(LocalName))]
    internal void Init(HtmlDocument document, string name, HtmlTagId tagId, HtmlNamespace ns, int attributeStart, int attributeCount, int index)
    {
        _document = document;
        LocalName = name;
        TagId = tagId;
        Namespace = ns;
        Traits = ns == HtmlNamespace.Html ? HtmlTagTable.TraitsOf(tagId) : ForeignTraits(ns, tagId);
        _attributeStart = attributeStart;
        AttributeCount = attributeCount;
        Index = index;
        SourceStart = SourceEnd = 0;
        OnStack = false;
        Depth = 0;
        FirstChild = LastChild = null;
        Parent = null;
        NextSibling = PreviousSibling = null;
    }

    /// <summary>Drops every reference this element holds (its page, relatives and children) before it waits in <see cref="HtmlNodePool"/>.</summary>
    internal void Clear()
    {
        _document = null!;
        LocalName = "";
        FirstChild = LastChild = null;
        Parent = null;
        NextSibling = PreviousSibling = null;
    }

    /// <summary>Where the element starts in the page: its start tag, or the token that implied it.</summary>
    public int SourceStart { get; internal set; }

    /// <summary>Where the element ends in the page: after its end tag, or where it was closed implicitly (the page's end for elements never closed).</summary>
    public int SourceEnd { get; internal set; }

    /// <summary>The tag name, lower-case; interned for known tags.</summary>
    public string LocalName { get; private set; }

    /// <summary>What the parser knows of the tag name; a foreign element has none, but for the MathML and SVG elements that are special and bound scopes.</summary>
    public HtmlTagTraits Traits { get; private set; }

    /// <summary>Marks a MathML annotation-xml whose encoding is HTML as an HTML integration point (the tree builder reads the encoding once).</summary>
    internal void MarkHtmlIntegrationPoint() => Traits |= HtmlTagTraits.HtmlIntegrationPoint;

    /// <summary>
    /// The traits of a foreign element: MathML mi, mo, mn, ms, mtext, annotation-xml and SVG foreignObject, desc, title are
    /// special and bound the scopes (§13.2.4.2); the SVG ones are HTML integration points, the MathML ones but
    /// annotation-xml text integration points (an annotation-xml is an HTML integration point by its encoding: see the tree builder).
    /// </summary>
    private static HtmlTagTraits ForeignTraits(HtmlNamespace ns, HtmlTagId id) => ns == HtmlNamespace.MathMl
        ? id switch
        {
            HtmlTagId.Mi or HtmlTagId.Mo or HtmlTagId.Mn or HtmlTagId.Ms or HtmlTagId.Mtext =>
                HtmlTagTraits.Special | HtmlTagTraits.ScopeBoundary | HtmlTagTraits.MathMlTextIntegrationPoint,
            HtmlTagId.AnnotationXml => HtmlTagTraits.Special | HtmlTagTraits.ScopeBoundary,
            _ => HtmlTagTraits.None,
        }
        : id is HtmlTagId.Foreignobject or HtmlTagId.Desc or HtmlTagId.Title
            ? HtmlTagTraits.Special | HtmlTagTraits.ScopeBoundary | HtmlTagTraits.HtmlIntegrationPoint
            : HtmlTagTraits.None;

    /// <summary>The id of the tag name (<see cref="HtmlTagId.Unknown"/> for a name the table does not hold); see <see cref="Namespace"/>.</summary>
    public HtmlTagId TagId { get; private set; }

    /// <summary>HTML, or SVG or MathML for an element of foreign content.</summary>
    public HtmlNamespace Namespace { get; private set; }

    /// <summary>The element's number in document order (the root is 0).</summary>
    public int Index { get; private set; }

    /// <summary>True inside SVG or MathML.</summary>
    public bool IsForeign => Namespace != HtmlNamespace.Html;

    /// <summary>Bookkeeping of the tree builder while it builds (the element is on its stack of open elements); meaningless after.</summary>
    internal bool OnStack { get; set; }

    /// <summary>Bookkeeping of the tree builder: how deep the element stood when it was put in the tree (the root at 0), for the depth limit.</summary>
    internal int Depth { get; set; }

    /// <summary>How many attributes the start tag had (repeated names included; the first one wins).</summary>
    public int AttributeCount { get; internal set; }

    /// <summary>The first child node, null when empty.</summary>
    public HtmlNode? FirstChild { get; private set; }

    /// <summary>The last child node, null when empty.</summary>
    public HtmlNode? LastChild { get; private set; }

    /// <summary>The parent element (the same as <see cref="HtmlNode.Parent"/>).</summary>
    public HtmlElement? ParentElement => Parent;

    /// <summary>The element children in order.</summary>
    public HtmlChildElements Children => new(this);

    /// <summary>The decoded value of the first attribute named <paramref name="name"/> (ASCII case-insensitive), or null when there is none.</summary>
    public string? GetAttribute(string name)
    {
        int i = IndexOfAttribute(name);
        return i < 0 ? null : ValueOf(i);
    }

    /// <summary>
    /// The value of the first attribute named <paramref name="name"/> (ASCII case-insensitive) without making a string
    /// when it holds no character reference: a slice of the page, valid while the page is read. False when there is none.
    /// </summary>
    public bool TryGetAttributeSpan(string name, out ReadOnlySpan<char> value)
    {
        int i = IndexOfAttribute(name);
        value = i < 0 ? default : SpanOf(i);
        return i >= 0;
    }

    /// <summary>The names of the start tag's attributes by position (0 to <see cref="AttributeCount"/> - 1), as written: to read several attributes in one pass (a repeated name counts at its first position only).</summary>
    public HtmlAttributeNames AttributeNames => new(_document.Source.Span, _document.Attributes.AsSpan(_attributeStart, AttributeCount));

    /// <summary>As <see cref="GetAttribute"/>, for the attribute at <paramref name="position"/> (see <see cref="AttributeNames"/>).</summary>
    public string AttributeValueAt(int position) => ValueOf(AttributeIndex(position));

    /// <summary>As <see cref="TryGetAttributeSpan"/>, for the attribute at <paramref name="position"/> (see <see cref="AttributeNames"/>).</summary>
    public ReadOnlySpan<char> AttributeSpanAt(int position) => SpanOf(AttributeIndex(position));

    /// <summary>As <see cref="AttributeSpanAt"/>, as memory: a slice of the page (valid while the page is read) or of the decoded value.</summary>
    public ReadOnlyMemory<char> AttributeMemoryAt(int position) => MemoryOf(AttributeIndex(position));

    private int AttributeIndex(int position) =>
        (uint)position < (uint)AttributeCount ? _attributeStart + position : throw new ArgumentOutOfRangeException(nameof(position));

    private string ValueOf(int i)
    {
        ref var attribute = ref _document.Attributes[i];
        return attribute.Value ??= attribute.ValueLength == 0 ? "" : HtmlCharacterReferences.Decode(_document.Source.Span.Slice(attribute.ValueStart, attribute.ValueLength), inAttribute: true);
    }

    private ReadOnlySpan<char> SpanOf(int i) => MemoryOf(i).Span;

    /// <summary>The value of the attribute stored at <paramref name="i"/>: a slice of the page, or its decoded string (made once, when it holds a character reference).</summary>
    private ReadOnlyMemory<char> MemoryOf(int i)
    {
        ref var attribute = ref _document.Attributes[i];
        if (attribute.Value is not null) return attribute.Value.AsMemory();
        var raw = _document.Source.Slice(attribute.ValueStart, attribute.ValueLength);
        return raw.Span.IndexOfAny('&', '\0') < 0 ? raw : (attribute.Value = HtmlCharacterReferences.Decode(raw.Span, inAttribute: true)).AsMemory();
    }

    /// <summary>True when the start tag has an attribute named <paramref name="name"/> (ASCII case-insensitive).</summary>
    public bool HasAttribute(string name) => IndexOfAttribute(name) >= 0;

    /// <summary>Where the first attribute named <paramref name="name"/> (ASCII case-insensitive) is in the document's attribute storage; -1 when there is none.</summary>
    private int IndexOfAttribute(string name)
    {
        if (AttributeCount == 0) return -1;
        var source = _document.Source.Span;
        var attributes = _document.Attributes;
        for (int i = _attributeStart, end = _attributeStart + AttributeCount; i < end; i++)
        {
            ref var attribute = ref attributes[i];
            if (attribute.NameLength == name.Length && source.Slice(attribute.NameStart, attribute.NameLength).Equals(name, StringComparison.OrdinalIgnoreCase)) return i;
        }
        return -1;
    }

    /// <summary>As <see cref="TextContent"/>, without a copy when the element holds one text: then a slice of the page's source, valid while the tree is.</summary>
    public ReadOnlyMemory<char> TextMemory => FirstChild is HtmlText only && only.NextSibling is null ? only.Memory : TextContent.AsMemory();

    /// <summary>All the text under the element, as written (no white space changed), walked without recursion.</summary>
    public string TextContent
    {
        get
        {
            if (FirstChild is HtmlText only && only.NextSibling is null) return only.Data;
            var text = new StringBuilder();
            HtmlNode? node = FirstChild;
            while (node is not null)
            {
                if (node is HtmlText t) text.Append(t.Span);
                else if (node is HtmlElement { FirstChild: { } child })
                {
                    node = child;
                    continue;
                }
                while (node is not null && node != this && node.NextSibling is null) node = node.Parent;
                node = node is null || node == this ? null : node.NextSibling;
            }
            return text.ToString();
        }
    }

    internal void Append(HtmlNode child)
    {
        child.Parent = this;
        child.NextSibling = null;
        child.PreviousSibling = LastChild;
        if (LastChild is null) FirstChild = child;
        else LastChild.NextSibling = child;
        LastChild = child;
    }

    /// <summary>Puts <paramref name="child"/> (not in the tree) right before <paramref name="reference"/>, one of this element's children.</summary>
    internal void InsertBefore(HtmlNode child, HtmlNode reference)
    {
        child.Parent = this;
        child.NextSibling = reference;
        child.PreviousSibling = reference.PreviousSibling;
        if (reference.PreviousSibling is null) FirstChild = child;
        else reference.PreviousSibling.NextSibling = child;
        reference.PreviousSibling = child;
    }

    /// <summary>Takes <paramref name="child"/>, one of this element's children, out of the tree.</summary>
    internal void Remove(HtmlNode child)
    {
        if (child.PreviousSibling is null) FirstChild = child.NextSibling;
        else child.PreviousSibling.NextSibling = child.NextSibling;
        if (child.NextSibling is null) LastChild = child.PreviousSibling;
        else child.NextSibling.PreviousSibling = child.PreviousSibling;
        child.Parent = null;
        child.NextSibling = child.PreviousSibling = null;
    }

    /// <summary>Moves every child of this element, in order, to the end of <paramref name="target"/>'s children (one pass over them, for their parent and depth).</summary>
    internal void MoveChildrenTo(HtmlElement target)
    {
        if (FirstChild is null) return;
        for (var child = FirstChild; child is not null; child = child.NextSibling)
        {
            child.Parent = target;
            if (child is HtmlElement element) element.Depth = target.Depth + 1;
        }
        if (target.LastChild is null) target.FirstChild = FirstChild;
        else
        {
            target.LastChild.NextSibling = FirstChild;
            FirstChild.PreviousSibling = target.LastChild;
        }
        target.LastChild = LastChild;
        FirstChild = LastChild = null;
    }

    /// <summary>Points the element at another range of the document's attribute storage (for a repeated &lt;html&gt; or &lt;body&gt; whose new attributes are added).</summary>
    internal void SetAttributes(int start, int count)
    {
        _attributeStart = start;
        AttributeCount = count;
    }

    /// <summary>Where the element's attributes start in the document's attribute storage.</summary>
    internal int AttributeStart => _attributeStart;
}
