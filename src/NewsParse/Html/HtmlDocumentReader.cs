using NewsParse.Model;
using NewsParse.Reading;
using NewsParse.Text;

namespace NewsParse.Html;

/// <summary>
/// Reads one HTML page into metadata and blocks for the <see cref="ArticleReader"/>. Placeholder until the HTML layer
/// lands: it strips tags and reads the text as paragraphs.
/// </summary>
internal static class HtmlDocumentReader
{
    public static HtmlReadResult Read(string html, NewsParserOptions options)
    {
        var result = new HtmlReadResult();
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var document = parser.ParseDocument(html);
        foreach (var element in document.QuerySelectorAll("p, h1, h2, h3, h4, h5, h6, li"))
        {
            var text = Whitespace.Collapse(element.TextContent);
            if (text.Length == 0) continue;
            var kind = element.LocalName.Length == 2 && element.LocalName[0] == 'h' ? SourceBlockKind.Heading : SourceBlockKind.Paragraph;
            int level = kind == SourceBlockKind.Heading ? element.LocalName[1] - '0' : 0;
            result.Blocks.Add(new SourceBlock(kind, text, SourceSpan.None) { Level = level, FromHtml = true });
        }
        _ = options;
        return result;
    }
}
