namespace NewsParse.Html;

/// <summary>What an element's class or id names in a comment section (see <see cref="CommentNames"/>); a larger value wins when tokens disagree, except <see cref="Item"/>, which always wins.</summary>
internal enum CommentRole
{
    /// <summary>Nothing of comments.</summary>
    None,
    /// <summary>The comment section or the list of comments ("comments", "comment-list").</summary>
    List,
    /// <summary>A part of one comment or of the section ("comment-author", "comment-content", "comments-title").</summary>
    Part,
    /// <summary>One comment ("comment", "comment-item", an id "comment-123", itemtype Comment).</summary>
    Item,
}
