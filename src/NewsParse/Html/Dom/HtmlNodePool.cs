namespace NewsParse.Html.Dom;

/// <summary>
/// The nodes of released documents, kept by each thread for its next page: a page's tree is a thousand or so small
/// objects that live exactly as long as the page is read, and reusing them spares the garbage collector from copying
/// each page's tree between generations. Only <see cref="HtmlDocument.Release"/> gives nodes back (after it no node
/// of that document may be read); a document never released leaves its nodes to the garbage collector. At most
/// <see cref="MaxPooled"/> elements and as many texts wait per thread (about 4 MB), so a huge page does not stay
/// resident. Per thread: nothing is shared between threads.
/// </summary>
internal sealed class HtmlNodePool
{
    /// <summary>Most elements, and most texts, a thread keeps for reuse.</summary>
    public const int MaxPooled = 20_000;

    [ThreadStatic] private static HtmlNodePool? t_pool;

    private readonly Stack<HtmlElement> _elements = new();
    private readonly Stack<HtmlText> _texts = new();
    private readonly Stack<HtmlElement> _walk = new();

    /// <summary>The calling thread's pool.</summary>
    public static HtmlNodePool ForThread => t_pool ??= new HtmlNodePool();

    /// <summary>An element made new: a pooled one when there is one.</summary>
    public HtmlElement Element(HtmlDocument document, string name, HtmlTagId tagId, HtmlNamespace ns, int attributeStart, int attributeCount, int index)
    {
        if (!_elements.TryPop(out var element)) return new HtmlElement(document, name, tagId, ns, attributeStart, attributeCount, index);
        element.Init(document, name, tagId, ns, attributeStart, attributeCount, index);
        return element;
    }

    /// <summary>A text node made new: a pooled one when there is one.</summary>
    public HtmlText Text(ReadOnlyMemory<char> source, int start, int length, bool raw, bool dropNulls)
    {
        if (!_texts.TryPop(out var text)) return new HtmlText(source, start, length, raw, dropNulls);
        text.Init(source, start, length, raw, dropNulls);
        return text;
    }

    /// <summary>Takes back every node of the tree under <paramref name="root"/> (walked with an explicit stack), each cleared of its references, while there is room.</summary>
    public void Return(HtmlElement root)
    {
        var stack = _walk;
        stack.Push(root);
        while (stack.TryPop(out var element))
        {
            for (var child = element.FirstChild; child is not null;)
            {
                var next = child.NextSibling;
                if (child is HtmlElement inner) stack.Push(inner);
                else if (child is HtmlText text && _texts.Count < MaxPooled)
                {
                    text.Clear();
                    _texts.Push(text);
                }
                child = next;
            }
            element.Clear();
            if (_elements.Count < MaxPooled) _elements.Push(element);
        }
    }
}
