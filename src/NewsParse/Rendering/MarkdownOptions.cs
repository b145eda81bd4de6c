namespace NewsParse.Rendering;

/// <summary>
/// What <see cref="ArticleMarkdown"/> writes besides the text. Immutable and thread-safe: make one with an object
/// initializer or <c>with</c>, or use <see cref="Default"/> or <see cref="TextOnly"/>.
/// </summary>
public sealed record MarkdownOptions
{
    /// <summary>Links as <c>[text](url)</c>, images as <c>![alt](src)</c>, emphasis, code and line breaks.</summary>
    public static MarkdownOptions Default { get; } = new();

    /// <summary>Plain Markdown for readers who want the text only: emphasis, code and line breaks kept; no link, no image.</summary>
    public static MarkdownOptions TextOnly { get; } = new() { Links = false, Images = false };

    /// <summary>True (the default) to write links as <c>[text](url)</c>; false to write their text only.</summary>
    public bool Links { get; init; } = true;

    /// <summary>True (the default) to write images and figures as <c>![alt](src)</c>; false to leave images out (a figure's caption stays).</summary>
    public bool Images { get; init; } = true;
}
