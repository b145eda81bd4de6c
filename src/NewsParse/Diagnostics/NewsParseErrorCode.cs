namespace NewsParse;

/// <summary>Why parsing stopped with a <see cref="NewsParseException"/>. Only hard limits and misuse throw; oddities in the input are diagnostics.</summary>
public enum NewsParseErrorCode
{
    /// <summary>The input is longer than <see cref="NewsParserOptions.MaxInputChars"/>.</summary>
    InputTooLarge = 1,
    /// <summary>One block (a line or paragraph of text) is longer than <see cref="NewsParserOptions.MaxBlockChars"/>.</summary>
    BlockTooLarge = 2,
    /// <summary>The reader was used wrongly: input appended after the final block, or read after completion.</summary>
    InvalidReaderState = 3,
    /// <summary>An HTML page is longer than <see cref="NewsParserOptions.MaxHtmlChars"/> (a page is held whole while it is read).</summary>
    HtmlTooLarge = 4,
}
