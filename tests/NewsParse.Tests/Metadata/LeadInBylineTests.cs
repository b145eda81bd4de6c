using Xunit;

using static NewsParse.Tests.Metadata.MetadataPages;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// A byline written right above the headline's header, with only buttons and links between (share links, "read
/// aloud"), is the article's. Its counterparts: a byline in a block above that holds a heading of its own (another
/// post's teaser), or one with more than a line of text between it and the headline (a ticker), is not.
/// </summary>
public class LeadInBylineTests
{
    private const string Buttons = "<div class=\"share\"><a href=\"https://facebook.example/share\">Teilen</a> <a href=\"https://twitter.example/share\">Tweet</a></div>"
        + "<div class=\"listen\"><a href=\"https://reader.example/play\"><span>Vorlesen</span></a></div>";

    [Fact]
    public void A_byline_right_above_the_headline_is_the_articles()
    {
        var body = "<div class=\"post\"><div class=\"meta\"><a href=\"/autor/frank_g\">Gunter Frank</a> / 22.04.2020 / 06:15</div>" + Buttons
            + "<div class=\"text\"><div><h2>Bericht zur Lage vom 22.04.2020</h2>" + Paragraphs(4) + "</div></div></div>";
        Assert.Equal("Gunter Frank", Parse(body, lang: "de").Byline);
    }

    [Fact]
    public void A_byline_in_a_teaser_above_with_its_own_heading_is_not()
    {
        var body = "<div class=\"teaser\"><h3>Ein anderer Beitrag</h3><div class=\"meta\"><a href=\"/autor/frank_g\">Gunter Frank</a></div></div>" + Buttons
            + "<div class=\"post\"><div class=\"text\"><div><h2>Bericht zur Lage vom 22.04.2020</h2>" + Paragraphs(4) + "</div></div></div>";
        Assert.Null(Parse(body, lang: "de").Byline);
    }

    [Fact]
    public void A_byline_with_text_between_it_and_the_headline_is_not()
    {
        var body = "<div class=\"post\"><div class=\"meta\"><a href=\"/autor/frank_g\">Gunter Frank</a></div>"
            + "<ul class=\"ticker\"><li>Bundesliga: Bayern gewinnt in Köln</li><li>Wetter: Sturm an der Küste erwartet</li><li>Börse: Dax schließt leicht im Plus</li></ul>"
            + "<div class=\"text\"><div><h2>Bericht zur Lage vom 22.04.2020</h2>" + Paragraphs(4) + "</div></div></div>";
        Assert.Null(Parse(body, lang: "de").Byline);
    }
}
