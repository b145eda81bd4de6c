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
/// section or list; a comment holding the article chosen by <see cref="ContentSelector"/> is no comment; items inside
/// the article holding half its text, in no comment section, are a live blog's entries; an item whose own text is
/// mostly three or more links is a list of links (a "most commented" widget); one holding a comment before any text
/// of its own wraps the comments (its text after them is the section's chrome).
/// Walks with explicit loops, never recursion. Stateless and thread-safe.
/// </summary>
internal static class CommentSectionReader
{
    /// <summary>A comment's author is at most this long: a longer text is the author line, not the name.</summary>
    public const int MaxAuthorChars = 80;

    /// <summary>An item whose own text is at least half links, with at least this many links, is a list of links, not a comment.</summary>
    private const int MinListLinks = 3;

    /// <summary>
    /// Finds the comments of the page; <paramref name="roots"/>: the article's elements chosen by <see cref="ContentSelector"/>;
    /// <paramref name="baseAddress"/>: what the links of a comment's text resolve against.
    /// </summary>
    public static CommentSection Read(PageIndex index, List<NodeInfo> roots, Uri? baseAddress = null)
    {
        // 1. elements naming comments, in document order
        var items = new List<NodeInfo>();
        var signature = new Dictionary<NodeInfo, string>();
        var named = new HashSet<NodeInfo>();
        foreach (var node in index.Nodes)
        {
            if ((node.Hints & HintFlags.CommentName) == 0) continue;   // nothing in its markup can name a comment
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
            var (text, hasFurniture, links, linkChars, wrapper) = Measure(item, units, index);
            bool evidence = hasFurniture || signature[item] is "itemtype" or "itemprop" || HasNumberedId(item.Element);
            // a list of links (a widget of the most read or most commented articles) is no comment: a comment is prose
            bool linkList = links >= MinListLinks && linkChars * 2 >= text;
            if (text > 0 && evidence && !linkList && !wrapper) units.Add(item);
        }
        if (units.Count == 1 && !InNamedList(units.First(), named)) units.Clear();
        DropLiveEntries(units, roots, named);
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
        var runs = new InlineRuns();
        foreach (var node in index.Nodes)
        {
            if (!units.Contains(node)) continue;
            int depth = 0;
            var outermost = node;
            for (var up = node.Parent; up is not null; up = up.Parent)
            {
                holders.Add(up);
                if (units.Contains(up))
                {
                    // a comment inside another (named or found by structure) is a reply to it
                    outermost = up;
                    depth++;
                    continue;
                }
                if (!itemSet.Contains(up)) continue;
                if (firstUnitIn.TryGetValue(up, out var first) && first != node) depth++;
                else firstUnitIn.TryAdd(up, node);
            }
            if (!furnitureOf.TryGetValue(outermost, out var shown)) furnitureOf[outermost] = shown = [];
            if (Read(node, units, index, depth, shown, runs, baseAddress) is { } comment) comments.Add(comment);
        }
        // the section's list: what holds the comments directly names them, or is the list they stand in
        foreach (var unit in units)
        {
            if (unit.Parent is { } parent && !units.Contains(parent)) named.Add(parent);
        }
        return new CommentSection(comments, units, holders, named, furnitureOf, titles);
    }

    /// <summary>
    /// Drops the items inside a chosen article root that hold at least half its text and stand in no element naming a
    /// comment section: a live blog's entries ("live-comment"), which are the article's text, not its readers'.
    /// </summary>
    private static void DropLiveEntries(HashSet<NodeInfo> units, List<NodeInfo> roots, HashSet<NodeInfo> named)
    {
        if (units.Count == 0 || roots.Count == 0) return;
        Dictionary<NodeInfo, int>? inRoot = null;
        foreach (var unit in units)
        {
            for (var up = unit.Parent; up is not null; up = up.Parent)
            {
                if (named.Contains(up)) break;   // in a comment section: comments, wherever the article was chosen
                if (!roots.Contains(up)) continue;
                inRoot ??= [];
                inRoot[up] = inRoot.GetValueOrDefault(up) + unit.TextChars;
                break;
            }
        }
        if (inRoot is null) return;
        foreach (var (root, chars) in inRoot)
        {
            if (chars * 2 < root.TextChars) continue;
            units.RemoveWhere(unit => IsInside(unit.Element, root.Element));
        }
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

    /// <summary>
    /// The characters of an item's own text outside its furniture, whether it has furniture with text or a time, and
    /// the links of that text with their characters; and whether it is a wrapper of comments: one holding a comment
    /// before any text of its own (a comment's text comes before its replies; a thread's or section's leftovers, "Load
    /// more", a form's note, come after the comments).
    /// </summary>
    private static (int Text, bool Furniture, int Links, int LinkChars, bool Wrapper) Measure(NodeInfo item, HashSet<NodeInfo> units, PageIndex index)
    {
        int text = 0, links = 0, linkChars = 0;
        bool furniture = false, wrapper = false;
        var stack = new Stack<(HtmlNode Node, bool InFurniture, bool InLink)>();
        for (var child = item.Element.LastChild; child is not null; child = child.PreviousSibling) stack.Push((child, false, false));
        while (stack.Count > 0)
        {
            var (node, inFurniture, inLink) = stack.Pop();
            if (node is HtmlText run)
            {
                int chars = TextTally.Chars(run.Span);
                if (inFurniture) furniture |= chars > 0;
                else
                {
                    text += chars;
                    if (inLink) linkChars += chars;
                }
                continue;
            }
            if (node is not HtmlElement element || index.Find(element) is not { } info) continue;
            if (units.Contains(info))
            {
                wrapper |= text == 0;
                continue;
            }
            // a heading's text does not make an item a comment (a widget's "Join Discussion"), though a comment's title is its text
            bool f = inFurniture || IsFurniture(element) || HtmlTags.HeadingLevel(element.LocalName) > 0;
            if (element.LocalName is "time" or "cite") furniture = true;
            bool link = element.LocalName == "a";
            if (link && !f && !inLink) links++;
            for (var child = element.LastChild; child is not null; child = child.PreviousSibling) stack.Push((child, f, inLink || link));
        }
        return (text, furniture, links, linkChars, wrapper);
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
    private static Comment? Read(NodeInfo unit, HashSet<NodeInfo> units, PageIndex index, int depth, List<string> furniture, InlineRuns runs, Uri? baseAddress)
    {
        int headerFrom = furniture.Count;
        var paragraphs = Paragraphs(unit, units, index, skipFurniture: true, runs, baseAddress);
        if (paragraphs.Count == 0) paragraphs = Paragraphs(unit, units, index, skipFurniture: false, runs, baseAddress);
        else FurnitureText(unit, units, index, furniture);
        // a leading line that is the comment's header ("Jane says:", "12. März 2011 um 10:00") is not its text
        bool firstLine = true;
        string? nameLine = null;   // a short line right above the header's date line: the commenter's name ("Red Bastard" / "(22 juin 2018 @11h29)")
        while (paragraphs.Count > 1 && paragraphs[0].Text.Length <= 80 && (paragraphs[0].Text.EndsWith(':') || DateReader.Find(paragraphs[0].Text) is not null
            || (paragraphs.Count > 2 && IsDateLine(paragraphs[1].Text))))
        {
            var line = paragraphs[0].Text;
            if (firstLine && IsNameLine(line) && paragraphs.Count > 2 && IsDateLine(paragraphs[1].Text)) nameLine = line;
            firstLine = false;
            furniture.Add(line);
            paragraphs.RemoveAt(0);
        }
        // a short date line closing the comment ("18. September um 08:37" under its text) is its footer, not its text
        string? footerDate = null;
        while (paragraphs.Count > 1 && IsDateLine(paragraphs[^1].Text))
        {
            footerDate ??= DateReader.Find(paragraphs[^1].Text)?.Iso;
            furniture.Add(paragraphs[^1].Text);
            paragraphs.RemoveAt(paragraphs.Count - 1);
        }
        // a separator left before the furniture that followed the text ("Unless of what? –" before the commenter's name)
        for (int i = paragraphs.Count - 1; i >= 0; i--)
        {
            paragraphs[i] = TrimSeparator(paragraphs[i]);
            if (paragraphs[i].Text.Length == 0) paragraphs.RemoveAt(i);
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
        author ??= nameLine;
        published ??= footerDate;
        var (text, inlines) = Join(paragraphs);
        return new Comment(text, author, published, depth, new SourceSpan(element.SourceStart, Math.Max(0, element.SourceEnd - element.SourceStart)))
        {
            Inlines = inlines,
        };
    }

    /// <summary>The paragraph less a trailing separator; its runs cut at the new end.</summary>
    private static RichText TrimSeparator(RichText paragraph)
    {
        var text = paragraph.Text.TrimEnd(' ', '–', '—', '-', '|', '·', '•');
        if (text.Length == paragraph.Text.Length) return paragraph;
        if (paragraph.Runs is not { } runs) return new RichText(text, null);
        var kept = new List<Inline>(runs.Count);
        foreach (var run in runs)
        {
            if (run.Start + run.Length <= text.Length) kept.Add(run);
            else if (run.Start < text.Length && run.Kind != InlineKind.LineBreak) kept.Add(run with { Length = text.Length - run.Start });
        }
        return new RichText(text, kept.Count > 0 ? kept : null);
    }

    /// <summary>The paragraphs joined with a blank line, their runs shifted to where each stands (null when none has any).</summary>
    private static (string Text, List<Inline>? Runs) Join(List<RichText> paragraphs)
    {
        if (paragraphs.Count == 1) return (paragraphs[0].Text, paragraphs[0].Runs);
        var text = new StringBuilder();
        List<Inline>? all = null;
        foreach (var paragraph in paragraphs)
        {
            if (text.Length > 0) text.Append("\n\n");
            if (paragraph.Runs is { } runs)
            {
                all ??= [];
                foreach (var run in runs) all.Add(run with { Start = run.Start + text.Length });
            }
            text.Append(paragraph.Text);
        }
        return (text.ToString(), all);
    }

    /// <summary>A line that may be a commenter's name: short, a few words, no date, not a sentence or a label.</summary>
    private static bool IsNameLine(string line)
    {
        if (line.Length is 0 or > MaxAuthorChars || line[^1] is ':' or '.' or '!' or '?' || DateReader.Find(line) is not null) return false;
        int words = 1;
        foreach (char c in line)
        {
            if (c == ' ' && ++words > 4) return false;
        }
        return true;
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

    private enum Exit : byte { None, Block, Run }

    /// <summary>
    /// The unit's own text as paragraphs (block elements and double line breaks end one), its replies left out, each
    /// with its inline runs (links resolved against <paramref name="baseAddress"/>, emphasis, strong, code, a single
    /// line break); white space collapsed as <see cref="Whitespace.Collapse(string)"/> collapses the raw text.
    /// </summary>
    private static List<RichText> Paragraphs(NodeInfo unit, HashSet<NodeInfo> units, PageIndex index, bool skipFurniture, InlineRuns runs, Uri? baseAddress)
    {
        var paragraphs = new List<RichText>();
        var current = new CollapsingWriter(int.MaxValue);
        char last = '\0';   // the last raw character written since the paragraph began: a second <br> right after one ends it
        void Flush()
        {
            var text = current.ToStringAndReturn();
            var found = runs.Take(text);
            last = '\0';
            if (text.Length > 0) paragraphs.Add(new RichText(text, found));
        }
        var stack = new Stack<(HtmlNode Node, Exit Exit)>();
        for (var child = unit.Element.LastChild; child is not null; child = child.PreviousSibling) stack.Push((child, Exit.None));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (exit == Exit.Block)
            {
                Flush();
                continue;
            }
            if (exit == Exit.Run)
            {
                runs.Leave();
                continue;
            }
            if (node is HtmlText run)
            {
                if (run.Span.IsEmpty) continue;
                int before = current.Length;
                current.Append(run.Span);
                if (current.Length > before) runs.Text(current[before] == ' ' ? before + 1 : before, current.Length);
                last = run.Span[^1];
                continue;
            }
            if (node is not HtmlElement element || index.Find(element) is not { } info || units.Contains(info)) continue;
            if (skipFurniture ? IsFurniture(element) : element.LocalName is "form" or "button") continue;
            if (element.LocalName == "br")
            {
                if (last == '\n')
                {
                    Flush();
                    continue;
                }
                runs.LineBreak(current.Length);
                current.Append('\n');
                last = '\n';
                continue;
            }
            if (HtmlTags.IsBlock(element))
            {
                Flush();
                stack.Push((element, Exit.Block));
            }
            else
            {
                current.Append(' ');
                last = ' ';
                if (RunKind(element) is { } kind)
                {
                    runs.Enter(kind, kind == InlineKind.Link && element.AttributeCount > 0 ? LinkAddress.Resolve(element.GetAttribute("href"), baseAddress) : null);
                    stack.Push((element, Exit.Run));
                }
            }
            for (var child = element.LastChild; child is not null; child = child.PreviousSibling) stack.Push((child, Exit.None));
        }
        Flush();
        return paragraphs;
    }

    /// <summary>The run an inline element of a comment's text gives: a link, strong, emphasis or code; null for others.</summary>
    private static InlineKind? RunKind(HtmlElement element)
    {
        string name = element.LocalName;
        if (name == "a") return InlineKind.Link;
        if (HtmlTags.IsEmphasis(name)) return InlineKind.Strong;
        return HtmlTags.InlineRunKind(name);
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
