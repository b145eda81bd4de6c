using NewsParse.Cli.Evaluation;
using Xunit;

namespace NewsParse.Tests.Evaluation;

/// <summary>
/// The evaluation's rules, one for one with the shared Python scripts (the expected values are what the scripts and
/// Python's unicodedata give for the same input).
/// </summary>
public class ScoringRulesTests
{
    [Theory]
    [InlineData("\u09DC", "\u09A1\u09BC")]              // a composition exclusion: NFKC decomposes it
    [InlineData("\uFB01", "fi")]                        // a ligature
    [InlineData("\uFF21", "A")]                         // a full-width letter
    [InlineData("\u2026", "...")]
    [InlineData("\u00BD", "1\u20442")]
    [InlineData("a\u00A0b", "a b")]
    [InlineData("e\u0301", "\u00E9")]                   // composed
    [InlineData("\u1100\u1161\u11A8", "\uAC01")]        // Hangul jamo composed into a syllable
    [InlineData("\u1E9B\u0323", "\u1E69")]              // decomposed, reordered, composed again
    [InlineData("Straße", "Straße")]
    public void Nfkc_is_python_unicodedata_nfkc(string text, string normal)
    {
        Assert.Equal(normal, UnicodeNfkc.Normalize(text));
    }

    [Fact]
    public void The_metadata_key_folds_as_score_traf_meta()
    {
        Assert.Equal("laufen im winter: von \"bäh!\" - 'ja'", ScoringText.MetaKey("  Laufen im\tWinter: Von „bäh!“ – ‘ja’ "));
        Assert.Equal("strasse", ScoringText.MetaKey("STRASSE"));
        Assert.Equal(ScoringText.MetaKey("Straße"), ScoringText.MetaKey("STRASSE"));
    }

    [Theory]
    [InlineData("By Jane Doe", "Jane Doe", true)]
    [InlineData("von Jane Doe", "Jane Doe", true)]
    [InlineData("Jane Doe, John Roe", "Jane Doe", true)]
    [InlineData("Jane Doe and a very long tail of words", "Jane Doe", false)]   // longer than 1.5 × the names + 10
    [InlineData("", "Jane Doe", false)]
    public void An_author_is_right_when_every_name_is_in_a_byline_not_much_longer(string byline, string name, bool right)
    {
        Assert.Equal(right, TrafilaturaRules.AuthorOk(byline, [name]));
    }

    [Fact]
    public void Snippets_are_found_in_the_collapsed_body_and_no_output_finds_nothing()
    {
        Assert.Equal(new SnippetCounts(1, 1, 1, 0), TrafilaturaRules.Count(["a  b", "missing"], ["c"], "x a\nb c"));
        Assert.Equal(new SnippetCounts(0, 0, 2, 1), TrafilaturaRules.Count(["a", "b"], ["c"], null));
    }

    [Theory]
    [InlineData("Harbour Bridge Reopens", "Harbour Bridge Reopens - The Harbour Times", true)]
    [InlineData("Harbour Bridge Reopens", "Harbour Bridge Reopens | The Harbour Times", true)]
    [InlineData("Harbour", "Harbour Bridge Reopens - The Harbour Times", false)]
    [InlineData("harbour bridge reopens", "Harbour  Bridge Reopens", true)]
    [InlineData(null, "", true)]
    [InlineData("Something", "", false)]
    public void Readability_titles_match_whole_or_before_a_site_suffix(string? got, string expected, bool right)
    {
        Assert.Equal(right, ReadabilityRules.TitleOk(got, expected));
    }

    [Fact]
    public void Readability_bylines_dates_and_languages_match_as_score_meta()
    {
        Assert.True(ReadabilityRules.BylineOk("Jane Doe", "By  Jane Doe"));
        Assert.False(ReadabilityRules.BylineOk("Jane Doe", "Jane Doe, MA"));
        Assert.True(ReadabilityRules.DayOk("2025-05-09T23:00:00-04:00", "2025-05-09T10:00:00Z"));
        Assert.True(ReadabilityRules.LanguageOk("en-US", "en-GB"));
        Assert.False(ReadabilityRules.LanguageOk(null, "en"));
    }
}
