namespace NewsParse.Benchmarks;

/// <summary>SmartReader 0.11.1 over page text, with its HTTP handler blocked.</summary>
internal static class SmartReaderRunner
{
    private static readonly Lazy<bool> Blocked = new(() =>
    {
        SmartReader.Reader.SetBaseHttpClientHandler(new BlockedHttpHandler());
        return true;
    });

    public static void BlockNetwork() => _ = Blocked.Value;

    /// <summary>The article text; named arguments bind the overload that reads the text (the positional (url, html) one downloads).</summary>
    public static string Extract(string url, string html)
    {
        var article = SmartReader.Reader.ParseArticle(uri: url, text: html, userAgent: null);
        return article.TextContent ?? string.Empty;
    }
}
