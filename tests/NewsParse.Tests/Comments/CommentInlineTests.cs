using System.Text.Json.Nodes;
using System.Text;
using NewsParse.Model;
using NewsParse.Rendering;
using Xunit;

namespace NewsParse.Tests.Comments;

/// <summary>Comments and &lt;details&gt; FAQ answers keep their inline runs as paragraphs do: links resolved, emphasis, line breaks; JSON and Markdown carry them.</summary>
public class CommentInlineTests
{
    private const string Sentence = "The council approved the new budget on Tuesday, after a long debate about schools, roads and the harbour. ";

    private static readonly NewsParserOptions AtAddress = new() { Url = new Uri("https://herald.example/news/budget.html") };

    private static Article Page(string afterArticle, string inArticle = "")
    {
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><title>Council approves budget | Town Herald</title></head><body>"
            + "<main><article class=\"post\"><h1>Council approves budget</h1><div class=\"entry-content\">");
        for (int i = 0; i < 5; i++) html.Append("<p>").Append(Sentence).Append(Sentence).Append("</p>\n");
        html.Append(inArticle).Append("</div></article>").Append(afterArticle).Append("</main><footer>Copyright Town Herald</footer></body></html>");
        return NewsParser.Parse(html.ToString(), AtAddress);
    }

    private static string CommentList(params string[] contents)
    {
        var html = new StringBuilder("<div id=\"comments\" class=\"comments-area\"><h2 class=\"comments-title\">Comments</h2><ol class=\"comment-list\">");
        for (int i = 0; i < contents.Length; i++)
        {
            html.Append("<li id=\"comment-").Append(i + 1).Append("\" class=\"comment depth-1\"><article class=\"comment-body\"><footer class=\"comment-meta\">")
                .Append("<div class=\"comment-author vcard\"><b class=\"fn\">Reader ").Append(i + 1).Append("</b> <span class=\"says\">says:</span></div>")
                .Append("<div class=\"comment-metadata\"><a href=\"#comment-").Append(i + 1).Append("\"><time datetime=\"2024-03-05T10:15:00+01:00\">March 5, 2024</time></a></div></footer>")
                .Append("<div class=\"comment-content\">").Append(contents[i]).Append("</div>")
                .Append("<div class=\"reply\"><a class=\"comment-reply-link\" href=\"#respond\">Reply</a></div></article></li>");
        }
        return html.Append("</ol></div>").ToString();
    }

    private static string Covered(string text, Inline run) => text.Substring(run.Start, run.Length);

    [Fact]
    public void A_comments_links_emphasis_and_code_are_runs_with_links_resolved_against_the_page()
    {
        var article = Page(CommentList(
            "<p>See <a href=\"/docs/budget.pdf\">the budget paper</a>, it is <em>very</em> clear about <code>line 42</code>.</p><p>And <strong>thanks</strong> for the report.</p>",
            "<p>Plain words only, nothing to mark in this one.</p>"));
        Assert.Equal(2, article.Comments.Count);
        var first = article.Comments[0];
        Assert.Equal("See the budget paper, it is very clear about line 42.\n\nAnd thanks for the report.", first.Text);
        Assert.NotNull(first.Inlines);
        var link = Assert.Single(first.Inlines!, r => r.Kind == InlineKind.Link);
        Assert.Equal("the budget paper", Covered(first.Text, link));
        Assert.Equal("https://herald.example/docs/budget.pdf", link.Href);
        Assert.Equal("very", Covered(first.Text, Assert.Single(first.Inlines!, r => r.Kind == InlineKind.Emphasis)));
        Assert.Equal("line 42", Covered(first.Text, Assert.Single(first.Inlines!, r => r.Kind == InlineKind.Code)));
        Assert.Equal("thanks", Covered(first.Text, Assert.Single(first.Inlines!, r => r.Kind == InlineKind.Strong)));
        // the reply link and the permalink of the date are the comment's furniture, not runs of its text
        Assert.DoesNotContain(first.Inlines!, r => r.Href is { } href && href.Contains("#comment", StringComparison.Ordinal));
        Assert.Null(article.Comments[1].Inlines);
    }

    [Fact]
    public void A_line_break_in_a_comment_is_a_run_on_the_space_and_two_end_a_paragraph()
    {
        var article = Page(CommentList("<p>Roses are red,<br>violets are blue,<br><br>the budget is late</p>"));
        var comment = Assert.Single(article.Comments);
        Assert.Equal("Roses are red, violets are blue,\n\nthe budget is late", comment.Text);
        var lineBreak = Assert.Single(comment.Inlines!);
        Assert.Equal(InlineKind.LineBreak, lineBreak.Kind);
        Assert.Equal(comment.Text.IndexOf(" violets", StringComparison.Ordinal), lineBreak.Start);
    }

    [Fact]
    public void A_script_link_in_a_comment_is_plain_text()
    {
        var article = Page(CommentList("<p>Click <a href=\"javascript:alert(1)\">here</a> to win a prize today.</p>"));
        var comment = Assert.Single(article.Comments);
        Assert.Equal("Click here to win a prize today.", comment.Text);
        Assert.Null(comment.Inlines);
    }

    [Fact]
    public void Comment_runs_survive_json_and_reach_the_markdown()
    {
        var article = Page(CommentList("<p>Read <a href=\"https://council.example/minutes\">the minutes</a> and <em>judge</em>.</p>"));
        Assert.Equal(article, ArticleJson.FromJson(ArticleJson.ToJson(article)));
        var comment = JsonNode.Parse(ArticleJson.ToJson(article))!["comments"]![0]!;
        Assert.Equal("https://council.example/minutes", (string?)comment["inlines"]![0]!["href"]);
        var md = ArticleMarkdown.ToMarkdown(article);
        Assert.Contains("Read [the minutes](https://council.example/minutes) and *judge*.", md);
    }

    [Fact]
    public void A_hard_line_break_in_a_reply_stays_inside_its_quote()
    {
        var comment = new Comment("First line second line", author: "A reader", depth: 1) { Inlines = [new Inline(InlineKind.LineBreak, 10, 1)] };
        var md = ArticleMarkdown.ToMarkdown(new Article { Headline = "Budget", Comments = [comment] });
        var lines = md.Split('\n');
        int first = Array.FindIndex(lines, l => l.Contains("First line", StringComparison.Ordinal));
        Assert.True(first >= 0, md);
        Assert.StartsWith("> ", lines[first]);
        Assert.StartsWith("> second line", lines[first + 1]);
    }

    [Fact]
    public void A_details_answer_keeps_its_runs_and_its_inline_text_on_one_line()
    {
        var article = Page("", inArticle: "<h2>Frequently asked questions</h2>"
            + "<details><summary>When does the budget apply?</summary>From <strong>April</strong> on, see <a href=\"/faq/budget\">the notes</a>.</details>"
            + "<details><summary>Who pays for the harbour?</summary><p>The town, with a grant.</p><p>Line one<br>line two</p></details>");
        var faq = Assert.IsType<Faq>(article.Faq);
        Assert.Equal(2, faq.Items.Count);
        var first = faq.Items[0];
        Assert.Equal("When does the budget apply?", first.Question);
        Assert.Equal("From April on, see the notes.", first.Answer);
        Assert.Equal("April", Covered(first.Answer, Assert.Single(first.Inlines!, r => r.Kind == InlineKind.Strong)));
        var link = Assert.Single(first.Inlines!, r => r.Kind == InlineKind.Link);
        Assert.Equal("the notes", Covered(first.Answer, link));
        Assert.Equal("https://herald.example/faq/budget", link.Href);
        Assert.DoesNotContain("When does", first.Answer, StringComparison.Ordinal);
        Assert.Contains("The town, with a grant.", faq.Items[1].Answer, StringComparison.Ordinal);
        Assert.Contains("line two", faq.Items[1].Answer, StringComparison.Ordinal);
        var md = ArticleMarkdown.ToMarkdown(article);
        Assert.Contains("From **April** on, see [the notes](https://herald.example/faq/budget).", md);
    }
}
