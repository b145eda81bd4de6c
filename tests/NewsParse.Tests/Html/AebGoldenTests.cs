using NewsParse.Cli.Commands;
using NewsParse.Cli.Evaluation;
using NewsParse.Model;
using Xunit;

namespace NewsParse.Tests.Html;

/// <summary>
/// Real pages of the article-extraction benchmark (Corpus/aeb, MIT licence): the body scores at least a floor of
/// shingle F1 against the labelled article body, and a few structural facts hold.
/// </summary>
public class AebGoldenTests
{
    private static Article Parse(string name) =>
        NewsParser.Parse(File.ReadAllBytes(Corpus.PathOf("aeb", name + ".html")));

    [Theory]
    [InlineData("healthline-binge-eating", 0.97)]
    [InlineData("vox-delhi-air", 0.97)]
    [InlineData("nytimes-trade-war", 0.97)]
    [InlineData("cbssports-euro-2020", 0.97)]
    [InlineData("gto-normativy-skyrim", 0.97)]
    [InlineData("entermedia-korean", 0.97)]
    public void Body_matches_the_labelled_article(string name, double floor)
    {
        var expected = Corpus.Read("aeb", name + ".expected.txt");
        var score = ShingleScorer.Score(expected, EvalCommand.BodyText(Parse(name)));
        Assert.True(score.F1 >= floor, $"{name}: F1 {score.F1:0.000} (P {score.Precision:0.000}, R {score.Recall:0.000}) below {floor}");
    }

    [Fact]
    public void Healthline_keeps_its_numbered_tips_as_sections()
    {
        var article = Parse("healthline-binge-eating");
        // the h1 a reader sees, which twitter:title confirms (og:title is a shorter variant)
        Assert.Equal("15 Helpful Tips to Overcome Binge Eating", article.Headline);
        var headings = article.AllSections().Select(s => s.Heading).ToList();
        Assert.Contains("1. Ditch the diet", headings);
        Assert.Contains("5. Try yoga", headings);
        Assert.DoesNotContain(article.Headline, headings);
    }

    [Fact]
    public void Vox_has_its_headline_byline_date_and_subheadings()
    {
        var article = Parse("vox-delhi-air");
        // the h1 a reader sees, which og:title confirms; the JSON-LD and <title> carry a search-engine variant
        Assert.Equal("The law that’s helping fuel Delhi’s deadly air pollution", article.Headline);
        Assert.Equal("Umair Irfan", article.Byline);
        Assert.Equal("2019-11-08T15:30:00-05:00", article.Published);
        Assert.Contains(article.AllSections(), s => s.Heading == "Why Delhi’s air pollution gets so bad this time of year");
    }

    [Fact]
    public void Russian_page_keeps_its_language_and_headline()
    {
        var article = Parse("gto-normativy-skyrim");
        Assert.Equal("ru-RU", article.Language);
        Assert.StartsWith("Скайрим", article.Headline);
    }
}
