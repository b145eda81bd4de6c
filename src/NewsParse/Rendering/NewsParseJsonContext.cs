using System.Text.Json.Serialization;
using NewsParse.Model;
using NewsParse.Reading;

namespace NewsParse.Rendering;

/// <summary>
/// The source-generated metadata behind <see cref="NewsParseJson"/> (internal: its generated members, one per type of
/// the graph, are not API). The contract itself is on the model types; these options only restate it.
/// </summary>
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
internal sealed partial class NewsParseJsonContext : JsonSerializerContext;
