using Xunit;

using static NewsParse.Tests.Metadata.MetadataPages;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// The site's name is given without the tagline its og:site_name writes after it ("Aktuálně.cz - Víte, co se právě
/// děje"); a short second part ("BBC News - Home") or a long first one stays as written.
/// </summary>
public class SiteNameTaglineTests
{
    [Theory]
    [InlineData("Aktuálně.cz - Víte, co se právě děje", "Aktuálně.cz")]
    [InlineData("Boxen – Alle News, Tickets, Termine und Ergebnisse aus dem Boxsport", "Boxen")]
    [InlineData("GAY.CH · Alles bleibt anders!", "GAY.CH")]
    [InlineData("Example News - Home", "Example News - Home")]
    [InlineData("The Daily Example Gazette - Local news", "The Daily Example Gazette - Local news")]
    [InlineData("Example News", "Example News")]
    public void The_site_name_loses_its_tagline(string stated, string siteName)
    {
        var article = Parse("<article><h1>Typhoon forces thousands from their homes</h1>" + Paragraphs(4) + "</article>",
            $"<title>Typhoon forces thousands from their homes</title><meta property=\"og:site_name\" content=\"{stated}\">");
        Assert.Equal(siteName, article.SiteName);
    }
}
