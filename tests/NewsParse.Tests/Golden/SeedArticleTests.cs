using System.Text.Json.Nodes;
using NewsParse.Rendering;
using Xunit;

namespace NewsParse.Tests.Golden;

/// <summary>The article that started the project parses exactly to its expected structure.</summary>
public class SeedArticleTests
{
    [Fact]
    public void Text_dump_parses_to_the_expected_structure()
    {
        var article = NewsParser.Parse(Corpus.Read("seed", "xi-putin-moscow.txt"));
        var expected = JsonNode.Parse(Corpus.Read("seed", "xi-putin-moscow.expected.json"));
        var actual = JsonNode.Parse(ArticleJson.ToJson(article));
        Assert.Null(JsonSubset.FirstDifference(expected, actual));
    }
}
