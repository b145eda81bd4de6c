using NewsParse.Detection;
using NewsParse.Html.Dom;
using NewsParse.Model;
using NewsParse.Text;

namespace NewsParse.Html;

/// <summary>
/// Reader comments that no comment word names, recognised by their structure, below the start of the chosen article:
/// <list type="bullet">
/// <item><b>a titled list</b>: an element whose whole text titles a comment section ("Kommentare", "3 Comments",
/// "5 thoughts on …", <see cref="TextCommentGroups.IsTitle"/>) followed by sibling groups (or by one element holding
/// them), each a header of at most two short lines holding a date ("#1 von Naru-chan" / "26. März 2004, 16:19",
/// "Jane – 5. März 2024 um 10:15", "Tom says:") and then text. One group is enough after such a title. A group
/// whose children are each a group is the list of them (a forum's &lt;ul&gt;), read item by item; a list of groups
/// inside a group holds its replies, comments one deeper.</item>
/// <item><b>repeated items</b>: two or more sibling elements of the same tag and first class, outside the chosen
/// article or a minor part of it (less than half its text: a live blog's entries are its text), each with an element naming its author (<see cref="CommentNames.IsAuthor"/>), a date (a &lt;time&gt; or an
/// element naming a date) and text of its own outside that furniture and mostly not links (a review widget, a
/// comment list whose classes name no comment). A teaser list fails here: its text is its links.</item>
/// </list>
/// Candidates are found from the page's index without building strings for ordinary elements: only elements whose
/// counts fit a title, and the siblings of dated elements, are read. Stateless and thread-safe; no recursion.
/// </summary>
internal static class CommentStructure
{
    /// <summary>A header line is at most this long.</summary>
    private const int MaxHeaderChars = TextCommentGroups.MaxHeaderChars;

    /// <summary>A comment's own text outside its furniture has at least this many characters.</summary>
    private const int MinTextChars = 15;

    /// <summary>How many levels above a dated element a repeated item is looked for.</summary>
    private const int MaxItemLevels = 5;

    /// <summary>
    /// Adds the comment elements recognised by structure to <paramref name="units"/> and the comment titles to
    /// <paramref name="titles"/>; elements already comments, or holding or inside them, are left alone.
    /// </summary>
    public static void Find(PageIndex index, List<NodeInfo> roots, HashSet<NodeInfo> units, HashSet<NodeInfo> titles)
    {
        if (roots.Count == 0) return;
        int articleStart = int.MaxValue;
        foreach (var root in roots) articleStart = Math.Min(articleStart, root.Element.Index);
        var rootSet = new HashSet<NodeInfo>(roots);
        var seenParents = new HashSet<NodeInfo>();
        foreach (var node in index.Nodes)
        {
            if (node.Element.Index <= articleStart) continue;
            if (IsDated(node)) RepeatedItems(node, index, rootSet, roots, units, seenParents);
            else if (MayBeTitle(node)) TitledList(node, index, roots, units, titles);
        }
    }

    /// <summary>Counts that fit a section's title: a short text without links, not in a link.</summary>
    private static bool MayBeTitle(NodeInfo node) =>
        node.TextChars is >= 7 and <= 60 && node.LinkChars == 0 && !node.InLink && node.Element.NextSibling is not null &&
        (HtmlTags.HeadingLevel(node.Name) > 0 || node.Name is "div" or "p" or "span" or "strong" or "b" or "header" or "legend");

    private static bool IsDated(NodeInfo node) => node.Name == "time" || (node.Hints & HintFlags.DateName) != 0;

    private static void TitledList(NodeInfo title, PageIndex index, List<NodeInfo> roots, HashSet<NodeInfo> units, HashSet<NodeInfo> titles)
    {
        // a title names the comments in at most two words besides numbers: counted on the text runs before any string is made
        if (WordsBeyond(title.Element, 3) || HasDescendantElement(title.Element, "a")) return;
        if (!TextCommentGroups.IsTitle(TextCollector.Flat(title.Element, maxOutputChars: 100))) return;
        var groups = new List<NodeInfo>();
        var next = NextIndexed(title.Element, index);
        while (next is not null && IsGroup(next, index, roots, units))
        {
            groups.Add(next);
            next = NextIndexed(next.Element, index);
        }
        // the groups may stand in one list right after the title
        if (groups.Count == 0 && NextIndexed(title.Element, index) is { } list && !IsOrHolds(list, roots))
        {
            for (var child = list.Element.FirstChild; child is not null; child = child.NextSibling)
            {
                if (child is not HtmlElement element || index.Find(element) is not { } info || info.TextChars == 0) continue;
                if (!IsGroup(info, index, roots, units)) break;
                groups.Add(info);
            }
        }
        if (groups.Count == 0) return;
        foreach (var group in groups) AddGroup(group, index, roots, units);
        titles.Add(title);
    }

    /// <summary>
    /// Adds a group of a titled list as a comment, or, when it is the list itself (a forum's &lt;ul&gt; whose items are
    /// each a group: the first item's date made the whole list look like one), its items; an item's own list of groups
    /// nested in it (a forum's replies) is added too, so the replies are comments one deeper. Explicit stack.
    /// </summary>
    private static void AddGroup(NodeInfo group, PageIndex index, List<NodeInfo> roots, HashSet<NodeInfo> units)
    {
        var stack = new Stack<(NodeInfo Node, bool Unit)>();
        stack.Push((group, true));
        var children = new List<NodeInfo>();
        while (stack.Count > 0)
        {
            var (node, unit) = stack.Pop();
            ChildGroups(node, index, roots, units, children);
            if (unit && children.Count < 2)
            {
                if (HoldsUnit(node, units)) continue;   // it wraps comments the markup names: they are the comments
                units.Add(node);
                // replies: lists inside the comment whose items are groups
                foreach (var child in node.Element.Children)
                {
                    if (child.LocalName is "ul" or "ol" or "div" && index.Find(child) is { TextChars: > 0 } inner) stack.Push((inner, false));
                }
                continue;
            }
            if (!unit && children.Count == 0) continue;
            for (int i = children.Count - 1; i >= 0; i--) stack.Push((children[i], true));
        }
    }

    /// <summary>True when a comment already found stands inside <paramref name="node"/>.</summary>
    private static bool HoldsUnit(NodeInfo node, HashSet<NodeInfo> units)
    {
        foreach (var unit in units)
        {
            for (var up = unit.Parent; up is not null; up = up.Parent)
            {
                if (up == node) return true;
            }
        }
        return false;
    }

    /// <summary>The children of <paramref name="node"/> that are each a group of a titled list, when all its children with text are (else none).</summary>
    private static void ChildGroups(NodeInfo node, PageIndex index, List<NodeInfo> roots, HashSet<NodeInfo> units, List<NodeInfo> found)
    {
        found.Clear();
        if (node.Name is not ("ul" or "ol" or "div" or "section" or "li")) return;
        foreach (var child in node.Element.Children)
        {
            if (index.Find(child) is not { TextChars: > 0 } info) continue;
            if (!IsGroup(info, index, roots, units))
            {
                found.Clear();
                return;
            }
            found.Add(info);
        }
    }

    /// <summary>The next element sibling that is indexed (visible) and holds text.</summary>
    private static NodeInfo? NextIndexed(HtmlElement element, PageIndex index)
    {
        for (var node = element.NextSibling; node is not null; node = node.NextSibling)
        {
            if (node is HtmlElement next && index.Find(next) is { TextChars: > 0 } info) return info;
        }
        return null;
    }

    /// <summary>A comment of a titled list: a header with a date in its first two short lines, then text.</summary>
    private static bool IsGroup(NodeInfo node, PageIndex index, List<NodeInfo> roots, HashSet<NodeInfo> units)
    {
        if (node.TextChars < MinTextChars || node.LinkDensity > 0.5 || units.Contains(node) || IsOrHolds(node, roots)) return false;
        var lines = TextCollector.Lines(node.Element, maxChars: 4000).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length < 2) return false;
        for (int i = 0; i < Math.Min(2, lines.Length - 1); i++)
        {
            if (lines[i].Length > MaxHeaderChars) return false;
            if (DateReader.Find(lines[i]) is not null || TextCommentGroups.Header(lines[i]) is not null) return true;
        }
        return false;
    }

    /// <summary>True when <paramref name="node"/> is an article root or holds one.</summary>
    private static bool IsOrHolds(NodeInfo node, List<NodeInfo> roots)
    {
        foreach (var root in roots)
        {
            for (var up = root; up is not null; up = up.Parent)
            {
                if (up == node) return true;
            }
        }
        return false;
    }

    /// <summary>The characters of the chosen article's elements (the article and the continuation read with it).</summary>
    private static int ArticleChars(List<NodeInfo> roots)
    {
        int chars = 0;
        foreach (var root in roots) chars += root.TextChars;
        return chars;
    }

    /// <summary>The article root that is <paramref name="node"/> or holds it, or null.</summary>
    private static NodeInfo? RootAround(NodeInfo node, List<NodeInfo> roots)
    {
        foreach (var root in roots)
        {
            for (var up = node; up is not null; up = up.Parent)
            {
                if (up == root) return root;
            }
        }
        return null;
    }

    /// <summary>Looks above a dated element for a run of like siblings that are comments by their structure.</summary>
    private static void RepeatedItems(NodeInfo dated, PageIndex index, HashSet<NodeInfo> rootSet, List<NodeInfo> roots, HashSet<NodeInfo> units, HashSet<NodeInfo> seenParents)
    {
        var item = dated;
        for (int level = 0; level < MaxItemLevels && item.Parent is { } parent; level++, item = parent)
        {
            if (rootSet.Contains(item) || units.Contains(item)) return;
            if (!seenParents.Add(parent)) continue;
            var members = LikeSiblings(item, parent, index);
            if (members.Count < 2) continue;
            // inside the chosen article only as a minor part of it, after its text (a live blog's entries are its text)
            if (RootAround(parent, roots) is { } root && (root == parent || parent.TextChars * 2 >= ArticleChars(roots))) return;
            var found = new List<NodeInfo>();
            foreach (var member in members)
            {
                if (!IsOrHolds(member, roots) && IsItem(member, index, units)) found.Add(member);
            }
            if (found.Count < 2 || found.Count * 3 < members.Count * 2 || InPageChrome(parent) || !DistinctAuthors(found, index)) continue;
            foreach (var member in found) units.Add(member);
            return;
        }
    }

    /// <summary>
    /// True when the list stands in the page's chrome (an aside, footer or nav, or an element named as boilerplate of
    /// another kind, a sidebar): a sidebar's latest comments of other articles, a footer's tweets.
    /// </summary>
    private static bool InPageChrome(NodeInfo parent)
    {
        for (var up = parent; up is not null; up = up.Parent)
        {
            if (up.Name is "aside" or "footer" or "nav") return true;
            if (up.Kind is BoilerplateKind.RelatedLink or BoilerplateKind.Navigation or BoilerplateKind.Footer or BoilerplateKind.Advertisement
                or BoilerplateKind.SocialPrompt or BoilerplateKind.ShareBar or BoilerplateKind.Newsletter) return true;
            if (up.Element.GetAttribute("class") is { } cls && AsciiCaseInsensitive.Contains(cls, "sidebar")) return true;
        }
        return false;
    }

    /// <summary>True when the items show at least two different authors: a list of one author's posts is a teaser list.</summary>
    private static bool DistinctAuthors(List<NodeInfo> items, PageIndex index)
    {
        string? first = null;
        foreach (var item in items)
        {
            var name = AuthorText(item, index);
            if (name is null) continue;
            if (first is null) first = name;
            else if (!string.Equals(first, name, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private static string? AuthorText(NodeInfo item, PageIndex index)
    {
        var stack = new Stack<HtmlElement>();
        stack.Push(item.Element);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            foreach (var child in element.Children)
            {
                if (index.Find(child) is null) continue;
                if (CommentNames.IsAuthor(child) && TextCollector.Flat(child, maxOutputChars: 100) is { Length: > 0 } text) return text;
                stack.Push(child);
            }
        }
        return null;
    }

    /// <summary>The children of <paramref name="parent"/> of the same tag and first class as <paramref name="item"/>.</summary>
    private static List<NodeInfo> LikeSiblings(NodeInfo item, NodeInfo parent, PageIndex index)
    {
        var members = new List<NodeInfo>();
        var name = item.Name;
        var cls = FirstClass(item.Element);
        for (var node = parent.Element.FirstChild; node is not null; node = node.NextSibling)
        {
            if (node is not HtmlElement element || element.LocalName != name || index.Find(element) is not { TextChars: > 0 } info) continue;
            if (!FirstClass(element).SequenceEqual(cls)) continue;
            members.Add(info);
        }
        return members;
    }

    private static ReadOnlySpan<char> FirstClass(HtmlElement element)
    {
        if (!element.TryGetAttributeSpan("class", out var value)) return [];
        value = value.Trim();
        int end = value.IndexOfAny(' ', '\t', '\n');
        return end < 0 ? value : value[..end];
    }

    /// <summary>An item with an author element, a date and its own text, mostly not links.</summary>
    private static bool IsItem(NodeInfo member, PageIndex index, HashSet<NodeInfo> units)
    {
        // a teaser's text is its links: no walk for a member mostly of links
        if (units.Contains(member) || member.TextChars < MinTextChars || member.LinkChars * 10 >= member.TextChars * 7) return false;
        bool author = false, date = false;
        int own = 0, ownLinks = 0;
        var stack = new Stack<(HtmlNode Node, bool Furniture, bool Link)>();
        for (var child = member.Element.LastChild; child is not null; child = child.PreviousSibling) stack.Push((child, false, false));
        while (stack.Count > 0)
        {
            var (node, furniture, link) = stack.Pop();
            if (node is HtmlText run)
            {
                if (furniture) continue;
                int chars = TextTally.Chars(run.Span);
                own += chars;
                if (link) ownLinks += chars;
                continue;
            }
            if (node is not HtmlElement element || index.Find(element) is not { } info) continue;
            if (units.Contains(info)) return false;
            bool isAuthor = CommentNames.IsAuthor(element);
            bool isDate = element.LocalName == "time" || (info.Hints & HintFlags.DateName) != 0;
            author |= isAuthor;
            date |= isDate;
            bool f = furniture || isAuthor || isDate || CommentNames.IsFurniture(element) || element.LocalName is "form" or "button";
            bool l = link || element.LocalName == "a";
            for (var child = element.LastChild; child is not null; child = child.PreviousSibling) stack.Push((child, f, l));
        }
        return author && date && own >= MinTextChars && ownLinks * 10 < own * 3;
    }

    /// <summary>True when the element's text has more than <paramref name="limit"/> words that are not numbers.</summary>
    private static bool WordsBeyond(HtmlElement element, int limit)
    {
        var stack = TakeStack();
        bool beyond = WordsBeyond(element, limit, stack);
        GiveBack(stack);
        return beyond;
    }

    /// <summary>The thread's walking stack, taken while in use (a walk inside another gets a new one) and given back empty.</summary>
    [ThreadStatic] private static Stack<HtmlNode>? t_stack;

    private static Stack<HtmlNode> TakeStack()
    {
        var stack = t_stack ?? new Stack<HtmlNode>(64);
        t_stack = null;
        return stack;
    }

    private static void GiveBack(Stack<HtmlNode> stack)
    {
        stack.Clear();
        t_stack = stack;
    }

    private static bool WordsBeyond(HtmlElement element, int limit, Stack<HtmlNode> stack)
    {
        int words = 0;
        stack.Push(element);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is HtmlText run)
            {
                var span = run.Span;
                bool inWord = false, letters = false;
                for (int i = 0; i <= span.Length; i++)
                {
                    bool space = i == span.Length || char.IsWhiteSpace(span[i]);
                    if (!space)
                    {
                        inWord = true;
                        letters |= char.IsLetter(span[i]);
                        continue;
                    }
                    if (inWord && letters && ++words > limit) return true;
                    inWord = letters = false;
                }
                continue;
            }
            if (node is HtmlElement e)
            {
                for (var child = e.LastChild; child is not null; child = child.PreviousSibling) stack.Push(child);
            }
        }
        return false;
    }

    private static bool HasDescendantElement(HtmlElement element, string name)
    {
        var stack = TakeStack();
        bool found = false;
        stack.Push(element);
        while (stack.Count > 0 && !found)
        {
            var e = (HtmlElement)stack.Pop();
            foreach (var child in e.Children)
            {
                if (child.LocalName == name)
                {
                    found = true;
                    break;
                }
                stack.Push(child);
            }
        }
        GiveBack(stack);
        return found;
    }
}
