using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NewsParse;
using NewsParse.Model;
using NewsParse.Rendering;

// A consumer of the packed NewsParse package (built by tests/NewsParse.Tests/Package for net8.0 with System.Text.Json
// 8.0.x, and for net10.0 trimmed and Native AOT). It parses the file args[0] and writes the article in each of the
// JSON ways a user has into the folder args[1]; each way reads its JSON back and prints whether the article is equal.
// The test compares the files with the contract as the library writes it in-process.
var article = NewsParser.Parse(File.ReadAllBytes(args[0]));
var output = args[1];

Console.WriteLine($"Runtime: {RuntimeInformation.FrameworkDescription}");
Console.WriteLine($"System.Text.Json: {typeof(JsonSerializer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion}");
Console.WriteLine($"Reflection: {JsonSerializer.IsReflectionEnabledByDefault}");
Console.WriteLine($"Headline: {article.Headline ?? "(none)"}");

// 1. The contract's own writer and reader.
var contract = ArticleJson.ToJson(article);
File.WriteAllText(Path.Combine(output, "contract.json"), contract);
Console.WriteLine($"Contract round trip: {ArticleJson.FromJson(contract) == article}");

// 2. The public resolver's metadata, with the serializer's default options.
var resolver = JsonSerializer.Serialize(article, NewsParseJson.Default.Article);
File.WriteAllText(Path.Combine(output, "resolver.json"), resolver);
Console.WriteLine($"Resolver round trip: {JsonSerializer.Deserialize(resolver, NewsParseJson.Default.Article) == article}");

// 3. The user's own source-generated context, combined with the public resolver, the article inside a user type.
// The public resolver comes first, so the article's metadata is the library's (step 6 uses the user's context alone).
var combined = new JsonSerializerOptions
{
    PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    TypeInfoResolver = JsonTypeInfoResolver.Combine(NewsParseJson.Default, UserJsonContext.Default),
};
var envelopeInfo = (JsonTypeInfo<Envelope>)combined.GetTypeInfo(typeof(Envelope));
var envelope = new Envelope("consumer", article);
var envelopeJson = JsonSerializer.Serialize(envelope, envelopeInfo);
File.WriteAllText(Path.Combine(output, "envelope.json"), envelopeJson);
Console.WriteLine($"Envelope round trip: {JsonSerializer.Deserialize(envelopeJson, envelopeInfo) == envelope}");

// 4. The web defaults (ASP.NET Core's; JsonSerializerOptions.Web on .NET 9 and later, whose getter is marked as
// needing reflection). With reflection (a JIT app), the contract comes from the attributes on the model types;
// without it (trimmed, Native AOT), from the public resolver set on the options.
var web = new JsonSerializerOptions(JsonSerializerDefaults.Web);
#if NO_REFLECTION
web.TypeInfoResolver = NewsParseJson.Default;
Console.WriteLine("Web: NewsParseJson.Default");
var webInfo = (JsonTypeInfo<Article>)web.GetTypeInfo(typeof(Article));
var webJson = JsonSerializer.Serialize(article, webInfo);
var webBack = JsonSerializer.Deserialize(webJson, webInfo);
#else
Console.WriteLine("Web: reflection");
var webJson = JsonSerializer.Serialize(article, web);
var webBack = JsonSerializer.Deserialize<Article>(webJson, web);
#endif
File.WriteAllText(Path.Combine(output, "web.json"), webJson);
Console.WriteLine($"Web round trip: {webBack == article}");

// 5. Reader comments (a member left out when there is none): through the contract and inside the user's type.
var withComments = article with { Comments = [new Comment("First comment.", author: "A reader"), new Comment("A reply.", depth: 1)] };
var commentsJson = ArticleJson.ToJson(withComments);
File.WriteAllText(Path.Combine(output, "comments.json"), commentsJson);
var commentsEnvelope = new Envelope("comments", withComments);
var commentsBack = JsonSerializer.Deserialize(JsonSerializer.Serialize(commentsEnvelope, envelopeInfo), envelopeInfo);
Console.WriteLine($"Comments round trip: {ArticleJson.FromJson(commentsJson) == withComments && commentsBack == commentsEnvelope}");

// 6. The user's own context ALONE (its generator makes the model types' metadata from their attributes; on net8.0
// System.Text.Json 8's generator): the article, reader comments included, in the contract and back.
var userAlone = new JsonSerializerOptions { TypeInfoResolver = UserJsonContext.Default };
var aloneInfo = (JsonTypeInfo<Envelope>)userAlone.GetTypeInfo(typeof(Envelope));
var aloneJson = JsonSerializer.Serialize(commentsEnvelope, aloneInfo);
File.WriteAllText(Path.Combine(output, "user-alone.json"), aloneJson);
var aloneBack = JsonSerializer.Deserialize(aloneJson, aloneInfo);
var plainBack = JsonSerializer.Deserialize(JsonSerializer.Serialize(envelope, aloneInfo), aloneInfo);
Console.WriteLine($"User context alone round trip: {aloneBack == commentsEnvelope && aloneBack!.Article.Comments.Count == 2 && plainBack == envelope}");

/// <summary>A user type holding an article.</summary>
internal sealed record Envelope(string Source, Article Article);

/// <summary>The user's own context: it generates metadata for the whole graph, the model types included.</summary>
[JsonSerializable(typeof(Envelope))]
internal sealed partial class UserJsonContext : JsonSerializerContext;
