using System.Text.Json.Serialization;
using NewsParse.Model;
using NewsParse.Reading;

namespace NewsParse.Rendering;

/// <summary>Source-generated JSON metadata for the model and the events (trim- and AOT-safe).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    Converters =
    [
        typeof(CamelCaseEnumConverter<BoilerplateKind>),
        typeof(CamelCaseEnumConverter<DiagnosticCode>),
        typeof(CamelCaseEnumConverter<BlockType>),
        typeof(CamelCaseEnumConverter<MetadataField>),
        typeof(CamelCaseEnumConverter<ArticleEventKind>),
    ])]
[JsonSerializable(typeof(Article))]
[JsonSerializable(typeof(ParagraphBlock))]
[JsonSerializable(typeof(ListBlock))]
[JsonSerializable(typeof(QuoteBlock))]
[JsonSerializable(typeof(TableBlock))]
[JsonSerializable(typeof(CodeBlock))]
[JsonSerializable(typeof(FigureBlock))]
[JsonSerializable(typeof(ArticleEvent))]
[JsonSerializable(typeof(MetadataEvent))]
[JsonSerializable(typeof(HeadingEvent))]
[JsonSerializable(typeof(BlockEvent))]
[JsonSerializable(typeof(FaqStartEvent))]
[JsonSerializable(typeof(FaqItemEvent))]
[JsonSerializable(typeof(BoilerplateEvent))]
[JsonSerializable(typeof(DiagnosticEvent))]
internal sealed partial class NewsParseJsonContext : JsonSerializerContext;
