using System.Text;
using NewsParse.Tests.Hostile;
using Xunit;

namespace NewsParse.Tests.Limits;

/// <summary>Each limit of <see cref="NewsParserOptions"/> throws its documented <see cref="NewsParseErrorCode"/> when exceeded, and not before.</summary>
public class LimitTests
{
    private const string Paragraph = "The council voted on Tuesday to approve the bridge. Construction begins next spring.";

    private static string TextOf(int paragraphs) => string.Concat(Enumerable.Repeat(Paragraph + "\n\n", paragraphs));

    private static string HtmlOf(int paragraphs) => "<html><body>" + string.Concat(Enumerable.Repeat("<p>" + Paragraph + "</p>", paragraphs)) + "</body></html>";

    [Fact]
    public void MaxInputChars_exceeded_by_text_throws_InputTooLarge_with_a_position()
    {
        var text = TextOf(100);
        var options = NewsParserOptions.Default with { MaxInputChars = text.Length - 1 };

        var e = Assert.Throws<NewsParseException>(() => new ArticleParser(options).Parse(text));

        Assert.Equal(NewsParseErrorCode.InputTooLarge, e.Code);
        Assert.True(e.Position > options.MaxInputChars, $"position {e.Position}");
        Assert.Contains("MaxInputChars", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MaxInputChars_exactly_met_is_accepted()
    {
        var text = TextOf(100);
        var article = new ArticleParser(NewsParserOptions.Default with { MaxInputChars = text.Length }).Parse(text);
        Assert.NotEmpty(article.Sections);
    }

    [Fact]
    public void MaxInputChars_applies_to_bytes_and_streams_too()
    {
        var bytes = Encoding.UTF8.GetBytes(TextOf(100));
        var parser = new ArticleParser(NewsParserOptions.Default with { MaxInputChars = 1000 });
        Assert.Equal(NewsParseErrorCode.InputTooLarge, Assert.Throws<NewsParseException>(() => parser.Parse(bytes)).Code);
        Assert.Equal(NewsParseErrorCode.InputTooLarge, Assert.Throws<NewsParseException>(() => parser.Parse(new MemoryStream(bytes))).Code);
    }

    [Fact]
    public void MaxHtmlChars_exceeded_throws_HtmlTooLarge()
    {
        var html = HtmlOf(500);
        var options = NewsParserOptions.Default with { MaxHtmlChars = html.Length - 1 };

        var e = Assert.Throws<NewsParseException>(() => new ArticleParser(options).Parse(html));

        Assert.Equal(NewsParseErrorCode.HtmlTooLarge, e.Code);
        Assert.Contains("MaxHtmlChars", e.Message, StringComparison.Ordinal);
        Assert.NotEmpty(new ArticleParser(options with { MaxHtmlChars = html.Length }).Parse(html).Sections);
    }

    [Fact]
    public void MaxHtmlChars_applies_to_a_page_given_in_one_chunk_smaller_than_the_sniffing_window()
    {
        // Regression: a page that fits in the first chunk was decided as HTML without checking the limit.
        var html = HtmlOf(20);
        var reader = new ArticleParser(NewsParserOptions.Default with { MaxHtmlChars = 100 }).CreateReader();
        var e = Assert.Throws<NewsParseException>(() => reader.Append(html.AsSpan(), isFinalBlock: true));
        Assert.Equal(NewsParseErrorCode.HtmlTooLarge, e.Code);
    }

    [Fact]
    public void MaxHtmlChars_applies_to_one_huge_first_chunk()
    {
        var html = HtmlOf(2000);
        var reader = new ArticleParser(NewsParserOptions.Default with { MaxHtmlChars = 10_000 }).CreateReader();
        var e = Assert.Throws<NewsParseException>(() => reader.Append(html.AsSpan(), isFinalBlock: false));
        Assert.Equal(NewsParseErrorCode.HtmlTooLarge, e.Code);
    }

    [Fact]
    public void MaxHtmlChars_does_not_limit_text_dumps()
    {
        var text = TextOf(200);
        var article = new ArticleParser(NewsParserOptions.Default with { MaxHtmlChars = 100 }).Parse(text);
        Assert.NotEmpty(article.Sections);
    }

    [Fact]
    public void MaxBlockChars_exceeded_by_a_line_throws_BlockTooLarge()
    {
        var text = "Short first line\n" + new string('x', 5000) + "\n";
        var e = Assert.Throws<NewsParseException>(() => new ArticleParser(NewsParserOptions.Default with { MaxBlockChars = 4999 }).Parse(text));
        Assert.Equal(NewsParseErrorCode.BlockTooLarge, e.Code);
        Assert.Contains("MaxBlockChars", e.Message, StringComparison.Ordinal);
        Assert.NotEmpty(new ArticleParser(NewsParserOptions.Default with { MaxBlockChars = 5000 }).Parse(text).Sections);
    }

    [Fact]
    public void MaxBlockChars_exceeded_by_a_wrapped_paragraph_throws_BlockTooLarge()
    {
        // Each line is short; the paragraph they make by wrapping is not.
        var text = "Title Line\n" + string.Concat(Enumerable.Repeat("the bridge and the council and the port and the river and the city and\n", 200));
        var e = Assert.Throws<NewsParseException>(() => new ArticleParser(NewsParserOptions.Default with { MaxBlockChars = 1000 }).Parse(text));
        Assert.Equal(NewsParseErrorCode.BlockTooLarge, e.Code);
    }

    [Fact]
    public void Reader_misuse_throws_InvalidOperationException_as_Utf8JsonReader_does()
    {
        var reader = ArticleParser.Default.CreateReader();
        Assert.Throws<InvalidOperationException>(() => reader.Current);
        reader.Append(Paragraph.AsSpan(), isFinalBlock: true);
        Assert.Throws<InvalidOperationException>(() => reader.Append("more".AsSpan()));
        Assert.Throws<InvalidOperationException>(() => reader.AppendBytes("more"u8));
        Assert.True(reader.Read());
        Assert.NotNull(reader.Current);
    }

    [Fact]
    public void Lookahead_and_lookbehind_of_zero_still_parse_everything()
    {
        var text = "Bridge Approved\n\n" + TextOf(20) + "Funding\n\nThe bridge costs 40 million euros. Half comes from the region.\n";
        var article = new ArticleParser(NewsParserOptions.Default with { LookAheadChars = 0, LookBehindChars = 0 }).Parse(text);
        var all = ArticleTexts.All(article).ToList();
        Assert.Contains("The bridge costs 40 million euros. Half comes from the region.", all);
        Assert.Equal(20, all.Count(t => t == Paragraph));
    }

    [Fact]
    public void Every_error_code_is_documented_in_docs_limits()
    {
        var limits = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "limits.md"));
        foreach (var name in Enum.GetNames<NewsParseErrorCode>()) Assert.Contains(name, limits, StringComparison.Ordinal);
        foreach (var name in Enum.GetNames<NewsParse.Model.DiagnosticCode>()) Assert.Contains(name, limits, StringComparison.Ordinal);
        foreach (var property in typeof(NewsParserOptions).GetProperties().Where(p => p.PropertyType != typeof(NewsParserOptions)))
            Assert.Contains(property.Name, limits, StringComparison.Ordinal);
    }
}
