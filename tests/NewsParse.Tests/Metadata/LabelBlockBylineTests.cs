using Xunit;

using static NewsParse.Tests.Metadata.MetadataPages;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// A byline label written alone in a block of its own ("<h3>Published By</h3>") names who the first short text after
/// it in the same parent names (a card's name, not its tagline); a label with nothing but a date after it names nobody.
/// </summary>
public class LabelBlockBylineTests
{
    [Fact]
    public void A_label_alone_in_its_block_names_the_card_after_it()
    {
        var body = "<article><h1>Kein Netz auf dem Land</h1>" + Paragraphs(4)
            + "<div class=\"ugc-post-bar\"><h3 class=\"ugc-post-bar__published_by\">Published By</h3><span class=\"container\"><div class=\"mini-card\">"
            + "<img src=\"/p.jpg\" alt=\"\"><section><h3><a href=\"/in/ingahoeltmann\">Inga Hoeltmann</a></h3>"
            + "<h4>Transformationsbegleiterin und Expertin für Neue Arbeit und Neues Lernen. Schwerpunkte: Home-Office &amp; Meetings</h4></section></div></span></div></article>";
        Assert.Equal("Inga Hoeltmann", Parse(body).Byline);
    }

    [Fact]
    public void A_label_alone_before_a_date_names_nobody()
    {
        var body = "<article><h1>Kein Netz auf dem Land</h1>" + Paragraphs(4)
            + "<div class=\"bar\"><h3>Published By</h3><p>12 March 2020</p></div></article>";
        Assert.Null(Parse(body).Byline);
    }
}
