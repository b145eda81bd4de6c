using System.Globalization;
using System.Text;
using NewsParse.Html.Dom;
using NewsParse.Detection;
using NewsParse.Model;
using NewsParse.Reading;
using NewsParse.Text;

namespace NewsParse.Html;

/// <summary>
/// Writes the page as <see cref="SourceBlock"/>s in reading order. Page chrome around the chosen content gives one
/// boilerplate block per container (its whole text, its kind from the markup). Inside the content each element
/// gives what it is: headings with their level, lists, tables, quotes, code and figures as prebuilt blocks, details
/// and FAQ markup as questions and answers, runs of inline text as paragraphs with their link density, and elements
/// the markup names as boilerplate (ad slots, share bars, tables of contents, related boxes...) one block each, with
/// the reason. Walks with explicit stacks, never recursion. One writer per page; not thread-safe.
/// </summary>
internal sealed class BlockWriter(PageIndex index, List<SourceBlock> output, string? headline)
{
    /// <summary>A byline or date line above the article text is at most this long.</summary>
    public const int MaxBylineChars = 150;

    /// <summary>A byline or date line is looked for among the first paragraphs only (a standfirst may come before it).</summary>
    public const int MaxParagraphsBeforeByline = 3;

    private enum Exit : byte { None, Block, Link, Emphasis, Run, Handled, Cue }

    private const Exit Handled = Exit.Handled;

    private CollapsingWriter _para = new(int.MaxValue);  // the paragraph being built, collapsed as it is written
    private readonly string? _headline = headline is null ? null : Normalize(headline);
    private int _chars, _linkChars, _emphChars, _links, _linkDepth, _emphDepth;
    private bool _linkCounted, _pendingBreak, _seenBody, _headlineShown;
    private bool _lineBroken;      // the paragraph being built has a line break
    private bool _leadLine;        // the paragraph being flushed is a first line ended at a break (IsLeadLine)
    private int _lastMarkupLevel;   // the level of the last tagged heading (an accordion's statement item goes one below it)
    private int _bodyParagraphs;
    private NodeInfo _root = null!;
    private readonly InlineRuns _runs = new();   // the inline runs of the paragraph being built
    private List<(ImageSource.Found, HtmlElement)>? _paraImages;   // its images, figures if it has no text

    /// <summary>The page's base address, links and images of the text are resolved against (null: kept as written).</summary>
    public Uri? BaseAddress { get; init; }

    private RichTextCollector? _richCollector;
    private readonly List<HtmlElement> _nestedLists = [];

    /// <summary>The collector of the text and runs of list items, cells, quotes and answers (made once per page).</summary>
    private RichTextCollector Rich => _richCollector ??= new RichTextCollector(BaseAddress);

    // Headings no tag marks: the cues around the paragraph being built, and the candidates weighed once the page is written.
    private readonly HeadingCueTracker _cues = new();
    private readonly HeadingEvidence _headings = new();
    private HtmlElement? _image;     // the last image since the last block: the next line may be its caption
    private NodeInfo? _paraOwner;    // the block element holding the paragraph being built
    /// <summary>The heading element the headline was read from (null when none): never written as a section heading, whatever its text (a kicker may stand in it).</summary>
    public HtmlElement? HeadlineElement { get; init; }
    /// <summary>The page's reader comments: left out of the body and the boilerplate; the text around them is the comment section's chrome (see <see cref="CommentChrome"/>).</summary>
    public CommentSection Comments { get; init; } = CommentSection.None;

    /// <summary>Blocks written inside the content: questions and headings, normalised, to tell whether a structured-data FAQ is already visible.</summary>
    public HashSet<string> Titles { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Writes the whole page: the content in full, and around it the page's other text as boilerplate, each element
    /// that holds no content as one block; text that stands loose beside the content's ancestors (a server's warnings
    /// before the page, words between blocks) is read as one block per run, so no visible text is left out.
    /// </summary>
    public void Write(NodeInfo body)
    {
        var stack = t_walkStack ?? new Stack<(NodeInfo? Info, HtmlNode? RunFirst, HtmlNode? RunLast)>(64);
        t_walkStack = null;   // taken while in use
        stack.Push((body, null, null));
        while (stack.Count > 0)
        {
            var (info, runFirst, runLast) = stack.Pop();
            if (info is null)
            {
                LooseChrome(runFirst!, runLast!);
                continue;
            }
            if (info.IsContentRoot)
            {
                WriteContent(info);
                continue;
            }
            if (info.HoldsContent)
            {
                // children last to first (the stack gives them back in page order); loose text and inline elements
                // that hold no content are gathered into runs
                HtmlNode? first = null, last = null;
                for (var node = info.Element.LastChild; node is not null; node = node.PreviousSibling)
                {
                    var child = node is HtmlElement element ? index.Find(element) : null;
                    if (node is HtmlElement && child is null) continue;   // hidden or not text: neither breaks nor joins a run
                    if (child is null || (!child.HoldsContent && !child.IsContentRoot && !HtmlTags.IsBlock(child.Element)))
                    {
                        last ??= node;
                        first = node;
                        continue;
                    }
                    if (last is not null) stack.Push((null, first, last));
                    first = last = null;
                    stack.Push((child, null, null));
                }
                if (last is not null) stack.Push((null, first, last));
                continue;
            }
            if (Comments.HoldsComments(info))
            {
                CommentChrome(info, Comments.IsSection(info) || info.Kind == BoilerplateKind.Comments);
                continue;
            }
            if (Comments.IsComment(info))
            {
                CommentFurniture(info);
                continue;
            }
            // a picture beside the content is no sign that the article's text has begun (a headline may follow it)
            bool seenBody = _seenBody;
            if (IsFigureBesideContent(info)) Figure(info);
            else if (info.TextChars > 0) Chrome(info);
            else ImagesBesideContent(info);
            _seenBody = seenBody;
        }
        _headings.Decide(output, Titles);
        t_walkStack = stack;   // empty again
    }

    /// <summary>The thread's stacks for the walk of the page and of its content, reused page after page (each grows to a page's widest fan-out).</summary>
    [ThreadStatic] private static Stack<(NodeInfo? Info, HtmlNode? RunFirst, HtmlNode? RunLast)>? t_walkStack;
    [ThreadStatic] private static Stack<(HtmlNode Node, Exit Exit)>? t_contentStack;

    /// <summary>Deepest level below an element without text that its images are looked for at (a picture in a link in a figure in a div).</summary>
    private const int MaxImageDepth = 4;

    /// <summary>
    /// An element outside the content with no text that stands next to a part of it (the nearest sibling with text
    /// on either side is content or holds some), below the page's top level: a lead image before the article's text,
    /// a picture between two of its parts. Its images are figures, unless the markup names the element boilerplate
    /// (an ad slot) or an image is decoration (icons, avatars, pixels).
    /// </summary>
    private void ImagesBesideContent(NodeInfo info)
    {
        // not at the page's top level, where an image beside the content's wrapper is the site's banner
        if (info.Kind is not null || info.Element.Parent is not { LocalName: not ("body" or "html") }) return;
        bool? beside = null;   // looked at once, at the first picture
        var queue = new Queue<(HtmlElement Element, int Depth)>();
        queue.Enqueue((info.Element, 0));
        while (queue.Count > 0)
        {
            var (element, depth) = queue.Dequeue();
            if (element.LocalName == "img")
            {
                if (ImageSource.Read(element, BaseAddress) is not { } found || ImageSource.IsDecoration(found)) continue;
                beside ??= BesideContent(info.Element);
                if (beside == false) return;
                Content(new FigureBlock(null, found.Address, SpanOf(element)) { Alt = found.Alt, Width = found.Width, Height = found.Height }, info);
                continue;
            }
            if (depth >= MaxImageDepth) continue;
            foreach (var child in element.Children)
            {
                if (index.Find(child) is { Kind: null }) queue.Enqueue((child, depth + 1));
            }
        }
    }

    /// <summary>
    /// True for a <c>figure</c> outside the content that stands next to a part of it, below the page's top level,
    /// holding a picture (not decoration) and no text besides its caption, and not named boilerplate other than a
    /// caption: the article's lead picture with its caption, read as a figure.
    /// </summary>
    private bool IsFigureBesideContent(NodeInfo info)
    {
        if (info.Name != "figure" || info.Kind is not (null or BoilerplateKind.Caption) || info.HoldsContent) return false;
        if (info.Element.Parent is not { LocalName: not ("body" or "html") } || !BesideContent(info.Element) || HoldsTextBesideCaption(info)) return false;
        var queue = new Queue<(HtmlElement Element, int Depth)>();
        queue.Enqueue((info.Element, 0));
        while (queue.Count > 0)
        {
            var (element, depth) = queue.Dequeue();
            if (element.LocalName == "img") return ImageSource.Read(element, BaseAddress) is { } found && !ImageSource.IsDecoration(found);
            if (depth >= MaxImageDepth) continue;
            foreach (var child in element.Children) queue.Enqueue((child, depth + 1));
        }
        return false;
    }

    /// <summary>Most siblings passed over looking for the nearest one with text (a run of empty elements costs no more).</summary>
    private const int MaxSiblingSteps = 16;

    /// <summary>True when the nearest sibling element with text before or after <paramref name="element"/> (within <see cref="MaxSiblingSteps"/>) is content or holds some.</summary>
    private bool BesideContent(HtmlElement element)
    {
        int steps = 0;
        for (var node = element.PreviousSibling; node is not null && steps++ < MaxSiblingSteps; node = node.PreviousSibling)
        {
            if (node is HtmlText text && !text.Span.IsWhiteSpace()) break;
            if (node is HtmlElement sibling && index.Find(sibling) is { TextChars: > 0 } before)
            {
                if (before.IsContentRoot || before.HoldsContent) return true;
                break;
            }
        }
        steps = 0;
        for (var node = element.NextSibling; node is not null && steps++ < MaxSiblingSteps; node = node.NextSibling)
        {
            if (node is HtmlText text && !text.Span.IsWhiteSpace()) break;
            if (node is HtmlElement sibling && index.Find(sibling) is { TextChars: > 0 } after) return after.IsContentRoot || after.HoldsContent;
        }
        return false;
    }

    /// <summary>What a comment shows besides its text (author, date, "Reply"), and its replies': comments boilerplate, so nothing is lost.</summary>
    private void CommentFurniture(NodeInfo comment)
    {
        var furniture = Comments.FurnitureOf(comment);
        if (furniture.Count == 0) return;
        AddBoilerplate(string.Join(" ", furniture), SpanOf(comment.Element), BoilerplateKind.Comments, "a comment's author, date and links");
    }

    /// <summary>
    /// Writes what an element holding reader comments holds besides them: inside the comment section (an element
    /// naming comments, or the list they stand in) its text is the section's chrome ("3 comments", "Leave a reply", the
    /// form), boilerplate of kind <see cref="BoilerplateKind.Comments"/>; outside it each piece is page chrome as usual.
    /// The comments themselves are the <see cref="CommentSection"/>'s, written by no block.
    /// </summary>
    private void CommentChrome(NodeInfo holder, bool inSection)
    {
        var stack = new Stack<(NodeInfo Info, bool InSection)>();
        stack.Push((holder, inSection));
        while (stack.Count > 0)
        {
            var (info, section) = stack.Pop();
            if (Comments.IsComment(info))
            {
                CommentFurniture(info);
                continue;
            }
            if (Comments.HoldsComments(info))
            {
                bool inner = section || Comments.IsSection(info) || info.Kind == BoilerplateKind.Comments;
                for (var node = info.Element.LastChild; node is not null; node = node.PreviousSibling)
                {
                    if (node is HtmlElement element && index.Find(element) is { } child) stack.Push((child, inner));
                }
                continue;
            }
            if (info.TextChars == 0) continue;
            if (!section)
            {
                Chrome(info);
                continue;
            }
            var text = TextCollector.Flat(info.Element);
            if (text.Length == 0) continue;
            AddBoilerplate(text, SpanOf(info.Element), BoilerplateKind.Comments, "the comment section around the comments", info.LinkDensity);
        }
    }

    private void Chrome(NodeInfo info)
    {
        // Boilerplate is kept whole: text set apart wrongly can still be read back from the output.
        var text = TextCollector.Flat(info.Element);
        // Empty, or the visible headline (already the headline): nothing to list.
        if (text.Length == 0 || IsShownHeadline(text)) return;
        var (kind, reason) = info.Kind is { } k ? (k, info.KindReason ?? "named by the markup") : ChromeKind(info);
        AddBoilerplate(text, SpanOf(info.Element), kind, $"outside the article: {reason}", info.LinkDensity);
    }

    /// <summary>A run of sibling text and inline elements outside the content (<paramref name="first"/> to <paramref name="last"/>) as one block of boilerplate.</summary>
    private void LooseChrome(HtmlNode first, HtmlNode last)
    {
        var text = new CollapsingWriter(int.MaxValue);
        int chars = 0, linkChars = 0, start = -1, end = 0;
        for (var node = first; node is not null; node = node.NextSibling)
        {
            if (node is HtmlText piece)
            {
                text.Append(piece.Span);
                if (!piece.Span.IsWhiteSpace())
                {
                    chars += piece.Span.Length;
                    if (start < 0) start = piece.SourceStart;
                    end = piece.SourceEnd;
                }
            }
            else if (node is HtmlElement { LocalName: "br" })
            {
                text.Append(' ');
            }
            else if (node is HtmlElement element && index.Find(element) is { } info && info.TextChars > 0)
            {
                text.Append(TextCollector.Flat(element));   // inline: its text runs on with its neighbours
                chars += info.TextChars;
                linkChars += info.LinkChars;
                if (start < 0) start = element.SourceStart;
                end = element.SourceEnd;
            }
            if (node == last) break;
        }
        var collapsed = text.ToStringAndReturn();
        if (collapsed.Length == 0 || IsShownHeadline(collapsed)) return;
        double linkDensity = chars == 0 ? 0 : (double)linkChars / chars;
        bool links = linkDensity > 0.5;
        AddBoilerplate(collapsed, new SourceSpan(start, Math.Max(0, end - start)), links ? BoilerplateKind.Navigation : BoilerplateKind.Other,
            links ? "outside the article: a run of links" : "outside the article: text between the page's blocks", linkDensity);
    }

    private static (BoilerplateKind, string) ChromeKind(NodeInfo info) => info.Name switch
    {
        "header" => (BoilerplateKind.Navigation, "the page header"),
        "nav" => (BoilerplateKind.Navigation, "a <nav> element"),
        "footer" => (BoilerplateKind.Footer, "the page footer"),
        _ when info.LinkDensity > 0.5 => (BoilerplateKind.Navigation, "a block of links"),
        _ => (BoilerplateKind.Other, "page text around the article"),
    };

    private void WriteContent(NodeInfo root)
    {
        _root = root;
        var stack = t_contentStack ?? new Stack<(HtmlNode Node, Exit Exit)>(64);
        t_contentStack = null;   // taken while in use
        stack.Push((root.Element, Exit.None));
        bool first = true;
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            switch (exit)
            {
                case Exit.Block: Flush(); continue;
                case Exit.Link:
                    _linkDepth--;
                    _runs.Leave();
                    continue;
                case Exit.Emphasis:
                    _emphDepth--;
                    _runs.Leave();
                    continue;
                case Exit.Run: _runs.Leave(); continue;
                case Exit.Cue: _cues.Exit(); continue;
            }
            if (node is HtmlText text)
            {
                if (AddText(text.Span))
                {
                    if (_paraStart < 0)
                    {
                        _paraStart = text.SourceStart;
                        _paraOwner = index.Find(text.Parent!)?.Owner;
                    }
                    _paraEnd = text.SourceEnd;
                    if (text.Parent is { } parent && index.Find(parent) is { InFaq: true }) _paraInFaq = true;
                }
                continue;
            }
            if (node is not HtmlElement element || index.Find(element) is not { } info) continue;
            bool isRoot = first;
            first = false;
            var push = Enter(info, isRoot);
            if (push == Handled) continue;
            if (push != Exit.None) stack.Push((element, push));
            if (_cues.Enter(info)) stack.Push((element, Exit.Cue));
            for (var child = element.LastChild; child is not null; child = child.PreviousSibling) stack.Push((child, Exit.None));
        }
        t_contentStack = stack;   // empty again
        Flush();
    }

    /// <summary>Handles an element of the content; returns what to undo when leaving it, or <see cref="Exit.Handled"/> when its children were handled.</summary>
    private Exit Enter(NodeInfo info, bool isRoot)
    {
        var element = info.Element;
        string name = info.Name;
        if (info.Opaque)
        {
            if (AddText(TextCollector.Flat(element)))
            {
                if (_paraStart < 0)
                {
                    _paraStart = element.SourceStart;
                    _paraOwner = info.Owner;
                }
                _paraEnd = element.SourceEnd;
            }
            return Handled;
        }
        if (name == "br")
        {
            if (_pendingBreak) Flush();
            // "<p><strong>Brut im Obstgarten</strong><br>Schon im …": a first line set apart ends at the break as a block
            // of its own, which HeadingEvidence then weighs as it weighs a line in a paragraph of its own
            else if (!_lineBroken && IsLeadLine() && IsLastBreak(info.Element))
            {
                _leadLine = true;
                Flush();
            }
            else
            {
                _lineBroken = true;
                _pendingBreak = true;
                _runs.LineBreak(_para.Length);
                _para.Append(' ');
            }
            return Handled;
        }
        if (name == "hr")
        {
            Flush();
            return Handled;
        }
        if (name == "img") _image = info.Element;
        if (!isRoot && Comments.IsComment(info))
        {
            Flush();
            CommentFurniture(info);
            return Handled;
        }
        if (!isRoot && Comments.IsTitle(info))
        {
            Flush();
            AddBoilerplate(TextCollector.Flat(info.Element), SpanOf(info.Element), BoilerplateKind.Comments, "the title of the comments after it");
            return Handled;
        }
        if (!isRoot && Comments.HoldsComments(info) && (Comments.IsSection(info) || IsBoilerplate(info)))
        {
            Flush();
            CommentChrome(info, inSection: true);
            return Handled;
        }
        if (!isRoot && IsBoilerplate(info))
        {
            Flush();
            Boilerplate(info);
            return Handled;
        }
        if (info.InFaq && !isRoot)
        {
            // a question's element holds no answer: one that does (Yoast's and Rank Math's item, named "faq-question-1") is the item, read inside
            if (((info.Hints & HintFlags.Question) != 0 || (element.AttributeCount > 0 && element.HasAttribute("aria-expanded"))) && !HoldsAnswer(info))
            {
                Flush();
                var question = TextCollector.Flat(element, keepHidden: true);
                // an accordion's question is often the text of its button, which the text collector skips as a form control
                if (question.Length == 0) question = Whitespace.Collapse(element.TextContent);
                Add(SourceBlockKind.Question, question, element);
                return Handled;
            }
            if ((info.Hints & HintFlags.Answer) != 0)
            {
                Flush();
                foreach (var (line, runs) in Rich.Lines(element, keepHidden: true).Lines()) Add(SourceBlockKind.Answer, line, element, runs);
                return Handled;
            }
        }
        int level = HtmlTags.HeadingLevel(name);
        if (level == 0 && element.AttributeCount > 0 && string.Equals(element.GetAttribute("role"), "heading", StringComparison.OrdinalIgnoreCase))
            level = int.TryParse(element.GetAttribute("aria-level"), NumberStyles.None, CultureInfo.InvariantCulture, out int aria) && aria is >= 1 and <= 6 ? aria : 2;
        if (level > 0)
        {
            Flush();
            Heading(info, level);
            return Handled;
        }
        // A list or table chosen as one of the content's siblings is still a list or table.
        if (!isRoot || name is "ul" or "ol" or "table")
        {
            switch (name)
            {
                case "ul" or "ol" when !HoldsLongItems(info) && !HoldsLooseText(info.Element):
                    Flush();
                    List(info);
                    return Handled;
                case "table" when _joinedTables is not null && _joinedTables.Contains(element):
                    return Handled;
                case "table":
                    var (parts, shape) = ReadTable(info, join: !isRoot);
                    if (!shape.IsLayout)
                    {
                        Flush();
                        Table(info, parts, shape);
                        return Handled;
                    }
                    if (shape.IsLine) (_lineTables ??= []).Add(element);
                    break;
                case "blockquote" when info.TextChars * 2 < _root.TextChars:
                    Flush();
                    var quote = Rich.Lines(element);
                    Content(new QuoteBlock(quote.Text, span: SpanOf(element)) { Inlines = quote.Runs }, info);
                    return Handled;
                case "pre" when !HoldsStructure(element):
                    Flush();
                    var code = TextCollector.Preformatted(element);
                    if (code.Trim().Length > 0) Content(new CodeBlock(code, span: SpanOf(element)), info);
                    return Handled;
                case "figure" when !HoldsTextBesideCaption(info):
                case "figcaption":
                    Flush();
                    Figure(info);
                    return Handled;
                case "details":
                    Flush();
                    Details(info);
                    return Handled;
                case "dl" when info.InFaq:
                    Flush();
                    DefinitionList(info);
                    return Handled;
            }
        }
        if (name is "td" or "th" && _lineTables is not null && TableOf(element) is { } table && _lineTables.Contains(table))
        {
            _para.Append(' ');   // a cell of a one-line layout table: its text runs on with the other cells'
            return Exit.None;
        }
        if (HtmlTags.IsBlock(element) || name is "td" or "th")
        {
            Flush();
            return Exit.Block;
        }
        if (name == "a")
        {
            _linkDepth++;
            _linkCounted = false;
            _runs.Enter(InlineKind.Link, element.AttributeCount > 0 ? LinkAddress.Resolve(element.GetAttribute("href"), BaseAddress) : null);
            return Exit.Link;
        }
        if (HtmlTags.IsEmphasis(name))
        {
            _emphDepth++;
            _runs.Enter(InlineKind.Strong);
            return Exit.Emphasis;
        }
        if (HtmlTags.InlineRunKind(name) is { } kind)
        {
            _runs.Enter(kind);
            return Exit.Run;
        }
        if (name == "img") InlineImage(element);
        return Exit.None;
    }

    /// <summary>
    /// Whether an element inside the content that the markup names as boilerplate is written as such. Not when it is
    /// inline and its paragraph has other text (a link classed "popup" or "tag" in the middle of a sentence: an inline
    /// element is boilerplate only when its paragraph is), not when it wraps most of the article, and not when its name
    /// is weak evidence that its text contradicts (<see cref="NamedBoilerplate.IsBelieved"/>).
    /// </summary>
    private bool IsBoilerplate(NodeInfo info)
    {
        if (info.Kind is null || info.HoldsContent || (info.Hints & HintFlags.ArticleBody) != 0) return false;
        // a figure is content by its tag: a class naming its caption ("has-caption", "media-caption") names a part of it
        if (info.Kind == BoilerplateKind.Caption && info.Name == "figure") return false;
        if (!HtmlTags.IsBlock(info.Element) && info.Owner != info && info.Owner.InlineChars > info.TextChars) return false;
        // a wrapper holding most of the article is not a box inside it, whatever its class says
        if (info.TextChars > 500 && info.TextChars * 2 > _root.TextChars) return false;
        return NamedBoilerplate.IsBelieved(info);
    }

    /// <summary>An image inside the text of a paragraph: a point of its runs, unless it is a pixel or spacer.</summary>
    private void InlineImage(HtmlElement image)
    {
        if (ImageSource.Read(image, BaseAddress) is not { } source) return;
        _runs.Image(_para.Length, source.Address, source.Alt);
        (_paraImages ??= []).Add((source, image));
    }

    /// <summary>Adds inline text to the paragraph being built; true when it has visible characters.</summary>
    private bool AddText(ReadOnlySpan<char> data)
    {
        int chars = TextTally.Chars(data);
        int before = _para.Length;
        _para.Append(data);
        if (chars == 0) return false;
        if (_para.Length > before) _runs.Text(_para[before] == ' ' ? before + 1 : before, _para.Length);
        _pendingBreak = false;
        _chars += chars;
        if (_linkDepth > 0)
        {
            _linkChars += chars;
            if (!_linkCounted)
            {
                _links++;
                _linkCounted = true;
            }
        }
        if (_emphDepth > 0) _emphChars += chars;
        _cues.Text();
        return true;
    }

    private bool _paraInFaq;       // some text of the paragraph being built stands in FAQ markup
    private bool _statementItem;   // the last FAQ markup item was a statement, written as a heading: its answer is body text
    private int _paraStart = -1;   // where the paragraph being built starts and ends in the page (-1: no visible text yet)
    private int _paraEnd;

    /// <summary>True when the paragraph so far (its first line, a break coming) may be a heading (<see cref="HeadingEvidence.IsLeadLine"/>).</summary>
    private bool IsLeadLine()
    {
        if (_chars == 0 || _para.Length > TextShape.MaxHeadingChars) return false;
        var (cues, size) = _cues.Peek();
        if (!HeadingEvidence.IsLeadCue(cues, size) || _linkChars * 2 > _chars) return false;
        var para = _para;
        return HeadingEvidence.IsLeadLine(string.Create(para.Length, para, static (span, p) =>
        {
            for (int i = 0; i < span.Length; i++) span[i] = p[i];
        }));
    }

    /// <summary>
    /// True when no other single line break follows <paramref name="br"/> in its paragraph: the line before it heads one
    /// run of text, not the first of several lines (an address, a verse, a list written with breaks). Looks at the
    /// nodes after it up to the paragraph's end (a block element, a double break), at most 64 of them.
    /// </summary>
    private static bool IsLastBreak(HtmlElement br)
    {
        HtmlNode node = br;
        for (int steps = 0; steps < 64; steps++)
        {
            if (node.NextSibling is not { } next)
            {
                if (node.Parent is not { } parent || HtmlTags.IsBlock(parent)) return true;
                node = parent;
                continue;
            }
            node = next;
            if (node is not HtmlElement element) continue;
            if (HtmlTags.IsBlock(element)) return true;
            if (element.LocalName != "br") continue;
            // a second break: the paragraph ends at a double one, goes on in lines at a single one
            for (var after = element.NextSibling; after is not null; after = after.NextSibling)
            {
                if (after is HtmlText text && text.Span.IsWhiteSpace()) continue;
                return after is HtmlElement { LocalName: "br" };
            }
            return true;
        }
        return true;
    }

    private void Flush()
    {
        _pendingBreak = false;
        _lineBroken = false;
        bool leadLine = _leadLine;
        _leadLine = false;
        var (cues, size) = _cues.TakeParagraph();
        if (_chars == 0)
        {
            _para.Reset();
            _runs.Take(string.Empty);
            if (_paraImages is not null) LoneImages();
            _paraImages = null;
            return;
        }
        _paraImages = null;
        var text = _para.ToStringAndReturn();
        var runs = _runs.Take(text);
        var span = _paraStart < 0 ? SourceSpan.None : new SourceSpan(_paraStart, _paraEnd - _paraStart);
        _paraStart = -1;
        bool inFaq = _paraInFaq;
        _paraInFaq = false;
        double density = (double)_linkChars / _chars;
        bool linkOnly = _links == 1 && _linkChars == _chars;
        bool emphasis = _emphChars == _chars;
        int chars = _chars, linkChars = _linkChars;
        _chars = _linkChars = _emphChars = _links = 0;
        if (text.Length == 0) return;
        bool afterImage = _image is not null && HeadingEvidence.IsCaptionPlace(_image, _paraOwner?.Element);
        _image = null;

        // The visible headline above the text is the headline already: not a body block too (nor the block that holds
        // the element the headline was read from: a bold line in a paragraph, wherever it stands).
        if ((!_seenBody || HoldsHeadlineElement(_paraOwner)) && IsHeadline(text))
        {
            if (_headlineShown) HeadlineAgain(text, span);
            _headlineShown = true;
            return;
        }
        if (_bodyParagraphs < MaxParagraphsBeforeByline && text.Length <= MaxBylineChars && BylineReader.Read(text, TextShape.Of(text)) is { } byline
            && (byline.Byline is not null || !IsSentenceAroundDate(text)))
        {
            AddBoilerplate(text, span, BoilerplateKind.Other, "a byline or date line above the article text", density);
            return;
        }
        output.Add(new SourceBlock(SourceBlockKind.Paragraph, text, span)
        {
            LinkDensity = density,
            IsLinkOnly = linkOnly,
            IsEmphasisOnly = emphasis,
            FromHtml = true,
            InFaq = inFaq,
            Inlines = runs,
        });
        // a line the markup sets apart may be a heading: decided once the page is written (HeadingEvidence)
        if (_headings.Observe(output.Count - 1, text, chars, linkChars, cues, size, _paraOwner?.Name ?? "", afterImage, leadLine)) return;
        _seenBody = true;
        _bodyParagraphs++;
    }

    /// <summary>Most words a date line without an author holds beside its date and times (a label: "Published on", "Zuletzt aktualisiert am").</summary>
    public const int MaxDateLabelWords = 6;

    /// <summary>
    /// True when <paramref name="text"/>, once its dates and times are taken out, is more than a label: more than
    /// <see cref="MaxDateLabelWords"/> words, a sentence that mentions a date ("X has a new date: March 31, 2021."),
    /// which is the article's text, not its date line.
    /// </summary>
    private static bool IsSentenceAroundDate(string text) => TextShape.Of(BylineReader.WithoutDateTime(text)).Words > MaxDateLabelWords;

    private void Heading(NodeInfo info, int level)
    {
        var text = HeadingFurniture.Read(info.Element, out var furniture);
        if (text.Length == 0) return;
        var key = Normalize(text);
        if (key == _headline || info.Element == HeadlineElement)
        {
            // the headline's own heading with more in it (a kicker, a date), or the headline shown again: kept as boilerplate
            if ((_headlineShown && info.Element != HeadlineElement) || key != _headline) HeadlineAgain(text, SpanOf(info.Element));
            _headlineShown = true;
            return;
        }
        if (level == 1 && !_seenBody)
        {
            // another top title above the article's text (a site's name, a section's title): kept, as page furniture
            AddBoilerplate(text, SpanOf(info.Element), BoilerplateKind.Other, "a top-level title above the article that is not its headline", info.LinkDensity);
            return;
        }
        if (BoxTitle.Is(info.Element, _root.Element, index))
        {
            AddBoilerplate(text, SpanOf(info.Element), BoilerplateKind.RelatedLink, "the title of a box in the text holding only headings and images or links (a teaser)", info.LinkDensity);
            return;
        }
        if (TextShape.Of(text) is { Words: > TextShape.MaxHeadingWords } shape && (shape.EndsSentence || shape.SentenceBreaks > 0))
        {
            // a paragraph set as a heading (a standfirst or teaser in an h2): a sentence, no title of a section
            output.Add(new SourceBlock(SourceBlockKind.Paragraph, text, SpanOf(info.Element)) { LinkDensity = info.LinkDensity, FromHtml = true, InFaq = info.InFaq });
            _seenBody = true;
            _bodyParagraphs++;
            return;
        }
        Titles.Add(key);
        _lastMarkupLevel = level;
        output.Add(new SourceBlock(SourceBlockKind.Heading, text, SpanOf(info.Element))
        {
            Level = level,
            LinkDensity = info.LinkDensity,
            IsLinkOnly = info.LinkChars > 0 && info.LinkChars == info.TextChars,
            FromHtml = true,
            InFaq = info.InFaq,
            Furniture = furniture,
        });
    }

    /// <summary>Adds a block of page text set apart as boilerplate of <paramref name="kind"/>, with the reason.</summary>
    private void AddBoilerplate(string text, SourceSpan span, BoilerplateKind? kind, string? reason, double linkDensity = 0) =>
        output.Add(new SourceBlock(SourceBlockKind.Paragraph, text, span)
        {
            MarkupBoilerplate = kind,
            MarkupReason = reason,
            LinkDensity = linkDensity,
            FromHtml = true,
        });

    /// <summary>Where an element stands in the page: from its start tag to its end (UTF-16 units of the decoded page).</summary>
    private static SourceSpan SpanOf(HtmlElement element) => new(element.SourceStart, Math.Max(0, element.SourceEnd - element.SourceStart));

    /// <summary>
    /// Adds a question or answer of FAQ markup. A question that does not read as one (<see cref="QuestionText"/>: an
    /// accordion of statements, "Fazit") is a heading one level under the last heading of the page, and what answers it
    /// body text: an accordion of statements is sections, not an FAQ.
    /// </summary>
    private void Add(SourceBlockKind kind, string text, HtmlElement? from, List<Inline>? runs = null)
    {
        if (text.Length == 0) return;
        var span = from is null ? SourceSpan.None : SpanOf(from);
        if (kind == SourceBlockKind.Question)
        {
            Titles.Add(Normalize(text));
            _statementItem = !QuestionText.IsQuestion(text);
            if (_statementItem)
            {
                int level = _lastMarkupLevel == 0 ? 3 : Math.Min(_lastMarkupLevel + 1, 6);
                output.Add(new SourceBlock(SourceBlockKind.Heading, text, span) { Level = level, FromHtml = true, InFaq = true });
                _seenBody = true;
                return;
            }
        }
        else if (kind == SourceBlockKind.Answer && _statementItem) kind = SourceBlockKind.Paragraph;
        output.Add(new SourceBlock(kind, text, span) { FromHtml = true, InFaq = kind != SourceBlockKind.Paragraph, Inlines = runs });
        _seenBody = true;
    }

    /// <summary>True when an element of FAQ markup holds an element named as an answer (bounded: the first levels only).</summary>
    private bool HoldsAnswer(NodeInfo info)
    {
        var queue = new Queue<(HtmlElement Element, int Depth)>();
        queue.Enqueue((info.Element, 0));
        while (queue.Count > 0)
        {
            var (element, depth) = queue.Dequeue();
            if (depth > 0 && index.Find(element) is { } found && (found.Hints & HintFlags.Answer) != 0) return true;
            if (depth >= 4) continue;
            foreach (var child in element.Children) queue.Enqueue((child, depth + 1));
        }
        return false;
    }

    private void Content(Block block, NodeInfo info, double? linkDensity = null)
    {
        if (block.Text.Length == 0 && block is not FigureBlock) return;
        output.Add(new SourceBlock(SourceBlockKind.Content, block.Text, block.Span) { Content = block, LinkDensity = linkDensity ?? info.LinkDensity, FromHtml = true, InFaq = info.InFaq });
        _seenBody = true;
        if (block is not FigureBlock) _image = null;   // a line after a figure may still be its caption
    }

    private void Boilerplate(NodeInfo info)
    {
        var text = TextCollector.Flat(info.Element);
        if (text.Length == 0) return;
        AddBoilerplate(text, SpanOf(info.Element), info.Kind, info.KindReason, info.LinkDensity);
    }

    private bool HoldsLongItems(NodeInfo list)
    {
        if (list.TextChars < 1000) return false;
        foreach (var child in list.Element.Children)
        {
            if (index.Find(child) is { } item && item.TextChars > 600) return true;
        }
        return false;
    }

    /// <summary>True when text stands directly in the element, outside its child elements (a list used to indent paragraphs): it is then read as the blocks it holds.</summary>
    private static bool HoldsLooseText(HtmlElement element)
    {
        for (var child = element.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is HtmlText text && !text.Span.IsWhiteSpace()) return true;
        }
        return false;
    }

    private void List(NodeInfo info)
    {
        var items = new List<string>();
        List<ListItem>? entries = null;   // made at the first item with runs or a nested list
        int linkItems = 0;
        foreach (var child in info.Element.Children)
        {
            if (index.Find(child) is not { } item) continue;
            _nestedLists.Clear();
            var own = Rich.Flat(child, nested: _nestedLists);
            // the item's text as before: its own text, or with a nested list, all its text
            var text = _nestedLists.Count == 0 ? own.Text : TextCollector.Flat(child);
            if (text.Length == 0) continue;
            if (entries is null && (own.Runs is not null || _nestedLists.Count > 0))
            {
                entries = new List<ListItem>(items.Count + 1);
                foreach (var plain in items) entries.Add(new ListItem(plain));
            }
            items.Add(text);
            entries?.Add(new ListItem(own.Text)
            {
                Inlines = own.Runs,
                Ordered = _nestedLists.Count > 0 && _nestedLists[0].LocalName == "ol",
                Items = _nestedLists.Count == 0 ? null : NestedItems(_nestedLists),
            });
            if (item.LinkChars * 5 >= item.TextChars * 4) linkItems++;
        }
        if (items.Count == 0) return;
        if (linkItems * 2 > items.Count && info.LinkDensity > 0.6)
        {
            AddBoilerplate(string.Join(" | ", items), SpanOf(info.Element), BoilerplateKind.RelatedLink, $"a list of links ({linkItems} of {items.Count} items are links)", info.LinkDensity);
            return;
        }
        Content(new ListBlock(info.Name == "ol", items, SpanOf(info.Element)) { Entries = entries }, info);
    }

    /// <summary>An item of a nested list while its tree is read: its text and runs, and the items of the lists nested in it.</summary>
    private sealed class PendingItem(RichText text, bool ordered)
    {
        public RichText Text { get; } = text;
        public bool Ordered { get; } = ordered;
        public List<PendingItem> Children { get; } = [];
        public ListItem? Built { get; set; }
    }

    /// <summary>
    /// The items of <paramref name="lists"/> (the lists nested in one item, in order), each with the lists nested in
    /// it, at any depth: read breadth first with a queue, then built from the deepest up, without recursion.
    /// </summary>
    private List<ListItem> NestedItems(List<HtmlElement> lists)
    {
        var top = new PendingItem(default, false);
        var order = new List<PendingItem>();
        var queue = new Queue<(HtmlElement List, PendingItem Parent)>();
        foreach (var list in lists) queue.Enqueue((list, top));
        var nested = new List<HtmlElement>();
        while (queue.Count > 0)
        {
            var (list, parent) = queue.Dequeue();
            foreach (var child in list.Children)
            {
                if (child.LocalName != "li" || index.Find(child) is not { TextChars: > 0 }) continue;
                nested.Clear();
                var text = Rich.Flat(child, nested: nested);
                var pending = new PendingItem(text, nested.Count > 0 && nested[0].LocalName == "ol");
                parent.Children.Add(pending);
                order.Add(pending);
                foreach (var inner in nested) queue.Enqueue((inner, pending));
            }
        }
        // children stand after their parent in breadth-first order: built last to first, each finds its children built
        for (int i = order.Count - 1; i >= 0; i--)
        {
            var pending = order[i];
            pending.Built = new ListItem(pending.Text.Text)
            {
                Inlines = pending.Text.Runs,
                Ordered = pending.Ordered,
                Items = pending.Children.Count == 0 ? null : pending.Children.ConvertAll(c => c.Built!),
            };
        }
        return top.Children.ConvertAll(c => c.Built!);
    }

    /// <summary>
    /// The tables read as one table from <paramref name="table"/>, with their shape: it alone, or, when
    /// <paramref name="join"/>, it and the tables cut from it that follow it (<see cref="TableShape.CanContinue"/>)
    /// when together they make a regular table of data (<see cref="TableShape.IsRegular"/>); those after the first are
    /// then marked as written with it.
    /// </summary>
    private (List<HtmlElement> Parts, TableShape Shape) ReadTable(NodeInfo table, bool join)
    {
        var single = new TableShape(index).Add(table.Element);
        var next = join ? NextTable(table.Element) : null;
        if (next is null || !TableShape.CanContinue(single, table.Element, next)) return ([table.Element], single);
        var shape = new TableShape(index).Add(table.Element);
        var parts = new List<HtmlElement> { table.Element };
        for (; next is not null && TableShape.CanContinue(shape, table.Element, next); next = NextTable(next))
        {
            shape.Add(next);
            parts.Add(next);
        }
        if (!shape.IsRegular || shape.IsLayout) return ([table.Element], single);
        for (int i = 1; i < parts.Count; i++) (_joinedTables ??= []).Add(parts[i]);
        return (parts, shape);
    }

    /// <summary>
    /// True when a <c>pre</c> holds tables, headings or lists (a page that wraps its results in one): it is then read as
    /// the blocks it holds, not as code. Walks its elements with a stack.
    /// </summary>
    private static bool HoldsStructure(HtmlElement pre)
    {
        var stack = new Stack<HtmlElement>();
        stack.Push(pre);
        while (stack.Count > 0)
        {
            foreach (var child in stack.Pop().Children)
            {
                if (child.LocalName is "table" or "ul" or "ol" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6") return true;
                if (child.FirstChild is not null) stack.Push(child);
            }
        }
        return false;
    }

    /// <summary>Tables read as the continuation of a table before them: already written with it.</summary>
    private HashSet<HtmlElement>? _joinedTables;

    /// <summary>Layout tables of one line of short cells (<see cref="TableShape.IsLine"/>): their cells are read as one paragraph.</summary>
    private HashSet<HtmlElement>? _lineTables;

    /// <summary>The table a cell belongs to (through its row and row group); null for a cell out of place.</summary>
    private static HtmlElement? TableOf(HtmlElement cell)
    {
        var up = cell.Parent is HtmlElement { LocalName: "tr" } row ? row.Parent : null;
        if (up is HtmlElement { LocalName: "thead" or "tbody" or "tfoot" }) up = up.Parent;
        return up is HtmlElement { LocalName: "table" } table ? table : null;
    }

    /// <summary>The table right after <paramref name="table"/>, with nothing but white space or line breaks between; null when none.</summary>
    private HtmlElement? NextTable(HtmlElement table)
    {
        for (var node = table.NextSibling; node is not null; node = node.NextSibling)
        {
            if (node is HtmlText text)
            {
                if (!text.Span.IsWhiteSpace()) return null;
                continue;
            }
            if (node is not HtmlElement element) continue;
            if (element.LocalName == "table") return index.Find(element) is { TextChars: > 0, Kind: null } ? element : null;
            if (element.LocalName != "br") return null;
        }
        return null;
    }

    /// <summary>Writes the table block of <paramref name="parts"/> (a table, or a table and the tables cut from it after it).</summary>
    private void Table(NodeInfo info, List<HtmlElement> parts, TableShape shape)
    {
        var rows = new List<IReadOnlyList<string>>();
        List<IReadOnlyList<TableCell>>? cells = null;   // made at the first cell with runs, a header flag or a span
        var rowCells = new List<TableCell>();
        foreach (var row in parts.SelectMany(TableShape.RowsOf))
        {
            var texts = new List<string>();
            rowCells.Clear();
            bool rich = false;
            bool inHead = row.Parent is HtmlElement { LocalName: "thead" };
            foreach (var cell in row.Children)
            {
                if (cell.LocalName is not ("td" or "th") || index.Find(cell) is null) continue;
                var text = Rich.Flat(cell);
                texts.Add(text.Text);
                var structured = new TableCell(text.Text)
                {
                    Inlines = text.Runs,
                    Header = inHead || cell.LocalName == "th",
                    ColumnSpan = TableShape.CellSpan(cell, "colspan", TableCell.MaxColumnSpan),
                    RowSpan = TableShape.CellSpan(cell, "rowspan", TableCell.MaxRowSpan),
                };
                rich |= structured.Inlines is not null || structured.Header || structured.ColumnSpan is not null || structured.RowSpan is not null;
                rowCells.Add(structured);
            }
            if (!texts.Exists(c => c.Length > 0)) continue;
            if (cells is null && rich)
            {
                cells = new List<IReadOnlyList<TableCell>>(rows.Count + 1);
                foreach (var plain in rows) cells.Add(plain.Select(t => new TableCell(t)).ToArray());
            }
            rows.Add(texts);
            cells?.Add(rowCells.ToArray());
        }
        if (rows.Count == 0) return;
        string? caption = null;
        foreach (var child in info.Element.Children)
        {
            if (child.LocalName == "caption") caption = TextCollector.Flat(child);
        }
        var last = parts[^1];
        var span = new SourceSpan(info.Element.SourceStart, Math.Max(0, last.SourceEnd - info.Element.SourceStart));
        Content(new TableBlock(rows, string.IsNullOrEmpty(caption) ? null : caption, span) { Cells = cells }, info,
            shape.TextChars == 0 ? 0 : (double)shape.LinkChars / shape.TextChars);
    }

    /// <summary>Fewest characters of text outside a figure's caption that make it a container (an embedded post, a quote) rather than a picture.</summary>
    private const int MinFigureTextChars = 20;

    /// <summary>True when a figure holds text besides its caption (an embedded post or quote): it is then read as the blocks it holds.</summary>
    private bool HoldsTextBesideCaption(NodeInfo figure)
    {
        int captionChars = 0;
        var stack = new Stack<(HtmlElement Element, int Depth)>();
        stack.Push((figure.Element, 0));
        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            if (element.LocalName == "figcaption")
            {
                captionChars += index.Find(element)?.TextChars ?? 0;
                continue;
            }
            if (depth < 4)
            {
                foreach (var child in element.Children) stack.Push((child, depth + 1));
            }
        }
        return figure.TextChars - captionChars >= MinFigureTextChars;
    }

    private void Figure(NodeInfo info)
    {
        HtmlElement? caption = info.Name == "figcaption" ? info.Element : null;
        ImageSource.Found? image = null;
        string? source = null;
        var queue = new Queue<(HtmlElement, int)>();
        queue.Enqueue((info.Element, 0));
        while (queue.Count > 0)
        {
            var (element, depth) = queue.Dequeue();
            if (caption is null && element.LocalName == "figcaption") caption = element;
            if (source is null && element.LocalName == "img")
            {
                image = ImageSource.Read(element, BaseAddress);
                source = image?.Address ?? LinkAddress.Resolve(element.GetAttribute("src"), BaseAddress);
            }
            if (depth < 4)
            {
                foreach (var child in element.Children) queue.Enqueue((child, depth + 1));
            }
        }
        // the caption, or, when the figure shows more than its caption (a credit, a label), all the figure's text
        var text = caption is null || (caption != info.Element && (index.Find(caption)?.TextChars ?? 0) < info.TextChars)
            ? TextCollector.Flat(info.Element)
            : TextCollector.Flat(caption);
        // an image without caption is a figure too, unless it is an icon, avatar or pixel
        if (text.Length == 0 && (image is not { } shown || ImageSource.IsDecoration(shown))) return;
        Content(new FigureBlock(text.Length == 0 ? null : text, source, SpanOf(info.Element))
        {
            Alt = image?.Alt,
            Width = image?.Width,
            Height = image?.Height,
        }, info);
    }

    /// <summary>Images standing alone in the content (their paragraph has no text): figures without caption, unless decoration.</summary>
    private void LoneImages()
    {
        foreach (var (found, element) in _paraImages!)
        {
            if (!ImageSource.IsDecoration(found))
                Content(new FigureBlock(null, found.Address, SpanOf(element)) { Alt = found.Alt, Width = found.Width, Height = found.Height }, _root);
        }
    }

    private void Details(NodeInfo info)
    {
        HtmlElement? summary = null;
        foreach (var child in info.Element.Children)
        {
            if (child.LocalName != "summary") continue;
            summary = child;
            break;
        }
        var question = summary is null ? null : TextCollector.Flat(summary);
        if (string.IsNullOrEmpty(question)) return;
        Add(SourceBlockKind.Question, question, info.Element);
        // the answer: the rest of the element (collapsed answers are hidden until opened), with its links and emphasis
        foreach (var (line, runs) in Rich.Lines(info.Element, keepHidden: true, skip: summary).Lines()) Add(SourceBlockKind.Answer, line, info.Element, runs);
    }

    private void DefinitionList(NodeInfo info)
    {
        foreach (var child in info.Element.Children)
        {
            if (child.LocalName == "dt") Add(SourceBlockKind.Question, TextCollector.Flat(child), child);
            else if (child.LocalName == "dd")
            {
                foreach (var (line, runs) in Rich.Lines(child, keepHidden: true).Lines()) Add(SourceBlockKind.Answer, line, child, runs);
            }
        }
    }

    /// <summary>True when <paramref name="collapsed"/> (white space already collapsed) is the headline; the length is compared first, so most texts cost no copy.</summary>
    /// <summary>
    /// True, once, for the page's first block that shows the headline (it is the headline: not a block too); the
    /// headline shown again further on (in a teaser list, a share box) is a block of its own, so nothing is lost.
    /// </summary>
    private bool IsShownHeadline(string collapsed)
    {
        if (_headlineShown || !IsHeadline(collapsed)) return false;
        _headlineShown = true;
        return true;
    }

    /// <summary>The headline shown again in the article (a second title, a repeated heading), or its heading holding more than the headline: kept, as boilerplate, not as body.</summary>
    private void HeadlineAgain(string text, SourceSpan span) =>
        AddBoilerplate(text, span, BoilerplateKind.Other, "the headline shown again");

    /// <summary>True when <paramref name="owner"/> is <see cref="HeadlineElement"/> or holds it.</summary>
    private bool HoldsHeadlineElement(NodeInfo? owner)
    {
        if (owner is null || HeadlineElement is null) return false;
        for (var up = HeadlineElement; up is not null; up = up.ParentElement)
        {
            if (up == owner.Element) return true;
        }
        return false;
    }

    private bool IsHeadline(string collapsed) => _headline is not null && collapsed.Length == _headline.Length && Normalize(collapsed) == _headline;

    /// <summary>The key two titles are compared by: white space collapsed, lower case.</summary>
    public static string Normalize(string text) => LowerCase.Of(Whitespace.Collapse(text));
}
