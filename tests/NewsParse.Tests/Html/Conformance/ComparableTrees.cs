using AngleSharp.Dom;
using IHtmlTemplateElement = AngleSharp.Html.Dom.IHtmlTemplateElement;
using AngleSharp.Html.Parser;
using NewsParse.Html.Dom;

namespace NewsParse.Tests.Html.Conformance;

/// <summary>Makes <see cref="ComparableNode"/> trees from NewsParse's light tree and from AngleSharp's DOM (walked without recursion), normalised.</summary>
internal static class ComparableTrees
{
    /// <summary>The html element of NewsParse's tree of <paramref name="html"/> and everything under it.</summary>
    public static ComparableNode FromNewsParse(string html, int maxDepth = 256)
    {
        var document = HtmlDocument.Parse(html, maxDepth);
        try
        {
            return FromNewsParse(document.Root);
        }
        finally
        {
            document.Release();
        }
    }

    /// <summary><paramref name="root"/> and everything under it.</summary>
    public static ComparableNode FromNewsParse(HtmlElement root)
    {
        var top = Convert(root);
        var stack = new Stack<(HtmlElement Element, ComparableNode Node)>();
        stack.Push((root, top));
        while (stack.Count > 0)
        {
            var (element, node) = stack.Pop();
            var pending = new List<(HtmlElement, ComparableNode)>();
            for (var child = element.FirstChild; child is not null; child = child.NextSibling)
            {
                if (child is HtmlText text)
                {
                    node.Append(ComparableNode.TextNode(text.Data));
                    continue;
                }
                var e = (HtmlElement)child;
                var converted = Convert(e);
                node.Append(converted);
                pending.Add((e, converted));
            }
            for (int i = pending.Count - 1; i >= 0; i--) stack.Push(pending[i]);
        }
        return top.Normalize();
    }

    private static ComparableNode Convert(HtmlElement element)
    {
        var node = ComparableNode.Element(element.LocalName, element.IsForeign);
        var names = element.AttributeNames;
        for (int i = 0; i < names.Count; i++) node.AddAttribute(names[i].ToString(), element.AttributeValueAt(i));
        return node;
    }

    /// <summary>The html element of AngleSharp's tree of <paramref name="html"/> (scripting off) and everything under it.</summary>
    public static ComparableNode FromAngleSharp(string html)
    {
        using var document = new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(html);
        return FromAngleSharp(document.DocumentElement);
    }

    /// <summary><paramref name="root"/> and everything under it; a template's contents become its children.</summary>
    public static ComparableNode FromAngleSharp(IElement root)
    {
        var top = Convert(root);
        var stack = new Stack<(INode Element, ComparableNode Node)>();
        stack.Push((root, top));
        while (stack.Count > 0)
        {
            var (parent, node) = stack.Pop();
            var children = parent is IHtmlTemplateElement template ? template.Content.ChildNodes : parent.ChildNodes;
            var pending = new List<(INode, ComparableNode)>();
            foreach (var child in children)
            {
                if (child is IText text) node.Append(ComparableNode.TextNode(text.Data));
                else if (child is IElement e)
                {
                    var converted = Convert(e);
                    node.Append(converted);
                    pending.Add((e, converted));
                }
            }
            for (int i = pending.Count - 1; i >= 0; i--) stack.Push(pending[i]);
        }
        return top.Normalize();
    }

    private static ComparableNode Convert(IElement element)
    {
        var node = ComparableNode.Element(element.LocalName, element.NamespaceUri != NamespaceNames.HtmlUri);
        foreach (var attribute in element.Attributes) node.AddAttribute(attribute.Name, attribute.Value);
        return node;
    }
}
