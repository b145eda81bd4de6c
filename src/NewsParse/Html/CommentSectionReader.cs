using System.Text;
using NewsParse.Detection;
using NewsParse.Html.Dom;
using NewsParse.Model;
using NewsParse.Text;

namespace NewsParse.Html;

/// <summary>
/// Finds the page's reader comments as structure. A comment is an element the markup names as one comment
/// (<see cref="CommentNames"/>: class "comment", "comment-item", an id "comment-123", itemtype schema.org Comment or
/// UserComments, WordPress, Blogger, Disqus-style and wpDiscuz markup alike) that holds its own text besides its
/// furniture, and shows an author or a date (an element so named, a &lt;time&gt; or &lt;cite&gt;), or has a numbered id.
/// Elements so named that only wrap one comment and its replies (WordPress's li around the comment's article) are its
/// thread, not a comment; one so named inside a comment without author or date is its text. A reply is a comment
/// inside another comment, or inside a comment's thread after it: its <see cref="Comment.Depth"/> counts these.
/// A comment's text is its own text less its furniture (author, date, meta, avatar, reply and vote links, headings,
/// forms) and less its replies; its author the text of the first element naming an author (innermost, a trailing
/// "says:" dropped); its date the first &lt;time datetime&gt;, else a date read from an element naming a date.
/// Checks that keep a page's other boxes out: one comment alone counts only inside an element naming the comments
/// section or list; a comment holding the article chosen by <see cref="ContentSelector"/> is no comment.
/// Walks with explicit loops, never recursion. Stateless and thread-safe.
/// </summary>
internal static class CommentSectionReader
{
    /// <summary>A comment's author is at most this long: a longer text is the author line, not the name.</summary>
    public const int MaxAuthorChars = 80;

    /// <summary>Finds the comments of the page; <paramref name="roots"/>: the article's elements chosen by <see cref="ContentSelector"/>.</summary>
    public static CommentSection Read(PageIndex index, List<NodeInfo> roots)
    {
        // 1. elements naming comments, in document order
        var items = new List<NodeInfo>();
        var signature = new Dictionary<NodeInfo, string>();
        var named = new HashSet<NodeInfo>();
        foreach (var node in index.Nodes)
        {
            var (role, sig) = CommentNames.Classify(node.Element);
            if (role == CommentRole.None) continue;
            named.Add(node);
            if (role == CommentRole.Item && node.TextChars > 0)
            {
                items.Add(node);
                signature[node] = sig!;
            }
        }

        // 2. which items are comments: deepest first, so an item's own text leaves out the comments inside it
        var units = new HashSet<NodeInfo>();
        for (int i = items.Count - 1; i >= 0; i--)
        {
            var item = items[i];
            if (HoldsArticle(item, roots)) continue;
            var (text, hasFurniture) = Measure(item, units, index);
            bool evidence = hasFurniture || signature[item] is "itemtype" or "itemprop" || HasNumberedId(item.Element);
            if (text > 0 && evidence) units.Add(item);
        }
        if (units.Count == 1 && !InNamedList(units.First(), named)) units.Clear();
        // comments no comment word names: a titled list of dated groups, repeated items with author and date
        var titles = new HashSet<NodeInfo>();
        CommentStructure.Find(index, roots, units, titles);
        if (units.Count == 0) return CommentSection.None;

        // 3. the comments in page order, each with its depth
        var itemSet = new HashSet<NodeInfo>(items);
        var holders = new HashSet<NodeInfo>();
        var firstUnitIn = new Dictionary<NodeInfo, NodeInfo>();
        var comments = new List<Comment>();
        var furnitureOf = new Dictionary<NodeInfo, List<string>>();
        foreach (var node in index.Nodes)
        {
            if (!units.Contains(node)) continue;
            int depth = 0;
            var outermost = node;
            for (var up = node.Parent; up is not null; up = up.Parent)
            {
                holders.Add(up);
                if (units.Contains(up)) outermost = up;
                if (!itemSet.Contains(up)) continue;
                if (units.Contains(up)) depth++;
                else if (firstUnitIn.TryGetValue(up, out var first) && first != node) depth++;
                else firstUnitIn.TryAdd(up, node);
            }
            if (!furnitureOf.TryGetValue(outermost, out var shown)) furnitureOf[outermost] = shown = [];
            if (Read(node, units, index, depth, shown) is { } comment) comments.Add(comment);
        }
        // the section's list: what holds the comments directly names them, or is the list they stand in
        foreach (var unit in units)
        {
            if (unit.Parent is { } parent && !units.Contains(parent)) named.Add(parent);
        }
        return new CommentSection(comments, units, holders, named, furnitureOf, titles);
    }

    private static bool HoldsArticle(NodeInfo item, List<NodeInfo> roots)
    {
        foreach (var root in roots)
        {
            for (var up = root; up is not null; up = up.Parent)
            {
                if (up == item) return true;
            }
        }
        return false;
    }

    private static bool InNamedList(NodeInfo unit, HashSet<NodeInfo> named)
    {
        for (var up = unit.Parent; up is not null; up = up.Parent)
        {
            if (named.Contains(up)) return true;
        }
        return false;
    }

    private static bool HasNumberedId(HtmlElement element)
    {
        var id = element.GetAttribute("id");
        if (id is null) return false;
        foreach (char c in id)
        {
            if (char.IsAsciiDigit(c)) return true;
        }
        return false;
    }

    /// <summary>The characters of an item's own text outside its furniture, and whether it has furniture with text or a time.</summary>
    private static (int Text, bool Furniture) Measure(NodeInfo item, HashSet<NodeInfo> units, PageIndex index)
    {
        int text = 0;
        bool furniture = false;
        var stack = new Stack<(HtmlNode Node, bool InFurniture)>();
        for (var child = item.Element.LastChild; child is not null; child = child.PreviousSibling) stack.Push((child, false));
        while (stack.Count > 0)
        {
            var (node, inFurniture) = stack.Pop();
            if (node is HtmlText run)
            {
                int chars = TextTally.Chars(run.Span);
                if (inFurniture) furniture |= chars > 0;
                else text += chars;
                continue;
            }
            if (node is not HtmlElement element || index.Find(element) is not { } info || units.Contains(info)) continue;
            // a heading's text does not make an item a comment (a widget's "Join Discussion"), though a comment's title is its text
            bool f = inFurniture || IsFurniture(element) || HtmlTags.HeadingLevel(element.LocalName) > 0;
            if (element.LocalName is "time" or "cite") furniture = true;
            for (var child = element.LastChild; child is not null; child = child.PreviousSibling) stack.Push((child, f));
        }
        return (text, furniture);
    }

    private static bool IsFurniture(HtmlElement element) =>
        (HtmlTags.HeadingLevel(element.LocalName) > 0 && !IsCommentTitle(element)) ||
        element.LocalName is "time" or "cite" or "footer" or "header" or "form" or "img" or "button" or "nav" ||
        element.GetAttribute("itemprop") is "author" or "creator" or "dateCreated" or "datePublished" or "commentTime" ||
        CommentNames.IsFurniture(element);

    /// <summary>
    /// A heading inside a comment that is its title ("Quantensprung? Wohl eher ein kleiner Schritt."), part of its
    /// text: only text and inline formatting in it, no date, not ending with ":" ("Jane says:"). A heading holding a
    /// link, an image, a time or an element naming furniture is the comment's header.
    /// </summary>
    private static bool IsCommentTitle(HtmlElement heading)
    {
        var stack = new Stack<HtmlElement>();
        stack.Push(heading);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            foreach (var child in element.Children)
            {
                if (child.LocalName is "a" or "img" or "time" or "cite" or "svg" || CommentNames.IsFurniture(child)) return false;
                stack.Push(child);
            }
        }
        var text = TextCollector.Flat(heading, maxOutputChars: 300);
        return text.Length > 0 && !text.EndsWith(':') && DateReader.Find(text) is null;
    }

    /// <summary>A comment of <paramref name="unit"/>, or null; what it shows besides its text (author, date, reply links) is added to <paramref name="furniture"/>.</summary>
    private static Comment? Read(NodeInfo unit, HashSet<NodeInfo> units, PageIndex index, int depth, List<string> furniture)
    {
        int headerFrom = furniture.Count;
        var paragraphs = Paragraphs(unit, units, index, skipFurniture: true);
        if (paragraphs.Count == 0) paragraphs = Paragraphs(unit, units, index, skipFurniture: false);
        else FurnitureText(unit, units, index, furniture);
        // a leading line that is the comment's header ("Jane says:", "12. März 2011 um 10:00") is not its text
        while (paragraphs.Count > 1 && paragraphs[0].Length <= 80 && (paragraphs[0].EndsWith(':') || DateReader.Find(paragraphs[0]) is not null
            || (paragraphs.Count > 2 && IsDateLine(paragraphs[1]))))
        {
            furniture.Add(paragraphs[0]);
            paragraphs.RemoveAt(0);
        }
        // a separator left before the furniture that followed the text ("Unless of what? –" before the commenter's name)
        for (int i = paragraphs.Count - 1; i >= 0; i--)
        {
            paragraphs[i] = paragraphs[i].TrimEnd(' ', '–', '—', '-', '|', '·', '•');
            if (paragraphs[i].Length == 0) paragraphs.RemoveAt(i);
        }
        if (paragraphs.Count == 0) return null;
        var element = unit.Element;
        var author = Author(unit, units, index);
        var published = Published(unit, units, index);
        // no element names the author or date: the header line shows them ("Ellen Wolff | Di, 21. April 2020 - 19:08")
        for (int i = headerFrom; i < furniture.Count && (author is null || published is null); i++)
        {
            if (TextCommentGroups.Header(furniture[i]) is not { } header) continue;
            // "Ellen Wolff | Di": the name ends at the header's first separator
            author ??= header.Author?.Split('|')[0].Trim(' ', '#') is { Length: > 0 } name ? name : null;
            published ??= header.Published;
        }
        return new Comment(string.Join("\n\n", paragraphs), author, published, depth,
            new SourceSpan(element.SourceStart, Math.Max(0, element.SourceEnd - element.SourceStart)));
    }

    /// <summary>A short line that is mostly a date ("26. März 2004, 16:19").</summary>
    private static bool IsDateLine(string line) => line.Length <= 80 && DateReader.Find(line) is { } date && date.Length * 2 >= line.Length;

    /// <summary>The text of the unit's own furniture elements (its replies left out), one string per element.</summary>
    private static void FurnitureText(NodeInfo unit, HashSet<NodeInfo> units, PageIndex index, List<string> furniture)
    {
        var stack = new Stack<HtmlElement>();
        foreach (var child in unit.Element.Children) stack.Push(child);
        var found = new List<string>();
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (index.Find(element) is not { } info || units.Contains(info)) continue;
            if (IsFurniture(element))
            {
                var text = TextCollector.Flat(element);
                if (text.Length > 0) found.Add(text);
                continue;
            }
            foreach (var child in element.Children) stack.Push(child);
        }
        found.Reverse();   // the stack gave the last first
        furniture.AddRange(found);
    }

    /// <summary>The unit's own text as paragraphs (block elements and double line breaks end one), its replies left out.</summary>
    private static List<string> Paragraphs(NodeInfo unit, HashSet<NodeInfo> units, PageIndex index, bool skipFurniture)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        void Flush()
        {
            var text = Whitespace.Collapse(current.ToString());
            current.Clear();
            if (text.Length > 0) paragraphs.Add(text);
        }
        var stack = new Stack<(HtmlNode Node, bool Exit)>();
        for (var child = unit.Element.LastChild; child is not null; child = child.PreviousSibling) stack.Push((child, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (exit)
            {
                Flush();
                continue;
            }
            if (node is HtmlText run)
            {
                current.Append(run.Span);
                continue;
            }
            if (node is not HtmlElement element || index.Find(element) is not { } info || units.Contains(info)) continue;
            if (skipFurniture ? IsFurniture(element) : element.LocalName is "form" or "button") continue;
            if (element.LocalName == "br")
            {
                current.Append('\n');
                if (current.Length > 1 && current[^2] == '\n') Flush();
                continue;
            }
            bool block = HtmlTags.IsBlock(element.LocalName);
            if (block)
            {
                Flush();
                stack.Push((element, true));
            }
            else current.Append(' ');
            for (var child = element.LastChild; child is not null; child = child.PreviousSibling) stack.Push((child, false));
        }
        Flush();
        return paragraphs;
    }

    private static string? Author(NodeInfo unit, HashSet<NodeInfo> units, PageIndex index)
    {
        HtmlElement? found = null;
        HtmlElement? cite = null;
        foreach (var element in OwnElements(unit, units, index))
        {
            if (found is not null && !IsInside(element, found)) break;
            if (CommentNames.IsAuthor(element) && TextTally.Chars(element.TextContent) > 0) found = element;
            else if (found is null && cite is null && element.LocalName == "cite") cite = element;
        }
        found ??= cite;
        if (found is null) return null;
        var text = TextCollector.Flat(found);
        // "Jane Doe says:", "Jane sagt:": the verb after the name is not the name
        int space = text.LastIndexOf(' ');
        if (text.EndsWith(':') && space > 0) text = text[..space];
        text = text.Trim().TrimEnd(':').Trim();
        return text.Length is > 0 and <= MaxAuthorChars ? text : null;
    }

    private static bool IsInside(HtmlElement element, HtmlElement ancestor)
    {
        for (var up = element.ParentElement; up is not null; up = up.ParentElement)
        {
            if (up == ancestor) return true;
        }
        return false;
    }

    private static string? Published(NodeInfo unit, HashSet<NodeInfo> units, PageIndex index)
    {
        string? fromText = null;
        foreach (var element in OwnElements(unit, units, index))
        {
            if (element.LocalName == "time" && HtmlMetadataReader.Iso(element.GetAttribute("datetime")) is { } iso) return iso;
            if ((element.GetAttribute("itemprop") ?? element.GetAttribute("property")) is "dateCreated" or "datePublished" or "commentTime" or "schema:dateCreated" or "schema:datePublished"
                && HtmlMetadataReader.Iso(element.GetAttribute("content") ?? element.GetAttribute("datetime")) is { } data) return data;
            if (fromText is null && CommentNames.IsDate(element))
            {
                fromText = HtmlMetadataReader.Iso(element.GetAttribute("title"));
                if (fromText is null && TextCollector.Flat(element, maxOutputChars: 300) is { Length: <= 300 } line) fromText = DateReader.Find(line)?.Iso;
            }
        }
        return fromText;
    }

    /// <summary>The unit's elements in document order, its replies left out.</summary>
    private static IEnumerable<HtmlElement> OwnElements(NodeInfo unit, HashSet<NodeInfo> units, PageIndex index)
    {
        var stack = new Stack<HtmlElement>();
        for (var child = unit.Element.LastChild; child is not null; child = child.PreviousSibling)
        {
            if (child is HtmlElement e) stack.Push(e);
        }
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (index.Find(element) is { } info && units.Contains(info)) continue;
            yield return element;
            for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
            {
                if (child is HtmlElement e) stack.Push(e);
            }
        }
    }
}
