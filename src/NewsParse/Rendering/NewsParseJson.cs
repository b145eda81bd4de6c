using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NewsParse.Model;
using NewsParse.Reading;

namespace NewsParse.Rendering;

/// <summary>
/// The JSON metadata of the NewsParse contract, source-generated (trim- and AOT-safe): camelCase names, enums as
/// camelCase strings, blocks tagged by <c>"type"</c> and events by <c>"event"</c>, every member written (null when
/// unknown). The contract itself is carried by attributes on the model types, so this resolver, a source-generated
/// context of your own that includes <see cref="Model.Article"/>, and reflection with <c>JsonSerializerOptions.Web</c>
/// all give it. Use <see cref="Default"/>: <c>JsonSerializer.Serialize(article, NewsParseJson.Default.Article)</c>,
/// or put it first among your options' resolvers (<c>options.TypeInfoResolverChain.Insert(0, NewsParseJson.Default)</c>,
/// or <c>JsonTypeInfoResolver.Combine(NewsParseJson.Default, MyContext.Default)</c>); a context of your own that reaches
/// the model types generates them from the same attributes and gives the same contract, alone or first.
/// <see cref="ArticleJson"/> wraps it
/// with the contract's escaping (safe inside an HTML script element). Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Reading: on .NET 9 and later null in a member that is not nullable and a missing constructor argument are refused,
/// and <c>"type"</c> and <c>"event"</c> are read wherever they stand in an object. On .NET 8 (System.Text.Json 8)
/// the tag must come first (as every writer of the contract puts it) and the model's own checks refuse nulls with
/// <see cref="ArgumentException"/>; <see cref="ArticleJson.FromJson(string)"/> turns those into
/// <see cref="JsonException"/> on every target.
/// </remarks>
public sealed class NewsParseJson : IJsonTypeInfoResolver
{
    private readonly NewsParseJsonContext _context;

    private NewsParseJson(NewsParseJsonContext context) => _context = context;

    /// <summary>The contract with the serializer's default options (no indentation, the default encoder).</summary>
    public static NewsParseJson Default { get; } = new(NewsParseJsonContext.Default);

    /// <summary>The options <see cref="Article"/> and <see cref="ArticleEvent"/> are bound to (read-only).</summary>
    public JsonSerializerOptions Options => _context.Options;

    /// <summary>The metadata of <see cref="Model.Article"/>: <c>JsonSerializer.Serialize(article, NewsParseJson.Default.Article)</c>.</summary>
    public JsonTypeInfo<Article> Article => _context.Article;

    /// <summary>The metadata of <see cref="Reading.ArticleEvent"/> (any event, tagged by <c>"event"</c>).</summary>
    public JsonTypeInfo<ArticleEvent> ArticleEvent => _context.ArticleEvent;

    /// <summary>The metadata of a type of the contract (the model, the events and what they hold) for <paramref name="options"/>, or null for another type.</summary>
    JsonTypeInfo? IJsonTypeInfoResolver.GetTypeInfo(Type type, JsonSerializerOptions options) => ((IJsonTypeInfoResolver)_context).GetTypeInfo(type, options);
}
