using NewsParse.Reading;

namespace NewsParse.Html;

/// <summary>What the HTML layer gives the reader for one page: the metadata and diagnostics decided from the page as a whole, then its blocks in reading order.</summary>
internal sealed class HtmlReadResult
{
    /// <summary>Events decided before any block: metadata fields and diagnostics.</summary>
    public List<ArticleEvent> Leading { get; } = [];

    /// <summary>The page's blocks in reading order; those outside the article carry <see cref="SourceBlock.MarkupBoilerplate"/>.</summary>
    public List<SourceBlock> Blocks { get; } = [];

    /// <summary>The page's reader comments, in page order, as events that follow the article's.</summary>
    public List<ArticleEvent> Trailing { get; } = [];
}
