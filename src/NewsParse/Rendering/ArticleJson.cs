using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NewsParse.Model;
using NewsParse.Reading;

namespace NewsParse.Rendering;

/// <summary>
/// The JSON contract of NewsParse: camelCase names, enums as camelCase strings, every top-level field present
/// (null when unknown), blocks tagged by "type" and events by "event". <see cref="ToJson(Article, bool)"/> and
/// <see cref="FromJson"/> round-trip: the JSON reads back into an equal <see cref="Article"/>.
/// Source-generated: trim- and AOT-safe. Thread-safe.
/// </summary>
public static class ArticleJson
{
    private static readonly JsonSerializerOptions Compact = CreateOptions(indented: false);
    private static readonly JsonSerializerOptions Indented = CreateOptions(indented: true);

    /// <summary>The article as JSON text.</summary>
    /// <param name="article">The article.</param>
    /// <param name="indented">True for two-space indentation, false for one line.</param>
    public static string ToJson(Article article, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(article);
        return JsonSerializer.Serialize(article, TypeInfo<Article>(indented));
    }

    /// <summary>Writes the article as JSON to <paramref name="writer"/>.</summary>
    public static void Write(Utf8JsonWriter writer, Article article)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(article);
        JsonSerializer.Serialize(writer, article, TypeInfo<Article>(false));
    }

    /// <summary>Reads an article back from JSON written by <see cref="ToJson(Article, bool)"/>.</summary>
    /// <exception cref="JsonException">The text is not an article in the NewsParse contract.</exception>
    public static Article FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonSerializer.Deserialize(json, TypeInfo<Article>(false)) ?? throw new JsonException("The JSON is null, not an article.");
    }

    /// <summary>One event as a line of JSON: <c>{"event":"heading","text":"...","level":2,"span":{...}}</c>.</summary>
    public static string ToJson(ArticleEvent articleEvent)
    {
        ArgumentNullException.ThrowIfNull(articleEvent);
        return JsonSerializer.Serialize(articleEvent, TypeInfo<ArticleEvent>(false));
    }

    /// <summary>Writes one event as JSON to <paramref name="writer"/>.</summary>
    public static void Write(Utf8JsonWriter writer, ArticleEvent articleEvent)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(articleEvent);
        JsonSerializer.Serialize(writer, articleEvent, TypeInfo<ArticleEvent>(false));
    }

    /// <summary>The serializer options of the contract, for embedding an article in a larger document.</summary>
    public static JsonSerializerOptions Options => Compact;

    private static JsonTypeInfo<T> TypeInfo<T>(bool indented) => (JsonTypeInfo<T>)(indented ? Indented : Compact).GetTypeInfo(typeof(T));

    private static JsonSerializerOptions CreateOptions(bool indented)
    {
        var options = new JsonSerializerOptions(NewsParseJsonContext.Default.Options)
        {
            WriteIndented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            AllowOutOfOrderMetadataProperties = true,
            TypeInfoResolver = NewsParseJsonContext.Default.WithAddedModifier(ShapeContract),
        };
        options.MakeReadOnly();
        return options;
    }

    /// <summary>Tags polymorphic types and leaves out computed properties that the tag or other fields already carry.</summary>
    private static void ShapeContract(JsonTypeInfo info)
    {
        if (info.Type == typeof(Block))
        {
            info.PolymorphismOptions = new JsonPolymorphismOptions
            {
                TypeDiscriminatorPropertyName = "type",
                DerivedTypes =
                {
                    new JsonDerivedType(typeof(ParagraphBlock), "paragraph"),
                    new JsonDerivedType(typeof(ListBlock), "list"),
                    new JsonDerivedType(typeof(QuoteBlock), "quote"),
                    new JsonDerivedType(typeof(TableBlock), "table"),
                    new JsonDerivedType(typeof(CodeBlock), "code"),
                    new JsonDerivedType(typeof(FigureBlock), "figure"),
                },
            };
        }
        else if (info.Type == typeof(ArticleEvent))
        {
            info.PolymorphismOptions = new JsonPolymorphismOptions
            {
                TypeDiscriminatorPropertyName = "event",
                DerivedTypes =
                {
                    new JsonDerivedType(typeof(MetadataEvent), "metadata"),
                    new JsonDerivedType(typeof(HeadingEvent), "heading"),
                    new JsonDerivedType(typeof(BlockEvent), "block"),
                    new JsonDerivedType(typeof(FaqStartEvent), "faqStart"),
                    new JsonDerivedType(typeof(FaqItemEvent), "faqItem"),
                    new JsonDerivedType(typeof(BoilerplateEvent), "boilerplate"),
                    new JsonDerivedType(typeof(DiagnosticEvent), "diagnostic"),
                },
            };
        }

        if (info.Kind != JsonTypeInfoKind.Object) return;
        bool isBlock = typeof(Block).IsAssignableFrom(info.Type);
        bool isEvent = typeof(ArticleEvent).IsAssignableFrom(info.Type);
        bool textIsComputed = info.Type == typeof(ListBlock) || info.Type == typeof(TableBlock) || info.Type == typeof(FigureBlock);
        for (int i = info.Properties.Count - 1; i >= 0; i--)
        {
            var name = info.Properties[i].Name;
            bool drop = (isBlock && name == "type")
                || (isEvent && name == "kind")
                || (textIsComputed && name == "text")
                || (info.Type == typeof(Article) && name == "isEmpty")
                || (info.Type == typeof(SourceSpan) && name == "end");
            if (drop) info.Properties.RemoveAt(i);
        }
    }

}
