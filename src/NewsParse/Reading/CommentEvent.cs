using System.Text.Json.Serialization;
using NewsParse.Model;

namespace NewsParse.Reading;

/// <summary>One reader comment of the page's comment section, in page order (a reply after the comment it answers).</summary>
public sealed record CommentEvent : ArticleEvent
{
    /// <summary>Creates the event.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="comment"/> is null.</exception>
    public CommentEvent(Comment comment) : base(comment?.Span ?? default) => Comment = comment ?? throw new ArgumentNullException(nameof(comment));

    /// <inheritdoc/>
    [JsonIgnore]
    public override ArticleEventKind Kind => ArticleEventKind.Comment;

    /// <summary>The comment.</summary>
    [JsonPropertyName("comment")]
    public Comment Comment { get; }
}
