namespace NewsParse;

/// <summary>
/// Which limit stopped parsing with a <see cref="NewsParseException"/>. Only hard limits throw it; oddities in the input
/// are diagnostics, and misuse of the API throws <see cref="InvalidOperationException"/> or <see cref="ArgumentException"/>
/// as .NET does.
/// </summary>
public enum NewsParseErrorCode
{
    /// <summary>The input is longer than <see cref="NewsParserOptions.MaxInputChars"/>.</summary>
    InputTooLarge = 1,
    /// <summary>One block (a line or paragraph of text) is longer than <see cref="NewsParserOptions.MaxBlockChars"/>.</summary>
    BlockTooLarge = 2,
    /// <summary>An HTML page is longer than <see cref="NewsParserOptions.MaxHtmlChars"/> (a page is held whole while it is read).</summary>
    HtmlTooLarge = 4,
}
