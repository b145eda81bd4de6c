using NewsParse.Html;
using Xunit;

namespace NewsParse.Tests.Metadata;

/// <summary>How titles are compared and cut into parts.</summary>
public class TitleTextTests
{
    [Fact]
    public void Keys_fold_case_quotes_dashes_and_white_space()
    {
        Assert.Equal(TitleText.Key("Laufen im Winter: Von \"bäh!\" - ja"), TitleText.Key("  LAUFEN im  Winter: Von „bäh!“ – ja "));
    }

    [Theory]
    [InlineData("Headline | Site", new[] { "Headline", "Site" })]
    [InlineData("Site » Blog Archive » Headline", new[] { "Site", "Blog Archive", "Headline" })]
    [InlineData("Covid-19: Lässt sich das kontrollieren?", new[] { "Covid-19", "Lässt sich das kontrollieren?" })]
    [InlineData("typhoon_English_Xinhua", new[] { "typhoon", "English", "Xinhua" })]
    [InlineData("snake_case in Python", new[] { "snake_case in Python" })]
    [InlineData("武汉的声音！-新华网", new[] { "武汉的声音！", "新华网" })]
    [InlineData("Welskop-Deffaa gewählt", new[] { "Welskop-Deffaa gewählt" })]
    public void Titles_are_cut_at_their_separators(string title, string[] parts)
    {
        Assert.Equal(parts, TitleText.Parts(title));
    }

    [Fact]
    public void A_title_part_is_an_affix_only_at_a_separator()
    {
        Assert.True(TitleText.IsAffix(TitleText.Key("Ultium Cells erhöht Kapazität"), TitleText.Key("Ultium Cells erhöht Kapazität - Battery-News.de")));
        Assert.False(TitleText.IsAffix(TitleText.Key("Ultium Cells"), TitleText.Key("Ultium Cellsets")));
    }

    [Fact]
    public void Overlap_is_the_share_of_words_two_titles_have_in_common()
    {
        Assert.Equal(1.0, TitleText.Overlap("a b c", "C, B, A"));
        Assert.Equal(0.0, TitleText.Overlap("a b", "c d"));
        Assert.InRange(TitleText.Overlap("Coronavirus: New York ramps up mass burials amid outbreak", "New York ramps up mass burials amid virus outbreak"), 0.8, 0.9);
    }
}
