using NewsParse.Html.Dom;
using NewsParse.Text;

namespace NewsParse.Html;

/// <summary>
/// Reads a heading's text without the page furniture that wikis, documentation generators and blogs put in headings:
/// permalink anchors (an in-page link, <c>href="#…"</c>, with no letter or digit in its text: "#", "¶", "§", "🔗" or
/// nothing), edit links (an element inside the heading whose text is wholly in square brackets and holds a link:
/// MediaWiki's "[edit]", "[bearbeiten | Quelltext bearbeiten]", whatever the language) and a trailing pilcrow, section
/// sign, hash or link symbol left as text. What was taken out is named, for the heading's reason. Evidence is the
/// markup's shape, not words, so it holds in every language. Walks with an explicit stack; stateless and thread-safe.
/// </summary>
internal static class HeadingFurniture
{
    /// <summary>Symbols that stand at the end of a heading as a permalink marker and are never its words.</summary>
    private static bool IsMarker(char c) => c is '#' or '¶' or '§' or '⁋';

    /// <summary>The heading's collapsed text without its furniture; <paramref name="removed"/> says what was taken out, or is null.</summary>
    public static string Read(HtmlElement heading, out string? removed)
    {
        removed = null;
        var text = new CollapsingWriter(int.MaxValue);
        var stack = new Stack<HtmlNode>(16);
        stack.Push(heading);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is HtmlText run)
            {
                text.Append(run.Span);
                continue;
            }
            var element = (HtmlElement)node;
            if (element != heading)
            {
                string name = element.LocalName;
                if (HtmlTags.IsSkipped(element) || HtmlVisibility.IsHidden(element)) continue;
                if (name == "br")
                {
                    text.Append(' ');
                    continue;
                }
                if (IsPermalink(element))
                {
                    removed = "a permalink anchor taken out of the heading";
                    continue;
                }
                if (IsEditLink(element))
                {
                    removed = "an edit link taken out of the heading";
                    continue;
                }
            }
            for (var child = element.LastChild; child is not null; child = child.PreviousSibling) stack.Push(child);
        }
        var result = text.ToStringAndReturn();
        // trailing words made only of markers ("Overview ¶", "Usage #"), never a marker inside a word ("C#")
        int end = result.Length;
        while (true)
        {
            int space = result.LastIndexOf(' ', Math.Max(0, end - 1));
            if (space <= 0 || !IsMarkerWord(result.AsSpan(space + 1, end - space - 1))) break;
            end = space;
        }
        if (end < result.Length)
        {
            removed ??= "a permalink marker taken off the end of the heading";
            result = result[..end];
        }
        return result;
    }

    /// <summary>True for a word made only of permalink markers: "#", "¶", "§", "🔗".</summary>
    private static bool IsMarkerWord(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return false;
        for (int i = 0; i < word.Length; i++)
        {
            if (IsMarker(word[i])) continue;
            if (word[i] == '\uD83D' && i + 1 < word.Length && word[i + 1] == '\uDD17')
            {
                i++;
                continue;
            }
            return false;
        }
        return true;
    }

    /// <summary>An in-page link whose text has no letter or digit: a permalink to the heading itself.</summary>
    private static bool IsPermalink(HtmlElement element)
    {
        if (element.LocalName != "a" || !element.TryGetAttributeSpan("href", out var href)) return false;
        href = href.Trim();
        if (href.IsEmpty || href[0] != '#') return false;
        return !HasWordCharacter(TextCollector.Flat(element, maxOutputChars: 64));
    }

    /// <summary>An element whose whole text stands in square brackets and that holds a link: "[edit]", "[edit | edit source]".</summary>
    private static bool IsEditLink(HtmlElement element)
    {
        if (element.LocalName is not ("span" or "sup" or "small" or "div")) return false;
        var text = TextCollector.Flat(element, maxOutputChars: 81);
        if (text.Length is < 3 or > 80 || text[0] != '[' || text[^1] != ']' || text.IndexOf('[', 1) >= 0) return false;
        // a footnote reference ("[1]") is a link in brackets too, but its text is a number, not a word
        if (!HasLetter(text)) return false;
        var stack = new Stack<HtmlElement>();
        stack.Push(element);
        while (stack.Count > 0)
        {
            var next = stack.Pop();
            if (next.LocalName == "a" && next.HasAttribute("href")) return true;
            foreach (var child in next.Children) stack.Push(child);
        }
        return false;
    }

    private static bool HasWordCharacter(string text)
    {
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c)) return true;
        }
        return false;
    }

    private static bool HasLetter(string text)
    {
        foreach (char c in text)
        {
            if (char.IsLetter(c)) return true;
        }
        return false;
    }
}
