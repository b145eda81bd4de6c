using System.Buffers;

namespace NewsParse.Html.Dom;

/// <summary>
/// A page parsed into the light tree: the root html element, its head and body (always present, implied when the page
/// leaves them out; a frameset page has its frameset instead of a body), and the attribute storage the elements point into. Made by <see cref="Parse(ReadOnlyMemory{char}, int)"/>; after that only
/// read, by one thread at a time (attribute values and text are decoded on first read).
/// </summary>
internal sealed class HtmlDocument
{
    private HtmlAttribute[] _attributes;

    internal HtmlDocument(ReadOnlyMemory<char> source)
    {
        Source = source;
        // about one attribute per 60 characters of a real page: grown less often
        _attributes = ArrayPool<HtmlAttribute>.Shared.Rent(Math.Max(64, source.Length / 60));
    }

    /// <summary>The page the tree points into.</summary>
    public ReadOnlyMemory<char> Source { get; }

    /// <summary>The html element.</summary>
    public HtmlElement Root { get; internal set; } = null!;

    /// <summary>The head element (implied when the page has none).</summary>
    public HtmlElement Head { get; internal set; } = null!;

    /// <summary>The body element (implied when the page has none); for a frameset page, which has no body, its frameset element.</summary>
    public HtmlElement Body { get; internal set; } = null!;

    /// <summary>The frameset element of a frameset page; null for any other page.</summary>
    public HtmlElement? Frameset { get; internal set; }

    /// <summary>The mode the doctype put the page in (quirks without a doctype).</summary>
    public HtmlQuirksMode QuirksMode { get; internal set; }

    /// <summary>How many elements the tree holds; <see cref="HtmlElement.Index"/> is below it.</summary>
    public int ElementCount { get; internal set; }

    /// <summary>True when elements nested deeper than the limit: their tags were dropped and their text kept in the element at the limit.</summary>
    public bool DepthExceeded { get; internal set; }

    internal HtmlAttribute[] Attributes => _attributes;

    internal int AttributeCount { get; private set; }

    /// <summary>Parses <paramref name="html"/> with the HTML5 tree builder (<see cref="HtmlTreeBuilder"/>); elements nest at most <paramref name="maxDepth"/> below the root.</summary>
    public static HtmlDocument Parse(ReadOnlyMemory<char> html, int maxDepth) => HtmlTreeBuilder.Build(html, maxDepth);

    /// <summary>Parses <paramref name="html"/> held in a string (see <see cref="Parse(ReadOnlyMemory{char}, int)"/>).</summary>
    public static HtmlDocument Parse(string html, int maxDepth) => HtmlTreeBuilder.Build(html.AsMemory(), maxDepth);

    internal void AddAttribute(in HtmlAttribute attribute)
    {
        if (AttributeCount == _attributes.Length)
        {
            var bigger = ArrayPool<HtmlAttribute>.Shared.Rent(_attributes.Length * 2);
            _attributes.AsSpan(0, AttributeCount).CopyTo(bigger);
            GiveBack(_attributes, AttributeCount);
            _attributes = bigger;
        }
        _attributes[AttributeCount++] = attribute;
    }

    /// <summary>
    /// Gives the attribute storage back to the shared pool and the tree's nodes to the thread's <see cref="HtmlNodePool"/>
    /// once the page has been read: no node or attribute of the document may be read after this (a second call does
    /// nothing). Documents never released simply leave their storage to the garbage collector.
    /// </summary>
    public void Release()
    {
        GiveBack(_attributes, AttributeCount);
        _attributes = [];
        AttributeCount = 0;
        if (Root is { } root)
        {
            Root = Head = Body = null!;
            Frameset = null;
            HtmlNodePool.ForThread.Return(root);
        }
    }

    /// <summary>Clears the used part (decoded values are references, and page content) before the pool hands the array to someone else.</summary>
    private static void GiveBack(HtmlAttribute[] attributes, int used)
    {
        if (attributes.Length == 0) return;
        attributes.AsSpan(0, used).Clear();
        ArrayPool<HtmlAttribute>.Shared.Return(attributes);
    }

    /// <summary>Forgets the attributes from <paramref name="count"/> on (those of a dropped tag).</summary>
    internal void TruncateAttributes(int count) => AttributeCount = count;
}
