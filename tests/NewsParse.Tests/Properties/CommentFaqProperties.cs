using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsParse.Rendering;
using Xunit;
using static NewsParse.Tests.Properties.ArticleRenderers;

namespace NewsParse.Tests.Properties;

/// <summary>
/// Invariants of the comments and the FAQ on generated articles: a comment section after the article gives its comments
/// in order and none of their text in the body; every FAQ item has an answer, whatever the input format.
/// </summary>
public class CommentFaqProperties
{
    private const int Runs = 100;

    private static readonly string[] Words = ["ferry", "harbour", "budget", "council", "schools", "bridge", "tunnel", "market", "mayor", "river", "thanks", "agree", "wrong", "great"];

    /// <summary>A comment's text: a few sentences of words the article may share.</summary>
    private static Gen<string> CommentText() =>
        from count in Gen.Choose(4, 12)
        from words in Gen.Elements(Words).ArrayOf(count)
        from n in Gen.Choose(1000, 9999)
        select $"{char.ToUpperInvariant(words[0][0])}{words[0][1..]} {string.Join(' ', words[1..])} number {n}.";

    public static Arbitrary<(ArticleSpec, string[])> PagesWithComments() =>
        Arb.From(from spec in ArticleGenerators.ArticleGen()
                 from count in Gen.Choose(1, 6)
                 from comments in CommentText().ArrayOf(count)
                 select (spec, comments.Distinct().ToArray()));

    private static string Section(string[] comments)
    {
        var html = new System.Text.StringBuilder("<div id=\"comments\" class=\"comments-area\"><h2 class=\"comments-title\">Comments</h2><ol class=\"comment-list\">");
        for (int i = 0; i < comments.Length; i++)
        {
            html.Append($"<li id=\"comment-{i + 1}\" class=\"comment\"><article id=\"div-comment-{i + 1}\" class=\"comment-body\"><footer class=\"comment-meta\">")
                .Append($"<div class=\"comment-author vcard\"><b class=\"fn\">Reader {i + 1}</b> <span class=\"says\">says:</span></div>")
                .Append($"<time datetime=\"2024-03-0{i % 9 + 1}T10:00:00Z\">March {i % 9 + 1}, 2024</time></footer>")
                .Append($"<div class=\"comment-content\"><p>{System.Net.WebUtility.HtmlEncode(comments[i])}</p></div></article></li>");
        }
        return html.Append("</ol><div id=\"respond\"><h3>Leave a Reply</h3><form><textarea></textarea></form></div></div>").ToString();
    }

    [Property(MaxTest = Runs, Arbitrary = [typeof(CommentFaqProperties)])]
    public void Comments_never_overlap_the_body((ArticleSpec Spec, string[] Comments) page)
    {
        if (page.Spec.Parts.OfType<SpecParagraph>().Sum(p => p.Text.Length) < 400) return;
        foreach (var style in new[] { HtmlStyle.Semantic, HtmlStyle.WithChrome })
        {
            var html = ToHtml(page.Spec, style).Replace("</article>", "</article>" + Section(page.Comments), StringComparison.Ordinal);
            var article = NewsParser.Parse(html);
            Assert.Equal(page.Comments, article.Comments.Select(c => c.Text));
            var body = ArticleText.ToText(article);
            Assert.All(article.Comments, c => Assert.DoesNotContain(c.Text, body, StringComparison.Ordinal));
            Assert.DoesNotContain("Leave a Reply", body, StringComparison.Ordinal);
        }
    }

    [Property(MaxTest = Runs, Arbitrary = [typeof(ArticleArbitraries)])]
    public void Every_faq_answer_is_non_empty(ArticleSpec spec)
    {
        foreach (var style in Enum.GetValues<TextStyle>())
            AssertAnswered(NewsParser.Parse(ToText(spec, style)));
        foreach (var style in Enum.GetValues<HtmlStyle>())
            AssertAnswered(NewsParser.Parse(ToHtml(spec, style)));
    }

    private static void AssertAnswered(NewsParse.Model.Article article)
    {
        if (article.Faq is not { } faq) return;
        Assert.NotEmpty(faq.Items);
        Assert.All(faq.Items, item => Assert.False(string.IsNullOrWhiteSpace(item.Answer)));
    }
}
