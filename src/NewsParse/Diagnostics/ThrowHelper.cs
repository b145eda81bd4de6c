using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace NewsParse;

/// <summary>Every exception the library throws is made here, so messages and codes stay consistent.</summary>
internal static class ThrowHelper
{
    [DoesNotReturn]
    public static void InputTooLarge(long limit, long position) =>
        throw new NewsParseException(NewsParseErrorCode.InputTooLarge,
            string.Create(CultureInfo.InvariantCulture, $"The input is longer than the limit of {limit:N0} characters (NewsParserOptions.MaxInputChars)."), position);

    [DoesNotReturn]
    public static void BlockTooLarge(long limit, long position) =>
        throw new NewsParseException(NewsParseErrorCode.BlockTooLarge,
            string.Create(CultureInfo.InvariantCulture, $"A block of text is longer than the limit of {limit:N0} characters (NewsParserOptions.MaxBlockChars)."), position);

    [DoesNotReturn]
    public static void HtmlTooLarge(long limit, long position) =>
        throw new NewsParseException(NewsParseErrorCode.HtmlTooLarge,
            string.Create(CultureInfo.InvariantCulture, $"The HTML page is longer than the limit of {limit:N0} characters (NewsParserOptions.MaxHtmlChars)."), position);

    /// <summary>Rejects an option value; returns <typeparamref name="T"/> only so that it can stand in an expression.</summary>
    [DoesNotReturn]
    public static T OptionOutOfRange<T>(string name, T value, string expected) =>
        throw new ArgumentOutOfRangeException(name, value, $"NewsParserOptions.{name} must be {expected}.");

    /// <summary>Misuse of a reader, as <c>Utf8JsonReader</c> reports it: an <see cref="InvalidOperationException"/>.</summary>
    [DoesNotReturn]
    public static void AppendAfterFinal() =>
        throw new InvalidOperationException("Input was appended after the final block: create a new reader for another document.");

    /// <summary>Misuse of a reader: a parsed document given after other input.</summary>
    [DoesNotReturn]
    public static void DocumentAfterInput() =>
        throw new InvalidOperationException("A parsed document is the whole input of a reader: give it to a new reader, before any other input.");

    /// <summary>Misuse of a reader: <c>Current</c> read before the first successful <c>Read()</c>.</summary>
    [DoesNotReturn]
    public static T NoCurrentEvent<T>() =>
        throw new InvalidOperationException("There is no current event: call Read() first, and use Current only while it returned true.");
}
