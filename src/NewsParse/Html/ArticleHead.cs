using NewsParse.Detection;
using NewsParse.Html.Dom;
using NewsParse.Model;
using NewsParse.Text;

namespace NewsParse.Html;

/// <summary>
/// Where the article the <see cref="ContentSelector"/> chose begins, as the metadata readers need it: its first
/// paragraph (the first block of the chosen content with at least <see cref="ContentSelector.MinParagraphChars"/>
/// characters of its own text outside links, not a heading, byline, date, caption or figure), and the tests of what is
/// page chrome. The headline, the byline and the date stand before that paragraph; what comes before the headline is
/// the masthead. Built once per page; read-only after, but for what it keeps of its own answers so as not to work them
/// out twice (which block reads as a byline or date line, the date reader's window): one parse's, not thread-safe.
/// </summary>
internal sealed class ArticleHead
{
    /// <summary>Most characters of the article's paragraphs that may stand before its headline (a photo caption or a standfirst placed above it).</summary>
    public const int MaxCharsBeforeHeadline = 300;

    /// <summary>The page's visible elements in document order (<see cref="PageIndex.Nodes"/>).</summary>
    public List<NodeInfo> Nodes { get; }

    /// <summary>The chosen article's elements (empty when none).</summary>
    public List<NodeInfo> Roots { get; }

    /// <summary>Index in <see cref="Nodes"/> of the first chosen element; -1 when no article was chosen.</summary>
    public int FirstRoot { get; }

    /// <summary>Index in <see cref="Nodes"/> of the article's first paragraph; -1 when there is none.</summary>
    public int FirstParagraph { get; }

    /// <summary>
    /// Index in <see cref="Nodes"/> of the paragraph that brings the article's text read to
    /// <see cref="MaxCharsBeforeHeadline"/> characters (the count of <see cref="Nodes"/> when it is never reached): an
    /// h1 before it may still be the headline; after it, it is a heading of the text.
    /// </summary>
    public int HeadlineLimit { get; }

    /// <summary>Characters of the chosen article's text.</summary>
    public int ArticleChars { get; }

    /// <summary>Finds the first paragraph of the chosen article.</summary>
    public ArticleHead(PageIndex index, List<NodeInfo> roots)
    {
        Nodes = index.Nodes;
        Roots = roots;
        FirstRoot = FirstParagraph = -1;
        HeadlineLimit = Nodes.Count;
        if (roots.Count == 0) return;
        foreach (var root in roots) ArticleChars += root.TextChars;
        FirstRoot = IndexOf(roots[0]);
        int chars = 0;
        for (int i = Math.Max(FirstRoot, 0); i < Nodes.Count; i++)
        {
            if (!IsParagraph(Nodes[i])) continue;
            if (FirstParagraph < 0) FirstParagraph = i;
            chars += Nodes[i].InlineChars - Nodes[i].InlineLinkChars;
            if (chars >= MaxCharsBeforeHeadline)
            {
                HeadlineLimit = i;
                break;
            }
        }
    }

    /// <summary>Most characters beside the headline of the header around it (a kicker, the byline, the date).</summary>
    public const int MaxHeaderChars = 400;

    /// <summary>
    /// Index in <see cref="Nodes"/> of the header that holds the element at <paramref name="headline"/>: its highest
    /// ancestor that holds no chosen content and at most <see cref="MaxHeaderChars"/> characters more than it (the
    /// element itself when there is none). The byline and the date stand in it, before the headline or after it.
    /// </summary>
    public int HeaderTop(int headline)
    {
        if ((uint)headline >= (uint)Nodes.Count) return headline;   // no headline element (a page without article)
        var top = Nodes[headline];
        while (top.Parent is { } up && !up.HoldsContent && up.TextChars <= Nodes[headline].TextChars + MaxHeaderChars) top = up;
        int at = IndexOf(top);
        return at < 0 ? headline : at;
    }

    /// <summary>
    /// Index in <see cref="Nodes"/> where the article's head begins, given the header that holds its headline at
    /// <paramref name="header"/> (<see cref="HeaderTop"/>): the header's previous sibling when that is a short block of
    /// at most <see cref="MaxLineBeforeHeader"/> characters, holding no chosen content and no chrome, that reads as a date
    /// line or a labelled byline (<see cref="ReadsAsBylineOrDate"/>: "21.01.2022", "22.11.2022 Christian Mihatsch" written
    /// right above the headline; an author card's name and tagline is none) or is the post's meta group, in an aside too
    /// (<see cref="IsMetaGroup"/>: "&lt;aside&gt;&lt;ul class=content__meta&gt;…26.02.2020…" beside the header), else the header itself.
    /// </summary>
    public int HeadTop(int header)
    {
        if ((uint)header >= (uint)Nodes.Count) return header;
        var top = Nodes[header];
        int k = header - 1;
        while (k >= 0 && Nodes[k].Depth > top.Depth) k--;
        if (k < 0 || Nodes[k].Parent != top.Parent || Nodes[k].Depth != top.Depth) return header;
        var before = Nodes[k];
        if (before.TextChars is 0 or > MaxLineBeforeHeader || before.HoldsContent || before.IsContentRoot || before.InLink) return header;
        // the article's meta column set beside its header ("<aside><ul class=content__meta><li>Wissen<li>26.02.2020")
        if (IsMetaGroup(k) && (before.Parent is null || !InChrome(before.Parent))) return k;
        // the chrome the header itself stands in (the lead image's caption the headline is written in) is not asked about
        if (InChrome(before, stop: before.Parent)) return header;
        if (!MayReadAsBylineOrDate(before.Element) || !ReadsAsBylineOrDate(TextCollector.Flat(before.Element, MaxLineBeforeHeader + 1))) return header;
        return k;
    }

    /// <summary>
    /// True when the element at <paramref name="at"/> is the post's meta group: its class, or the class of an element in
    /// it that holds all its text, names the meta or byline group (<see cref="HintFlags.Byline"/>: "entry-meta",
    /// "content__meta"), and it is an &lt;aside&gt;, a &lt;div&gt; or a list, not marked as boilerplate of another kind.
    /// </summary>
    private bool IsMetaGroup(int at)
    {
        var group = Nodes[at];
        if (group.Name is not ("aside" or "div" or "ul" or "ol" or "dl" or "p" or "section")) return false;
        for (int i = at; i < Nodes.Count && (i == at || Nodes[i].Depth > group.Depth); i++)
        {
            var node = Nodes[i];
            if (node.TextChars < group.TextChars) break;
            if (node.Kind is { } kind && kind != BoilerplateKind.Other) return false;
            if ((node.Hints & HintFlags.Byline) != 0) return true;
        }
        return false;
    }

    /// <summary>
    /// True when the elements between the chosen article's first element at <paramref name="root"/> and the head at
    /// <paramref name="head"/> (indexes in <see cref="Nodes"/>) are the article's head too: no paragraph of the article
    /// and no heading stands between, and at most <see cref="MaxHeaderChars"/> characters of text outside chrome.
    /// </summary>
    public bool HeadBeforeHeadline(int root, int head)
    {
        if (TextBetween(root, head, MaxHeaderChars + 1) > MaxHeaderChars) return false;
        for (int i = root + 1; i < head; i++)
        {
            var node = Nodes[i];
            if (node.TextChars > 0 && (node.Name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" || IsParagraph(node))) return false;
        }
        return true;
    }

    /// <summary>Most elements looked back over from the head for a date line above it (<see cref="DateLineBefore"/>): empty elements and images.</summary>
    private const int MaxStepsBack = 40;

    /// <summary>
    /// Index in <see cref="Nodes"/> of the block that holds only a date ("Wednesday, October 16, 2019", at most
    /// <see cref="MaxLineBeforeHeader"/> characters, not in a link or in chrome) when it is the text a reader passes
    /// right before the element at <paramref name="at"/>, in an element of its own below their common ancestor
    /// (Blogger writes the day's date above the day's posts); <paramref name="at"/> otherwise. A date in a &lt;header&gt;
    /// element, or in a block of the body itself, is the masthead's (today's) and is not read.
    /// </summary>
    public int DateLineBefore(int at)
    {
        if ((uint)at >= (uint)Nodes.Count) return at;
        var target = Nodes[at];
        for (int k = at - 1; k >= 0 && k >= at - MaxStepsBack; k--)
        {
            var node = Nodes[k];
            if (node.TextChars == 0 || IsInside(target, node)) continue;
            var block = node;
            bool header = node.Name == "header";
            while (block.Parent is { } up && !IsInside(target, up))
            {
                block = up;
                header |= up.Name == "header";
            }
            // a date in the page's own header, or written straight into the body above the article, is today's (the masthead)
            if (header || block.Parent is null || block.Parent.Name is "body" or "html") return at;
            if (block.TextChars > MaxLineBeforeHeader || block.InLink || block.HoldsContent || InChrome(block) || InComments(block) || !MayHoldDate(block.Element)) return at;
            var text = TextCollector.Flat(block.Element, MaxLineBeforeHeader + 1);
            if (DateReader.Find(text) is null || Words(BylineReader.WithoutDateTime(text)) > 0) return at;
            int index = IndexOf(block);
            return index >= 0 ? index : at;
        }
        return at;
    }

    /// <summary>Most characters of the block right above the headline's header read as part of the article's head (<see cref="HeadTop"/>).</summary>
    public const int MaxLineBeforeHeader = 80;

    /// <summary>The index of <paramref name="node"/> in <see cref="Nodes"/> (elements are numbered in document order: a binary search); -1 when it is not there.</summary>
    public int IndexOf(NodeInfo node)
    {
        int lo = 0, hi = Nodes.Count - 1, key = node.Element.Index;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            int at = Nodes[mid].Element.Index;
            if (at == key) return Nodes[mid] == node ? mid : Nodes.IndexOf(node);
            if (at < key) lo = mid + 1;
            else hi = mid - 1;
        }
        return -1;
    }

    /// <summary>
    /// True for a paragraph of the article: a block inside the chosen content with at least
    /// <see cref="ContentSelector.MinParagraphChars"/> characters of its own text outside links, not a heading (nor a block whose class names the headline: "itc-headline"), and
    /// neither a byline or date element nor inside one or inside marked boilerplate (a caption) or a figure, nor a short
    /// line that reads as a byline or a date line ("Posted by Konstantin 21.10.2019", "3. August 2015 · Filed under Essays").
    /// </summary>
    public bool IsParagraph(NodeInfo node)
    {
        if (node.Owner != node || node.Name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" || node.InlineChars - node.InlineLinkChars < ContentSelector.MinParagraphChars) return false;
        // a block whose class names the headline ("<div class=itc-headline>") is the page's heading, not its text
        if (node.Element.AttributeCount > 0 && node.Element.TryGetAttributeSpan("class", out var cls) && Text.AsciiCaseInsensitive.Contains(cls, "headline")) return false;
        if (node.InlineChars <= MaxBylineChars && MayReadAsBylineOrDate(node.Element) && BlockReadsAsBylineOrDate(node)) return false;
        for (var up = node; up is not null; up = up.Parent)
        {
            if (up.IsContentRoot && up != node) return true;
            if (!IsWrapper(up) && (IsBylineOrTime(up) || (up.Hints & (HintFlags.DateName | HintFlags.Byline)) != 0 || up.Kind is not null || up.Name is "figure" or "figcaption")) return false;
            if (up.IsContentRoot) return true;
        }
        return false;
    }

    /// <summary>
    /// <see cref="ReadsAsBylineOrDate"/> on the text of <paramref name="node"/> (at most <see cref="MaxBylineChars"/> + 1
    /// characters of it), read once per element: <see cref="IsParagraph"/> is asked again of the same elements (the
    /// constructor, then each reader's window), and the text and its date search cost far more than the lookup.
    /// </summary>
    private bool BlockReadsAsBylineOrDate(NodeInfo node)
    {
        bylineOrDateBlocks ??= new Dictionary<NodeInfo, bool>(ReferenceEqualityComparer.Instance);
        if (bylineOrDateBlocks.TryGetValue(node, out bool reads)) return reads;
        reads = ReadsAsBylineOrDate(TextCollector.Flat(node.Element, MaxBylineChars + 1));
        bylineOrDateBlocks.Add(node, reads);
        return reads;
    }

    /// <summary>What <see cref="BlockReadsAsBylineOrDate"/> found of each element it was asked of; null until first asked.</summary>
    private Dictionary<NodeInfo, bool>? bylineOrDateBlocks;

    /// <summary>
    /// The window of the article's head that <see cref="VisibleDateReader"/> reads for <paramref name="headline"/>, made by
    /// <paramref name="find"/> once per headline and kept (the readers of the date and of the page's local time ask for
    /// the same one).
    /// </summary>
    public (int Start, int End, int Marked)? DateWindow(NodeInfo? headline, Func<ArticleHead, NodeInfo?, (int Start, int End, int Marked)?> find)
    {
        if (dateWindow is { } kept && kept.Headline == headline) return kept.Window;
        var window = find(this, headline);
        dateWindow = (headline, window);
        return window;
    }

    /// <summary>The last window <see cref="DateWindow"/> made, with the headline it was made for; null until first asked.</summary>
    private (NodeInfo? Headline, (int Start, int End, int Marked)? Window)? dateWindow;

    /// <summary>
    /// False when the text under <paramref name="element"/> can hold no date (<see cref="MayHoldDate"/>) and no byline
    /// label (<see cref="MayHoldLabel"/>): then <see cref="ReadsAsBylineOrDate"/> is false on it, and its text need not be made.
    /// </summary>
    public static bool MayReadAsBylineOrDate(HtmlElement element) => MayHoldDate(element) || MayHoldLabel(element);

    /// <summary>
    /// False when no text under <paramref name="element"/> holds four ASCII digits in a row (a run may go on from one
    /// text node to the next), which every date <see cref="DateReader.Find"/> reads needs: then its text holds no date.
    /// Reads the page's text in place: nothing is allocated.
    /// </summary>
    public static bool MayHoldDate(HtmlElement element)
    {
        int run = 0;
        for (var text = NextText(element, null); text is not null; text = NextText(element, text))
        {
            foreach (char c in text.Span)
            {
                run = char.IsAsciiDigit(c) ? run + 1 : 0;
                if (run == 4) return true;
            }
        }
        return false;
    }

    /// <summary>
    /// False when no text node under <paramref name="element"/> holds a byline label as a word of its own
    /// (<see cref="AuthorNames.MayBeLabelled(ReadOnlySpan{char})"/>): then its text opens with no label either. Reads the
    /// page's text in place: nothing is allocated.
    /// </summary>
    public static bool MayHoldLabel(HtmlElement element)
    {
        for (var text = NextText(element, null); text is not null; text = NextText(element, text))
        {
            if (AuthorNames.MayBeLabelled(text.Span)) return true;
        }
        return false;
    }

    /// <summary>The text node after <paramref name="after"/> (null: the first) under <paramref name="root"/> in document order; null after the last. Walks the tree by its links: no stack.</summary>
    private static HtmlText? NextText(HtmlElement root, HtmlNode? after)
    {
        HtmlNode? node = after is null ? root.FirstChild : Next(root, after);
        while (node is not null)
        {
            if (node is HtmlText text) return text;
            node = node is HtmlElement { FirstChild: { } child } ? child : Next(root, node);
        }
        return null;
    }

    /// <summary>The node after <paramref name="node"/>'s subtree under <paramref name="root"/> in document order, or null.</summary>
    private static HtmlNode? Next(HtmlElement root, HtmlNode node)
    {
        for (var at = node; at is not null && at != root; at = at.Parent)
        {
            if (at.NextSibling is { } sibling) return sibling;
        }
        return null;
    }

    /// <summary>Most characters of a block read as a byline or date line rather than a paragraph.</summary>
    public const int MaxBylineChars = 150;

    /// <summary>
    /// True when <paramref name="text"/> (at most <see cref="MaxBylineChars"/> characters) reads as a date line: a date
    /// with at most <see cref="MaxDateLineWords"/> words beside it ("Posted by Konstantin 21.10.2019", "By Matthew Digby,
    /// Minh Do on Monday, November 18th, 2019"); or as a byline that opens with its label ("Von Anna Schmidt").
    /// </summary>
    public static bool ReadsAsBylineOrDate(string text)
    {
        if (text.Length > MaxBylineChars) return false;
        if (DateReader.Find(text) is { } date) return Words(BylineReader.WithoutDateTime(text)) <= MaxDateLineWords || IsDateSegment(text, date.Index, date.Length);
        return AuthorNames.MayBeLabelled(text) && AuthorNames.ReadLabelled(text) is { Names.Count: <= 3 } byline && byline.Line.Length * 2 >= text.Length - 10;
    }

    /// <summary>
    /// True when the date at <paramref name="at"/> (<paramref name="length"/> characters) stands in a line of a post's
    /// meta data cut by separators ("January 13, 2020 at 08:45 AM | categories: Python, Mercurial | View Comments",
    /// "Gunter Frank / 22.04.2020 / 06:15 / Foto: Achgut.com"): the part between the separators around it has at most
    /// <see cref="MaxDateLineWords"/> words beside the date, and no part reads as a sentence (at most
    /// <see cref="MaxSegmentWords"/> words each). A sentence that names a day has no such separators.
    /// </summary>
    private static bool IsDateSegment(string text, int at, int length)
    {
        int start = 0, end = text.Length, from = 0;
        bool cut = false;
        for (int i = 0; i < text.Length; i++)
        {
            int width = SeparatorWidth(text, i);
            if (width == 0) continue;
            cut = true;
            if (Words(text[from..i]) > MaxSegmentWords) return false;
            if (i < at) start = i + width;
            else if (i >= at + length && end == text.Length) end = i;
            from = i + width;
        }
        if (!cut || Words(text[from..]) > MaxSegmentWords) return false;
        return Words(BylineReader.WithoutDateTime(text[start..end])) <= MaxDateLineWords;
    }

    /// <summary>Most words of one part of a meta line cut by separators (<see cref="IsDateSegment"/>).</summary>
    public const int MaxSegmentWords = 8;

    /// <summary>The length of the separator of a meta line's parts that starts at <paramref name="i"/> ('|', '•', '·', '⋅', or " / ", " — ", " – " with spaces around); 0 when none does.</summary>
    private static int SeparatorWidth(string text, int i)
    {
        char c = text[i];
        if (c is '|' or '•' or '·' or '⋅' or '∙') return 1;
        if (c is '/' or '—' or '–' && i > 0 && i + 1 < text.Length && text[i - 1] == ' ' && text[i + 1] == ' ') return 1;
        return 0;
    }

    /// <summary>Most words beside its date of a date line ("3. August 2015 · Filed under ziemlich privat"); more is a sentence that names a day.</summary>
    public const int MaxDateLineWords = 6;

    /// <summary>Words of <paramref name="text"/> that hold a letter or a digit (separators are not words).</summary>
    public static int Words(string text)
    {
        int words = 0;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Any(char.IsLetterOrDigit)) words++;
        }
        return words;
    }

    /// <summary>
    /// A byline element (class naming "byline" or "author", <c>rel=author</c>, <c>itemprop=author</c>), an element
    /// with <c>itemprop=datePublished</c>, or a &lt;time&gt;.
    /// </summary>
    public static bool IsBylineOrTime(NodeInfo node) =>
        node.Name == "time"
        || (node.Element.AttributeCount > 0
            && (NamesAuthor(node)
                || (node.Element.TryGetAttributeSpan("class", out var cls) && Text.AsciiCaseInsensitive.Contains(cls, "byline"))
                || (node.Element.TryGetAttributeSpan("itemprop", out var prop) && prop.Trim().Equals("datePublished", StringComparison.OrdinalIgnoreCase))));

    /// <summary>True when the element's class, rel or itemprop marks it as the author (attribute values read in place: nothing is allocated).</summary>
    public static bool NamesAuthor(NodeInfo node) =>
        node.Element.AttributeCount > 0
        && ((node.Element.TryGetAttributeSpan("class", out var cls) && Text.AsciiCaseInsensitive.Contains(cls, "author"))
            || (node.Element.TryGetAttributeSpan("rel", out var rel) && rel.Trim().Equals("author", StringComparison.OrdinalIgnoreCase))
            || (node.Element.TryGetAttributeSpan("itemprop", out var prop) && (prop.Trim().Equals("author", StringComparison.OrdinalIgnoreCase) || prop.Trim().Equals("creator", StringComparison.OrdinalIgnoreCase))));

    /// <summary>
    /// True when the element or one of its ancestors is an aside, footer, nav, figure or form, or is marked as
    /// boilerplate other than a byline or date line (related links, comments, captions, page furniture...); wrappers of
    /// the article are not read as marks (WordPress writes its tags into the article element's class: "tag-wework").
    /// </summary>
    public bool InChrome(NodeInfo node) => InChrome(node, stop: null);

    /// <summary><see cref="InChrome(NodeInfo)"/>, asked of the element and its ancestors below <paramref name="stop"/> only (all of them when null).</summary>
    private bool InChrome(NodeInfo node, NodeInfo? stop)
    {
        for (var up = node; up is not null && up != stop; up = up.Parent)
        {
            if (up.Name is "aside" or "footer" or "nav" or "figure" or "figcaption" or "form") return true;
            if (up.Kind is { } kind && (kind != BoilerplateKind.Other || (up.Hints & HintFlags.Byline) == 0) && !IsWrapper(up)) return true;
        }
        return false;
    }

    /// <summary>
    /// The kinds of boilerplate (one bit per <see cref="BoilerplateKind"/>) that mark the headline or the elements
    /// around it, below the article's wrappers: the header the page shows its headline in, whatever its class says
    /// ("gallery--paragraph", "caption", a page builder's widget). Those marks do not make its byline or date chrome; nor
    /// does a figure or caption the headline stands in (<see cref="HeadlineInFigure"/>). 0 without a headline.
    /// </summary>
    public int HeaderKinds(NodeInfo? headline)
    {
        int kinds = 0;
        for (var up = headline; up is not null && !IsWrapper(up); up = up.Parent)
        {
            if (up.Kind is { } kind and not (BoilerplateKind.Comments or BoilerplateKind.AuthorBox)) kinds |= 1 << (int)kind;
        }
        for (var up = headline; up is not null; up = up.Parent)
        {
            if (up.Name is "figure" or "figcaption") kinds |= HeadlineInFigure;
        }
        return kinds;
    }

    /// <summary>The bit of <see cref="HeaderKinds"/> set when the headline stands in a figure or its caption (the page's header written as the lead image's caption).</summary>
    private const int HeadlineInFigure = 1 << 30;

    /// <summary>True when the element holds a heading element (h1–h3): a figure or caption that does is the page's header, not a caption.</summary>
    private bool HoldsHeading(NodeInfo element)
    {
        int at = IndexOf(element);
        if (at < 0) return false;
        for (int i = at + 1; i < Nodes.Count && Nodes[i].Depth > element.Depth; i++)
        {
            if (Nodes[i].Name is "h1" or "h2" or "h3") return true;
        }
        return false;
    }

    /// <summary>Most characters of an &lt;aside&gt; read as the article's meta column (<see cref="InHeadChrome"/>): a few short items, not a sidebar.</summary>
    public const int MaxMetaAsideChars = 300;

    /// <summary>
    /// True when the element, in the article's head, stands in chrome no byline stands in (<see cref="InChrome(NodeInfo)"/>),
    /// marks of the kinds the headline's own header carries (<paramref name="headerKinds"/>) aside; a short author box
    /// beside the headline ("von Dennis Kochinky" under it) is its byline, not chrome; with <paramref name="metaAsides"/>
    /// (for the date: such a column's other rows name the source or the photo's credits, no author), nor is a short &lt;aside&gt; (at most
    /// <see cref="MaxMetaAsideChars"/> characters) that is, or holds around the element, the post's meta group (its class
    /// names it: <see cref="HintFlags.Byline"/>, "content__meta", "entry-meta"): the article's meta column set beside its
    /// text ("&lt;aside&gt;&lt;ul class=content__meta&gt;&lt;li&gt;Wissen&lt;li&gt;26.02.2020"); nor a figure or caption that holds a
    /// heading when the headline stands in one (<see cref="HeaderKinds"/>: the header written as the lead image's caption).
    /// (The byline and the date are read so.)
    /// </summary>
    public bool InHeadChrome(NodeInfo node, int headerKinds, bool metaAsides = false)
    {
        bool meta = false;
        for (var up = node; up is not null; up = up.Parent)
        {
            meta |= metaAsides && (up.Hints & HintFlags.Byline) != 0;
            if (up.Name == "aside" && meta && up.TextChars <= MaxMetaAsideChars) continue;
            // the headline's own header written as the lead image's caption ("<figcaption><small>31.01.2022</small><h1>…")
            if (up.Name is "figure" or "figcaption" && (headerKinds & HeadlineInFigure) != 0 && HoldsHeading(up)) continue;
            if (up.Name is "aside" or "footer" or "nav" or "figure" or "figcaption" or "form") return true;
            if (up.Kind is not { } kind || IsWrapper(up) || (headerKinds & (1 << (int)kind)) != 0) continue;
            if (kind == BoilerplateKind.Other && (up.Hints & HintFlags.Byline) != 0) continue;
            if (kind == BoilerplateKind.AuthorBox && up.TextChars <= MaxBylineChars) continue;
            return true;
        }
        return false;
    }

    /// <summary>
    /// True when the element, in or right after the article's text, stands in chrome no byline stands in: an aside, nav
    /// or form, or an element the markup names as anything but a footer, a byline or page furniture (a post's footer
    /// line, "Posted by Jane Doe at 10:05", is where blogs write the byline).
    /// </summary>
    public bool InArticleChrome(NodeInfo node)
    {
        for (var up = node; up is not null; up = up.Parent)
        {
            if (up.Name is "aside" or "nav" or "form" or "figure" or "figcaption") return true;
            if (up.Kind is { } kind && kind is not (Model.BoilerplateKind.Footer or Model.BoilerplateKind.Other) && !IsWrapper(up)) return true;
        }
        return false;
    }

    /// <summary>True when the element or one of its ancestors is marked as comments (by its markup, or the comment lexicon of <see cref="ClassHints"/>): what a reader writes under the article.</summary>
    public static bool InComments(NodeInfo node)
    {
        for (var up = node; up is not null; up = up.Parent)
        {
            if (up.Kind == BoilerplateKind.Comments) return true;
        }
        return false;
    }

    /// <summary>
    /// True for an element that holds the article or most of it, whatever its class says (as <see cref="BlockWriter"/>
    /// reads it): an ancestor of the chosen content, or more than 500 characters and more than half the article's.
    /// </summary>
    public bool IsWrapper(NodeInfo node) => node.HoldsContent || (node.TextChars > 500 && node.TextChars * 2 > ArticleChars);

    /// <summary>
    /// Characters of text outside links that a reader passes between the element at <paramref name="from"/> and the one
    /// at <paramref name="to"/> (indexes in <see cref="Nodes"/>, exclusive): blocks' own text, page chrome left out;
    /// counting stops at <paramref name="limit"/>.
    /// </summary>
    public int TextBetween(int from, int to, int limit)
    {
        int chars = 0;
        for (int i = from + 1; i < to && chars < limit; i++)
        {
            var node = Nodes[i];
            if (node.Owner != node || node.InlineChars - node.InlineLinkChars <= 0) continue;
            // the text inside the element at from (the heading itself) is not between
            if (IsInside(node, Nodes[from])) continue;
            if (InChrome(node)) continue;
            chars += node.InlineChars - node.InlineLinkChars;
        }
        return Math.Min(chars, limit);
    }

    private static bool IsInside(NodeInfo node, NodeInfo ancestor)
    {
        for (var up = node.Parent; up is not null && up.Depth >= ancestor.Depth; up = up.Parent)
        {
            if (up == ancestor) return true;
        }
        return false;
    }
}
