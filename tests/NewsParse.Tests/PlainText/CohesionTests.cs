using NewsParse.Detection.Cohesion;
using Xunit;

namespace NewsParse.Tests.PlainText;

/// <summary>
/// Cohesion in scripts written without spaces: character pairs that straddle two words are word boundaries, not
/// evidence against the topic (found by the structure property on a generated Japanese article, 1 case in about 20,000).
/// </summary>
public sealed class CohesionTests
{
    private const string Article =
        "村落村落博物館労働者天気労働者村落。橋梁港湾渡船隧道学校農家学校議会。\n" +
        "祭典大臣市長調査\n" +
        "鉄道予算学校\n" +
        "村落議会技術者鉄道隧道駅舎。隧道学校村落農家駅舎議会博物館学校河川。市長橋梁駅舎大臣調査隧道港湾鉄道労働者予算予算。鉄道橋梁村落村落議会議会。\n" +
        "博物館議会労働者議会学校祭典村落予算予算選挙。市長天気鉄道博物館河川港湾祭典村落駅舎天気。\n";

    [Fact]
    public void A_heading_made_of_the_articles_words_is_kept_though_its_word_junctions_are_new()
    {
        var article = NewsParser.ParseText(Article);
        var top = Assert.Single(article.Sections, s => s.Heading is not null);
        Assert.Equal(("祭典大臣市長調査", 2), (top.Heading, top.Level));
        var sub = Assert.Single(top.Sections);
        Assert.Equal(("鉄道予算学校", 3), (sub.Heading, sub.Level));
        Assert.Empty(article.Boilerplate);
    }

    [Fact]
    public void A_junction_pair_counts_only_between_two_pairs_the_context_uses()
    {
        var context = new TermCounts();
        context.Add(Terms.Of("祭典。祭典。祭典。大臣。大臣。大臣"));
        // 祭典 | 典大 (junction, both neighbours used) | 大臣: all three count fully.
        Assert.Equal(1.0, CohesionScorer.Score(Terms.Of("祭典大臣"), context, selfCounted: false).Score, 3);
        // 祭典 | 典港 | 港湾: the junction's right neighbour is unknown, so the junction and 港湾 count nothing.
        Assert.Equal(1.0 / 3, CohesionScorer.Score(Terms.Of("祭典港湾"), context, selfCounted: false).Score, 3);
        // Words of another article: nothing to forgive.
        Assert.Equal(0.0, CohesionScorer.Score(Terms.Of("港湾渡船"), context, selfCounted: false).Score, 3);
    }
}
