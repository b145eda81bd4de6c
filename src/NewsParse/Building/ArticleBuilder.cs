using NewsParse.Model;
using NewsParse.Reading;

namespace NewsParse.Building;

/// <summary>
/// Folds <see cref="ArticleEvent"/>s into an <see cref="Article"/>. This is the only way the library builds an article:
/// <see cref="ArticleParser.Parse(string)"/> is this fold over the events of an <see cref="ArticleReader"/>.
/// Not thread-safe: one builder per document.
/// </summary>
public sealed class ArticleBuilder
{
    private readonly Dictionary<MetadataField, string> _metadata = [];
    private readonly List<string> _authors = [];
    private readonly List<SectionNode> _roots = [];
    private readonly List<SectionNode> _open = [];
    private readonly List<BoilerplateBlock> _boilerplate = [];
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly List<Comment> _comments = [];
    private List<FaqItem>? _faqItems;
    private string? _faqHeading;
    private SourceSpan _faqSpan;

    /// <summary>Applies one event. Metadata: the first value of each field is kept (every distinct author, in order). Headings close open sections of the same or deeper level.</summary>
    public void Add(ArticleEvent articleEvent)
    {
        ArgumentNullException.ThrowIfNull(articleEvent);
        switch (articleEvent)
        {
            case MetadataEvent { Field: MetadataField.Author } a:
                if (!_authors.Contains(a.Value)) _authors.Add(a.Value);
                break;
            case MetadataEvent m:
                _metadata.TryAdd(m.Field, m.Value);
                break;
            case HeadingEvent h:
                OpenSection(h);
                break;
            case BlockEvent b:
                CurrentSection(b.Span).Blocks.Add(b.Block);
                break;
            case FaqStartEvent f:
                // an FAQ that got no item gives way to the next one; its heading is kept as boilerplate (nothing lost)
                if (_faqItems is not { Count: > 0 })
                {
                    if (UnansweredFaqHeading() is { } unanswered) _boilerplate.Add(unanswered);
                    _faqItems = [];
                    _faqHeading = f.Heading;
                    _faqSpan = f.Span;
                }
                break;
            case FaqItemEvent q:
                if (_faqItems is null)
                {
                    _faqItems = [];
                    _faqSpan = q.Span;
                }
                _faqItems.Add(q.Item);
                break;
            case BoilerplateEvent p:
                _boilerplate.Add(p.Block);
                break;
            case DiagnosticEvent d:
                _diagnostics.Add(d.Diagnostic);
                break;
            case CommentEvent c:
                _comments.Add(c.Comment);
                break;
        }
    }

    /// <summary>The heading of an FAQ that got no question (its one question read as the headline, say), as boilerplate; null when there is none.</summary>
    private BoilerplateBlock? UnansweredFaqHeading() =>
        _faqItems is { Count: 0 } && !string.IsNullOrWhiteSpace(_faqHeading)
            ? new BoilerplateBlock(BoilerplateKind.Other, _faqHeading, "an FAQ heading no question followed", _faqSpan)
            : null;

    /// <summary>Makes the article from the events applied so far. The builder can go on taking events afterwards.</summary>
    public Article Build()
    {
        var sections = new List<Section>(_roots.Count);
        foreach (var root in _roots) sections.Add(root.Freeze());
        // an FAQ is its questions: one that got none is no FAQ
        Faq? faq = _faqItems is not { Count: > 0 } ? null : new Faq(_faqHeading, _faqItems, _faqSpan);
        return new Article
        {
            Headline = Get(MetadataField.Headline),
            Byline = Get(MetadataField.Byline),
            Authors = _authors,
            Published = Get(MetadataField.Published),
            Modified = Get(MetadataField.Modified),
            Language = Get(MetadataField.Language),
            SiteName = Get(MetadataField.SiteName),
            Url = Get(MetadataField.Url),
            Description = Get(MetadataField.Description),
            Sections = sections,
            Faq = faq,
            Comments = _comments,
            Boilerplate = faq is null && UnansweredFaqHeading() is { } unanswered ? [.. _boilerplate, unanswered] : _boilerplate,
            Diagnostics = _diagnostics,
        };
    }

    private string? Get(MetadataField field) => _metadata.TryGetValue(field, out var value) ? value : null;

    private void OpenSection(HeadingEvent heading)
    {
        while (_open.Count > 0 && _open[^1].Level >= heading.Level) _open.RemoveAt(_open.Count - 1);
        var node = new SectionNode(heading.Text, heading.Level, heading.Span);
        if (_open.Count == 0) _roots.Add(node);
        else _open[^1].Children.Add(node);
        _open.Add(node);
    }

    private SectionNode CurrentSection(SourceSpan span)
    {
        if (_open.Count > 0) return _open[^1];
        // Text before the first heading lives in a section without heading, the first of the article.
        if (_roots.Count == 0 || _roots[^1].Heading is not null)
        {
            var lead = new SectionNode(null, null, span);
            _roots.Add(lead);
        }
        return _roots[^1];
    }

    private sealed class SectionNode(string? heading, int? level, SourceSpan span)
    {
        public string? Heading { get; } = heading;
        public int? Level { get; } = level;
        public List<Block> Blocks { get; } = [];
        public List<SectionNode> Children { get; } = [];

        /// <summary>Freezes the subtree without recursion (post-order with an explicit stack).</summary>
        public Section Freeze()
        {
            // Most sections have no subsection: frozen at once, without the stack.
            if (Children.Count == 0) return new Section(Heading, Level, Blocks, [], span: SpanValue);
            var done = new Dictionary<SectionNode, Section>(ReferenceEqualityComparer.Instance);
            var stack = new Stack<(SectionNode Node, bool Expanded)>();
            stack.Push((this, false));
            while (stack.Count > 0)
            {
                var (node, expanded) = stack.Pop();
                if (!expanded)
                {
                    stack.Push((node, true));
                    for (int i = node.Children.Count - 1; i >= 0; i--) stack.Push((node.Children[i], false));
                    continue;
                }
                var children = node.Children.Select(c => done[c]).ToArray();
                done[node] = new Section(node.Heading, node.Level, node.Blocks, children, span: node.SpanValue);
            }
            return done[this];
        }

        private SourceSpan SpanValue { get; } = span;
    }
}
