using System.Text;

namespace NewsParse.Tests.Html.Conformance;

/// <summary>
/// A parser-neutral tree node, so that NewsParse's light tree, AngleSharp's DOM and an html5lib expected dump can be
/// compared: an element (lower-case local name, HTML or foreign namespace, attributes with lower-case names, the first
/// of a repeated name kept) or a run of text. Comments and doctypes are not represented (NewsParse's tree keeps neither);
/// adjacent text runs are merged and empty ones dropped by <see cref="Normalize"/>; a template's contents are its children.
/// </summary>
internal sealed class ComparableNode
{
    private ComparableNode(string name, bool foreign, string? text)
    {
        Name = name;
        Foreign = foreign;
        Text = text;
    }

    /// <summary>The element's lower-case local name; empty for text.</summary>
    public string Name { get; }

    /// <summary>True for an element in the SVG or MathML namespace.</summary>
    public bool Foreign { get; }

    /// <summary>The text of a text node; null for an element.</summary>
    public string? Text { get; private set; }

    /// <summary>True for a text node.</summary>
    public bool IsText => Text is not null;

    /// <summary>The parent element; null for the root.</summary>
    public ComparableNode? Parent { get; private set; }

    /// <summary>Attributes as (lower-case name, value), in the order they were given.</summary>
    public List<(string Name, string Value)> Attributes { get; } = [];

    /// <summary>The child nodes in order.</summary>
    public List<ComparableNode> Children { get; } = [];

    /// <summary>A new element.</summary>
    public static ComparableNode Element(string name, bool foreign) => new(name.ToLowerInvariant(), foreign, null);

    /// <summary>A new text node.</summary>
    public static ComparableNode TextNode(string text) => new("", false, text);

    /// <summary>Adds an attribute unless one of the same name (case-insensitive) is already there.</summary>
    public void AddAttribute(string name, string value)
    {
        name = name.ToLowerInvariant();
        if (Attributes.Exists(a => a.Name == name)) return;
        Attributes.Add((name, value));
    }

    /// <summary>Appends <paramref name="child"/>.</summary>
    public void Append(ComparableNode child)
    {
        child.Parent = this;
        Children.Add(child);
    }

    /// <summary>Takes this node out of its parent: it becomes a root.</summary>
    public ComparableNode Detach()
    {
        Parent?.Children.Remove(this);
        Parent = null;
        return this;
    }

    /// <summary>Merges adjacent text runs and drops empty ones in the whole subtree (no recursion).</summary>
    public ComparableNode Normalize()
    {
        var stack = new Stack<ComparableNode>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            var merged = new List<ComparableNode>(node.Children.Count);
            foreach (var child in node.Children)
            {
                if (child.IsText)
                {
                    if (child.Text!.Length == 0) continue;
                    if (merged.Count > 0 && merged[^1].IsText)
                    {
                        merged[^1].Text += child.Text;
                        continue;
                    }
                }
                else stack.Push(child);
                merged.Add(child);
            }
            node.Children.Clear();
            node.Children.AddRange(merged);
        }
        return this;
    }

    /// <summary>The nodes of the subtree in document order, each with its depth below this node (this node at 0).</summary>
    public IEnumerable<(ComparableNode Node, int Depth)> Descendants()
    {
        var stack = new Stack<(ComparableNode, int)>();
        stack.Push((this, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            yield return (node, depth);
            for (int i = node.Children.Count - 1; i >= 0; i--) stack.Push((node.Children[i], depth + 1));
        }
    }

    /// <summary>All the text of the subtree in document order.</summary>
    public string AllText()
    {
        var text = new StringBuilder();
        foreach (var (node, _) in Descendants())
        {
            if (node.IsText) text.Append(node.Text);
        }
        return text.ToString();
    }

    /// <summary>The chain of element names (namespaces left out) from the root down to this node's parent (for text) or to this node, joined by '>'.</summary>
    public string AncestorChain()
    {
        var names = new List<string>();
        for (var node = IsText ? Parent : this; node is not null; node = node.Parent) names.Add(node.Name);
        names.Reverse();
        return string.Join('>', names);
    }

    /// <summary>The subtree in html5lib's dump format (without the document line; namespaces as "svg " for every foreign element, names and attribute names lower-case).</summary>
    public string Dump()
    {
        var output = new StringBuilder();
        foreach (var (node, depth) in Descendants())
        {
            output.Append("| ").Append(' ', depth * 2);
            if (node.IsText)
            {
                output.Append('"').Append(node.Text).Append("\"\n");
                continue;
            }
            output.Append('<').Append(node.Foreign ? "svg " : "").Append(node.Name).Append(">\n");
            foreach (var (name, value) in node.Attributes.OrderBy(a => a.Name, StringComparer.Ordinal))
                output.Append("| ").Append(' ', depth * 2 + 2).Append(name).Append("=\"").Append(value).Append("\"\n");
        }
        return output.ToString();
    }
}
