using Xunit;

using static NewsParse.Tests.Metadata.MetadataPages;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// Where no heading on the page confirms a title, the title gives the headline without the site's trail: the short
/// parts after it one by one ("Headline - Sports - More Sports - The Star"), two short parts or more before it ("BBC
/// NEWS | World | Asia-Pacific | Headline"), and parts that are only a date after a site's name cut off; one short part
/// before it ("Site | Headline", unknown) and a headline's own parts stay.
/// </summary>
public class TitleTrailTests
{
    private const string Headline = "Typhoon forces thousands from their homes";

    [Theory]
    [InlineData(Headline + " - Sports - More Sports - The Star", Headline)]
    [InlineData("BBC NEWS | World | Asia-Pacific | " + Headline, Headline)]
    [InlineData("CNN.com - " + Headline + " - Sep 28, 2008", Headline)]
    [InlineData("CNN.com - " + Headline + " - 28.09.2008", Headline)]
    [InlineData("Obama wins - and what it means | Politics | Example Post", "Obama wins - and what it means")]
    [InlineData("Example Post | " + Headline, "Example Post | " + Headline)]
    [InlineData("CNN.com - " + Headline + " - Part 2", Headline + " - Part 2")]
    public void The_title_loses_the_site_s_trail(string title, string headline)
    {
        Assert.Equal(headline, Parse("<article>" + Paragraphs(4) + "</article>", $"<title>{title}</title>").Headline);
    }
}
