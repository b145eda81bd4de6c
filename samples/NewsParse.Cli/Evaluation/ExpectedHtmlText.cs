using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsParse.Cli.Evaluation;

/// <summary>
/// The text of Readability's expected extraction (expected.html) as score_readability_body.py reads it: text in
/// document order, scripts and styles left out, a line break at the start and end of each block element. Only its
/// words are scored, so the tree AngleSharp builds gives the same words as the script's tag-by-tag reading. Stateless and thread-safe.
/// </summary>
internal static class ExpectedHtmlText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
        { "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "td", "th", "pre", "blockquote", "figcaption", "dd", "dt" };

    /// <summary>The text of <paramref name="html"/>.</summary>
    public static string Of(string html)
    {
        using var document = new HtmlParser().ParseDocument(html);
        var text = new StringBuilder();
        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((document.DocumentElement, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (node is IElement element)
            {
                var name = element.LocalName;
                if (name is "script" or "style") continue;
                bool block = Blocks.Contains(name);
                if (exit)
                {
                    if (block) text.Append('\n');
                    continue;
                }
                if (block) text.Append('\n');
                stack.Push((node, true));
                for (var child = node.LastChild; child is not null; child = child.PreviousSibling) stack.Push((child, false));
            }
            else if (node is IText textNode) text.Append(textNode.Data);
        }
        return text.ToString();
    }

    /// <summary>The number of words (runs of non-space characters) of <paramref name="text"/>, as Python's <c>str.split()</c> counts them.</summary>
    public static int Words(string text)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool space = ScoringText.IsSpace(c);
            if (!space && !inWord) words++;
            inWord = !space;
        }
        return words;
    }
}
