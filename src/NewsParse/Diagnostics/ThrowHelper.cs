using System.Diagnostics.CodeAnalysis;

namespace NewsParse;

/// <summary>Every exception the library throws is made here, so messages and codes stay consistent.</summary>
internal static class ThrowHelper
{
    [DoesNotReturn]
    public static void InputTooLarge(long limit, long position) =>
        throw new NewsParseException(NewsParseErrorCode.InputTooLarge,
            $"The input is longer than the limit of {limit:N0} characters (NewsParserOptions.MaxInputChars).", position);

    [DoesNotReturn]
    public static void BlockTooLarge(long limit, long position) =>
        throw new NewsParseException(NewsParseErrorCode.BlockTooLarge,
            $"A block of text is longer than the limit of {limit:N0} characters (NewsParserOptions.MaxBlockChars).", position);

    [DoesNotReturn]
    public static void AppendAfterFinal() =>
        throw new NewsParseException(NewsParseErrorCode.InvalidReaderState,
            "Input was appended after the final block: create a new reader for another document.");
}
