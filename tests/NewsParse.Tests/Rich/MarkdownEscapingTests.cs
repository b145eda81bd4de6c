using Markdig;
using Markdig.Syntax;
using ParagraphBlock = NewsParse.Model.ParagraphBlock;
using NewsParse.Model;
using NewsParse.Rendering;
using Xunit;

namespace NewsParse.Tests.Rich;

/// <summary>The Markdown renderer escapes a character only where CommonMark would read it as markup.</summary>
public class MarkdownEscapingTests
{
    private static string Render(string text, IReadOnlyList<Inline>? inlines = null) =>
        ArticleMarkdown.ToMarkdown(new Article { Sections = [new Section(null, null, [new ParagraphBlock(text) { Inlines = inlines }])] }).TrimEnd('\n');

    /// <summary>What Markdig reads back from the Markdown of one paragraph: its plain text.</summary>
    private static string ReadBack(string markdown)
    {
        var document = Markdown.Parse(markdown);
        var paragraph = Assert.IsType<Markdig.Syntax.ParagraphBlock>(Assert.Single(document));
        return MarkdigText.Of(paragraph.Inline);
    }

    [Theory]
    [InlineData("3 * 4 = 12")]
    [InlineData("snake_case and CONSTANT_NAME")]
    [InlineData("a < b and c > d")]
    [InlineData("See note [1] and [2].")]
    [InlineData("Learning C# and F#")]
    [InlineData("AT&T and R&D")]
    [InlineData("Wow! Great.")]
    [InlineData("x | y")]
    [InlineData("~tilde~ text")]
    [InlineData("#hashtag at the start")]
    [InlineData("-5 degrees tonight")]
    [InlineData("2025 was a year")]
    [InlineData("100% and $5 + 3 = 8")]
    [InlineData("a \\ b")]
    [InlineData("(parenthesised) text")]
    public void Text_that_is_not_markup_is_written_as_it_is(string text)
    {
        Assert.Equal(text, Render(text));
        Assert.Equal(text, ReadBack(Render(text)));
    }

    [Theory]
    [InlineData("*not emphasis*", "\\*not emphasis\\*")]
    [InlineData("_not emphasis_", "\\_not emphasis\\_")]
    [InlineData("a `tick`", "a \\`tick\\`")]
    [InlineData("[text](url)", "[text\\](url)")]
    [InlineData("<div> and <http://x.org>", "\\<div> and \\<http://x.org>")]
    [InlineData("&amp; &#169; &copy;", "\\&amp; \\&#169; \\&copy;")]
    [InlineData("# Not a heading", "\\# Not a heading")]
    [InlineData("- not a list", "\\- not a list")]
    [InlineData("+ not a list", "\\+ not a list")]
    [InlineData("1. not a list", "1\\. not a list")]
    [InlineData("2025) not a list", "2025\\) not a list")]
    [InlineData("> not a quote", "\\> not a quote")]
    [InlineData("---", "\\---")]
    [InlineData("```", "\\`\\`\\`")]
    [InlineData("[ref]: /url", "\\[ref]: /url")]
    [InlineData("ends with \\", "ends with \\\\")]
    [InlineData("a \\* b", "a \\\\\\* b")]
    public void Text_that_would_be_markup_is_escaped_and_reads_back_as_written(string text, string expected)
    {
        Assert.Equal(expected, Render(text));
        Assert.Equal(text, ReadBack(Render(text)));
    }

    [Fact]
    public void Runs_are_written_as_markup_and_read_back_to_the_same_text_and_targets()
    {
        const string text = "Read the full report now, x = 1 and more";
        Inline[] runs =
        [
            new(InlineKind.Link, 5, 15) { Href = "https://example.com/a (b)" },
            new(InlineKind.Strong, 9, 4),
            new(InlineKind.Emphasis, 21, 3),
            new(InlineKind.LineBreak, 25, 1),
            new(InlineKind.Code, 26, 5),
            new(InlineKind.Image, 40, 0) { Source = "https://example.com/i.png", Alt = "An [image]" },
        ];
        var markdown = Render(text, runs);
        Assert.Equal("Read [the **full** report](<https://example.com/a (b)>) *now*,\\\n`x = 1` and more![An \\[image\\]](https://example.com/i.png)", markdown);
        Assert.Equal(text, ReadBack(markdown));
        var links = Markdown.Parse(markdown).Descendants<Markdig.Syntax.Inlines.LinkInline>().Select(l => (l.IsImage, l.Url)).ToList();
        Assert.Equal([(false, "https://example.com/a (b)"), (true, "https://example.com/i.png")], links);
    }

    [Fact]
    public void Text_only_markdown_keeps_emphasis_and_drops_links_and_images()
    {
        var article = new Article
        {
            Sections = [new Section(null, null, [
                new ParagraphBlock("Read the report now") { Inlines = [new(InlineKind.Link, 5, 10) { Href = "https://example.com" }, new(InlineKind.Emphasis, 16, 3)] },
                new FigureBlock("A chart", "https://example.com/c.png"),
            ])],
        };
        var markdown = ArticleMarkdown.ToMarkdown(article, MarkdownOptions.TextOnly);
        Assert.Equal("Read the report *now*\n\nA chart\n\n", markdown);
    }

    [Fact]
    public void A_table_is_a_pipe_table_with_its_first_row_as_header()
    {
        var article = new Article { Sections = [new Section(null, null, [new TableBlock([["Name", "Votes"], ["A|B", ""], ["C"]])])] };
        var markdown = ArticleMarkdown.ToMarkdown(article);
        Assert.Equal("| Name | Votes |\n| --- | --- |\n| A\\|B |  |\n| C |  |\n\n", markdown);
        var pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();
        var table = Assert.Single(Markdown.Parse(markdown, pipeline).Descendants<Markdig.Extensions.Tables.Table>());
        Assert.Equal(3, table.Count);
    }
}
