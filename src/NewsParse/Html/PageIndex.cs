using NewsParse.Html.Dom;
using NewsParse.Text;

namespace NewsParse.Html;

/// <summary>
/// One iterative walk over the parsed page (no recursion: an explicit stack) that indexes every visible element
/// with its hints and bottom-up text counts, and gathers what the metadata reader needs from the head and the body:
/// the title, the html lang, meta tags, the canonical link and JSON-LD scripts. Elements deeper than
/// <see cref="NewsParserOptions.MaxNestingDepth"/> are not indexed: the element at the limit holds their text.
/// </summary>
internal sealed class PageIndex
{
    private NodeInfo?[] _byElement = [];

    /// <summary>Visible elements in document order.</summary>
    public List<NodeInfo> Nodes { get; private set; } = [];

    public NodeInfo? Body { get; private set; }
    public string? Title { get; private set; }
    public string? Language { get; private set; }
    public string? Canonical { get; private set; }

    /// <summary>Meta tags as (name or property, lower-cased; content) in document order.</summary>
    public List<(string Key, string Content)> Metas { get; } = new(32);

    /// <summary>The text of each application/ld+json script (and of each script without a type that is a schema.org JSON-LD object: <see cref="IsUntypedSchemaOrg"/>): slices of the page (valid until <see cref="Release"/>, like the tree) unless the text had to be decoded or joined.</summary>
    public List<ReadOnlyMemory<char>> JsonLd { get; } = [];

    /// <summary>True when some element was deeper than the nesting limit.</summary>
    public bool DepthExceeded { get; private set; }

    /// <summary>The content of the first meta tag named <paramref name="key"/> (lower case), character references decoded; null when there is none.</summary>
    public string? Meta(string key)
    {
        foreach (var (k, content) in Metas)
        {
            if (k == key) return System.Net.WebUtility.HtmlDecode(content);
        }
        return null;
    }

    /// <summary>The element's entry; null when it is not indexed (hidden, skipped or too deep).</summary>
    public NodeInfo? Find(HtmlElement element) => (uint)element.Index < (uint)_byElement.Length ? _byElement[element.Index] : null;

    public static PageIndex Build(HtmlDocument document, int maxDepth)
    {
        var index = new PageIndex();
        index.Walk(document, maxDepth);
        return index;
    }

    /// <summary>
    /// Gives this index's infos to the thread's next page (at most <see cref="MaxPooledInfos"/> wait): no info of it,
    /// nor <see cref="Nodes"/> and <see cref="JsonLd"/>, may be read after this; a second call does nothing. An index never released leaves its
    /// infos to the garbage collector.
    /// </summary>
    public void Release()
    {
        var pool = t_infos ??= new Stack<NodeInfo>();
        foreach (var info in Nodes)
        {
            if (pool.Count >= MaxPooledInfos) break;
            info.Clear();
            pool.Push(info);
        }
        Nodes.Clear();
        if (Nodes.Capacity is > 0 and <= MaxPooledElements) t_nodes = Nodes;
        Nodes = [];
        Array.Clear(_byElement);
        if (_byElement.Length is > 0 and <= MaxPooledElements) t_byElement = _byElement;
        _byElement = [];
        Body = null;
        JsonLd.Clear();   // slices of the page's source, which may go back to a pool
    }

    /// <summary>Most elements of a page whose lists (the entries in page order, the entries by element) a thread keeps for its next page (about 1 MB).</summary>
    public const int MaxPooledElements = 65_536;

    /// <summary>The lists of the thread's last released index, empty.</summary>
    [ThreadStatic] private static List<NodeInfo>? t_nodes;
    [ThreadStatic] private static NodeInfo?[]? t_byElement;

    /// <summary>Most infos a thread keeps for its next page (about 2 MB).</summary>
    public const int MaxPooledInfos = 20_000;

    /// <summary>The infos of the thread's released indexes.</summary>
    [ThreadStatic] private static Stack<NodeInfo>? t_infos;

    private static NodeInfo NewInfo(HtmlElement element, NodeInfo? parent, int depth)
    {
        if (t_infos is not { } pool || !pool.TryPop(out var info)) return new NodeInfo(element, parent, depth);
        info.Init(element, parent, depth);
        return info;
    }

    private void Walk(HtmlDocument document, int maxDepth)
    {
        // the thread's lists from its last page when they are large enough, taken while in use
        _byElement = t_byElement is { } byElement && byElement.Length >= document.ElementCount ? byElement : new NodeInfo?[document.ElementCount];
        if (_byElement == t_byElement) t_byElement = null;
        if (t_nodes is { } nodes)
        {
            Nodes = nodes;
            t_nodes = null;
        }
        var root = document.Root;
        Language = NonEmpty(root.GetAttribute("lang"));
        var classHints = new ClassHintCache();
        if (Nodes.Capacity < document.ElementCount) Nodes.Capacity = document.ElementCount;
        var stack = t_walkStack ?? new Stack<(HtmlNode Node, NodeInfo? Info, bool Exit)>(256);
        t_walkStack = null; // taken while in use
        stack.Push((root, null, false));
        while (stack.Count > 0)
        {
            var (node, parent, exit) = stack.Pop();
            if (exit)
            {
                var done = parent!;
                if (done.Parent is { } up)
                {
                    up.TextChars += done.TextChars;
                    up.LinkChars += done.LinkChars;
                    up.Commas += done.Commas;
                }
                continue;
            }
            if (node is HtmlText text)
            {
                if (parent is not null) AddText(parent, text.Span);
                continue;
            }
            if (node is not HtmlElement element) continue;
            string name = element.LocalName;
            if (Gather(element, name)) continue;
            if (HtmlTags.IsSkipped(element) && !(name == "button" && parent is { InFaq: true })) 
            {
                if (name == "head") PushChildren(stack, element, parent);
                continue;
            }
            if (parent is not null && HtmlVisibility.IsHidden(element) && !parent.InFaq && !LooksFaq(element) && !IsCommentSection(element)) continue;

            int depth = parent is null ? 0 : parent.Depth + 1;
            var info = NewInfo(element, parent, depth);
            ClassHints.Apply(info, classHints);
            info.Owner = HtmlTags.IsBlock(element) || parent is null ? info : parent.Owner;
            info.InLink = name == "a" || (parent?.InLink ?? false);
            info.InFaq = (info.Hints & HintFlags.Faq) != 0 || (parent?.InFaq ?? false);
            info.InUnlikely = (info.Hints & HintFlags.Unlikely) != 0 || (parent?.InUnlikely ?? false);
            Nodes.Add(info);
            _byElement[element.Index] = info;
            if (name == "body") Body = info;
            stack.Push((element, info, true));
            if (depth >= maxDepth)
            {
                info.Opaque = true;
                DepthExceeded = true;
                AddText(info, TextCollector.Flat(element));
                continue;
            }
            PushChildren(stack, element, info);
        }
        Body ??= Nodes.Count > 0 ? Nodes[0] : null;
        classHints.Release();
        t_walkStack = stack; // empty again
    }

    /// <summary>The thread's walking stack, reused page after page (it grows to a page's widest fan-out).</summary>
    [ThreadStatic] private static Stack<(HtmlNode Node, NodeInfo? Info, bool Exit)>? t_walkStack;

    /// <summary>A comment section hidden until a reader asks for it ("Kommentare anzeigen"): its comments are read all the same.</summary>
    private static bool IsCommentSection(HtmlElement element) =>
        element.LocalName is "div" or "section" or "ol" or "ul" or "aside" && CommentNames.Classify(element).Role == CommentRole.List;

    private static bool LooksFaq(HtmlElement element)
    {
        var cls = element.GetAttribute("class");
        return cls is not null && (AsciiCaseInsensitive.Contains(cls, "faq") || AsciiCaseInsensitive.Contains(cls, "accordion") || AsciiCaseInsensitive.Contains(cls, "answer"));
    }

    /// <summary>Pushes the element children; text is counted at once (counts do not depend on the order).</summary>
    private static void PushChildren(Stack<(HtmlNode, NodeInfo?, bool)> stack, HtmlElement element, NodeInfo? info)
    {
        for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
        {
            if (child is HtmlText text)
            {
                if (info is not null) AddText(info, text.Span);
            }
            else stack.Push((child, info, false));
        }
    }

    private static void AddText(NodeInfo info, ReadOnlySpan<char> data)
    {
        var (chars, commas) = TextTally.Of(data);
        if (chars == 0) return;
        info.TextChars += chars;
        info.Commas += commas;
        var owner = info.Owner;
        owner.InlineChars += chars;
        owner.InlineCommas += commas;
        if (info.InLink)
        {
            info.LinkChars += chars;
            owner.InlineLinkChars += chars;
        }
    }

    /// <summary>Takes metadata from title, meta, link and JSON-LD elements; true when the element holds nothing else.</summary>
    private bool Gather(HtmlElement element, string name)
    {
        switch (name)
        {
            case "title":
                if (Title is null && element.ParentElement?.LocalName != "svg") Title = NonEmpty(element.TextContent);
                return true;
            case "meta":
                var key = element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("itemprop") ?? element.GetAttribute("http-equiv");
                var content = element.GetAttribute("content");
                if (key is not null && !string.IsNullOrWhiteSpace(content)) Metas.Add((key.Trim().ToLowerInvariant(), content.Trim()));
                return true;
            case "link":
                if (Canonical is null && string.Equals(element.GetAttribute("rel"), "canonical", StringComparison.OrdinalIgnoreCase))
                    Canonical = NonEmpty(element.GetAttribute("href"));
                return true;
            case "script":
                var type = element.GetAttribute("type");
                if (type is not null ? AsciiCaseInsensitive.Contains(type, "ld+json") : IsUntypedSchemaOrg(element.TextMemory.Span)) JsonLd.Add(element.TextMemory);
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// True for the text of a script without a type that is a schema.org JSON-LD object all the same (a CMS that leaves
    /// out <c>type="application/ld+json"</c>): it opens with '{' or '[' and names "@context" and schema.org in its first
    /// <see cref="UntypedJsonLdProbeChars"/> characters. No script program starts so.
    /// </summary>
    private static bool IsUntypedSchemaOrg(ReadOnlySpan<char> text)
    {
        text = text.TrimStart();
        if (text.IsEmpty || (text[0] != '{' && text[0] != '[')) return false;
        var probe = text[..Math.Min(text.Length, UntypedJsonLdProbeChars)];
        return probe.Contains("\"@context\"", StringComparison.Ordinal) && probe.Contains("schema.org", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>How far into an untyped script <see cref="IsUntypedSchemaOrg"/> looks for "@context" and schema.org.</summary>
    private const int UntypedJsonLdProbeChars = 200;

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
