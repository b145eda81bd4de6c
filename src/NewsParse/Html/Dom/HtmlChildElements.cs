namespace NewsParse.Html.Dom;

/// <summary>The element children of an element, in document order, enumerated without allocating.</summary>
internal readonly struct HtmlChildElements(HtmlElement parent)
{
    /// <summary>The enumerator (a struct: foreach does not allocate).</summary>
    public Enumerator GetEnumerator() => new(parent.FirstChild);

    /// <summary>Walks the sibling links, skipping text.</summary>
    public struct Enumerator(HtmlNode? first)
    {
        private HtmlNode? _next = first;

        /// <summary>The current element.</summary>
        public HtmlElement Current { get; private set; } = null!;

        /// <summary>Moves to the next element child; false after the last.</summary>
        public bool MoveNext()
        {
            while (_next is not null)
            {
                var node = _next;
                _next = node.NextSibling;
                if (node is HtmlElement element)
                {
                    Current = element;
                    return true;
                }
            }
            return false;
        }
    }
}
