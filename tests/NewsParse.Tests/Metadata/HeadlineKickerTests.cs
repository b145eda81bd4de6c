using Xunit;

using static NewsParse.Tests.Metadata.MetadataPages;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// A kicker the markup names inside the headline's heading ("content__kicker", "overline", "topline") is no part of
/// the headline, even where og:title keeps it; its counterpart: the same words not named a kicker stay in the headline.
/// </summary>
public class HeadlineKickerTests
{
    private const string Head = "<meta property=\"og:title\" content=\"Covid-19: Lässt sich die Ausbreitung in Deutschland kontrollieren?\">";

    [Fact]
    public void A_kicker_named_by_its_class_is_left_out_of_the_headline()
    {
        var body = "<article><header><h2><span class=\"content__kicker\">Covid-19</span><span class=\"sr-only\">: </span> "
            + "<span class=\"content__title\">Lässt sich die Ausbreitung in Deutschland kontrollieren?</span></h2></header>" + Paragraphs(4) + "</article>";
        Assert.Equal("Lässt sich die Ausbreitung in Deutschland kontrollieren?", Parse(body, Head, "de").Headline);
    }

    [Fact]
    public void The_same_words_not_named_a_kicker_stay_in_the_headline()
    {
        var body = "<article><header><h2>Covid-19: Lässt sich die Ausbreitung in Deutschland kontrollieren?</h2></header>" + Paragraphs(4) + "</article>";
        Assert.Equal("Covid-19: Lässt sich die Ausbreitung in Deutschland kontrollieren?", Parse(body, Head, "de").Headline);
    }
}
