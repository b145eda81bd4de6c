using NewsParse.Html.Dom;

namespace NewsParse.Html;

/// <summary>
/// The indexed children of an element (those the <see cref="PageIndex"/> kept: not skipped, not hidden), in document
/// order, enumerated without allocating. Read it while the index lives.
/// </summary>
internal readonly struct ChildInfos(PageIndex index, NodeInfo parent)
{
    /// <summary>The enumerator (a struct: <c>foreach</c> allocates nothing).</summary>
    public Enumerator GetEnumerator() => new(index, parent.Element.Children.GetEnumerator());

    /// <summary>Appends the children to <paramref name="into"/>.</summary>
    public void AddTo(List<NodeInfo> into)
    {
        foreach (var child in this) into.Add(child);
    }

    /// <summary>The children in a new list.</summary>
    public List<NodeInfo> ToList()
    {
        var list = new List<NodeInfo>();
        AddTo(list);
        return list;
    }

    /// <summary>Walks the element children and yields those the index kept.</summary>
    public struct Enumerator(PageIndex index, HtmlChildElements.Enumerator elements)
    {
        private HtmlChildElements.Enumerator _elements = elements;

        /// <summary>The current child.</summary>
        public NodeInfo Current { get; private set; } = null!;

        /// <summary>Moves to the next indexed child.</summary>
        public bool MoveNext()
        {
            while (_elements.MoveNext())
            {
                if (index.Find(_elements.Current) is { } info)
                {
                    Current = info;
                    return true;
                }
            }
            return false;
        }
    }
}
