using System.Text;
using NewsParse.Model;
using NewsParse.Rendering;
using Xunit;

namespace NewsParse.Tests.Comments;

/// <summary>
/// Comments told by their structure rather than by a comment word in their markup (a titled list of dated groups, a
/// review widget's repeated items), comment markup whose class names mislead a word list (Drupal, Stack Exchange),
/// hidden comment sections and JSON-LD comments; and the lists that look alike but are no comments (one author's
/// teasers, a footer's tweets, a sidebar's latest comments of other articles). Each on a page written for it.
/// </summary>
public class StructuralCommentTests
{
    private const string Sentence = "Der Stadtrat hat den Haushalt am Dienstag nach einer langen Debatte über Schulen, Straßen und den Hafen beschlossen. ";

    private static string Paragraphs(int count)
    {
        var html = new StringBuilder();
        for (int i = 0; i < count; i++) html.Append("<p>").Append(Sentence).Append(Sentence).Append("</p>\n");
        return html.ToString();
    }

    private static Article Page(string afterArticle, string head = "", string inArticle = "") => NewsParser.Parse(
        "<!DOCTYPE html><html lang=\"de\"><head><title>Haushalt beschlossen</title>" + head + "</head><body>"
        + "<nav><a href=\"/\">Start</a> <a href=\"/politik\">Politik</a></nav><div id=\"content\"><article>"
        + "<h1>Haushalt beschlossen</h1>" + Paragraphs(5) + inArticle + "</article>" + afterArticle + "</div>"
        + "<footer><p>Impressum · Datenschutz</p></footer></body></html>");

    private static string Body(Article article) => ArticleText.ToText(article);

    [Fact]
    public void A_titled_list_of_dated_groups_is_comments_without_a_comment_word_in_the_markup()
    {
        var article = Page("""
            <div class="titlebar">Kommentare</div>
            <div style="padding-top: 10px;"><h3>#1 von <img src="/flags/de.png" alt=""> Naru-chan</h3>
              26. März 2004, 16:19 <p>Danke für dieses Kapitel, das Warten hat sich gelohnt!</p></div>
            <div style="padding-top: 10px;"><h3>#2 von <img src="/flags/ch.png" alt=""> Keitaro</h3>
              27. März 2004, 09:02 <p>Freue mich schon auf das nächste Kapitel am Freitag.</p></div>
            <div class="noprint"><div class="titlebar">Kommentar schreiben</div><form><label>Name*</label><input name="username"><textarea name="comment"></textarea></form></div>
            """);
        Assert.Equal(["Danke für dieses Kapitel, das Warten hat sich gelohnt!", "Freue mich schon auf das nächste Kapitel am Freitag."],
            article.Comments.Select(c => c.Text));
        Assert.Equal("2004-03-26", article.Comments[0].Published?[..10]);
        var body = Body(article);
        Assert.DoesNotContain("Danke für dieses Kapitel", body);
        Assert.DoesNotContain("Kommentare", body);
        Assert.Contains(article.Boilerplate, b => b.Kind == BoilerplateKind.Comments && b.Text == "Kommentare");
    }

    [Fact]
    public void A_title_followed_by_groups_without_dates_is_no_comment_section()
    {
        var article = Page("""
            <div class="titlebar">Kommentare</div>
            <div><h3>Unsere Leitlinien</h3><p>Bitte bleiben Sie sachlich und beleidigen Sie niemanden in der Diskussion.</p></div>
            """);
        Assert.Empty(article.Comments);
    }

    /// <summary>A shop's review widget (Judge.me's shape): items named by the widget's own prefix, with author and timestamp parts.</summary>
    private static string Reviews(params (string Author, string Text)[] reviews)
    {
        var html = new StringBuilder("<div class='jdgm-rev-widg'><div class='jdgm-rev-widg__header'><h2 class='jdgm-rev-widg__title'>Kundenbewertungen</h2></div><div class='jdgm-rev-widg__reviews'>");
        int day = 1;
        foreach (var (author, text) in reviews)
        {
            html.Append("<div class='jdgm-rev jdgm-divider-top'><div class='jdgm-rev__header'><span class='jdgm-rev__rating' aria-label='5 star review'></span>")
                .Append($"<span class='jdgm-rev__timestamp' data-content='2020-02-0{day++} 09:40:20 UTC'>0{day}.02.2020</span>")
                .Append($"<span class='jdgm-rev__author-wrapper'><span class='jdgm-rev__author'>{author}</span></span></div>")
                .Append($"<div class='jdgm-rev__content'><b class='jdgm-rev__title'>Sehr gut</b><div class='jdgm-rev__body'><p>{text}</p></div></div>")
                .Append("<div class='jdgm-rev__actions'><div class='jdgm-rev__votes'></div></div></div>");
        }
        return html.Append("</div></div>").ToString();
    }

    [Fact]
    public void A_review_widget_of_repeated_items_with_author_and_date_gives_comments()
    {
        var article = Page(Reviews(("S.", "Der beste Kaffee, den ich bisher probiert habe, klare Kaufempfehlung."),
            ("D.", "Der Geschmack war kaum von einem Supermarktkaffee zu unterscheiden."), ("A.", "Schnell geliefert und er duftet herrlich beim Öffnen.")));
        Assert.Equal(3, article.Comments.Count);
        Assert.Equal(["S.", "D.", "A."], article.Comments.Select(c => c.Author));
        Assert.Equal("Der Geschmack war kaum von einem Supermarktkaffee zu unterscheiden.", article.Comments[1].Text);
        Assert.DoesNotContain("Supermarktkaffee", Body(article));
    }

    [Fact]
    public void One_authors_teasers_with_dates_and_excerpts_are_no_comments()
    {
        var teasers = new StringBuilder("<div class='td-related'>");
        foreach (var (title, excerpt) in new[] { ("Plastik", "China hat einen neuen Plan gegen Plastikmüll vorgestellt, der ab Januar gilt."), ("Wälder", "Indigene Völker schützen die Wälder seit Jahrhunderten besser als jeder Staat."), ("Frankreich", "Frankreich verbietet ab diesem Jahr Einwegplastik in allen Kantinen des Landes.") })
        {
            teasers.Append($"<div class='td-block-span'><h3><a href='/{title}'>{title}</a></h3><span class='td-post-author-name'>The Planetary Press</span>")
                .Append($"<time datetime='2020-01-19T20:59:00+00:00'>19. Januar 2020</time><div class='td-excerpt'>{excerpt}</div></div>");
        }
        var article = Page(teasers.Append("</div>").ToString());
        Assert.Empty(article.Comments);
    }

    [Fact]
    public void A_footers_tweets_and_a_sidebars_latest_comments_are_no_comments_of_the_page()
    {
        const string Tweets = """
            <footer class="site__footer"><ul class="widget-tweets__list">
              <li class="widget-tweets__tweet"><div class="tweet__content">Der Schiedsrichter geriet bei den US Open ins Rampenlicht, weil er einen Spieler disqualifizierte.</div>
                <div class="tweet__meta"><span class="tweet__meta-username">@magazin</span><span class="tweet__meta-date">Vor 14 Stunden</span></div></li>
              <li class="widget-tweets__tweet"><div class="tweet__content">Ist er nach dem Finale in Melbourne jetzt wirklich der Größte aller Zeiten?</div>
                <div class="tweet__meta"><span class="tweet__meta-username">@redaktion</span><span class="tweet__meta-date">Vor 20 Stunden</span></div></li>
            </ul></footer>
            """;
        const string Sidebar = """
            <div class="sidebar"><div class="widget"><h2>Neueste Beiträge der Leser</h2>
              <article class="latest__item"><span class="latest__author">Doris</span> <span class="latest__date">am 04.02.2021</span><div class="latest__content"><p>Welcher Lobby gehören Sie denn an? Mich würde Ihre Meinung interessieren.</p></div></article>
              <article class="latest__item"><span class="latest__author">Senta</span> <span class="latest__date">am 03.02.2021</span><div class="latest__content"><p>Sind kleine Ponys große Huftiere? Das Ministerium sagt es so.</p></div></article>
            </div></div>
            """;
        Assert.Empty(Page(Tweets).Comments);
        Assert.Empty(Page(Sidebar).Comments);
    }

    [Fact]
    public void A_drupal_comment_reads_its_body_field_and_its_header_line()
    {
        const string Comment = """
            <article id="comment-{0}" typeof="schema:Comment" class="js-comment comment">
              <footer><h6>{1} | Di, 21. April 2020 - 19:08 <span property="schema:dateCreated" content="2020-04-21T17:08:16+00:00" class="hidden"></span></h6></footer>
              <div><div class="field--name-comment-body"><p property="schema:name"><a href="/comment/{0}#comment-{0}" class="permalink">Danke</a></p></div>
                <div property="schema:text" class="field field--name-comment-body field--type-text-long field--label-hidden field--item"><p>{2}</p></div>
                <ul class="links inline"><li class="comment-reply"><a href="/comment/reply/{0}">Antworten</a></li></ul></div>
            </article>
            """;
        var article = Page("<div id=\"comments\" class=\"comments\"><section>"
            + string.Format(Comment, 1, "Ellen Wolff", "Danke für diesen schon längst überfälligen Artikel.")
            + string.Format(Comment, 2, "Horst Kessler", "Es scheint offenbar noch viele zu geben, die anders denken.") + "</section></div>");
        Assert.Equal(2, article.Comments.Count);
        Assert.Equal(("Ellen Wolff", "Danke für diesen schon längst überfälligen Artikel.", "2020-04-21T17:08:16+00:00"),
            (article.Comments[0].Author, article.Comments[0].Text, article.Comments[0].Published));
        Assert.DoesNotContain("überfälligen", Body(article));
    }

    [Fact]
    public void A_stack_exchange_comment_copy_is_the_comment_text_despite_an_edit_class_on_its_body()
    {
        const string Comment = """
            <li id="comment-{0}" class="comment js-comment"><div class="js-comment-actions comment-actions"><div class="comment-score"><span class="cool">2</span></div></div>
              <div class="comment-text js-comment-text-and-form"><div class="comment-body js-comment-edit-hide">
                <span class="comment-copy">{1}</span> &ndash;&nbsp;<a href="/users/{0}" class="comment-user">{2}</a>
                <span class="comment-date"><span title="2014-02-07 10:53:00Z" class="relativetime-clean">Feb 7, 2014 at 10:53</span></span></div></div></li>
            """;
        var article = Page("<div id=\"comments-1\" class=\"comments js-comments-container\"><ul class=\"comments-list\">"
            + string.Format(Comment, 1, "Unless of what? The sentence does not say it.", "Vogel612")
            + string.Format(Comment, 2, "Ich denke, man sollte erwähnen, dass der Satz im Passiv steht.", "jonathan") + "</ul></div>");
        Assert.Equal(["Unless of what? The sentence does not say it.", "Ich denke, man sollte erwähnen, dass der Satz im Passiv steht."], article.Comments.Select(c => c.Text));
        Assert.Equal("Vogel612", article.Comments[0].Author);
    }

    [Fact]
    public void A_heading_that_is_a_comments_title_is_part_of_its_text_and_a_header_heading_is_not()
    {
        var article = Page("""
            <div class="kommentare"><div class="rubrik">Kommentare</div>
              <div class="kommentar-item"><a name="167559" id="167559"></a><div class="kommentar-info"><div class="benutzer">Kritiker2010</div><div class="datum">06.11.2023, 13.47 Uhr</div></div>
                <h5>Quantensprung? Wohl eher ein kleiner Schritt.</h5><div class="kommentar-text">Eine neue kleine Parkanlage als Quantensprung zu bezeichnen ist übertrieben.</div></div>
              <div class="kommentar-item"><a name="167560" id="167560"></a><h5><a href="/user/9">Leserin</a> schrieb am 06.11.2023:</h5><div class="kommentar-text">Ich freue mich trotzdem über den neuen Spielplatz.</div></div>
            </div>
            """);
        Assert.Equal(2, article.Comments.Count);
        Assert.Equal("Quantensprung? Wohl eher ein kleiner Schritt.\n\nEine neue kleine Parkanlage als Quantensprung zu bezeichnen ist übertrieben.", article.Comments[0].Text);
        Assert.Equal("Kritiker2010", article.Comments[0].Author);
        Assert.Equal("Ich freue mich trotzdem über den neuen Spielplatz.", article.Comments[1].Text);
    }

    [Fact]
    public void A_comment_section_hidden_until_asked_for_is_read()
    {
        var article = Page("""
            <div class="comment-button" id="buttonComments"><span>Kommentare anzeigen</span></div>
            <section id="comments" class="comments-area" style="display:none;"><h3 class="title-comments">Kommentare</h3>
              <ol class="comment-list"><li id="comment-663911" class="comment depth-1"><article id="div-comment-663911" class="comment-body">
                <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Kersti Wolnow</b> <span class="says">sagt:</span></div>
                  <div class="comment-metadata"><time datetime="2019-10-19T14:37:24+02:00">19. Oktober 2019 um 14:37 Uhr</time></div></footer>
                <div class="comment-content"><p>Wir leben eben in einer Welt, in der alles auf den Kopf gestellt wird.</p></div></article></li></ol>
            </section>
            """);
        var comment = Assert.Single(article.Comments);
        Assert.Equal(("Kersti Wolnow", "Wir leben eben in einer Welt, in der alles auf den Kopf gestellt wird."), (comment.Author, comment.Text));
        Assert.DoesNotContain("Kopf gestellt", Body(article));
    }

    private const string CommentLd = """
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Haushalt beschlossen",
          "comment":[{"@type":"Comment","text":"<p>Endlich wird der Hafen saniert.</p><p>Das wurde Zeit.</p>","author":{"@type":"Person","name":"Maria"},"dateCreated":"2024-03-05T10:15:00+01:00",
            "comment":{"@type":"Comment","text":"Und die Fähre?","author":"Tom"}},
           {"@type":"Comment","text":"Was ist mit den Schulen im Osten?","author":{"name":"Ann"}}]}</script>
        """;

    [Fact]
    public void Json_ld_comments_are_read_when_the_page_shows_none()
    {
        var article = Page("", CommentLd);
        Assert.Equal(3, article.Comments.Count);
        Assert.Equal(("Maria", "Endlich wird der Hafen saniert.\n\nDas wurde Zeit.", "2024-03-05T10:15:00+01:00", 0),
            (article.Comments[0].Author, article.Comments[0].Text, article.Comments[0].Published, article.Comments[0].Depth));
        Assert.Equal(("Tom", "Und die Fähre?", 1), (article.Comments[1].Author, article.Comments[1].Text, article.Comments[1].Depth));
        Assert.Equal(("Ann", 0), (article.Comments[2].Author, article.Comments[2].Depth));
        Assert.DoesNotContain("Fähre", Body(article));
    }

    [Fact]
    public void Json_ld_comments_the_page_shows_are_not_given_twice()
    {
        var shown = Page("<div class=\"leser\"><p>Endlich wird der Hafen saniert.</p><p>Das wurde Zeit.</p><p>Und die Fähre?</p><p>Was ist mit den Schulen im Osten?</p></div>", CommentLd);
        Assert.Empty(shown.Comments);
        var markup = Page("""
            <div id="comments" class="comments-area"><ol class="comment-list">
              <li id="comment-1" class="comment"><div class="comment-author"><b class="fn">Maria</b></div><time datetime="2024-03-05T10:15:00+01:00">5. März</time><div class="comment-content"><p>Endlich wird der Hafen saniert.</p></div></li>
              <li id="comment-2" class="comment"><div class="comment-author"><b class="fn">Ann</b></div><time datetime="2024-03-06T10:15:00+01:00">6. März</time><div class="comment-content"><p>Was ist mit den Schulen im Osten?</p></div></li>
            </ol></div>
            """, CommentLd);
        Assert.Equal(["Endlich wird der Hafen saniert.", "Was ist mit den Schulen im Osten?"], markup.Comments.Select(c => c.Text));
    }
}
