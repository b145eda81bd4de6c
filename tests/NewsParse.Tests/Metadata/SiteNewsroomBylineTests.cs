using Xunit;

using static NewsParse.Tests.Metadata.MetadataPages;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// A byline that names the site's newsroom ("Motor Heute Redaktion", "Redacción Diario Norte") names the desk that wrote
/// the article, and is kept as written. Its counterpart: a byline that names only the site, or the site's team ("Zespół
/// wPolityce.pl"), is the publisher's, no author.
/// </summary>
public class SiteNewsroomBylineTests
{
    private static string Page(string byline) =>
        "<article><h1>Der neue Kombi im Test</h1><div class=\"author\">" + byline + "</div>" + Paragraphs(4) + "</article>";

    [Theory]
    [InlineData("Motor Heute Redaktion", "Motor Heute")]
    [InlineData("Redacción Diario Norte", "Diario Norte")]
    [InlineData("Die Redaktion von Motor Heute", "Motor Heute")]
    public void The_sites_newsroom_is_the_byline(string byline, string site)
    {
        var head = $"<meta property=\"og:site_name\" content=\"{site}\"><link rel=\"canonical\" href=\"https://www.motor-heute.de/test/kombi\">";
        Assert.Equal(byline, Parse(Page(byline), head, lang: "de").Byline);
    }

    [Theory]
    [InlineData("Motor Heute")]
    [InlineData("Zespół Motor Heute")]
    public void The_site_alone_or_its_team_is_no_byline(string byline)
    {
        Assert.Null(Parse(Page(byline), "<meta property=\"og:site_name\" content=\"Motor Heute\">", lang: "de").Byline);
    }
}
