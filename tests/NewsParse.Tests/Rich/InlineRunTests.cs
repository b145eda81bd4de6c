using NewsParse.Model;
using NewsParse.Rendering;
using Xunit;

namespace NewsParse.Tests.Rich;

/// <summary>Paragraphs keep their inline runs (links, emphasis, code, line breaks, images) as offsets into their text.</summary>
public class InlineRunTests
{
    private const string Sentence = "The council approved the new budget on Tuesday, after a long debate about schools, roads and the harbour. ";

    private static Article Html(string paragraph, string head = "") =>
        NewsParser.Parse($"<!DOCTYPE html><html lang=\"en\"><head><title>Council approves budget</title>{head}</head><body><article>"
            + $"<p>{Sentence}{Sentence}</p>{paragraph}<p>{Sentence}{Sentence}{Sentence}</p></article></body></html>");

    /// <summary>The paragraph whose text starts with <paramref name="start"/>.</summary>
    private static ParagraphBlock Paragraph(Article article, string start) =>
        Assert.Single(article.AllBlocks().OfType<ParagraphBlock>(), p => p.Text.StartsWith(start, StringComparison.Ordinal));

    private static string Covered(ParagraphBlock block, Inline run) => block.Text.Substring(run.Start, run.Length);

    [Fact]
    public void Links_emphasis_strong_and_code_are_runs_over_the_text()
    {
        var p = Paragraph(Html("<p>Read <a href=\"https://example.com/report\">the <b>full</b> report</a>, <em>now</em> with <code>x = 1</code>   and more words here to make it long.</p>"), "Read ");
        Assert.Equal("Read the full report, now with x = 1 and more words here to make it long.", p.Text);
        var runs = Assert.IsAssignableFrom<IReadOnlyList<Inline>>(p.Inlines);
        var link = Assert.Single(runs, r => r.Kind == InlineKind.Link);
        Assert.Equal("the full report", Covered(p, link));
        Assert.Equal("https://example.com/report", link.Href);
        Assert.Equal("full", Covered(p, Assert.Single(runs, r => r.Kind == InlineKind.Strong)));
        Assert.Equal("now", Covered(p, Assert.Single(runs, r => r.Kind == InlineKind.Emphasis)));
        Assert.Equal("x = 1", Covered(p, Assert.Single(runs, r => r.Kind == InlineKind.Code)));
        // outer first: the link before the strong text inside it
        Assert.True(runs.ToList().IndexOf(link) < runs.ToList().FindIndex(r => r.Kind == InlineKind.Strong));
    }

    [Fact]
    public void A_plain_paragraph_has_no_runs_and_its_json_has_no_inlines_member()
    {
        var article = Html("<p>Plain words only, nothing marked in this paragraph at all, just text.</p>");
        var p = Paragraph(article, "Plain words");
        Assert.Null(p.Inlines);
        Assert.DoesNotContain("\"inlines\"", ArticleJson.ToJson(article), StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_break_is_the_space_that_stands_for_it()
    {
        var p = Paragraph(Html("<p>Roses are red,<br>violets are blue,<br/>\n sugar is sweet<br></p>"), "Roses");
        Assert.Equal("Roses are red, violets are blue, sugar is sweet", p.Text);
        var breaks = p.Inlines!.Where(r => r.Kind == InlineKind.LineBreak).ToList();
        Assert.Equal([14, 32], breaks.Select(b => b.Start));
        Assert.All(breaks, b => Assert.Equal(" ", Covered(p, b)));
    }

    [Theory]
    [InlineData("<base href=\"https://news.example.org/world/\">", "story/1", "https://news.example.org/world/story/1")]
    [InlineData("<link rel=\"canonical\" href=\"https://news.example.org/world/today\">", "../sport/2", "https://news.example.org/sport/2")]
    [InlineData("<link rel=\"canonical\" href=\"https://news.example.org/a\"><base href=\"/b/\">", "c", "https://news.example.org/b/c")]
    [InlineData("", "/story/3", "/story/3")]
    public void Links_are_resolved_against_the_base_and_the_page_url(string head, string href, string expected)
    {
        var p = Paragraph(Html($"<p>Linked <a href=\"{href}\">words of the paragraph</a> in a sentence long enough.</p>", head), "Linked");
        Assert.Equal(expected, Assert.Single(p.Inlines!).Href);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData(" JavaScript:alert(1)")]
    [InlineData("java&#x09;script:alert(1)")]
    [InlineData("&#106;avascript:alert(1)")]
    [InlineData("vbscript:msgbox")]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=")]
    [InlineData("")]
    public void Script_and_data_addresses_are_dropped(string href)
    {
        var p = Paragraph(Html($"<p>Linked <a href=\"{href}\">words of the paragraph</a> in a sentence long enough.</p>",
            "<base href=\"https://news.example.org/\">"), "Linked");
        Assert.Null(p.Inlines);
        Assert.Equal("Linked words of the paragraph in a sentence long enough.", p.Text);
    }

    [Fact]
    public void An_inline_image_is_a_point_with_its_largest_source_and_alt()
    {
        var p = Paragraph(Html("<p>The chart <img src=\"data:image/gif;base64,R0lGOD\" data-src=\"/c-small.png\" "
            + "srcset=\"/c-400.png 400w, /c-1200.png 1200w, /c-800.png 800w\" alt=\"Votes by party\"> shows the votes of every party in the council.</p>",
            "<base href=\"https://news.example.org/\">"), "The chart");
        var image = Assert.Single(p.Inlines!);
        Assert.Equal(InlineKind.Image, image.Kind);
        Assert.Equal("https://news.example.org/c-1200.png", image.Source);
        Assert.Equal("Votes by party", image.Alt);
        Assert.Equal(0, image.Length);
        Assert.Equal("The chart".Length, image.Start);
    }

    [Fact]
    public void A_lazy_image_gives_its_data_src_and_a_tracking_pixel_nothing()
    {
        var p = Paragraph(Html("<p>The map <img src=\"data:image/gif;base64,R0lGOD\" data-src=\"/map.png\"> and a pixel "
            + "<img src=\"https://t.example.com/p.gif\" width=\"1\" height=\"1\"> are in this paragraph of the article.</p>"), "The map");
        Assert.Equal("/map.png", Assert.Single(p.Inlines!).Source);
    }

    [Fact]
    public void A_link_cut_by_a_block_gives_a_run_on_each_side()
    {
        var p = Html("<div><a href=\"https://example.com/x\">Linked start of a paragraph that goes on<div>and a block inside the link that holds words</div></a></div>");
        var first = Paragraph(p, "Linked start");
        var second = Paragraph(p, "and a block");
        Assert.Equal(first.Text, Covered(first, Assert.Single(first.Inlines!)));
        Assert.Equal(second.Text, Covered(second, Assert.Single(second.Inlines!)));
    }

    [Fact]
    public void Runs_survive_the_json_round_trip()
    {
        var article = Html("<p>Read <a href=\"https://example.com/report\">the <b>full</b> report</a>,<br><em>now</em> <img src=\"/a.png\" alt=\"A\"> here.</p>");
        Assert.Contains("\"inlines\"", ArticleJson.ToJson(article), StringComparison.Ordinal);
        Assert.Equal(article, ArticleJson.FromJson(ArticleJson.ToJson(article)));
    }
}
