using System.Text.Json.Serialization;
using NewsParse.Model;
using NewsParse.Reading;

namespace NewsParse.Rendering;

/// <summary>
/// The source-generated JSON metadata of the NewsParse contract (trim- and AOT-safe): camelCase names, enums as
/// camelCase strings, blocks tagged by <c>"type"</c> and events by <c>"event"</c>, every member written (null when
/// unknown). The contract itself is carried by attributes on the model types, so this context, a context of your own
/// that includes <see cref="Model.Article"/>, and reflection with <c>JsonSerializerOptions.Web</c> all give it.
/// Use <see cref="Default"/>: <c>JsonSerializer.Serialize(article, NewsParseJson.Default.Article)</c>, or add it to
/// your options' resolvers (<c>options.TypeInfoResolverChain.Add(NewsParseJson.Default)</c>).
/// <see cref="ArticleJson"/> wraps it with the contract's escaping (safe inside an HTML script element).
/// </summary>
/// <remarks>
/// Reading: on .NET 9 and later the context refuses null in a member that is not nullable and a missing constructor
/// argument, and reads <c>"type"</c> and <c>"event"</c> wherever they stand in an object. On .NET 8 (System.Text.Json
/// 8) the tag must come first (as every writer of the contract puts it) and the model's own checks refuse nulls with
/// <see cref="ArgumentException"/>; <see cref="ArticleJson.FromJson(string)"/> turns those into <see cref="System.Text.Json.JsonException"/>
/// on every target.
/// </remarks>
[JsonSourceGenerationOptions(
#if NET9_0_OR_GREATER
    AllowOutOfOrderMetadataProperties = true,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
#endif
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(Article))]
[JsonSerializable(typeof(ArticleEvent))]
public sealed partial class NewsParseJson : JsonSerializerContext;
