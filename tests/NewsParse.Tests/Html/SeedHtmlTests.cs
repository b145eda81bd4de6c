using System.Text.Json.Nodes;
using NewsParse.Rendering;
using Xunit;

namespace NewsParse.Tests.Html;

/// <summary>
/// The seed article as a WordPress page, and renditions of the same article in other markup, all parse to the seed's
/// expected structure: metadata, sections with nesting, the FAQ, and the listed boilerplate in order (a subsequence:
/// more boilerplate is fine, none of it in the body).
/// </summary>
public class SeedHtmlTests
{
    private static JsonNode Expected()
    {
        var expected = JsonNode.Parse(Corpus.Read("seed", "xi-putin-moscow.wordpress.expected.json"))!.AsObject();
        // fields the expected file leaves null describe what a text dump lacks; the page may give them
        foreach (var key in expected.Where(p => p.Value is null).Select(p => p.Key).ToList()) expected.Remove(key);
        return expected;
    }

    private static JsonObject Parse(string file) =>
        JsonNode.Parse(ArticleJson.ToJson(NewsParser.Parse(Corpus.Read(file.Split('/')))))!.AsObject();

    [Fact]
    public void WordPress_page_parses_to_the_expected_structure()
    {
        var expected = Expected().AsObject();
        var expectedBoilerplate = expected["boilerplate"]!.AsArray();
        expected.Remove("boilerplate");
        var actual = Parse("seed/xi-putin-moscow.wordpress.html");

        Assert.Null(JsonSubset.FirstDifference(expected, actual));
        AssertSubsequence(expectedBoilerplate, actual["boilerplate"]!.AsArray());
    }

    [Theory]
    [InlineData("html/xi-putin.div-headings.html")]
    [InlineData("html/xi-putin.jsonld-only.html")]
    [InlineData("html/xi-putin.details-faq.html")]
    [InlineData("html/xi-putin.faq-jsonld-and-visible.html")]
    [InlineData("html/xi-putin.asides-ads-cookie-comments.html")]
    public void Rendition_gives_the_same_article(string file)
    {
        var expected = Expected().AsObject();
        var actual = Parse(file);
        foreach (var key in new[] { "headline", "byline", "published", "sections", "faq" })
            Assert.Null(JsonSubset.FirstDifference(expected[key], actual[key], "$." + key));
    }

    [Fact]
    public void Faq_only_in_structured_data_is_appended_after_the_body()
    {
        var expected = Expected().AsObject();
        var actual = Parse("html/xi-putin.faq-jsonld-only.html");
        Assert.Null(JsonSubset.FirstDifference(expected["sections"], actual["sections"], "$.sections"));
        Assert.Null(JsonSubset.FirstDifference(expected["faq"]!["items"], actual["faq"]!["items"], "$.faq.items"));
    }

    [Fact]
    public void Asides_ads_cookie_banner_and_comments_are_typed_boilerplate()
    {
        var actual = Parse("html/xi-putin.asides-ads-cookie-comments.html");
        var kinds = actual["boilerplate"]!.AsArray().Select(b => (string)b!["kind"]!).ToList();
        Assert.Contains("cookieNotice", kinds);
        Assert.Contains("advertisement", kinds);
        Assert.Contains("comments", kinds);
        Assert.True(kinds.Count(k => k == "relatedLink") >= 3, string.Join(", ", kinds));
        var body = ArticleText.ToText(NewsParser.Parse(Corpus.Read("html", "xi-putin.asides-ads-cookie-comments.html")));
        Assert.DoesNotContain("cookies", body);
        Assert.DoesNotContain("Dhaka traffic police", body);
        Assert.DoesNotContain("I disagree", body);
        Assert.DoesNotContain("Advertisement", body);
    }

    private static void AssertSubsequence(JsonArray expected, JsonArray actual)
    {
        int at = 0;
        foreach (var item in expected)
        {
            string kind = (string)item!["kind"]!, text = (string)item["text"]!;
            while (at < actual.Count && !((string)actual[at]!["kind"]! == kind && ((string)actual[at]!["text"]!).StartsWith(text, StringComparison.Ordinal))) at++;
            Assert.True(at < actual.Count, $"boilerplate {kind} \"{text}\" missing or out of order in: "
                + string.Join(" / ", actual.Select(a => $"{a!["kind"]}: {a["text"]}")));
            at++;
        }
    }
}
