using NewsParse.Model;

namespace NewsParse;

/// <summary>
/// The front door for the common case: <c>NewsParser.Parse(html)</c>. Uses <see cref="ArticleParser.Default"/>,
/// or a parser made for the given options. Thread-safe.
/// </summary>
public static class NewsParser
{
    /// <summary>Parses an HTML page or a text dump held in a string; the format is told from the content unless <paramref name="options"/> says.</summary>
    /// <exception cref="NewsParseException">A limit of the options is exceeded.</exception>
    public static Article Parse(string input, NewsParserOptions? options = null) => For(options).Parse(input);

    /// <summary>Parses an HTML page or a text dump given as bytes (encoding from a BOM, a meta charset, else UTF-8).</summary>
    /// <exception cref="NewsParseException">A limit of the options is exceeded.</exception>
    public static Article Parse(ReadOnlySpan<byte> input, NewsParserOptions? options = null) => For(options).Parse(input);

    /// <summary>Parses an HTML page or a text dump read from a stream of bytes to its end. The stream is not disposed.</summary>
    /// <exception cref="NewsParseException">A limit of the options is exceeded.</exception>
    public static Article Parse(Stream input, NewsParserOptions? options = null) => For(options).Parse(input);

    /// <summary>
    /// Parses a page that AngleSharp has parsed already, reading its tree as it is (see
    /// <see cref="ArticleParser.Parse(AngleSharp.Dom.IDocument)"/>: spans point into <c>document.Source.Text</c>).
    /// </summary>
    /// <exception cref="NewsParseException">A limit of the options is exceeded.</exception>
    public static Article Parse(AngleSharp.Dom.IDocument document, NewsParserOptions? options = null) => For(options).Parse(document);

    /// <summary>Parses a text dump (never read as HTML).</summary>
    public static Article ParseText(string text, NewsParserOptions? options = null) =>
        For((options ?? NewsParserOptions.Default) with { Format = InputFormat.Text }).Parse(text);

    /// <summary>Parses an HTML page (never read as a text dump).</summary>
    public static Article ParseHtml(string html, NewsParserOptions? options = null) =>
        For((options ?? NewsParserOptions.Default) with { Format = InputFormat.Html }).Parse(html);

    private static ArticleParser For(NewsParserOptions? options) =>
        options is null || options == NewsParserOptions.Default ? ArticleParser.Default : new ArticleParser(options);
}
