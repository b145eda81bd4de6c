using System.Text.Json;
using NewsParse.Model;
using NewsParse.Reading;

namespace NewsParse.Rendering;

/// <summary>
/// The JSON contract of NewsParse, written and read: camelCase names, enums as camelCase strings, every top-level
/// field present (null when unknown), blocks tagged by <c>"type"</c> and events by <c>"event"</c>, the tag first.
/// <see cref="ToJson(Article, bool)"/> and <see cref="FromJson(string)"/> round-trip: the JSON reads back into an equal
/// <see cref="Article"/>. The shape comes from <see cref="NewsParseJson"/> (attributes on the model types); this class
/// adds the escaping: <c>&lt;</c>, U+2028 and U+2029 are written as <c>\u003C</c>, <c>\u2028</c>, <c>\u2029</c>, so
/// the JSON can be embedded in an HTML <c>&lt;script&gt;</c> element as it is; other characters, non-ASCII text
/// included, are written unescaped. Source-generated: trim- and AOT-safe. Thread-safe.
/// </summary>
public static class ArticleJson
{
    private static readonly NewsParseJsonContext Compact = Create(indented: false);
    private static readonly NewsParseJsonContext Indented = Create(indented: true);

    /// <summary>The article as JSON text.</summary>
    /// <param name="article">The article.</param>
    /// <param name="indented">True for two-space indentation, false for one line.</param>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    public static string ToJson(Article article, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(article);
        return JsonSerializer.Serialize(article, (indented ? Indented : Compact).Article);
    }

    /// <summary>
    /// Writes the article as JSON to <paramref name="writer"/>, to embed it in a larger document. The writer's own
    /// options (indentation, escaping) apply.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Utf8JsonWriter writer, Article article)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(article);
        JsonSerializer.Serialize(writer, article, Compact.Article);
    }

    /// <summary>Reads an article from JSON text in the contract (as <see cref="ToJson(Article, bool)"/> writes it).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not JSON, or not an article in the contract: a member of the wrong
    /// type, an unknown enum name or block type, null where the contract has none, a required member missing.</exception>
    public static Article FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return JsonSerializer.Deserialize(json, Compact.Article) ?? throw NullArticle();
        }
        catch (Exception e) when (IsContractViolation(e))
        {
            throw NotAnArticle(e);
        }
    }

    /// <summary>Reads an article from UTF-8 JSON in the contract (a BOM is skipped).</summary>
    /// <exception cref="JsonException">The bytes are not JSON, or not an article in the contract (see <see cref="FromJson(string)"/>).</exception>
    public static Article FromJson(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            return JsonSerializer.Deserialize(utf8Json, Compact.Article) ?? throw NullArticle();
        }
        catch (Exception e) when (IsContractViolation(e))
        {
            throw NotAnArticle(e);
        }
    }

    /// <summary>Reads an article from a stream of UTF-8 JSON in the contract, to its end. The stream is not disposed.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="JsonException">The stream is not JSON, or not an article in the contract (see <see cref="FromJson(string)"/>).</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static Article FromJson(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        try
        {
            return JsonSerializer.Deserialize(utf8Json, Compact.Article) ?? throw NullArticle();
        }
        catch (Exception e) when (IsContractViolation(e))
        {
            throw NotAnArticle(e);
        }
    }

    /// <summary>One event as a line of JSON: <c>{"event":"heading","text":"...","level":2,"span":{...},"reason":"..."}</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="articleEvent"/> is null.</exception>
    public static string ToJson(ArticleEvent articleEvent)
    {
        ArgumentNullException.ThrowIfNull(articleEvent);
        return JsonSerializer.Serialize(articleEvent, Compact.ArticleEvent);
    }

    /// <summary>Writes one event as JSON to <paramref name="writer"/>; the writer's own options apply.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Utf8JsonWriter writer, ArticleEvent articleEvent)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(articleEvent);
        JsonSerializer.Serialize(writer, articleEvent, Compact.ArticleEvent);
    }

    private static NewsParseJsonContext Create(bool indented) =>
        new(new JsonSerializerOptions(NewsParseJsonContext.Default.Options)
        {
            WriteIndented = indented,
            Encoder = ScriptSafeJsonEncoder.Instance,
        });

    /// <summary>
    /// What the serializer or the model throws for JSON that is well-formed but not an article: a model invariant
    /// (null where none is allowed), or a block without its "type" tag (an abstract type to make).
    /// </summary>
    private static bool IsContractViolation(Exception e) => e is ArgumentException or NotSupportedException;

    private static JsonException NullArticle() => new("The JSON is null, not an article.");

    private static JsonException NotAnArticle(Exception e) => new($"The JSON is not an article in the NewsParse contract: {e.Message}", e);
}
