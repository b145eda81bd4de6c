using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NewsParse.Model;
using NewsParse.Rendering;
using Xunit;
using Xunit.Abstractions;

namespace NewsParse.Tests.Package;

/// <summary>
/// The consumer of Package/Consumers/JsonConsumer built against the packed package in the three ways users build
/// apps: net8.0 on System.Text.Json 8.0.x (restored, published self-contained so it runs on .NET 8 itself), net10.0
/// trimmed, and net10.0 Native AOT. Each app parses the seed article and writes it through the contract's writer, the
/// public resolver, a user context combined with it (the article inside a user type), the user context alone and the
/// web defaults; each JSON must be the contract the library writes in-process, and each must read back into an equal
/// article. Trimmed and AOT publishes must give no trim or AOT warning.
/// </summary>
[Trait("Category", "Package")]
[Collection(PackageTests.Name)]
public sealed partial class JsonConsumerTests(PackageFeed feed, ITestOutputHelper log)
{
    /// <summary>The newest System.Text.Json 8.0.x the registry serves: a net8.0 app pinned to it must restore (no NU1605).</summary>
    private const string Net8SystemTextJson = "8.0.6";

    [Fact]
    public void Net8_app_pinned_to_System_Text_Json_8_restores_builds_and_runs()
    {
        var consumer = Consumer.FromTemplate("JsonConsumer", feed, log);
        var publish = Path.Combine(consumer.Folder, "publish");
        consumer.Dotnet("publish", "-c", "Release", "-o", publish, "-p:ConsumerTargetFramework=net8.0", $"-p:NewsParseVersion={feed.Version}",
            $"-p:SystemTextJsonVersion={Net8SystemTextJson}", "--disable-build-servers");

        // The pinned version was restored, and nothing brought in System.Text.Json 9 or later.
        var assets = File.ReadAllText(Path.Combine(consumer.Folder, "obj", "project.assets.json"));
        Assert.Contains($"\"System.Text.Json/{Net8SystemTextJson}\"", assets, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"""System\.Text\.Json/(9|1\d)\.", assets);
        Assert.Contains($"\"NewsParse/{feed.Version}\"", assets, StringComparison.Ordinal);
        Assert.Contains("lib/net8.0/NewsParse.dll", assets, StringComparison.Ordinal);

        var output = RunConsumer(consumer, Path.Combine(publish, "JsonConsumer"));
        Assert.Contains("Runtime: .NET 8.0.", output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^System\.Text\.Json: 8\.0\.", output);
        Assert.Contains("Web: reflection", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Trimmed_app_publishes_without_trim_warnings_and_runs()
    {
        var consumer = Consumer.FromTemplate("JsonConsumer", feed, log);
        var publish = Path.Combine(consumer.Folder, "publish");
        var build = consumer.Dotnet("publish", "-c", "Release", "-o", publish, "-p:ConsumerTargetFramework=net10.0", $"-p:NewsParseVersion={feed.Version}",
            "-p:PublishTrimmed=true", "--disable-build-servers");
        AssertNoTrimOrAotWarnings(build);
        Assert.True(File.Exists(Path.Combine(publish, "NewsParse.dll")), "NewsParse.dll is not in the trimmed app");

        var output = RunConsumer(consumer, Path.Combine(publish, "JsonConsumer"));
        Assert.Contains("Runtime: .NET 10.0.", output, StringComparison.Ordinal);
        Assert.Contains("Reflection: False", output, StringComparison.Ordinal);
        Assert.Contains("Web: NewsParseJson.Default", output, StringComparison.Ordinal);
    }

    [NativeAotFact]
    public void Native_aot_app_publishes_without_aot_warnings_and_runs()
    {
        var consumer = Consumer.FromTemplate("JsonConsumer", feed, log);
        var publish = Path.Combine(consumer.Folder, "publish");
        var build = consumer.Dotnet("publish", "-c", "Release", "-o", publish, "-p:ConsumerTargetFramework=net10.0", $"-p:NewsParseVersion={feed.Version}",
            "-p:PublishAot=true", "--disable-build-servers");
        AssertNoTrimOrAotWarnings(build);
        Assert.False(File.Exists(Path.Combine(publish, "NewsParse.dll")), "the AOT app still ships NewsParse.dll: it was not compiled natively");

        var output = RunConsumer(consumer, Path.Combine(publish, "JsonConsumer"));
        Assert.Contains("Reflection: False", output, StringComparison.Ordinal);
        Assert.Contains("Web: NewsParseJson.Default", output, StringComparison.Ordinal);
    }

    /// <summary>Runs the published app on the seed article and checks each JSON it wrote against the contract.</summary>
    private string RunConsumer(Consumer consumer, string app)
    {
        var run = Directory.CreateDirectory(Path.Combine(consumer.Folder, "run")).FullName;
        var input = Corpus.PathOf("seed", "xi-putin-moscow.txt");
        var output = consumer.Run(app, run, input, run);

        var expected = NewsParser.Parse(File.ReadAllBytes(input));
        Assert.Contains($"Headline: {expected.Headline ?? "(none)"}", output, StringComparison.Ordinal);
        Assert.NotEmpty(expected.Sections);
        foreach (var way in new[] { "Contract", "Resolver", "Envelope", "Web", "Comments", "User context alone" })
            Assert.Contains($"{way} round trip: True", output, StringComparison.Ordinal);

        var contract = ArticleJson.ToJson(expected);
        Assert.Equal(contract, File.ReadAllText(Path.Combine(run, "contract.json")));
        var contractNode = JsonNode.Parse(contract);
        AssertSameJson(contractNode, JsonNode.Parse(File.ReadAllText(Path.Combine(run, "resolver.json"))), "NewsParseJson.Default.Article");
        var envelope = JsonNode.Parse(File.ReadAllText(Path.Combine(run, "envelope.json")))!.AsObject();
        Assert.Equal("consumer", (string?)envelope["source"]);
        AssertSameJson(contractNode, envelope["article"], "a user context combined with NewsParseJson.Default");
        AssertSameJson(contractNode, JsonNode.Parse(File.ReadAllText(Path.Combine(run, "web.json"))), "the web defaults");
        var withComments = expected with { Comments = [new Comment("First comment.", author: "A reader"), new Comment("A reply.", depth: 1)] };
        Assert.Equal(ArticleJson.ToJson(withComments), File.ReadAllText(Path.Combine(run, "comments.json")));
        Assert.Contains("\"comments\"", File.ReadAllText(Path.Combine(run, "comments.json")), StringComparison.Ordinal);
        Assert.Empty(contractNode!["comments"]!.AsArray());
        // The user's context alone writes the contract too (property names from the attributes, comments included).
        var alone = JsonNode.Parse(File.ReadAllText(Path.Combine(run, "user-alone.json")))!.AsObject();
        AssertSameJson(JsonNode.Parse(ArticleJson.ToJson(withComments)), alone["Article"], "a user context alone");
        return output;
    }

    private static void AssertSameJson(JsonNode? expected, JsonNode? actual, string way) =>
        Assert.True(JsonNode.DeepEquals(expected, actual), $"{way} gave another JSON than the contract:\n{actual?.ToJsonString()}");

    /// <summary>No trim (IL2xxx) or AOT (IL3xxx) warning at all: from NewsParse, from its dependencies, or from the app.</summary>
    private static void AssertNoTrimOrAotWarnings(string build)
    {
        var warnings = IlWarning().Matches(build).Select(m => m.Value.Trim()).Distinct().ToList();
        Assert.True(warnings.Count == 0, $"{warnings.Count} trim/AOT warning(s):\n{string.Join('\n', warnings)}");
    }

    [GeneratedRegex(@"^.*warning IL[23]\d{3}.*$", RegexOptions.Multiline)]
    private static partial Regex IlWarning();
}
