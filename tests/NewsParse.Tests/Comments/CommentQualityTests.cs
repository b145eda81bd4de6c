using System.Text;
using NewsParse.Model;
using NewsParse.Rendering;
using Xunit;

namespace NewsParse.Tests.Comments;

/// <summary>
/// What is not a reader comment though it looks like one, and comments that must come one by one: a "most commented"
/// widget, a recent-comments widget of links, a live blog's entries named as comments, a forum list after a title.
/// </summary>
public class CommentQualityTests
{
    private const string Sentence = "The council approved the new budget on Tuesday, after a long debate about schools, roads and the harbour. ";

    private static string Paragraphs(int count)
    {
        var html = new StringBuilder();
        for (int i = 0; i < count; i++) html.Append("<p>").Append(Sentence).Append(Sentence).Append("</p>\n");
        return html.ToString();
    }

    private static Article Page(string afterArticle, string inArticle = "", string lang = "en") => NewsParser.Parse(
        "<!DOCTYPE html><html lang=\"" + lang + "\"><head><title>Council approves budget | Town Herald</title></head><body>"
        + "<main><article class=\"post\"><h1>Council approves budget</h1><div class=\"entry-content\">" + Paragraphs(5) + inArticle + "</div></article>"
        + afterArticle + "</main><footer>Copyright Town Herald</footer></body></html>");

    private const string TwoComments = """
        <div id="comments" class="comments-area"><h2 class="comments-title">2 responses</h2><ol class="comment-list">
          <li id="comment-11" class="comment depth-1"><article class="comment-body"><footer class="comment-meta">
            <div class="comment-author vcard"><b class="fn">Maria Lopez</b> <span class="says">says:</span></div>
            <div class="comment-metadata"><time datetime="2024-03-05T10:15:00+01:00">March 5, 2024</time></div></footer>
            <div class="comment-content"><p>The harbour money is long overdue, glad to see it passed.</p></div></article></li>
          <li id="comment-12" class="comment depth-1"><article class="comment-body"><footer class="comment-meta">
            <div class="comment-author vcard"><b class="fn">Tom Baker</b> <span class="says">says:</span></div>
            <div class="comment-metadata"><time datetime="2024-03-05T11:00:00+01:00">March 5, 2024</time></div></footer>
            <div class="comment-content"><p>Agreed, the ferry is the real problem here.</p></div></article></li>
        </ol></div>
        """;

    [Fact]
    public void A_most_commented_widget_beside_the_comments_is_no_comment()
    {
        var article = Page(TwoComments + """
            <div class="sidebar"><div id="most_commented_widget-7" class="box clearfix widget_most_commented_widget"><h3>Herald Most Commented</h3><ul>
              <li><a href="/2024/03/04/ferry-timetable-changes">Ferry timetable changes again for the summer season</a> (185)</li>
              <li><a href="/2024/03/03/school-roof-repairs">School roof repairs delayed until the autumn holidays</a> (120)</li>
              <li><a href="/2024/03/02/harbour-wall">Harbour wall to be rebuilt with money from the region</a> (97)</li>
            </ul></div></div>
            """);
        Assert.Equal(["Maria Lopez", "Tom Baker"], article.Comments.Select(c => c.Author));
        Assert.DoesNotContain(article.Comments, c => c.Text.Contains("Most Commented", StringComparison.Ordinal) || c.Text.Contains("Ferry timetable", StringComparison.Ordinal));
        Assert.DoesNotContain(article.Boilerplate, b => b.Kind == BoilerplateKind.Comments && b.Text.Contains("Ferry timetable", StringComparison.Ordinal));
    }

    [Fact]
    public void A_recent_comments_widget_of_links_is_no_comment()
    {
        // WordPress's widget: its id is numbered and it names comments, but its text is links to other articles
        var article = Page(TwoComments + """
            <div id="recent-comments-3" class="widget widget_recent_comments"><h2 class="widget-title">Recent comments</h2><ul id="recentcomments">
              <li class="recentcomments"><span class="comment-author-link"><a href="/u/ann">Ann Lee</a></span> on <a href="/2024/03/01/new-bus-lines">New bus lines for the east side from April</a></li>
              <li class="recentcomments"><span class="comment-author-link"><a href="/u/joe">Joe Park</a></span> on <a href="/2024/02/28/library-hours">Library opening hours extended on weekends</a></li>
              <li class="recentcomments"><span class="comment-author-link"><a href="/u/kim">Kim Roe</a></span> on <a href="/2024/02/27/market-square">Market square to get new trees and benches</a></li>
            </ul></div>
            """);
        Assert.Equal(["Maria Lopez", "Tom Baker"], article.Comments.Select(c => c.Author));
    }

    [Fact]
    public void A_live_blogs_entries_named_as_comments_are_no_comments()
    {
        var entries = new StringBuilder("<div class=\"live-feed\">");
        string[] times = ["12:05", "12:20", "12:41", "13:02"];
        for (int i = 0; i < times.Length; i++)
        {
            entries.Append("<div class=\"live-comment\" id=\"entry-").Append(904049 - i).Append("\"><aside><time>").Append(times[i]).Append("</time></aside>")
                .Append("<div class=\"live-comment__body\"><p>Update ").Append(i + 1).Append(": the council debated the harbour budget line by line, and the vote on the ferry subsidy is still open at this hour.</p></div></div>");
        }
        entries.Append("</div>");
        var html = "<!DOCTYPE html><html lang=\"en\"><head><title>Budget vote live | Town Herald</title></head><body><main><article><h1>Budget vote live</h1>"
            + "<p>Follow the council's budget vote as it happens.</p>" + entries + "</article></main><footer>Copyright Town Herald</footer></body></html>";
        var article = NewsParser.Parse(html);
        Assert.Empty(article.Comments);
        // nothing is lost: each entry is still in the article's output (the body, or boilerplate where the class names
        // it so), never a reader comment
        var json = ArticleJson.ToJson(article);
        for (int i = 1; i <= times.Length; i++) Assert.Contains($"Update {i}: the council debated", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_forum_list_after_a_title_is_read_comment_by_comment_with_nested_replies_one_deeper()
    {
        static string Post(string author, string date, string title, string text, string replies = "") =>
            "<li class=\"forum-fil\"><div class=\"forum-top\"><a href=\"#f\" name=\"f\"><img src=\"pin.png\" alt=\"permalien\"></a>"
            + (author.Length > 0 ? "<b class=\"forum-qui\">" + author + "</b>" : "") + "<div class=\"forum-nav\">(" + date + ")&nbsp;</div>:</div>"
            + "<div class=\"forum-message\"><div class=\"forum-chapo\"><p><strong>" + title + "</strong></p></div><div class=\"forum-texte\"><p>" + text + "</p></div></div>"
            + replies + "</li>";
        var forum = "<div class=\"forum-area\"><h2>4 commentaires</h2><ul class=\"forum\">"
            + Post("", "22 juin 2018 @11h13", "Pays autoritaire", "La Corée du Sud n'est pas un modèle de démocratie, dit un lecteur anonyme.")
            + Post("Red Bastard", "22 juin 2018 @11h29", "Même argument", "La même analyse vaut pour d'autres pays de la région, à mon avis.",
                "<ul>" + Post("Jeanne", "22 juin 2018 @12h40", "Réponse", "Je ne suis pas d'accord avec cette comparaison entre les deux pays.") + "</ul>")
            + Post("Paul", "23 juin 2018 @09h02", "Merci", "Merci pour cet article sur l'architecture et la littérature coréennes.")
            + "</ul></div>";
        var article = Page(forum, lang: "fr");
        Assert.Equal(4, article.Comments.Count);
        Assert.Equal([0, 0, 1, 0], article.Comments.Select(c => c.Depth));
        // the name line above the date line is the commenter's name; an anonymous post has none
        Assert.Equal([null, "Red Bastard", "Jeanne", "Paul"], article.Comments.Select(c => c.Author));
        Assert.Equal("2018-06-22T11:29:00", article.Comments[1].Published);
        Assert.Contains("anonyme", article.Comments[0].Text, StringComparison.Ordinal);
        Assert.Contains("même analyse", article.Comments[1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("pas d'accord", article.Comments[1].Text, StringComparison.Ordinal);
        Assert.Contains("pas d'accord", article.Comments[2].Text, StringComparison.Ordinal);
        Assert.Contains("Merci pour cet article", article.Comments[3].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("anonyme", ArticleText.ToText(article), StringComparison.Ordinal);
    }

    [Fact]
    public void A_box_named_as_a_comment_around_the_comments_wraps_them_and_is_no_comment()
    {
        // a blog theme's box with a numbered id naming a comment ("top-comment1") around Blogger's comment thread: its
        // text after the comments ("Load more", the form's note) is the section's chrome, and the comments stay top-level
        var article = Page("""
            <div id="top-comment"><div class="widget2" id="top-comment1"><div class="comments" id="comments"><h4>1 comment:</h4>
              <div class="comment-thread toplevel-thread"><ol id="top-ra">
                <li class="comment" id="c100"><div class="comment-block"><div class="comment-header"><cite class="user"><a href="/p/1">Lena</a></cite>
                  <span class="datetime secondary-text"><a href="#c100">12 May 2017 at 14:30</a></span></div>
                  <p class="comment-content">Great post, I like your blog very much.</p>
                  <span class="comment-actions secondary-text"><a class="comment-reply">Reply</a></span></div></li></ol>
                <div class="loadmore"><a>Load more...</a></div></div>
              <div class="comment-form"><p>See our <a href="/privacy">privacy policy</a> before you write a comment.</p></div>
            </div></div></div>
            """);
        var comment = Assert.Single(article.Comments);
        Assert.Equal(("Lena", 0, "Great post, I like your blog very much."), (comment.Author, comment.Depth, comment.Text));
        Assert.DoesNotContain("Load more", ArticleText.ToText(article), StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_line_closing_a_comment_is_its_footer_not_its_text()
    {
        var article = Page("""
            <div id="comments" class="comments-area"><ol class="comment-list">
              <li id="comment-21" class="comment"><div class="comment-author"><b class="fn">Mayakoenigin</b></div>
                <div class="comment-text"><p>Wunderschön, aber leider habe ich keinen grünen Daumen.</p><p>18. September 2020 um 08:37</p></div></li>
              <li id="comment-22" class="comment"><div class="comment-author"><b class="fn">Gartenfee</b></div>
                <div class="comment-text"><p>Die Pflanzen sehen toll aus, danke für die Tipps.</p><p>19. September 2020 um 10:02</p></div></li>
            </ol></div>
            """, lang: "de");
        Assert.Equal(["Wunderschön, aber leider habe ich keinen grünen Daumen.", "Die Pflanzen sehen toll aus, danke für die Tipps."], article.Comments.Select(c => c.Text));
        Assert.Equal("2020-09-18T08:37:00", article.Comments[0].Published);
    }
}
