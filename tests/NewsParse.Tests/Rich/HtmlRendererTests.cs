using AngleSharp.Html.Parser;
using NewsParse.Model;
using NewsParse.Rendering;
using Xunit;

namespace NewsParse.Tests.Rich;

/// <summary>The HTML renderer's output, parsed back, holds only its allow-listed elements and attributes, whatever the input.</summary>
public class HtmlRendererTests
{
    private const string Sentence = "The council approved the new budget on Tuesday, after a long debate about schools, roads and the harbour. ";

    /// <summary>Elements and attributes of the parsed output outside the allow-lists, and addresses with a script or data scheme.</summary>
    private static List<string> Violations(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var found = new List<string>();
        foreach (var element in document.All)
        {
            var name = element.LocalName;
            if (!ArticleHtml.AllowedElements.Contains(name)) found.Add($"<{name}>");
            foreach (var attribute in element.Attributes)
            {
                if (!ArticleHtml.AllowedAttributes.Contains(attribute.Name)) found.Add($"{name}@{attribute.Name}");
                if (attribute.Name is "href" or "src")
                {
                    var compact = new string(attribute.Value.Where(c => c > ' ').ToArray()).ToLowerInvariant();
                    if (compact.StartsWith("javascript:", StringComparison.Ordinal) || compact.StartsWith("data:", StringComparison.Ordinal) || compact.StartsWith("vbscript:", StringComparison.Ordinal))
                        found.Add($"{name}@{attribute.Name}={attribute.Value}");
                }
            }
        }
        return found;
    }

    [Theory]
    [InlineData("<a href=\"javascript:alert(1)\">link words</a>")]
    [InlineData("<a href=\"&#106;avascript:alert(1)\">link words</a>")]
    [InlineData("<a href=\"java&#x09;script:alert(1)\">link words</a>")]
    [InlineData("<img src=\"x.png\" onerror=\"alert(1)\" alt=\"a\"> picture words")]
    [InlineData("<svg><script>alert(1)</script></svg> svg words")]
    [InlineData("<b onclick=\"alert(1)\" style=\"color:red\">bold words</b>")]
    [InlineData("&lt;script&gt;alert(1)&lt;/script&gt; escaped words")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe> frame words")]
    [InlineData("<a href=\"data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;\">data words</a>")]
    public void Hostile_pages_give_only_allowed_elements_and_attributes(string hostile)
    {
        var page = $"<html><head><title>T</title></head><body><article><p>{Sentence}{Sentence}</p><p>Words {hostile} and more words of the paragraph.</p>"
            + $"<figure><img src=\"javascript:alert(1)\" onload=\"x()\"><figcaption onmouseover=\"x()\">A caption</figcaption></figure><p>{Sentence}{Sentence}</p></article></body></html>";
        var html = ArticleHtml.ToHtml(NewsParser.Parse(page));
        Assert.Empty(Violations(html));
        Assert.DoesNotContain("alert(1)</script>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<a href=\" JaVaScRiPt:alert(1)\">Schools</a>")]
    [InlineData("<a href=\"&#x6A;ava&#x0A;script&colon;alert(1)\">Schools</a>")]
    [InlineData("<img src=\"x.png\" srcset=\"javascript:alert(1) 2x\" onerror=\"alert(1)\">Schools")]
    [InlineData("<svg><a xlink:href=\"javascript:alert(1)\"><text>Schools</text></a></svg>")]
    [InlineData("<math><mtext><script>alert(1)</script></mtext></math>Schools")]
    [InlineData("<span style=\"background:url(javascript:alert(1))\" onmouseover=\"alert(1)\">Schools</span>")]
    public void Hostile_cells_of_a_data_table_give_only_allowed_elements_and_attributes(string hostile)
    {
        var page = $"<html><head><title>T</title></head><body><article><p>{Sentence}{Sentence}</p>"
            + "<table onclick=\"alert(1)\" style=\"x\"><thead><tr><th style=\"color:red\" onclick=\"alert(1)\">Item</th><th colspan=\"2\" data-x=\"1\">Amount</th></tr></thead>"
            + $"<tbody><tr><td onmouseover=\"alert(1)\">{hostile}</td><td>4m</td><td>5m</td></tr><tr><td>Roads</td><td rowspan=\"2\" class=\"c\">2m</td><td>3m</td></tr>"
            + $"<tr><td>Harbour</td><td>1m</td></tr></tbody></table><p>{Sentence}{Sentence}</p></article></body></html>";
        var article = NewsParser.Parse(page);
        Assert.Single(article.AllBlocks().OfType<TableBlock>());
        var html = ArticleHtml.ToHtml(article);
        Assert.Empty(Violations(html));
        Assert.Contains("<th colspan=\"2\">Amount</th>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("alert(1)</script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hostile_model_read_from_json_is_made_safe_too()
    {
        var article = new Article
        {
            Headline = "</title><script>alert(1)</script>",
            Language = "en\" onload=\"x()",
            Sections = [new Section("<img src=x onerror=alert(1)>", 2, [
                new ParagraphBlock("click me <script>") { Inlines = [new(InlineKind.Link, 0, 8) { Href = " JaVaScRiPt:alert(1)" }, new(InlineKind.Image, 9, 0) { Source = "data:image/svg+xml,<svg onload=alert(1)>", Alt = "\"><script>" }] },
                new FigureBlock("\"><script>alert(1)</script>", "vbscript:x"),
                new TableBlock([["<td onclick=x>", "</table><script>"]]),
                new CodeBlock("</code></pre><script>alert(1)</script>"),
            ])],
        };
        var html = ArticleHtml.ToHtml(article);
        Assert.Empty(Violations(html));
        var text = new HtmlParser().ParseDocument(html).Body!.TextContent;
        Assert.Contains("<img src=x onerror=alert(1)>", text, StringComparison.Ordinal);
        Assert.Contains("</code></pre><script>alert(1)</script>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Runs_become_their_elements()
    {
        var article = new Article
        {
            Sections = [new Section(null, null, [new ParagraphBlock("Read the report now, today 😀 here") { Inlines = [
                new(InlineKind.Link, 5, 10) { Href = "https://example.com/r?a=1&b=2" }, new(InlineKind.Strong, 9, 6), new(InlineKind.Emphasis, 16, 3),
                new(InlineKind.LineBreak, 20, 1), new(InlineKind.Code, 21, 5), new(InlineKind.Image, 26, 0) { Source = "/i.png", Alt = "I" }] }])],
        };
        var html = ArticleHtml.ToHtml(article);
        Assert.Contains("<p>Read <a href=\"https://example.com/r?a=1&amp;b=2\">the <strong>report</strong></a> <em>now</em>,<br><code>today</code><img src=\"/i.png\" alt=\"I\"> 😀 here</p>".Replace("😀", "&#128512;"), html.Replace("😀", "&#128512;"), StringComparison.Ordinal);
    }

    [SharedCorpusFact("aeb-dev")]
    public void Every_development_page_gives_only_allowed_elements_and_attributes()
    {
        var failures = new List<string>();
        int pages = 0;
        foreach (var (name, path) in DevelopmentPages.All())
        {
            pages++;
            var violations = Violations(ArticleHtml.ToHtml(DevelopmentPages.Parse(path)));
            if (violations.Count > 0) failures.Add($"{name}: {string.Join(", ", violations.Distinct().Take(5))}");
        }
        Assert.True(pages > 100, $"{pages} pages read");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }
}
