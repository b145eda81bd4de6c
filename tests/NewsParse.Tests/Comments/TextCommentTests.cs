using NewsParse.Model;
using NewsParse.Rendering;
using Xunit;

namespace NewsParse.Tests.Comments;

/// <summary>The comment section of a text dump: a title naming the comments, then commenter lines and their text.</summary>
public class TextCommentTests
{
    private const string Article = """
        Council approves budget

        By Jane Reporter

        The council approved the new budget on Tuesday, after a long debate about schools, roads and the harbour. The vote was close.

        The harbour will get twelve million euros over five years, and the ferry timetable will be reviewed by the summer.

        Schools on the east side get a new roof and a new library, the mayor said after the vote.

        """;

    [Fact]
    public void A_comments_title_and_commenter_lines_give_comments_not_body()
    {
        var text = Article + """
            3 Kommentare

            Maria Lopez – 5. März 2024 um 10:15

            Endlich wird der Hafen saniert, das war lange überfällig.

            Tom Baker says:

            Agreed, the ferry is the real problem here.

            And the tunnel, too.
            """;
        var article = NewsParser.ParseText(text);
        Assert.Equal(2, article.Comments.Count);
        Assert.Equal("Maria Lopez", article.Comments[0].Author);
        Assert.StartsWith("2024-03-05", article.Comments[0].Published);
        Assert.Equal("Endlich wird der Hafen saniert, das war lange überfällig.", article.Comments[0].Text);
        Assert.Equal(("Tom Baker", "Agreed, the ferry is the real problem here.\n\nAnd the tunnel, too."), (article.Comments[1].Author, article.Comments[1].Text));
        var body = ArticleText.ToText(article);
        Assert.DoesNotContain("Hafen", body);
        Assert.DoesNotContain("tunnel", body);
        Assert.Contains(article.Boilerplate, b => b.Kind == BoilerplateKind.Comments && b.Text == "3 Kommentare");
        Assert.Contains("The harbour will get twelve million euros", body);
    }

    [Fact]
    public void A_comments_title_without_commenter_lines_is_no_comment_section()
    {
        var article = NewsParser.ParseText(Article + "Comments\n\nWe welcome your comments on this article, please keep them civil and on topic.\n");
        Assert.Empty(article.Comments);
    }
}
