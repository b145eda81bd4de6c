using Xunit;

using static NewsParse.Tests.Metadata.MetadataPages;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// A date line under a short standfirst ("Hofheim am Taunus | Wiesbaden, 11. November 2021" after a one-sentence
/// intro) is read like one above it, up to the paragraph that brings the article's text to 300 characters; a date line
/// further into the text is not.
/// </summary>
public class DatelineAfterStandfirstTests
{
    private static readonly string Headline = "<h1>Acht Produkte mit einem Preis für nachhaltige Finanzen prämiert</h1>";

    [Fact]
    public void A_date_line_after_a_short_standfirst_is_read()
    {
        var body = "<div class=\"content\">" + Headline + "<div class=\"richtext\"><p class=\"intro\">Drei Magazine haben zum zweiten Mal den Preis vergeben.</p>"
            + "<p>Hofheim am Taunus | Wiesbaden, 11. November&nbsp;2021&nbsp;&nbsp;</p>" + Paragraphs(4) + "</div></div>";
        Assert.Equal("2021-11-11", Parse(body, lang: "de").Published);
    }

    [Fact]
    public void A_date_line_after_300_characters_of_text_is_not_read()
    {
        var body = "<div class=\"content\">" + Headline + "<div class=\"richtext\">" + Paragraphs(2)
            + "<p>Hofheim am Taunus | Wiesbaden, 11. November&nbsp;2021&nbsp;&nbsp;</p>" + Paragraphs(4) + "</div></div>";
        Assert.Null(Parse(body, lang: "de").Published);
    }
}
