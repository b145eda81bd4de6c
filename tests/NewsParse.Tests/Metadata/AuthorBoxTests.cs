using Xunit;

using static NewsParse.Tests.Metadata.MetadataPages;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// An author box beside the article names its author when the page shows no byline: by the element in it marked as
/// the author (a rel=author link, a link to the author's page), shortened to the box's heading that it contains. Each
/// has its counterpart that must stay empty: a sidebar's "about me" box, boxes naming different people, a date label
/// in an element marked as the author.
/// </summary>
public class AuthorBoxTests
{
    private static string Box(string inner, string cls = "author-bio") => $"<div class=\"{cls}\">{inner}</div>";

    [Fact]
    public void An_author_box_after_the_article_names_its_author()
    {
        var body = "<div class=\"post\"><h1>Painting with stencils</h1><div class=\"entry\">" + Paragraphs(4) + "</div></div>"
            + Box("<p class=\"bio-name\"><a href=\"/author/floyd/\" rel=\"author\">Floyd</a></p><p class=\"bio-desc\">Writes about life with children, paint and patience.</p>");
        var article = Parse(body);
        Assert.Equal("Floyd", article.Byline);
        Assert.Equal(["Floyd"], article.Authors);
    }

    [Fact]
    public void A_link_to_all_posts_of_the_author_is_shortened_to_the_boxs_heading()
    {
        var body = "<article><h1>Firmenwagen leasen oder kaufen?</h1><div class=\"content\">" + Paragraphs(4)
            + Box("<h3>Martin Junker</h3><p><a href=\"/author/martin-junker/\">Alles von Martin Junker</a> Kontakt</p>", "author-bio footer") + "</div></article>";
        Assert.Equal("Martin Junker", Parse(body, lang: "de").Byline);
    }

    [Fact]
    public void An_about_me_box_in_a_sidebar_names_no_author()
    {
        var body = "<div class=\"post\"><h1>Painting with stencils</h1><div class=\"entry\">" + Paragraphs(4) + "</div></div>"
            + "<aside class=\"sidebar\">" + Box("<p class=\"bio-name\"><a href=\"/author/floyd/\" rel=\"author\">Floyd</a></p>") + "</aside>";
        Assert.Null(Parse(body).Byline);
    }

    [Fact]
    public void Author_boxes_naming_different_people_name_no_author()
    {
        var body = "<div class=\"post\"><h1>Painting with stencils</h1><div class=\"entry\">" + Paragraphs(4) + "</div></div>"
            + Box("<a href=\"/author/floyd/\" rel=\"author\">Floyd</a>") + Box("<a href=\"/author/yvonne/\" rel=\"author\">Yvonne Maier</a>");
        Assert.Null(Parse(body).Byline);
    }

    [Fact]
    public void A_date_label_in_an_element_marked_as_the_author_is_no_name()
    {
        var body = "<article><h1>Präsidentin besucht Beratungsstelle</h1>" + Paragraphs(4)
            + "<div class=\"author\">Zuletzt geändert am</div><div class=\"author\">12.03.2020</div></article>";
        Assert.Null(Parse(body, lang: "de").Byline);
    }
}
