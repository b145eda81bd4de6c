using NewsParse.Detection;
using Xunit;

using static NewsParse.Tests.Metadata.MetadataPages;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// How the pieces of a byline are joined: a space the markup leaves before a comma goes ("Matthew Digby , Minh Do"),
/// co-authors written in parentheses after the first author are authors too ("(avec Damien Leloup et Morgane Tual)"),
/// and a title element written with no space after the name's ("Michael HiltzikBusiness Columnist") leaves the name
/// the page tells machines.
/// </summary>
public class BylineJoinTests
{
    [Fact]
    public void A_space_before_a_comma_goes()
    {
        var page = "<article><h1>Fact-check: the numbers behind the claim</h1><p class=\"meta\">By <a href=\"/staff/md\">Matthew Digby</a> , <a href=\"/staff/mdo\">Minh Do</a></p>"
            + Paragraphs(4) + "</article>";
        var article = Parse(page);
        Assert.Equal("Matthew Digby, Minh Do", article.Byline);
        Assert.Equal(["Matthew Digby", "Minh Do"], article.Authors);
    }

    [Theory]
    [InlineData("Martin Untersinger (avec Damien Leloup et Morgane Tual)", new[] { "Martin Untersinger", "Damien Leloup", "Morgane Tual" })]
    [InlineData("By Jane Doe (with John Roe)", new[] { "Jane Doe", "John Roe" })]
    [InlineData("Von Anna Schmidt (mit Peter Uhr)", new[] { "Anna Schmidt", "Peter Uhr" })]
    [InlineData("Jan Kowalski (wspólnie z Anną Nowak)", new[] { "Jan Kowalski", "Anną Nowak" })]
    public void Co_authors_in_parentheses_are_authors(string line, string[] names)
    {
        Assert.Equal(names, AuthorNames.Read(line, marked: true)!.Names);
    }

    [Fact]
    public void Co_authors_in_parentheses_beside_the_marked_author_are_authors()
    {
        var page = "<article><h1>Les députés adoptent le projet de loi sur le renseignement</h1><p class=\"bylib\">Par <span itemprop=\"author\" class=\"auteur\"><a class=\"auteur\" href=\"/journaliste/martin-untersinger/\">Martin Untersinger</a> (avec Damien Leloup et Morgane Tual)</span></p>"
            + Paragraphs(4) + "</article>";
        var article = Parse(page, lang: "fr");
        Assert.Equal(["Martin Untersinger", "Damien Leloup", "Morgane Tual"], article.Authors);
        Assert.Equal("Martin Untersinger (avec Damien Leloup et Morgane Tual)", article.Byline);
    }

    [Fact]
    public void Who_an_interview_is_with_stays_out_even_in_parentheses()
    {
        Assert.Equal(["Eugen Zentner"], AuthorNames.Read("Ein Interview von Eugen Zentner (mit Sonja Silberhorn)", marked: false)!.Names);
    }

    [Fact]
    public void A_title_written_against_the_name_leaves_the_told_name()
    {
        var page = "<article><h1>The merger sends a dismal signal about local news</h1><div class=\"article-byline\"><div class=\"article-authors\"><div class=\"article-authorName\">"
            + "<span class=\"article-authorBy\">By </span><a href=\"/people/jane-doe\"><span>Jane Doe</span></a><span class=\"article-authorTitle\">Business Columnist </span></div></div></div>"
            + Paragraphs(4) + "</article>";
        var head = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"The merger sends a dismal signal about local news\",\"author\":{\"@type\":\"Person\",\"name\":\"Jane Doe\"}}</script>";
        Assert.Equal("Jane Doe", Parse(page, head).Byline);
    }
}
