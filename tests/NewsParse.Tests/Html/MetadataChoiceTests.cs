using System.Text;
using NewsParse.Model;
using NewsParse.Reading;
using Xunit;

namespace NewsParse.Tests.Html;

/// <summary>
/// Headline, byline, dates, site name and language of small pages made for one point each: what a reader sees and the
/// metadata confirms, never chrome, comments, forms or the publisher, and the reason of each choice.
/// </summary>
public class MetadataChoiceTests
{
    private const string Sentence = "The council approved the new budget on Tuesday, after a long debate about schools, roads and the harbour. ";

    private static string Paragraphs(int count)
    {
        var html = new StringBuilder();
        for (int i = 0; i < count; i++) html.Append("<p>").Append(Sentence).Append(Sentence).Append("</p>\n");
        return html.ToString();
    }

    private static string Page(string body, string head = "", string lang = " lang=\"en\"") =>
        $"<!DOCTYPE html><html{lang}><head>{head}</head><body>{body}</body></html>";

    private static Article Parse(string body, string head = "", string lang = " lang=\"en\"") => NewsParser.Parse(Page(body, head, lang));

    private static List<MetadataEvent> Events(string body, string head = "") =>
        new ArticleParser().ReadEvents(Page(body, head)).OfType<MetadataEvent>().ToList();

    // Headline

    [Fact]
    public void The_masthead_heading_linking_home_is_not_the_headline_the_confirmed_heading_above_the_text_is()
    {
        var body = "<header><h1><a href=\"https://fouryears.example/\">Four Years Remaining</a></h1></header>"
            + "<div class=\"post\"><h2>Interning of Small Integers in Python</h2><div class=\"entry\">" + Paragraphs(4) + "</div></div>";
        var article = Parse(body, "<title>Four Years Remaining » Blog Archive » Interning of Small Integers in Python</title>");
        Assert.Equal("Interning of Small Integers in Python", article.Headline);
    }

    [Fact]
    public void A_kicker_written_into_the_heading_is_left_out_when_the_metadata_names_the_headline_alone()
    {
        var body = "<article><h1><span class=\"kicker\">Interne Unterlagen im Netz</span> <span>Daten von Rheinmetall gehackt</span></h1>" + Paragraphs(4) + "</article>";
        var article = Parse(body, "<meta property=\"og:title\" content=\"Daten von Rheinmetall gehackt - Interne Unterlagen im Netz\">", " lang=\"de\"");
        Assert.Equal("Daten von Rheinmetall gehackt", article.Headline);
    }

    [Fact]
    public void A_kicker_glued_to_a_quoted_headline_is_left_out_at_the_quote()
    {
        // the kicker's element and the headline's text written with no space between: the quote bounds the headline
        var body = "<article><h1><span class=\"overline\">Die Zukunft der Arbeit</span>\"Wir dekorieren auf der Titanic die Liegestühle um\"</h1>" + Paragraphs(4) + "</article>";
        var article = Parse(body, "<meta property=\"og:title\" content=\"Die Zukunft der Arbeit - &quot;Wir dekorieren auf der Titanic die Liegestühle um&quot;\">", " lang=\"de\"");
        Assert.Equal("\"Wir dekorieren auf der Titanic die Liegestühle um\"", article.Headline);
    }

    [Fact]
    public void A_comments_time_element_is_not_the_articles_date()
    {
        var body = "<article><h1>Council approves the budget</h1>" + Paragraphs(4) + "</article>"
            + "<section id=\"comments\" class=\"comments\"><ol class=\"comment-list\"><li class=\"comment\"><p class=\"comment-author\">Jane</p>"
            + "<time datetime=\"2020-05-01T10:00:00Z\">1 May 2020</time><p>I agree with the council, the harbour needed this money for years.</p></li></ol></section>";
        Assert.Null(Parse(body).Published);
        Assert.Equal("2020-05-01T10:00:00+00:00", Parse(body.Replace("<section id=\"comments\" class=\"comments\">", "<section>", StringComparison.Ordinal)
            .Replace("<ol class=\"comment-list\"><li class=\"comment\">", "<ol><li>", StringComparison.Ordinal)).Published);
    }

    [Fact]
    public void A_date_written_into_the_title_element_is_left_out()
    {
        var body = "<article><div class=\"entry-title\">Radical Pop-Ups und Dips 28. Januar 2022</div>" + Paragraphs(4) + "</article>";
        var article = Parse(body, "<title>Radical Pop-Ups und Dips | Fisch und Fang</title>", " lang=\"de\"");
        Assert.Equal("Radical Pop-Ups und Dips", article.Headline);
    }

    [Fact]
    public void The_shown_h1_is_the_headline_even_where_the_title_differs()
    {
        var body = "<article><h1>Finanzierung Ihres Autos</h1>" + Paragraphs(4) + "</article>";
        var article = Parse(body, "<title>Autofinanzierung – Autokredit oder doch besser Leasing?</title>", " lang=\"de\"");
        Assert.Equal("Finanzierung Ihres Autos", article.Headline);
    }

    [Fact]
    public void A_widget_heading_in_an_aside_is_never_the_headline()
    {
        var body = "<aside><h2>Story tools</h2><ul><li><a href=\"/a\">Print</a></li></ul></aside><article>" + Paragraphs(4) + "</article>";
        var article = Parse(body, "<title>Economy dominates premiers' meeting with PM | CTV News</title><meta property=\"og:site_name\" content=\"CTV News\">");
        Assert.Equal("Economy dominates premiers' meeting with PM", article.Headline);
    }

    [Theory]
    [InlineData("<title>Economy dominates premiers' meeting with PM | CTV.ca</title><link rel=\"canonical\" href=\"https://www.ctv.ca/news/1\">", "Economy dominates premiers' meeting with PM")]
    [InlineData("<title>CTV.ca | Economy dominates premiers' meeting with PM</title><link rel=\"canonical\" href=\"https://www.ctv.ca/news/1\">", "Economy dominates premiers' meeting with PM")]
    [InlineData("<title>Typhoon hits the coast_English_Xinhua</title><meta property=\"og:site_name\" content=\"Xinhua\">", "Typhoon hits the coast")]
    [InlineData("<title>Typhoon hits the coast_English_Xinhua</title>", "Typhoon hits the coast")]
    [InlineData("<title>Typhoon hits_World News_English_Xinhua</title>", "Typhoon hits_World News")]
    [InlineData("<title>武汉的声音：有英勇的你，才有英雄的城！-新华网</title>", "武汉的声音：有英勇的你，才有英雄的城！")]
    [InlineData("<title>der Schreibstil - chadim.net</title>", "der Schreibstil")]
    public void Without_a_heading_the_title_loses_the_site_name(string head, string headline)
    {
        Assert.Equal(headline, Parse("<article>" + Paragraphs(4) + "</article>", head).Headline);
    }

    [Fact]
    public void A_heading_naming_the_site_is_never_the_headline()
    {
        var body = "<div><h1>brisbanetimes.com.au</h1></div><article>" + Paragraphs(4) + "</article>";
        var article = Parse(body, "<title>Floods close the highway - brisbanetimes.com.au</title>");
        Assert.Equal("Floods close the highway", article.Headline);
    }

    [Fact]
    public void The_headline_is_not_repeated_as_the_first_section_heading()
    {
        var body = "<article><h2>Interning of Small Integers in Python</h2>" + Paragraphs(2) + "<h2>Why it matters</h2>" + Paragraphs(2) + "</article>";
        var article = Parse(body, "<title>Interning of Small Integers in Python - Four Years Remaining</title>");
        Assert.Equal("Interning of Small Integers in Python", article.Headline);
        Assert.DoesNotContain(article.AllSections(), s => s.Heading == article.Headline);
        Assert.Contains(article.AllSections(), s => s.Heading == "Why it matters");
    }

    // Byline

    [Fact]
    public void Several_authors_are_a_list_and_the_byline_their_line()
    {
        var body = "<article><h1>Council approves budget</h1><p class=\"byline\">By Jane Doe and John Roe | May 9, 2025</p>" + Paragraphs(4) + "</article>";
        var article = Parse(body);
        Assert.Equal("Jane Doe and John Roe", article.Byline);
        Assert.Equal(["Jane Doe", "John Roe"], article.Authors);
        Assert.Equal("2025-05-09", article.Published);
    }

    [Theory]
    [InlineData("Von Anna Schmidt", "Anna Schmidt")]
    [InlineData("Par Jean Dupont", "Jean Dupont")]
    [InlineData("Por Lucía Fernández", "Lucía Fernández")]
    [InlineData("Posted by Konstantin", "Konstantin")]
    [InlineData("Auteurs : Pierre Puchot", "Pierre Puchot")]
    [InlineData("Text: Kirsten Freund", "Kirsten Freund")]
    [InlineData("Rob Ewaschuk Edited by Betsy Beyer", "Rob Ewaschuk")]
    [InlineData("By Brenda Goodman, MA", "Brenda Goodman, MA")]
    public void Labels_and_other_roles_are_taken_out_of_the_byline(string shown, string byline)
    {
        var body = $"<article><h1>Council approves budget</h1><div class=\"author\">{shown}</div>" + Paragraphs(4) + "</article>";
        Assert.Equal(byline, Parse(body).Byline);
    }

    [Theory]
    [InlineData("<div class=\"comments\"><div class=\"comment-author\">Aylin sagt:</div><p>Toller Artikel, danke!</p></div>")]
    [InlineData("<form class=\"comment-form\"><p class=\"comment-form-author\"><label for=\"author\">Name (erforderlich)</label><input id=\"author\"></p></form>")]
    [InlineData("<footer><p class=\"author\">Town Herald</p></footer>")]
    public void Comments_forms_and_footers_give_no_byline(string chrome)
    {
        var body = "<article><h1>Council approves budget</h1>" + Paragraphs(4) + "</article>" + chrome;
        var article = Parse(body, "<meta property=\"og:site_name\" content=\"Town Herald\">");
        Assert.Null(article.Byline);
        Assert.Empty(article.Authors);
    }

    [Fact]
    public void The_publisher_is_no_author()
    {
        var body = "<article><h1>Council approves budget</h1><div class=\"byline\">SPIEGEL ONLINE</div>" + Paragraphs(4) + "</article>";
        Assert.Null(Parse(body, "<meta property=\"og:site_name\" content=\"SPIEGEL ONLINE\">").Byline);
    }

    [Fact]
    public void A_meta_author_the_page_does_not_show_is_no_byline_one_it_shows_is()
    {
        var meta = "<meta name=\"author\" content=\"Alexander Wittke\">";
        Assert.Null(Parse("<article><h1>Council approves budget</h1>" + Paragraphs(4) + "</article>", meta).Byline);
        var shown = "<article><h1>Council approves budget</h1>" + Paragraphs(4) + "<div class=\"author-info\">Alexander Wittke writes about the town.</div></article>";
        Assert.Equal("Alexander Wittke", Parse(shown, meta).Byline);
    }

    [Fact]
    public void Json_ld_authors_stated_as_people_are_kept_an_organization_alone_is_not()
    {
        var body = "<article><h1>Council approves budget</h1>" + Paragraphs(4) + "</article>";
        var person = """<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council approves budget","author":{"@type":"Person","name":"Rahim Chowdhury"}}</script>""";
        Assert.Equal("Rahim Chowdhury", Parse(body, person).Byline);
        var organization = """<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council approves budget","author":{"@type":"Organization","name":"Town Herald"}}</script>""";
        Assert.Null(Parse(body, organization).Byline);
    }

    [Fact]
    public void A_json_ld_author_given_by_reference_is_named_by_the_graph_and_kept_when_the_page_shows_it()
    {
        const string graph = """<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"Council approves budget","author":{"@id":"https://town.example/#/schema/person/1"}},{"@type":"Person","@id":"https://town.example/#/schema/person/1","name":"Harald Bauer"}]}</script>""";
        var unshown = "<article><h1>Council approves budget</h1>" + Paragraphs(4) + "</article>";
        // the account that posted, named only by reference, is no byline until the page shows it
        Assert.Null(Parse(unshown, graph).Byline);
        var box = "<article><h1>Council approves budget</h1>" + Paragraphs(4) + "</article><aside class=\"author_info\"><a href=\"/author/hb/\" rel=\"author\">Harald Bauer</a> Autor</aside>";
        var article = Parse(box, graph);
        Assert.Equal("Harald Bauer", article.Byline);
        Assert.Equal(["Harald Bauer"], article.Authors);
    }

    [Fact]
    public void A_byline_element_that_does_not_read_as_names_is_read_by_what_is_inside_it()
    {
        var body = "<article><h1>Council approves budget</h1><div class=\"wrap-byline\"><span class=\"byline\">By <a href=\"/writers/emily-burack/\">Emily Burack</a></span> <span class=\"date\">8 January 2020, 3:51 pm</span> <span>Today in Politics, and more to read on the site this morning</span></div>" + Paragraphs(4) + "</article>";
        Assert.Equal("Emily Burack", Parse(body).Byline);
    }

    [Fact]
    public void A_link_to_an_authors_page_names_the_author()
    {
        var body = "<article><h1>Council approves budget</h1><div class=\"meta\"><a href=\"/autor/frank_g\">Gunter Frank</a> / 22.04.2020</div>" + Paragraphs(4) + "</article>";
        var article = Parse(body);
        Assert.Equal("Gunter Frank", article.Byline);
        Assert.Equal("2020-04-22", article.Published);
    }

    // Dates

    [Fact]
    public void The_last_change_is_kept_apart_from_the_publication()
    {
        var ld = """<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council approves budget","datePublished":"2025-05-09T11:42:00+06:00","dateModified":"2025-05-10T08:00:00+06:00"}</script>""";
        var article = Parse("<article><h1>Council approves budget</h1>" + Paragraphs(4) + "</article>", ld);
        Assert.Equal("2025-05-09T11:42:00+06:00", article.Published);
        Assert.Equal("2025-05-10T08:00:00+06:00", article.Modified);
    }

    [Fact]
    public void A_date_line_under_the_headline_is_the_publication_date_not_the_first_paragraph()
    {
        var body = "<div class=\"post\"><h2>Nummer zwei: Leo</h2><p>3. August 2015 · Filed under <a href=\"/c\">ziemlich privat</a></p>" + Paragraphs(4) + "</div>";
        var article = Parse(body, "", " lang=\"de\"");
        Assert.Equal("2015-08-03", article.Published);
    }

    [Fact]
    public void A_theme_marking_the_publication_time_as_updated_still_shows_the_publication_day()
    {
        var head = "<meta property=\"article:published_time\" content=\"2022-05-04T03:37:37+00:00\">";
        var body = "<article><header><h1>Minister presents the fashion show</h1><span class=\"td-post-date\"><time class=\"entry-date updated\" datetime=\"2022-05-03T23:37:37-04:00\">3 May, 2022, 11:37 pm</time></span></header>" + Paragraphs(4) + "</article>";
        // the time element names the same instant as the metadata: it is read, and its day is the one shown
        Assert.Equal("2022-05-03T23:37:37-04:00", Parse(body, head).Published);
    }

    // Site name and language

    [Fact]
    public void The_site_name_is_stated_never_guessed_from_the_host()
    {
        var body = "<article><h1>Council approves budget</h1>" + Paragraphs(4) + "</article>";
        Assert.Null(Parse(body, "<link rel=\"canonical\" href=\"https://www.townherald.example/news/1\">").SiteName);
        Assert.Equal("Town Herald", Parse(body, "<meta name=\"application-name\" content=\"Town Herald\">").SiteName);
    }

    [Fact]
    public void A_declared_language_is_taken_else_the_text_tells_it()
    {
        var german = "<article><h1>Der Stadtrat beschließt den Haushalt</h1>"
            + string.Concat(Enumerable.Repeat("<p>Der Stadtrat hat am Dienstag den neuen Haushalt beschlossen, nachdem er lange über die Schulen und die Straßen der Stadt beraten hatte. Die Kosten liegen bei rund zwölf Millionen Euro und werden von der Stadt und dem Land getragen.</p>", 4))
            + "</article>";
        Assert.Equal("de-AT", Parse(german, "", " lang=\"de_AT\"").Language);
        var events = new ArticleParser().ReadEvents(Page(german, "", "")).OfType<MetadataEvent>().ToList();
        var language = Assert.Single(events, e => e.Field == MetadataField.Language);
        Assert.Equal("de", language.Value);
        Assert.StartsWith("none declared", language.Reason);
    }

    [Fact]
    public void Every_metadata_field_says_where_it_came_from()
    {
        var head = "<title>Council approves budget | Town Herald</title><meta property=\"og:site_name\" content=\"Town Herald\"><meta property=\"article:published_time\" content=\"2025-05-09T11:42:00+06:00\">";
        var events = Events("<article><h1>Council approves budget</h1><p class=\"byline\">By Jane Doe</p>" + Paragraphs(4) + "</article>", head);
        Assert.Contains(events, e => e.Field == MetadataField.Headline && e.Reason!.Contains("confirmed by <title>", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Field == MetadataField.Byline && e.Reason!.Contains("byline", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Field == MetadataField.Author && e.Value == "Jane Doe");
        Assert.Contains(events, e => e.Field == MetadataField.Published && e.Reason!.Contains("article:published_time", StringComparison.Ordinal));
        Assert.All(events, e => Assert.False(string.IsNullOrEmpty(e.Reason)));
    }
}
