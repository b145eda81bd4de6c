using System.Text;
using AngleSharp.Html.Parser;
using NewsParse.Model;
using NewsParse.Rendering;
using Xunit;

namespace NewsParse.Tests.AngleSharpInput;

/// <summary>
/// Parse(IDocument) reads AngleSharp's tree into NewsParse's light tree (no serialising, no second parse): on real pages
/// it gives the article Parse(string) gives for the same text, spans included, with or without the parser's source
/// references; a document built or changed through the DOM is read from the DOM, without spans.
/// </summary>
public class AngleSharpDocumentTests
{
    private static readonly HtmlParser Plain = new();
    private static readonly HtmlParser WithReferences = new(new HtmlParserOptions { IsKeepingSourceReferences = true });

    public static TheoryData<string> Pages()
    {
        var pages = new TheoryData<string>();
        foreach (var folder in new[] { "aeb", "html", "seed" })
        {
            foreach (var file in Directory.GetFiles(Corpus.PathOf(folder), "*.html").Order(StringComparer.Ordinal))
                pages.Add(Path.Combine(folder, Path.GetFileName(file)));
        }
        return pages;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void A_parsed_page_gives_the_article_of_its_text_spans_included(string page)
    {
        var html = File.ReadAllText(Corpus.PathOf(page));
        var expected = NewsParser.Parse(html);
        Assert.Equal(expected, NewsParser.Parse(Plain.ParseDocument(html)));
        Assert.Equal(expected, NewsParser.Parse(WithReferences.ParseDocument(html)));
        Assert.Contains(expected.AllBlocks(), b => b.Span.Length > 0);
    }

    [SharedCorpusFact("aeb-dev", "html")]
    public void Every_development_page_gives_the_article_of_its_text()
    {
        var folder = SharedCorpus.Folder("aeb-dev", "html")!;
        var files = Directory.GetFiles(folder, "*.html").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        var differ = new List<string>();
        foreach (var file in files)
        {
            var html = File.ReadAllText(file);
            if (NewsParser.Parse(html) != NewsParser.Parse(Plain.ParseDocument(html))) differ.Add(Path.GetFileName(file));
        }
        Assert.True(differ.Count == 0, $"{differ.Count} of {files.Count} pages differ: {string.Join(", ", differ)}");
    }

    [Fact]
    public void A_document_read_from_a_stream_is_read_alike()
    {
        var bytes = File.ReadAllBytes(Corpus.PathOf("seed", "xi-putin-moscow.wordpress.html"));
        using var stream = new MemoryStream(bytes);
        var document = Plain.ParseDocument(stream);
        Assert.Equal(NewsParser.Parse(document.Source.Text), NewsParser.Parse(document));
        Assert.Equal(NewsParser.Parse(bytes), NewsParser.Parse(document));
    }

    [Fact]
    public void Implied_and_copied_elements_keep_the_article_and_its_spans()
    {
        // a table without tbody, a stray </p> (an empty p), an unclosed <b> copied into the next paragraph, SVG with
        // xlink:href, a template, CR LF line ends, character references in text and attributes, a pre's first newline
        var html = "<!DOCTYPE html>\r\n<html lang=\"en\"><head><title>T &amp; U</title></head>\r\n<body class=\"page\">\r\n"
            + "<article><h1>Harbour bridge reopens</h1>\r\n"
            + "<p>The <b>bridge reopened on Monday after two years of works, the council said in a statement.\r\n"
            + "<p>Engineers replaced the cables &mdash; more than four hundred of them &ndash; and the deck.</b></p></p>\r\n"
            + "<table><tr><td>Cables</td><td>412</td></tr><tr><td>Lanes</td><td>4</td></tr></table>\r\n"
            + "<p><a href=\"/more?a=1&amp;b=2\" class=\"more\">Read more</a> about the bridge and the harbour &#13;&#10; here</p>\r\n"
            + "<svg><use href=\"#i\" xlink:href=\"#icon\"></use></svg><template><p>template text</p></template>\r\n"
            + "<pre>\r\ntoll = 2.50\r\nlanes = 4</pre>\r\n"
            + "<p>Drivers will pay the same toll as before, and the bridge keeps its four lanes, the mayor said.</p></article>\r\n"
            + "<footer>&copy; 2025 The Harbour Times</footer></body></html>";
        var expected = NewsParser.Parse(html);
        Assert.Equal(expected, NewsParser.Parse(Plain.ParseDocument(html)));
        Assert.Equal(expected, NewsParser.Parse(WithReferences.ParseDocument(html)));
    }

    [Fact]
    public void Moved_content_keeps_spans_into_the_source_where_the_tree_builders_differ()
    {
        // text moved before a table (foster parenting) and an <a> copied around a block (adoption agency): AngleSharp
        // builds the standard's tree, NewsParse's own builder a simpler one, so the articles may differ; the spans
        // still point at the page text of each block
        var html = "<html><body><article><h1>Harbour bridge reopens</h1>"
            + "<p>The bridge reopened on Monday after two years of works, the council said in a statement today.</p>"
            + "<table><tr><td>Cables</td><td>412</td></tr>stray text about cables<tr><td>Lanes</td><td>4</td></tr></table>"
            + "<p>Engineers replaced <a href=\"/cables\">the cables <div>and the deck of the bridge</div> in the harbour</a> this year.</p>"
            + "<p>Drivers will pay the same toll as before, and the bridge keeps its four lanes, the mayor said.</p></article></body></html>";
        var article = NewsParser.Parse(Plain.ParseDocument(html));
        var blocks = article.AllBlocks().ToList();
        Assert.Contains(blocks, b => b.Text.Contains("stray text", StringComparison.Ordinal));
        foreach (var block in blocks)
        {
            Assert.True(block.Span.Length > 0, $"no span for {block.Text}");
            var first = block.Text.Split(' ', '\t', '\n')[0];
            Assert.Contains(first, html.Substring((int)block.Span.Start, block.Span.Length), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_document_built_through_the_dom_is_read_from_the_dom_without_spans()
    {
        var html = File.ReadAllText(Corpus.PathOf("seed", "xi-putin-moscow.wordpress.html"));
        var built = Plain.ParseDocument("");
        built.DocumentElement.InnerHtml = Plain.ParseDocument(html).DocumentElement.InnerHtml;

        var article = NewsParser.Parse(built);

        // the oracle: the same tree written out and parsed as text (what Parse(IDocument) itself never does)
        Assert.Equal(WithoutSpans(NewsParser.Parse(built.DocumentElement.OuterHtml)), article);
        Assert.NotEmpty(article.AllBlocks());
        Assert.All(article.AllBlocks(), b => Assert.Equal(SourceSpan.None, b.Span));
        Assert.All(article.Boilerplate, b => Assert.Equal(SourceSpan.None, b.Span));
    }

    [Fact]
    public void A_document_changed_after_parsing_is_read_as_it_is_now()
    {
        var html = File.ReadAllText(Corpus.PathOf("seed", "xi-putin-moscow.wordpress.html"));
        var document = Plain.ParseDocument(html);
        var paragraph = document.QuerySelectorAll("p").First(p => p.TextContent.Length > 200);
        var before = paragraph.TextContent;
        paragraph.TextContent = "A sentence written through the DOM, about the harbour, the bridge and the council that decided it.";

        var article = NewsParser.Parse(document);

        var texts = article.AllBlocks().Select(b => b.Text).ToList();
        Assert.Contains(paragraph.TextContent, texts);
        Assert.DoesNotContain(before, texts);
        Assert.All(article.AllBlocks(), b => Assert.Equal(SourceSpan.None, b.Span));
        // an attribute changed through the DOM is seen too
        var changed = Plain.ParseDocument(html);
        foreach (var p in changed.QuerySelectorAll("p")) p.SetAttribute("hidden", "");
        Assert.NotEqual(NewsParser.Parse(html).AllBlocks().Count(), NewsParser.Parse(changed).AllBlocks().Count());
    }

    [Fact]
    public void Deep_nesting_is_limited_as_for_a_string()
    {
        var html = "<html><body><p>Lead paragraph about the harbour and the bridge and the council of the city.</p>"
            + string.Concat(Enumerable.Repeat("<div><span>", 40)) + "Deep text about the bridge.<img src=\"x.png\"><script>var x = 1;</script>"
            + string.Concat(Enumerable.Repeat("</span></div>", 40)) + "<p>Closing paragraph about the toll, the lanes and the reopening of the bridge.</p></body></html>";
        var options = NewsParserOptions.Default with { MaxNestingDepth = 12 };
        var expected = NewsParser.Parse(html, options);
        Assert.Contains(expected.Diagnostics, d => d.Code == DiagnosticCode.NestingTooDeep);
        // the same article; the span of the text at the limit may end elsewhere (the string path's builder closes the
        // element at the limit after the end tags of the elements it dropped)
        Assert.Equal(WithoutSpans(expected), WithoutSpans(NewsParser.Parse(Plain.ParseDocument(html), options)));
    }

    [Fact]
    public void Limits_and_arguments_hold_for_documents()
    {
        var document = Plain.ParseDocument(File.ReadAllText(Corpus.PathOf("seed", "xi-putin-moscow.wordpress.html")));
        var error = Assert.Throws<NewsParseException>(() => NewsParser.Parse(document, NewsParserOptions.Default with { MaxHtmlChars = 100 }));
        Assert.Equal(NewsParseErrorCode.HtmlTooLarge, error.Code);
        Assert.Throws<ArgumentNullException>(() => NewsParser.Parse((global::AngleSharp.Dom.IDocument)null!));
        // the format option does not apply: a document is HTML
        Assert.Equal(NewsParser.Parse(document), NewsParser.Parse(document, NewsParserOptions.Default with { Format = InputFormat.Text }));
        Assert.Equal(Article.Empty with { Diagnostics = NewsParser.Parse(Plain.ParseDocument("")).Diagnostics }, NewsParser.Parse(Plain.ParseDocument("")));
    }

    private static Article WithoutSpans(Article article) =>
        ArticleJson.FromJson(System.Text.RegularExpressions.Regex.Replace(ArticleJson.ToJson(article), "\"span\": \\{[^}]*\\}", "\"span\": {\"start\": 0, \"length\": 0}"));
}
