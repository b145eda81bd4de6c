using System.Text.Json.Nodes;
using System.Text;
using NewsParse.Model;
using NewsParse.Reading;
using NewsParse.Rendering;
using Xunit;

namespace NewsParse.Tests.Comments;

/// <summary>Reader comments read from pages made for one point each: WordPress, Blogger and schema.org markup, replies, the section's chrome.</summary>
public class HtmlCommentTests
{
    private const string Sentence = "The council approved the new budget on Tuesday, after a long debate about schools, roads and the harbour. ";

    private static string Paragraphs(int count)
    {
        var html = new StringBuilder();
        for (int i = 0; i < count; i++) html.Append("<p>").Append(Sentence).Append(Sentence).Append("</p>\n");
        return html.ToString();
    }

    private static string Page(string afterArticle, string inArticle = "") =>
        "<!DOCTYPE html><html lang=\"en\"><head><title>Council approves budget | Town Herald</title></head><body>"
        + "<header><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav></header><main><article class=\"post\">"
        + "<h1>Council approves budget</h1><p class=\"byline\">By Jane Reporter</p><div class=\"entry-content\">" + Paragraphs(5) + "</div>"
        + inArticle + "</article>" + afterArticle + "</main><footer>Copyright Town Herald</footer></body></html>";

    /// <summary>WordPress's default comment markup (li.comment > article.comment-body, replies in ol.children) and its form.</summary>
    private const string WordPress = """
        <div id="comments" class="comments-area">
          <h2 class="comments-title">3 thoughts on &ldquo;Council approves budget&rdquo;</h2>
          <ol class="comment-list">
            <li id="comment-11" class="comment even thread-even depth-1 parent">
              <article id="div-comment-11" class="comment-body">
                <footer class="comment-meta">
                  <div class="comment-author vcard"><img class="avatar" src="a.png" alt=""><b class="fn">Maria Lopez</b> <span class="says">says:</span></div>
                  <div class="comment-metadata"><a href="#comment-11"><time datetime="2024-03-05T10:15:00+01:00">March 5, 2024 at 10:15 am</time></a></div>
                </footer>
                <div class="comment-content"><p>The harbour money is long overdue, glad to see it passed.</p><p>Now fix the ferry timetable.</p></div>
                <div class="reply"><a class="comment-reply-link" href="#respond">Reply</a></div>
              </article>
              <ol class="children">
                <li id="comment-12" class="comment byuser comment-author-tom odd alt depth-2">
                  <article id="div-comment-12" class="comment-body">
                    <footer class="comment-meta">
                      <div class="comment-author vcard"><b class="fn">Tom Baker</b> <span class="says">says:</span></div>
                      <div class="comment-metadata"><a href="#comment-12"><time datetime="2024-03-05T11:00:00+01:00">March 5, 2024 at 11:00 am</time></a></div>
                    </footer>
                    <div class="comment-content"><p>Agreed, the ferry is the real problem here.</p></div>
                    <div class="reply"><a class="comment-reply-link" href="#respond">Reply</a></div>
                  </article>
                </li>
              </ol>
            </li>
            <li id="comment-13" class="comment even thread-odd depth-1">
              <article id="div-comment-13" class="comment-body">
                <footer class="comment-meta">
                  <div class="comment-author vcard"><b class="fn">Ann Lee</b> <span class="says">says:</span></div>
                  <div class="comment-metadata"><a href="#comment-13"><time datetime="2024-03-06T09:00:00+01:00">March 6, 2024 at 9:00 am</time></a></div>
                </footer>
                <div class="comment-content"><p>What about the schools on the east side?</p></div>
              </article>
            </li>
          </ol>
          <div id="respond" class="comment-respond">
            <h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
            <form id="commentform" class="comment-form"><p class="comment-notes">Your email address will not be published.</p>
            <p class="comment-form-comment"><label for="comment">Comment</label> <textarea id="comment"></textarea></p></form>
          </div>
        </div>
        """;

    [Fact]
    public void WordPress_comments_are_read_in_page_order_with_author_date_and_depth()
    {
        var article = NewsParser.Parse(Page(WordPress));
        Assert.Equal(3, article.Comments.Count);
        var first = article.Comments[0];
        Assert.Equal("Maria Lopez", first.Author);
        Assert.Equal("2024-03-05T10:15:00+01:00", first.Published);
        Assert.Equal("The harbour money is long overdue, glad to see it passed.\n\nNow fix the ferry timetable.", first.Text);
        Assert.Equal(0, first.Depth);
        Assert.Equal(("Tom Baker", 1, "Agreed, the ferry is the real problem here."), (article.Comments[1].Author, article.Comments[1].Depth, article.Comments[1].Text));
        Assert.Equal(("Ann Lee", 0), (article.Comments[2].Author, article.Comments[2].Depth));
    }

    [Fact]
    public void Comments_are_neither_body_nor_byline_and_their_chrome_is_comments_boilerplate()
    {
        var article = NewsParser.Parse(Page(WordPress));
        var body = ArticleText.ToText(article);
        Assert.DoesNotContain("harbour money", body);
        Assert.DoesNotContain("Leave a Reply", body);
        Assert.DoesNotContain("Maria", article.Byline ?? "");
        Assert.DoesNotContain(article.Boilerplate, b => b.Text.Contains("harbour money", StringComparison.Ordinal));
        var chrome = article.Boilerplate.Where(b => b.Kind == BoilerplateKind.Comments).ToList();
        Assert.Contains(chrome, b => b.Text.Contains("Leave a Reply", StringComparison.Ordinal));
        Assert.Contains(chrome, b => b.Text.Contains("3 thoughts", StringComparison.Ordinal));
        Assert.All(chrome, b => Assert.False(string.IsNullOrEmpty(b.Reason)));
    }

    [Fact]
    public void A_comment_span_covers_its_markup()
    {
        var html = Page(WordPress);
        var article = NewsParser.Parse(html);
        foreach (var comment in article.Comments)
        {
            var markup = html.Substring((int)comment.Span.Start, (int)comment.Span.Length);
            Assert.StartsWith("<", markup);
            Assert.Contains(comment.Text.Split("\n\n")[0], markup);
        }
    }

    [Fact]
    public void Comments_inside_the_article_element_are_still_comments()
    {
        var article = NewsParser.Parse(Page("", inArticle: WordPress));
        Assert.Equal(3, article.Comments.Count);
        Assert.DoesNotContain("ferry", ArticleText.ToText(article));
    }

    [Fact]
    public void Blogger_comments_with_nested_replies()
    {
        const string blogger = """
            <div class="comments" id="comments"><h4>2 comments:</h4>
            <div class="comment-thread toplevel-thread"><ol id="top-ra">
              <li class="comment" id="c100"><div class="avatar-image-container"><img src="x.png"></div>
                <div class="comment-block"><div class="comment-header"><cite class="user"><a href="/p/1">Lena</a></cite>
                  <span class="datetime secondary-text"><a href="#c100">12 May 2017 at 14:30</a></span></div>
                  <p class="comment-content">Great post, I like your blog very much.</p>
                  <span class="comment-actions secondary-text"><a class="comment-reply">Reply</a><a>Delete</a></span></div>
                <div class="comment-replies"><div class="comment-thread inline-thread"><ol>
                  <li class="comment" id="c101"><div class="comment-block"><div class="comment-header"><cite class="user">Author</cite>
                    <span class="datetime secondary-text"><a href="#c101">13 May 2017 at 09:00</a></span></div>
                    <p class="comment-content">Thank you, Lena!</p></div></li></ol></div></div>
              </li></ol></div></div>
            """;
        var article = NewsParser.Parse(Page(blogger));
        Assert.Equal(2, article.Comments.Count);
        Assert.Equal(("Lena", "2017-05-12T14:30:00", 0, "Great post, I like your blog very much."),
            (article.Comments[0].Author, article.Comments[0].Published, article.Comments[0].Depth, article.Comments[0].Text));
        Assert.Equal(("Author", 1, "Thank you, Lena!"), (article.Comments[1].Author, article.Comments[1].Depth, article.Comments[1].Text));
    }

    [Fact]
    public void Schema_org_comment_microdata_is_read()
    {
        const string microdata = """
            <section class="reactions"><h3>Reactions</h3>
            <div itemprop="comment" itemscope itemtype="https://schema.org/Comment"><span itemprop="author">Pierre</span>
              <meta itemprop="dateCreated" content="2023-01-02"><div itemprop="text"><p>Quel budget ambitieux pour la ville.</p></div></div>
            <div itemprop="comment" itemscope itemtype="https://schema.org/Comment"><span itemprop="author">Marie</span>
              <div itemprop="text"><p>Je ne suis pas d'accord avec ce budget.</p></div></div></section>
            """;
        var article = NewsParser.Parse(Page(microdata));
        Assert.Equal(2, article.Comments.Count);
        Assert.Equal(("Pierre", "2023-01-02", "Quel budget ambitieux pour la ville."), (article.Comments[0].Author, article.Comments[0].Published, article.Comments[0].Text));
        Assert.Equal("Marie", article.Comments[1].Author);
    }

    [Fact]
    public void A_single_box_named_comment_in_the_article_is_not_a_comment_section()
    {
        // an editor's note classed "comment" inside the text, with a time: one such box and no comment list is no comment section
        var article = NewsParser.Parse(Page("", inArticle: "<div class=\"comment\"><p>Editor's note: the vote was 7 to 2, <time datetime=\"2024-03-05\">March 5</time>, after a long debate.</p></div>"));
        Assert.Empty(article.Comments);
    }

    [Fact]
    public void IncludeComments_off_leaves_the_section_as_comments_boilerplate()
    {
        var article = new ArticleParser(NewsParserOptions.Default with { IncludeComments = false }).Parse(Page(WordPress));
        Assert.Empty(article.Comments);
        Assert.DoesNotContain("harbour money", ArticleText.ToText(article));
        Assert.Contains(article.Boilerplate, b => b.Kind == BoilerplateKind.Comments && b.Text.Contains("harbour money", StringComparison.Ordinal));
    }

    [Fact]
    public void Comment_events_follow_the_article_events()
    {
        var events = new ArticleParser().ReadEvents(Page(WordPress)).ToList();
        int firstComment = events.FindIndex(e => e is CommentEvent);
        Assert.True(firstComment > 0);
        Assert.All(events.Skip(firstComment), e => Assert.True(e is CommentEvent or DiagnosticEvent));
        Assert.Equal(3, events.Count(e => e.Kind == ArticleEventKind.Comment));
    }

    [Fact]
    public void Markdown_renders_comments_after_the_article_and_text_leaves_them_out()
    {
        var article = NewsParser.Parse(Page(WordPress));
        var md = ArticleMarkdown.ToMarkdown(article);
        int heading = md.IndexOf("## Comments", StringComparison.Ordinal);
        Assert.True(heading > md.IndexOf("The council approved", StringComparison.Ordinal));
        Assert.Contains("*Maria Lopez · 2024-03-05T10:15:00+01:00*", md);
        Assert.Contains("> Agreed, the ferry is the real problem here.", md);
        Assert.DoesNotContain("ferry", ArticleText.ToText(article));
    }

    [Fact]
    public void Json_round_trip_keeps_comments_and_writes_an_empty_list_when_none()
    {
        var article = NewsParser.Parse(Page(WordPress));
        var json = ArticleJson.ToJson(article);
        Assert.Equal(3, JsonNode.Parse(json)!["comments"]!.AsArray().Count);
        Assert.Equal(article, ArticleJson.FromJson(json));
        var none = NewsParser.Parse(Page(""));
        Assert.Empty(none.Comments);
        var noneJson = ArticleJson.ToJson(none);
        Assert.Empty(JsonNode.Parse(noneJson)!["comments"]!.AsArray());
        Assert.Equal(none, ArticleJson.FromJson(noneJson));
    }

    [Fact]
    public void Json_written_before_comments_was_always_present_still_reads()
    {
        var article = NewsParser.Parse(Page(WordPress)) with { Comments = [] };
        var node = JsonNode.Parse(ArticleJson.ToJson(article))!.AsObject();
        Assert.True(node.Remove("comments"));
        var back = ArticleJson.FromJson(node.ToJsonString());
        Assert.Empty(back.Comments);
        Assert.Equal(article, back);
    }
}
