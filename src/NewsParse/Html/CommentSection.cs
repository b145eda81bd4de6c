using NewsParse.Model;

namespace NewsParse.Html;

/// <summary>
/// The reader comments <see cref="CommentSectionReader"/> found on a page: the comments in page order, and which
/// elements are comments (the <see cref="BlockWriter"/> leaves them out of the body and out of the boilerplate) or hold
/// some (it writes their other text, the section's chrome, as boilerplate of kind <see cref="BoilerplateKind.Comments"/>).
/// </summary>
internal sealed class CommentSection
{
    private readonly HashSet<NodeInfo> _units;
    private readonly HashSet<NodeInfo> _holders;
    private readonly HashSet<NodeInfo> _named;

    /// <summary>No comment found.</summary>
    public static CommentSection None { get; } = new([], [], [], [], [], []);

    private readonly Dictionary<NodeInfo, List<string>> _furniture;

    private readonly HashSet<NodeInfo> _titles;

    public CommentSection(List<Comment> comments, HashSet<NodeInfo> units, HashSet<NodeInfo> holders, HashSet<NodeInfo> named, Dictionary<NodeInfo, List<string>> furniture, HashSet<NodeInfo> titles)
    {
        _titles = titles;
        _furniture = furniture;
        Comments = comments;
        _units = units;
        _holders = holders;
        _named = named;
    }

    /// <summary>The comments in page order.</summary>
    public List<Comment> Comments { get; }

    /// <summary>True when no comment was found.</summary>
    public bool IsEmpty => _units.Count == 0;

    /// <summary>True for the element of one comment (its replies included).</summary>
    public bool IsComment(NodeInfo info) => _units.Contains(info);

    /// <summary>
    /// What the comment of <paramref name="unit"/> and the replies inside it show besides their text (authors, dates,
    /// "Reply" links), in page order: kept as boilerplate of kind comments, so nothing is lost. Empty for a reply's own
    /// element (its furniture is its outermost comment's).
    /// </summary>
    public IReadOnlyList<string> FurnitureOf(NodeInfo unit) => _furniture.TryGetValue(unit, out var list) ? list : [];

    /// <summary>True for the title of a comment list that no comment word names ("Kommentare" above the comments): the section's chrome.</summary>
    public bool IsTitle(NodeInfo info) => _titles.Contains(info);

    /// <summary>True for an ancestor of a comment's element.</summary>
    public bool HoldsComments(NodeInfo info) => _holders.Contains(info);

    /// <summary>
    /// True for an element whose text around the comments is the section's chrome: one holding comments whose class or
    /// id names comments ("comments", "comment-list"), or the list the comments stand in.
    /// </summary>
    public bool IsSection(NodeInfo info) => _holders.Contains(info) && _named.Contains(info);
}
