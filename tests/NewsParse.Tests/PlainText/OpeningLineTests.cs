using NewsParse.Model;
using Xunit;

namespace NewsParse.Tests.PlainText;

/// <summary>
/// The title-like line that opens a text dump is its headline, unless it shares few words with the article and no
/// byline stands under it: then it is another article's headline (a related link), and the headline may come next.
/// </summary>
public sealed class OpeningLineTests
{
    private static readonly string Seed = Corpus.Read("seed", "xi-putin-moscow.txt");
    private static readonly Article SeedArticle = NewsParser.Parse(Seed);
    private const string OwnTitle = "Xi Jinping Stands With Putin in Moscow as China and Russia Mark 80 Years Since WWII";
    private const string Byline = "By Rahim Chowdhury | May 9, 2025 11:42 AM GMT+6";

    [Theory]
    [InlineData("Monsoon Forecast: Heavy Rainfall Expected Across Coastal Districts This Weekend")]
    [InlineData("Apple Unveils Foldable iPhone With Titanium Hinge and Week-Long Battery")]
    [InlineData("Bundesliga: Leverkusen gewinnt das Spitzenspiel gegen Dortmund deutlich")]
    public void Another_articles_headline_on_top_is_a_related_link(string other)
    {
        var article = NewsParser.Parse(other + "\n" + Seed);
        Assert.Null(article.Headline);
        var first = article.Boilerplate[0];
        Assert.Equal((BoilerplateKind.RelatedLink, other), (first.Kind, first.Text));
        Assert.Contains("opens the input", first.Reason);
        Assert.Equal(SeedArticle.AllBlocks().Select(b => b.Text), article.AllBlocks().Select(b => b.Text));
        Assert.Equal(SeedArticle.Sections.Select(s => s.Heading), article.Sections.Select(s => s.Heading));
    }

    [Fact]
    public void Under_another_articles_headline_the_own_title_and_byline_are_read()
    {
        const string other = "Monsoon Forecast: Heavy Rainfall Expected Across Coastal Districts This Weekend";
        var article = NewsParser.Parse(other + "\n" + OwnTitle + "\n" + Byline + "\n" + Seed);
        Assert.Equal(OwnTitle, article.Headline);
        Assert.Equal("Rahim Chowdhury", article.Byline);
        Assert.Equal((BoilerplateKind.RelatedLink, other), (article.Boilerplate[0].Kind, article.Boilerplate[0].Text));
        Assert.Equal(SeedArticle.AllBlocks().Select(b => b.Text), article.AllBlocks().Select(b => b.Text));
    }

    [Fact]
    public void The_own_title_on_top_is_the_headline()
    {
        Assert.Equal(OwnTitle, NewsParser.Parse(OwnTitle + "\n" + Seed).Headline);
    }

    [Fact]
    public void A_title_over_a_byline_is_the_headline_whatever_its_words()
    {
        // A headline whose words the body does not use (a pun, a quote) is still the headline when its byline follows.
        const string title = "Monsoon Forecast: Heavy Rainfall Expected Across Coastal Districts This Weekend";
        var article = NewsParser.Parse(title + "\n" + Byline + "\n" + Seed);
        Assert.Equal(title, article.Headline);
        Assert.Equal("Rahim Chowdhury", article.Byline);
    }

    [Fact]
    public void A_short_title_on_top_is_not_judged_by_its_words()
    {
        // Fewer than four topic terms are too few to measure cohesion: the line stays the headline.
        Assert.Equal("Opening Bell", NewsParser.Parse("Opening Bell\n" + Seed).Headline);
    }
}
