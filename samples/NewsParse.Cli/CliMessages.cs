using System.Globalization;

namespace NewsParse.Cli;

/// <summary>The command's own wording of library errors: a limit is named by the flag that raises it, not by the option's property.</summary>
internal static class CliMessages
{
    /// <summary>One line for an exceeded limit, such as "the HTML page is longer than 67,108,864 characters (raise the limit with --max-html-chars N)".</summary>
    public static string Limit(NewsParseException e, NewsParserOptions options) => e.Code switch
    {
        NewsParseErrorCode.HtmlTooLarge => Line("the HTML page is longer than", options.MaxHtmlChars, "--max-html-chars"),
        NewsParseErrorCode.InputTooLarge => Line("the input is longer than", options.MaxInputChars, "--max-input-chars"),
        NewsParseErrorCode.BlockTooLarge => Line("a block of text (a line or paragraph) is longer than", options.MaxBlockChars, "--max-block-chars"),
        _ => e.Message,
    };

    private static string Line(string what, long limit, string flag) =>
        string.Create(CultureInfo.InvariantCulture, $"{what} {limit:N0} characters (raise the limit with {flag} N)");
}
