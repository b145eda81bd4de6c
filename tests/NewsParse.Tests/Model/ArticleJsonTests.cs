using System.Text.Json.Nodes;
using NewsParse.Model;
using NewsParse.Rendering;
using Xunit;

namespace NewsParse.Tests.Model;

/// <summary>The JSON contract: round trip, every top-level field present, camelCase enums, blocks tagged by "type".</summary>
public class ArticleJsonTests
{
    private static readonly string[] TopLevel =
        ["headline", "byline", "published", "language", "siteName", "url", "description", "sections", "faq", "boilerplate", "diagnostics"];

    public static TheoryData<string> Articles => new() { "full", "no-headline", "empty", "parsed-seed" };

    private static Article Make(string name) => name switch
    {
        "full" => SampleArticles.Full(),
        "no-headline" => SampleArticles.Full(headline: null, published: null),
        "empty" => Article.Empty,
        "parsed-seed" => NewsParser.Parse(Corpus.Read("seed", "xi-putin-moscow.txt")),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Articles))]
    public void Json_reads_back_into_an_equal_article(string name)
    {
        var article = Make(name);
        var json = ArticleJson.ToJson(article);
        var back = ArticleJson.FromJson(json);
        Assert.Equal(article, back);
        Assert.Equal(json, ArticleJson.ToJson(back));
        Assert.Equal(article, ArticleJson.FromJson(ArticleJson.ToJson(article, indented: false)));
    }

    [Fact]
    public void Round_trip_keeps_what_equality_could_miss()
    {
        // Equality is custom; check the parts one by one too, so a too-lenient Equals cannot hide a loss.
        var article = SampleArticles.Full();
        var back = ArticleJson.FromJson(ArticleJson.ToJson(article));
        Assert.Equal(article.AllBlocks().Select(b => (b.GetType(), b.Text, b.Span)), back.AllBlocks().Select(b => (b.GetType(), b.Text, b.Span)));
        Assert.Equal(article.AllSections().Select(s => (s.Heading, s.Level, s.Span)), back.AllSections().Select(s => (s.Heading, s.Level, s.Span)));
        Assert.Equal(article.Faq!.Items, back.Faq!.Items);
        Assert.Equal(article.Boilerplate, back.Boilerplate);
        Assert.Equal(article.Diagnostics, back.Diagnostics);
        var quote = back.AllBlocks().OfType<QuoteBlock>().First();
        Assert.Equal("The mayor", quote.Attribution);
        var code = back.AllBlocks().OfType<CodeBlock>().First();
        Assert.Equal("python", code.Language);
        Assert.Equal("toll = 2.50\nlanes = 4", code.Text);
        var table = back.AllBlocks().OfType<TableBlock>().First();
        Assert.Equal("What was replaced", table.Caption);
        Assert.Equal(new[] { "Cables", "412" }, table.Rows[1]);
        var figure = back.AllBlocks().OfType<FigureBlock>().First();
        Assert.Equal(("The bridge at night", "bridge.jpg"), (figure.Caption, figure.Source));
        Assert.True(back.AllBlocks().OfType<ListBlock>().First().Ordered);
        Assert.Equal("No.\n\nIt stays the same.", back.Faq.Items[1].Answer);
    }

    [Fact]
    public void Changing_any_part_makes_the_round_trip_differ()
    {
        // Guards the equality used above: it must see a change deep in the tree.
        var article = SampleArticles.Full();
        var json = ArticleJson.ToJson(article);
        Assert.NotEqual(article, ArticleJson.FromJson(json.Replace("412", "413", StringComparison.Ordinal)));
        Assert.NotEqual(article, ArticleJson.FromJson(json.Replace("\"The mayor\"", "\"The major\"", StringComparison.Ordinal)));
        Assert.NotEqual(article, ArticleJson.FromJson(json.Replace("It stays the same.", "It goes up.", StringComparison.Ordinal)));
        Assert.NotEqual(article, ArticleJson.FromJson(json.Replace("\"cookieNotice\"", "\"footer\"", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Every_top_level_field_is_present_even_when_null(string name)
    {
        var json = JsonNode.Parse(ArticleJson.ToJson(Make(name)))!.AsObject();
        foreach (var field in TopLevel) Assert.True(json.ContainsKey(field), $"missing {field}");
        Assert.IsType<JsonArray>(json["sections"]);
        Assert.IsType<JsonArray>(json["boilerplate"]);
        Assert.IsType<JsonArray>(json["diagnostics"]);
    }

    [Fact]
    public void Unknown_fields_are_null_not_missing()
    {
        var json = JsonNode.Parse(ArticleJson.ToJson(Article.Empty))!.AsObject();
        foreach (var field in new[] { "headline", "byline", "published", "language", "siteName", "url", "description", "faq" })
        {
            Assert.True(json.ContainsKey(field), $"missing {field}");
            Assert.Null(json[field]);
        }
        var noDescription = JsonNode.Parse(ArticleJson.ToJson(SampleArticles.Full()))!.AsObject();
        Assert.True(noDescription.ContainsKey("description"));
        Assert.Null(noDescription["description"]);
    }

    [Fact]
    public void Enums_are_camel_case_strings()
    {
        var json = JsonNode.Parse(ArticleJson.ToJson(SampleArticles.Full()))!;
        var kinds = json["boilerplate"]!.AsArray().Select(b => b!["kind"]!.GetValue<string>()).ToList();
        Assert.Equal(new[] { "tableOfContents", "relatedLink", "socialPrompt", "cookieNotice", "authorBox" }, kinds);
        var codes = json["diagnostics"]!.AsArray().Select(d => d!["code"]!.GetValue<string>()).ToList();
        Assert.Equal(new[] { "headingLevelSkipped", "invalidEncoding" }, codes);
        foreach (var kind in Enum.GetValues<BoilerplateKind>())
        {
            var one = new Article { Boilerplate = [new BoilerplateBlock(kind, "x", "y")] };
            var written = JsonNode.Parse(ArticleJson.ToJson(one))!["boilerplate"]![0]!["kind"]!.GetValue<string>();
            Assert.Equal(char.ToLowerInvariant(kind.ToString()[0]) + kind.ToString()[1..], written);
        }
    }

    [Fact]
    public void Blocks_are_tagged_by_type()
    {
        var json = JsonNode.Parse(ArticleJson.ToJson(SampleArticles.Full()))!;
        var types = new List<string>();
        var pending = new Stack<JsonNode>(json["sections"]!.AsArray().Select(n => n!).Reverse());
        while (pending.Count > 0)
        {
            var section = pending.Pop();
            types.AddRange(section["blocks"]!.AsArray().Select(b => b!["type"]!.GetValue<string>()));
            foreach (var sub in section["sections"]!.AsArray().Reverse()) pending.Push(sub!);
        }
        Assert.Equal(new[] { "paragraph", "paragraph", "list", "list", "quote", "quote", "table", "table", "code", "code", "figure", "figure" }, types);
        var list = json["sections"]![1]!["blocks"]![1]!;
        Assert.Equal("list", list["type"]!.GetValue<string>());
        Assert.True(list["ordered"]!.GetValue<bool>());
        Assert.Equal(3, list["items"]!.AsArray().Count);
    }

    [Fact]
    public void Json_that_is_not_an_article_is_a_json_exception()
    {
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => ArticleJson.FromJson("null"));
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => ArticleJson.FromJson("{\"sections\": 3}"));
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => ArticleJson.FromJson("{\"boilerplate\": [{\"kind\": \"bogusKind\", \"text\": \"x\", \"reason\": \"y\"}]}"));
    }
}
