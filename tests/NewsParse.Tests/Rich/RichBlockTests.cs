using ListItemBlock = Markdig.Syntax.ListItemBlock;
using NewsParse.Model;
using NewsParse.Rendering;
using Xunit;

namespace NewsParse.Tests.Rich;

/// <summary>List items, quotes and FAQ answers keep their inline runs; nested lists nest in the model and in the renderers.</summary>
public class RichBlockTests
{
    private const string Sentence = "The council approved the new budget on Tuesday, after a long debate about schools, roads and the harbour. ";

    private static Article Html(string body) =>
        NewsParser.Parse($"<!DOCTYPE html><html lang=\"en\"><head><title>Council approves budget</title><link rel=\"canonical\" href=\"https://news.example.org/town/budget\"></head><body><article>"
            + $"<p>{Sentence}{Sentence}</p>{body}<p>{Sentence}{Sentence}{Sentence}</p></article></body></html>");

    private static string Covered(string text, Inline run) => text.Substring(run.Start, run.Length);

    [Fact]
    public void A_list_item_keeps_its_links_and_emphasis_as_runs_and_its_flat_text_as_before()
    {
        var list = Assert.Single(Html("<ul><li>See <a href=\"/report\">the <em>full</em> report</a> today</li><li>Roads: 2 million</li></ul>").AllBlocks().OfType<ListBlock>());
        Assert.Equal(["See the full report today", "Roads: 2 million"], list.Items);
        var entries = Assert.IsAssignableFrom<IReadOnlyList<ListItem>>(list.Entries);
        Assert.Equal(list.Items, entries.Select(e => e.Text));
        var link = Assert.Single(entries[0].Inlines!, r => r.Kind == InlineKind.Link);
        Assert.Equal("the full report", Covered(entries[0].Text, link));
        Assert.Equal("https://news.example.org/report", link.Href);
        Assert.Equal("full", Covered(entries[0].Text, Assert.Single(entries[0].Inlines!, r => r.Kind == InlineKind.Emphasis)));
        Assert.Null(entries[1].Inlines);
        Assert.Contains("- See [the *full* report](https://news.example.org/report) today\n", ArticleMarkdown.ToMarkdown(new Article { Sections = [new Section(null, null, [list])] }));
    }

    [Fact]
    public void A_plain_flat_list_has_no_entries_and_its_json_no_entries_member()
    {
        var article = Html("<ul><li>Schools: 4 million</li><li>Roads: 2 million</li></ul>");
        Assert.Null(Assert.Single(article.AllBlocks().OfType<ListBlock>()).Entries);
        Assert.DoesNotContain("\"entries\"", ArticleJson.ToJson(article), StringComparison.Ordinal);
    }

    private const string NestedList =
        "<ul><li>Schools<ol><li>Primary: <b>3</b> million</li><li>Secondary<ul><li>Science labs</li></ul></li></ol></li><li>Roads: 2 million</li></ul>";

    [Fact]
    public void A_nested_list_nests_in_the_model_and_the_flat_items_keep_all_their_text()
    {
        var list = Assert.Single(Html(NestedList).AllBlocks().OfType<ListBlock>());
        Assert.Equal(["Schools Primary: 3 million Secondary Science labs", "Roads: 2 million"], list.Items);
        var schools = list.Entries![0];
        Assert.Equal("Schools", schools.Text);
        Assert.True(schools.Ordered);
        Assert.Equal(["Primary: 3 million", "Secondary"], schools.Items!.Select(i => i.Text));
        Assert.Equal("3", Covered(schools.Items![0].Text, Assert.Single(schools.Items[0].Inlines!)));
        var secondary = schools.Items[1];
        Assert.False(secondary.Ordered);
        Assert.Equal("Science labs", Assert.Single(secondary.Items!).Text);
        Assert.Null(list.Entries[1].Items);
        Assert.Contains("\"entries\"", ArticleJson.ToJson(new Article { Sections = [new Section(null, null, [list])] }), StringComparison.Ordinal);
    }

    [Fact]
    public void A_nested_list_reads_back_from_the_markdown_with_its_nesting()
    {
        var article = Html(NestedList);
        var document = MarkdownReadBack.Parse(ArticleMarkdown.ToMarkdown(article));
        var outer = Assert.Single(document.OfType<Markdig.Syntax.ListBlock>());
        Assert.False(outer.IsOrdered);
        Assert.Equal(2, outer.Count);
        var schools = (ListItemBlock)outer[0];
        Assert.Equal("Schools", MarkdigText.Of(((Markdig.Syntax.ParagraphBlock)schools[0]).Inline));
        var inner = Assert.IsType<Markdig.Syntax.ListBlock>(schools[1]);
        Assert.True(inner.IsOrdered);
        Assert.Equal(2, inner.Count);
        var secondary = (ListItemBlock)inner[1];
        var deepest = Assert.IsType<Markdig.Syntax.ListBlock>(secondary[1]);
        Assert.Equal("Science labs", MarkdigText.Of(((Markdig.Syntax.ParagraphBlock)((ListItemBlock)deepest[0])[0]).Inline));
    }

    [Fact]
    public void A_nested_list_renders_as_nested_html_lists()
    {
        var html = ArticleHtml.ToHtml(Html(NestedList));
        Assert.Contains("<ul><li>Schools<ol><li>Primary: <strong>3</strong> million</li><li>Secondary<ul><li>Science labs</li></ul></li></ol></li><li>Roads: 2 million</li></ul>", html);
    }

    [Fact]
    public void A_list_nested_hundreds_of_levels_deep_keeps_every_level_and_renders()
    {
        const int depth = 300;
        var html = string.Concat(Enumerable.Range(0, depth).Select(i => "<ul><li>x")) + string.Concat(Enumerable.Repeat("</li></ul>", depth));
        var article = NewsParser.Parse($"<!DOCTYPE html><html><head><title>Council approves budget</title></head><body><article><p>{Sentence}{Sentence}</p>{html}<p>{Sentence}{Sentence}{Sentence}</p></article></body></html>",
            new NewsParserOptions { MaxNestingDepth = 4 * depth });
        var list = Assert.Single(article.AllBlocks().OfType<ListBlock>());
        int levels = 0;
        for (var item = list.Entries?[0]; item is not null; item = item.Items?[0]) levels++;
        Assert.Equal(depth, levels);
        var only = new Article { Sections = [new Section(null, null, [list])] };
        Assert.Contains(new string(' ', 2 * (depth - 1)) + "- x\n", ArticleMarkdown.ToMarkdown(only));
        Assert.Contains(string.Concat(Enumerable.Repeat("</li></ul>", depth)), ArticleHtml.ToHtml(only));
    }

    [Fact]
    public void A_quote_of_several_paragraphs_keeps_its_runs_per_line_and_renders_them()
    {
        var quote = Assert.Single(Html("<blockquote><p>We did what the <em>town</em> needed.</p><p>Read <a href=\"https://example.com/plan\">the plan</a>.</p></blockquote>").AllBlocks().OfType<QuoteBlock>());
        Assert.Equal("We did what the town needed.\nRead the plan.", quote.Text);
        var runs = quote.Inlines!;
        Assert.Equal("town", Covered(quote.Text, Assert.Single(runs, r => r.Kind == InlineKind.Emphasis)));
        Assert.Equal("the plan", Covered(quote.Text, Assert.Single(runs, r => r.Kind == InlineKind.Link)));
        var section = new Article { Sections = [new Section(null, null, [quote])] };
        Assert.Contains("> We did what the *town* needed.\n>\n> Read [the plan](https://example.com/plan).\n", ArticleMarkdown.ToMarkdown(section));
        Assert.Contains("<blockquote><p>We did what the <em>town</em> needed.</p><p>Read <a href=\"https://example.com/plan\">the plan</a>.</p></blockquote>", ArticleHtml.ToHtml(section));
    }

    [Fact]
    public void A_run_that_spans_two_paragraphs_of_a_quote_is_cut_at_the_line_end()
    {
        var quote = Assert.Single(Html("<blockquote><b><p>First line here.</p><p>Second line here.</p></b></blockquote>").AllBlocks().OfType<QuoteBlock>());
        Assert.Equal("First line here.\nSecond line here.", quote.Text);
        Assert.Equal(["First line here.", "Second line here."], quote.Inlines!.Select(r => Covered(quote.Text, r)));
        Assert.All(quote.Inlines!, r => Assert.Equal(InlineKind.Strong, r.Kind));
    }

    [Fact]
    public void An_faq_answer_keeps_its_links_offsets_into_the_joined_answer()
    {
        var article = Html("<h2>Frequently asked questions</h2><div class=\"faq\"><h3>When does the budget apply?</h3>"
            + "<div class=\"faq-answer\"><p>From the first of April.</p><p>See <a href=\"/dates\">the dates</a> for more.</p></div></div>");
        var item = Assert.Single(article.Faq!.Items);
        Assert.Equal("From the first of April.\n\nSee the dates for more.", item.Answer);
        var link = Assert.Single(item.Inlines!);
        Assert.Equal("the dates", Covered(item.Answer, link));
        Assert.Equal("https://news.example.org/dates", link.Href);
        Assert.Contains("See [the dates](https://news.example.org/dates) for more.", ArticleMarkdown.ToMarkdown(article));
        Assert.Contains("<p>See <a href=\"https://news.example.org/dates\">the dates</a> for more.</p>", ArticleHtml.ToHtml(article));
        Assert.Equal(article, ArticleJson.FromJson(ArticleJson.ToJson(article)));
    }

    [Theory]
    [InlineData("<link rel=\"canonical\" href=\"https://elsewhere.example.com/x/y\">", "https://news.example.org/town/report")]
    [InlineData("<base href=\"files/\">", "https://news.example.org/town/files/report")]
    [InlineData("<base href=\"https://cdn.example.net/\">", "https://cdn.example.net/report")]
    public void The_address_the_page_was_fetched_from_is_what_links_resolve_against(string head, string expected)
    {
        var html = $"<!DOCTYPE html><html><head><title>Council approves budget</title>{head}</head><body><article><p>{Sentence}{Sentence}</p>"
            + $"<p>Read <a href=\"report\">the report</a> now, with more words to make a paragraph.</p><p>{Sentence}{Sentence}</p></article></body></html>";
        var article = NewsParser.Parse(html, new NewsParserOptions { Url = new Uri("https://news.example.org/town/budget") });
        var paragraph = Assert.Single(article.AllBlocks().OfType<ParagraphBlock>(), p => p.Text.StartsWith("Read", StringComparison.Ordinal));
        Assert.Equal(expected, Assert.Single(paragraph.Inlines!).Href);
    }

    [Fact]
    public void A_lead_figure_beside_the_article_text_and_a_figure_classed_as_having_a_caption_are_figures()
    {
        var article = NewsParser.Parse("<!DOCTYPE html><html><head><title>Council approves budget</title></head><body><div class=\"story\">"
            + "<figure><div><img src=\"https://example.com/lead.jpg\" alt=\"The town hall\" width=\"800\" height=\"450\"></div><figcaption>The town hall in spring</figcaption></figure>"
            + $"<div class=\"body\"><p>{Sentence}{Sentence}</p><figure class=\"media has-caption\"><img src=\"https://example.com/chamber.jpg\" width=\"800\" height=\"450\">"
            + $"<figcaption class=\"media-caption\">The council chamber</figcaption></figure><p>{Sentence}{Sentence}{Sentence}</p></div></div></body></html>");
        var figures = article.AllBlocks().OfType<FigureBlock>().ToList();
        Assert.Equal(["https://example.com/lead.jpg", "https://example.com/chamber.jpg"], figures.Select(f => f.Source));
        Assert.Equal("The town hall", figures[0].Alt);
        Assert.Equal("The town hall in spring", figures[0].Caption);
        Assert.Equal("The council chamber", figures[1].Caption);
    }

    [Fact]
    public void An_image_without_text_between_parts_of_the_article_is_a_figure_but_a_banner_at_the_top_level_is_not()
    {
        var article = NewsParser.Parse("<!DOCTYPE html><html><head><title>Council approves budget</title></head><body>"
            + "<div><img src=\"https://example.com/banner.jpg\" width=\"970\" height=\"250\"></div><main><div class=\"story\">"
            + $"<div class=\"part\"><p>{Sentence}{Sentence}</p><p>{Sentence}{Sentence}</p></div><p><img src=\"https://example.com/map.png\"></p>"
            + $"<div class=\"part\"><p>{Sentence}{Sentence}{Sentence}</p><p>{Sentence}{Sentence}</p></div></div></main></body></html>");
        Assert.Equal(["https://example.com/map.png"], article.AllBlocks().OfType<FigureBlock>().Select(f => f.Source));
    }
}
