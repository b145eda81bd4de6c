using Xunit;

using static NewsParse.Tests.Metadata.MetadataPages;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// An element marked as the author inside one post of a list of posts (reviews under a product, teasers), each with its
/// own author, names that post's author, not the article's. Its counterpart: co-authors listed one per item, each item
/// holding only the name, are the article's byline.
/// </summary>
public class ListOfPostsBylineTests
{
    private static string Review(string author, string text) =>
        "<div class=\"rev-item\"><div class=\"rev-head\"><span class=\"rev-author\">" + author + "</span></div><div class=\"rev-body\">" + text + "</div></div>";

    [Fact]
    public void A_reviews_author_is_not_the_articles()
    {
        var body = "<article><h1>Sidamo Bio Bohnen</h1><p>Rote Beeren, Zitrusnoten, süßlich und kräftig im Geschmack.</p>"
            + "<div class=\"reviews\">" + Review("D.E.", "Sehr lecker und frisch geröstet, gerne wieder.") + Review("Anna Berg", "Schnelle Lieferung, toller Kaffee am Morgen.")
            + Review("Max Kühn", "Kräftig, aber nicht bitter; mein neuer Lieblingskaffee.") + "</div>" + Paragraphs(4) + "</article>";
        Assert.Null(Parse(body, lang: "de").Byline);
    }

    [Fact]
    public void Co_authors_listed_one_per_item_are_the_byline()
    {
        var body = "<article><h1>Council approves the budget</h1><ul class=\"authors\"><li class=\"author-item\"><a href=\"/author/jane-doe\">Jane Doe</a></li>"
            + "<li class=\"author-item\"><a href=\"/author/john-roe\">John Roe</a></li></ul>" + Paragraphs(4) + "</article>";
        var byline = Parse(body).Byline;
        Assert.Contains("Jane Doe", byline);
        Assert.Contains("John Roe", byline);
    }
}
