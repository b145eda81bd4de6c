using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NewsParse.Model;
using NewsParse.Reading;
using NewsParse.Rendering;
using Xunit;

namespace NewsParse.Tests.Model;

/// <summary>A document of a user's own: an article inside it, written by the user's source-generated context.</summary>
public sealed record ArticleEnvelope(string Source, Article Article);

/// <summary>A user's context: it knows the model only through the attributes on the model types.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ArticleEnvelope))]
internal sealed partial class UserJsonContext : JsonSerializerContext;

/// <summary>
/// The contract travels with the types: the public context, a user's own context, reflection with the web defaults and
/// <see cref="ArticleJson"/> all give the same JSON and read it back; reading refuses what is not an article with a
/// <see cref="JsonException"/> only; the default escaping is safe inside an HTML script element.
/// </summary>
public class JsonContractTests
{
    private static Article Sample() => SampleArticles.Full();

    private static void AssertSameJson(string expected, string actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), $"expected\n{expected}\nactual\n{actual}");

    [Fact]
    public void The_public_context_writes_and_reads_the_contract()
    {
        var article = Sample();
        var json = JsonSerializer.Serialize(article, NewsParseJson.Default.Article);
        AssertSameJson(ArticleJson.ToJson(article), json);
        Assert.Equal(article, JsonSerializer.Deserialize(json, NewsParseJson.Default.Article));
        var parsed = NewsParser.Parse(Corpus.Read("seed", "xi-putin-moscow.wordpress.html"));
        AssertSameJson(ArticleJson.ToJson(parsed), JsonSerializer.Serialize(parsed, NewsParseJson.Default.Article));
    }

    [Fact]
    public void A_user_context_combined_with_the_public_one_gives_the_contract_and_round_trips()
    {
        var article = Sample();
        // The user's options name the user's members (no naming policy here: "Source", "Article"); the article inside
        // keeps the contract's names, which are on the model types.
        var options = new JsonSerializerOptions { TypeInfoResolver = JsonTypeInfoResolver.Combine(UserJsonContext.Default, NewsParseJson.Default) };
        var json = JsonSerializer.Serialize(new ArticleEnvelope("page.html", article), options);
        var node = JsonNode.Parse(json)!;
        Assert.Equal("page.html", node["Source"]!.GetValue<string>());
        AssertSameJson(ArticleJson.ToJson(article), node["Article"]!.ToJsonString());
        Assert.Equal(article, JsonSerializer.Deserialize<ArticleEnvelope>(json, options)!.Article);
    }

    [Fact]
    public void Options_that_leave_out_nulls_or_rename_members_do_not_change_the_article()
    {
        var article = Sample() with { Description = null };
        var options = new JsonSerializerOptions
        {
            TypeInfoResolver = NewsParseJson.Default,
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseUpper,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        var json = JsonSerializer.Serialize(article, options);
        AssertSameJson(ArticleJson.ToJson(article), json);
        Assert.True(JsonNode.Parse(json)!.AsObject().ContainsKey("description"));
    }

    [Fact]
    public void A_user_context_alone_gives_the_contract_from_the_attributes()
    {
        // The user's generator made its own metadata for Article, Block, the enums...: the tags, ignored members and
        // camelCase enums come from the attributes on the model types, not from NewsParse's context.
        var article = Sample();
        var json = JsonSerializer.Serialize(new ArticleEnvelope("x", article), UserJsonContext.Default.ArticleEnvelope);
        AssertSameJson(ArticleJson.ToJson(article), JsonNode.Parse(json)!["article"]!.ToJsonString());
        Assert.Equal(article, JsonSerializer.Deserialize(json, UserJsonContext.Default.ArticleEnvelope)!.Article);
    }

    [Fact]
    public void Web_defaults_give_the_contract_by_reflection_and_with_the_public_resolver()
    {
        var article = Sample();
        var reflection = JsonSerializer.Serialize(article, JsonSerializerOptions.Web);
        AssertSameJson(ArticleJson.ToJson(article), reflection);
        Assert.Equal(article, JsonSerializer.Deserialize<Article>(reflection, JsonSerializerOptions.Web));
        // The documented way for trimmed and AOT apps (and ASP.NET): the web defaults with NewsParse's resolver.
        var web = new JsonSerializerOptions(JsonSerializerOptions.Web) { TypeInfoResolver = NewsParseJson.Default };
        var generated = JsonSerializer.Serialize(article, web);
        AssertSameJson(ArticleJson.ToJson(article), generated);
        Assert.Equal(article, JsonSerializer.Deserialize<Article>(generated, web));
    }

    [Fact]
    public void FromJson_reads_a_string_utf8_bytes_and_a_stream_alike()
    {
        var article = NewsParser.Parse(Corpus.Read("seed", "xi-putin-moscow.txt"));
        var json = ArticleJson.ToJson(article);
        var bytes = Encoding.UTF8.GetBytes(json);
        Assert.Equal(article, ArticleJson.FromJson(json));
        Assert.Equal(article, ArticleJson.FromJson(bytes.AsSpan()));
        using var stream = new MemoryStream([0xEF, 0xBB, 0xBF, .. bytes]);
        Assert.Equal(article, ArticleJson.FromJson(stream));
    }

    public static TheoryData<string> NotArticles => new()
    {
        "",
        "{",
        "nul",
        "null",
        "42",
        "[]",
        "\"article\"",
        """{"headline": 3}""",
        """{"sections": 3}""",
        """{"sections": null}""",
        """{"sections": [null]}""",
        """{"sections": [{"blocks": null}]}""",
        """{"sections": [{"blocks": [null]}]}""",
        """{"sections": [{"blocks": [{"text": "no type"}]}]}""",
        """{"sections": [{"blocks": [{"type": "poem", "text": "x"}]}]}""",
        """{"sections": [{"blocks": [{"type": "paragraph"}]}]}""",
        """{"sections": [{"blocks": [{"type": "paragraph", "text": null}]}]}""",
        """{"sections": [{"blocks": [{"type": "quote", "text": null}]}]}""",
        """{"sections": [{"blocks": [{"type": "code"}]}]}""",
        """{"sections": [{"blocks": [{"type": "list", "ordered": true, "items": null}]}]}""",
        """{"sections": [{"blocks": [{"type": "list", "ordered": true, "items": ["a", null]}]}]}""",
        """{"sections": [{"blocks": [{"type": "table", "rows": [null]}]}]}""",
        """{"sections": [{"blocks": [{"type": "table", "rows": [["a", null]]}]}]}""",
        """{"sections": [{"blocks": [{"type": "paragraph", "text": "x", "span": {"start": "zero"}}]}]}""",
        """{"faq": {"items": [{"question": "Why?"}]}}""",
        """{"faq": {"items": [{"question": null, "answer": "Because."}]}}""",
        """{"faq": {"items": null}}""",
        """{"boilerplate": [{"kind": "footer", "text": null, "reason": "r"}]}""",
        """{"boilerplate": [{"kind": "bogusKind", "text": "x", "reason": "y"}]}""",
        """{"boilerplate": [{"kind": 3, "text": "x", "reason": "y"}]}""",
        """{"boilerplate": [{"text": "x", "reason": "y"}]}""",
        """{"diagnostics": [{"code": "noArticleFound"}]}""",
        """{"diagnostics": [{"code": "noArticleFound", "message": null}]}""",
        """{"boilerplate": null}""",
        """{"diagnostics": [null]}""",
        new string('[', 100) + new string(']', 100),
    };

    [Theory]
    [MemberData(nameof(NotArticles))]
    public void Json_that_is_not_an_article_throws_JsonException_from_every_overload(string json)
    {
        AssertJsonException(() => ArticleJson.FromJson(json), json);
        AssertJsonException(() => ArticleJson.FromJson(Encoding.UTF8.GetBytes(json)), json);
        AssertJsonException(() => ArticleJson.FromJson(new MemoryStream(Encoding.UTF8.GetBytes(json))), json);
    }

    [Fact]
    public void Every_prefix_of_an_article_is_a_JsonException()
    {
        var json = ArticleJson.ToJson(Sample(), indented: false);
        for (int length = 0; length < json.Length; length++) AssertJsonException(() => ArticleJson.FromJson(json[..length]), json[..length]);
    }

    [Fact]
    public void Any_byte_changed_gives_an_article_or_a_JsonException()
    {
        // Every position, a few replacement bytes: nothing but a JsonException may escape (no ArgumentException,
        // NotSupportedException, InvalidOperationException or NullReferenceException), and whatever reads is usable.
        var bytes = Encoding.UTF8.GetBytes(ArticleJson.ToJson(Sample(), indented: false));
        byte[] replacements = [(byte)'"', (byte)'n', (byte)'0', (byte)'{', (byte)']', (byte)'x', (byte)':'];
        int read = 0, refused = 0;
        for (int at = 0; at < bytes.Length; at++)
        {
            foreach (var replacement in replacements)
            {
                var changed = (byte[])bytes.Clone();
                changed[at] = replacement;
                try
                {
                    var article = ArticleJson.FromJson(changed.AsSpan());
                    _ = ArticleMarkdown.ToMarkdown(article);
                    _ = ArticleText.ToText(article);
                    _ = ArticleJson.ToJson(article);
                    read++;
                }
                catch (JsonException)
                {
                    refused++;
                }
            }
        }
        Assert.True(read > 0 && refused > 0, $"read {read}, refused {refused}");
    }

    private static void AssertJsonException(Action read, string json)
    {
        var error = Record.Exception(read);
        Assert.True(error is JsonException, $"{(error is null ? "no exception" : error.GetType().Name + ": " + error.Message)} for {json}");
    }

    [Fact]
    public void A_null_argument_is_an_ArgumentNullException_not_bad_json()
    {
        Assert.Throws<ArgumentNullException>(() => ArticleJson.FromJson((string)null!));
        Assert.Throws<ArgumentNullException>(() => ArticleJson.FromJson((Stream)null!));
    }

#if NET9_0_OR_GREATER
    [Fact]
    public void The_type_tag_may_come_anywhere_on_this_runtime()
    {
        var article = ArticleJson.FromJson("""{"sections": [{"blocks": [{"text": "x", "span": {"start": 1, "length": 2}, "type": "paragraph"}]}]}""");
        Assert.Equal(new ParagraphBlock("x", new SourceSpan(1, 2)), article.Sections[0].Blocks[0]);
    }
#endif

    [Fact]
    public void The_type_tag_comes_first_so_that_System_Text_Json_8_reads_it()
    {
        var json = JsonNode.Parse(ArticleJson.ToJson(Sample()))!;
        foreach (var block in json["sections"]!.AsArray().SelectMany(s => s!["blocks"]!.AsArray()))
            Assert.Equal("type", block!.AsObject().First().Key);
        foreach (var e in ArticleParser.Default.ReadEvents(Corpus.Read("seed", "xi-putin-moscow.txt")))
            Assert.Equal("event", JsonNode.Parse(ArticleJson.ToJson(e))!.AsObject().First().Key);
    }

    [Fact]
    public void Escaping_is_safe_inside_a_script_element_and_keeps_other_text_as_it_is()
    {
        var text = "Close it: </script><script>alert(1)</script> <!-- and \u2028 \u2029 — “quoted” 中文 Ελληνικά 😀 & > '";
        var article = new Article { Headline = text, Sections = [new Section(null, null, [new ParagraphBlock(text)])] };
        foreach (var json in new[] { ArticleJson.ToJson(article), ArticleJson.ToJson(article, indented: false) })
        {
            Assert.DoesNotContain("</", json);
            Assert.DoesNotContain("<!--", json);
            Assert.DoesNotContain("<", json);
            Assert.DoesNotContain("\u2028", json);
            Assert.DoesNotContain("\u2029", json);
            Assert.Contains("\\u003C/script>", json);
            Assert.Contains("— “quoted” 中文 Ελληνικά \\uD83D\\uDE00 & > '", json);
            Assert.Equal(article, ArticleJson.FromJson(json));
        }
        var events = string.Join('\n', ArticleParser.Default.ReadEvents("<p>a &lt;/script&gt; b</p>").Select(ArticleJson.ToJson));
        Assert.DoesNotContain("</script", events);
    }

    [Fact]
    public void Block_and_event_kinds_are_closed_to_other_assemblies()
    {
        foreach (var type in new[] { typeof(Block), typeof(ArticleEvent) })
        {
            var constructors = type.GetConstructors(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);
            // the record's copy constructor aside, the base constructor is private protected (family AND assembly)
            var own = constructors.Where(c => c.GetParameters() is not [{ ParameterType: var p }] || p != type).ToList();
            Assert.NotEmpty(own);
            Assert.All(own, c => Assert.True(c.IsFamilyAndAssembly, $"{type.Name}({string.Join(", ", c.GetParameters().Select(p => p.ParameterType.Name))}) is not private protected"));
        }
        // every kind is known to the contract
        var blockKinds = typeof(Block).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Block))).ToHashSet();
        Assert.Equal(blockKinds, typeof(Block).GetCustomAttributes<JsonDerivedTypeAttribute>().Select(a => a.DerivedType).ToHashSet());
        var eventKinds = typeof(ArticleEvent).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(ArticleEvent))).ToHashSet();
        Assert.Equal(eventKinds, typeof(ArticleEvent).GetCustomAttributes<JsonDerivedTypeAttribute>().Select(a => a.DerivedType).ToHashSet());
    }

    [Fact]
    public void Model_records_change_with_with_and_keep_their_invariants()
    {
        var article = Sample();
        var changed = article with { Headline = "Another" };
        Assert.Equal("Another", changed.Headline);
        Assert.Equal(article.Sections, changed.Sections);
        Assert.NotEqual(article, changed);
        var list = new ListBlock(false, ["a", "b"]);
        var longer = list with { Items = ["a", "b", "c"] };
        Assert.Equal("a\nb", list.Text);
        Assert.Equal("a\nb\nc", longer.Text);
        Assert.Empty((article with { Sections = null! }).Sections);
        Assert.Throws<ArgumentException>(() => new Section { Blocks = [null!] });
        Assert.Throws<ArgumentNullException>(() => new FaqItem { Question = "Why?", Answer = null! });
        Assert.Throws<ArgumentNullException>(() => new ParagraphBlock(null!));
        // an equal article built another way is equal, and hashes alike
        var rebuilt = ArticleJson.FromJson(ArticleJson.ToJson(article));
        Assert.Equal(article.GetHashCode(), rebuilt.GetHashCode());
    }
}
