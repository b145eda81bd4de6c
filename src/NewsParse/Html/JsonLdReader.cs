using System.Text.Json;
using NewsParse.Html.Dom;
using NewsParse.Text;

namespace NewsParse.Html;

/// <summary>
/// Reads schema.org JSON-LD scripts with <see cref="JsonDocument"/>: top-level objects, arrays, <c>@graph</c> and
/// objects nested at any depth (walked with an explicit stack). The first object typed NewsArticle, Article,
/// BlogPosting, ReportageNewsArticle (or another *Article / *Posting type) gives headline, authors (a string, an
/// object with a name, a reference by <c>@id</c> to an object of the graph that has a name, or an array of these), datePublished, description, url, inLanguage and publisher
/// (in a graph with no article object, a WebPage's author given by <c>@id</c> is read as the article's would be); an
/// FAQPage gives its questions and accepted answers (answer markup is reduced to text). A script whose strings hold raw
/// control characters (line breaks, tabs) is read with them as spaces; a script that is not JSON even so is counted as
/// invalid, never thrown. Stateless and thread-safe.
/// </summary>
internal static class JsonLdReader
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 256 };

    /// <summary>Reads the scripts; answers written as markup are parsed with elements nesting at most <paramref name="maxDepth"/> levels.</summary>
    public static JsonLdData Read(IReadOnlyList<ReadOnlyMemory<char>> scripts, int maxDepth)
    {
        var data = new JsonLdData();
        foreach (var script in scripts)
        {
            var json = JsonLdScript.Unwrap(script);
            if (json.Length == 0) continue;
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(json, Options);
            }
            catch (JsonException)
            {
                // a raw line break or tab inside a string (a description pasted with its lines) is refused by the
                // parser and read by browsers and search engines: read once more with control characters as spaces
                if (JsonLdScript.WithoutControlCharacters(json) is not { } spaced || TryParse(spaced) is not { } second)
                {
                    data.Invalid++;
                    continue;
                }
                document = second;
            }
            using (document) Walk(document.RootElement, data, maxDepth);
        }
        ResolveAuthorReferences(data);
        return data;
    }

    /// <summary>The parsed document, or null when <paramref name="json"/> is not JSON.</summary>
    private static JsonDocument? TryParse(ReadOnlyMemory<char> json)
    {
        try
        {
            return JsonDocument.Parse(json, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// The article's authors given only by reference (<c>"author": {"@id": "…#/schema/person/…"}</c>, as Yoast writes
    /// them) named by the object of the page's graph that has that <c>@id</c>: a person's name, a weaker statement
    /// (<see cref="JsonLdData.AuthorsStated"/> false: the account that posted, to be confirmed by the page); an
    /// organization's name among the organizations.
    /// </summary>
    private static void ResolveAuthorReferences(JsonLdData data)
    {
        // a graph with no article object (older Yoast) gives the author on its WebPage: the same weak statement
        var references = data.HasArticle ? data.AuthorReferences : data.PageAuthorReferences;
        foreach (var reference in references)
        {
            if (!data.Named.TryGetValue(reference, out var named)) continue;
            var list = named.Organization ? data.OrganizationAuthors : data.Authors;
            if (list.Contains(named.Name)) continue;
            list.Add(named.Name);
            if (!named.Organization) data.AuthorsStated = false;
        }
    }

    private static void Walk(JsonElement root, JsonLdData data, int maxDepth)
    {
        var stack = new Stack<JsonElement>();
        stack.Push(root);
        var pending = new List<JsonElement>();
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (element.ValueKind == JsonValueKind.Array)
            {
                pending.Clear();
                foreach (var item in element.EnumerateArray()) pending.Add(item);
                for (int i = pending.Count - 1; i >= 0; i--) stack.Push(pending[i]);
                continue;
            }
            if (element.ValueKind != JsonValueKind.Object) continue;
            var type = TypeOf(element);
            if (String(element, "@id") is { } id && String(element, "name") is { } ownName && !data.Named.ContainsKey(id))
                data.Named[id] = (ownName, IsOrganization(element));
            if (String(element, "dateModified") is { } modified) data.Modified.Add(modified);
            if (String(element, "datePublished") is { } published) data.AnyPublished.Add(published);
            if (type == Kind.Article && !data.HasArticle) ReadArticle(element, data);
            else if (IsWebPage(element) && data.PageAuthorReferences.Count == 0 && element.TryGetProperty("author", out var pageAuthor) && pageAuthor.ValueKind == JsonValueKind.Object
                && String(pageAuthor, "@id") is { } pageReference && NameOf(pageAuthor) is null) data.PageAuthorReferences.Add(pageReference);
            else if (type == Kind.Faq && data.Faq.Count == 0) ReadFaq(element, data, maxDepth);
            pending.Clear();
            foreach (var property in element.EnumerateObject())
            {
                if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array) pending.Add(property.Value);
            }
            for (int i = pending.Count - 1; i >= 0; i--) stack.Push(pending[i]);
        }
    }

    private enum Kind { Other, Article, Faq }

    /// <summary>True for an object typed WebPage (alone or among its types).</summary>
    private static bool IsWebPage(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type)) return false;
        if (type.ValueKind == JsonValueKind.String) return type.ValueEquals("WebPage");
        if (type.ValueKind != JsonValueKind.Array) return false;
        foreach (var item in type.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String && item.ValueEquals("WebPage")) return true;
        }
        return false;
    }

    private static Kind TypeOf(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type)) return Kind.Other;
        if (type.ValueKind == JsonValueKind.String) return KindOf(type.GetString());
        if (type.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in type.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && KindOf(item.GetString()) is var kind && kind != Kind.Other) return kind;
            }
        }
        return Kind.Other;
    }

    private static Kind KindOf(string? type)
    {
        if (type is null) return Kind.Other;
        if (type.StartsWith("schema:", StringComparison.Ordinal)) type = type[7..];
        if (type == "FAQPage") return Kind.Faq;
        return type.EndsWith("Article", StringComparison.Ordinal) || type.EndsWith("Posting", StringComparison.Ordinal) || type == "Report"
            ? Kind.Article : Kind.Other;
    }

    private static void ReadArticle(JsonElement article, JsonLdData data)
    {
        data.HasArticle = true;
        data.Headline = String(article, "headline");
        data.Name = String(article, "name");
        data.Published = String(article, "datePublished") ?? String(article, "dateCreated");
        data.ArticleModified = String(article, "dateModified");
        data.Description = String(article, "description");
        data.ArticleBody = String(article, "articleBody") ?? String(article, "text");
        data.Url = String(article, "url") ?? IdOf(article, "mainEntityOfPage");
        data.Language = String(article, "inLanguage");
        if (article.TryGetProperty("publisher", out var publisher)) data.Publisher = NameOf(publisher);
        foreach (var key in AuthorKeys)
        {
            if (!article.TryGetProperty(key, out var author)) continue;
            if (author.ValueKind == JsonValueKind.Array)
            {
                foreach (var one in author.EnumerateArray()) AddAuthor(one, data);
            }
            else AddAuthor(author, data);
            if (data.Authors.Count + data.OrganizationAuthors.Count > 0) break;
        }
    }

    private static readonly string[] AuthorKeys = ["author", "creator"];

    /// <summary>Adds one author: a string (a person's name), or an object with a name, typed Organization (or a kind of one: NewsMediaOrganization, Corporation...) or a person.</summary>
    private static void AddAuthor(JsonElement author, JsonLdData data)
    {
        var name = NameOf(author);
        if (name is null && author.ValueKind == JsonValueKind.Object && String(author, "@id") is { } reference)
        {
            if (!data.AuthorReferences.Contains(reference)) data.AuthorReferences.Add(reference);
            return;
        }
        if (name is null || name.StartsWith("http", StringComparison.OrdinalIgnoreCase)) return;
        bool organization = author.ValueKind == JsonValueKind.Object && IsOrganization(author);
        var list = organization ? data.OrganizationAuthors : data.Authors;
        if (!organization && author.ValueKind == JsonValueKind.Object && !author.TryGetProperty("@type", out _)) data.AuthorsStated = false;
        if (!list.Contains(name)) list.Add(name);
    }

    private static bool IsOrganization(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type)) return false;
        if (type.ValueKind == JsonValueKind.String) return IsOrganizationType(type.GetString());
        if (type.ValueKind != JsonValueKind.Array) return false;
        foreach (var item in type.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String && IsOrganizationType(item.GetString())) return true;
        }
        return false;
    }

    private static bool IsOrganizationType(string? type) =>
        type is not null && (type.EndsWith("Organization", StringComparison.Ordinal) || type is "Corporation" or "schema:Organization" or "NGO" or "GovernmentOrganization" or "Brand" or "WebSite");

    private static void ReadFaq(JsonElement page, JsonLdData data, int maxDepth)
    {
        if (!page.TryGetProperty("mainEntity", out var entities)) return;
        var list = entities.ValueKind == JsonValueKind.Array ? entities.EnumerateArray().ToList() : [entities];
        foreach (var entity in list)
        {
            if (entity.ValueKind != JsonValueKind.Object) continue;
            var question = String(entity, "name") ?? String(entity, "text");
            string? answer = null;
            if (entity.TryGetProperty("acceptedAnswer", out var accepted))
            {
                if (accepted.ValueKind == JsonValueKind.Array && accepted.GetArrayLength() > 0) accepted = accepted[0];
                answer = accepted.ValueKind == JsonValueKind.Object ? RawString(accepted, "text") : null;
            }
            if (question is null || answer is null) continue;
            var answerText = HtmlToText(answer, maxDepth);
            if (answerText.Length > 0) data.Faq.Add((HtmlToText(question, maxDepth).Replace('\n', ' '), answerText));
        }
    }

    /// <summary>An answer's text: markup parsed (without scripts or loading) and reduced to lines.</summary>
    private static string HtmlToText(string value, int maxDepth)
    {
        if (value.IndexOf('<', StringComparison.Ordinal) < 0 && value.IndexOf('&', StringComparison.Ordinal) < 0) return Whitespace.Collapse(value);
        var fragment = HtmlDocument.Parse("<body>" + value + "</body>", maxDepth);
        return TextCollector.Lines(fragment.Body);
    }

    private static string? NameOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => Clean(value.GetString()),
        JsonValueKind.Object => String(value, "name"),
        JsonValueKind.Array when value.GetArrayLength() > 0 => NameOf(value[0]),
        _ => null,
    };

    private static string? IdOf(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value)) return null;
        return value.ValueKind switch
        {
            JsonValueKind.String => Clean(value.GetString()),
            JsonValueKind.Object => String(value, "@id") ?? String(value, "url"),
            _ => null,
        };
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? Clean(value.GetString()) : null;

    private static string? RawString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Clean(string? value)
    {
        if (value is null) return null;
        var text = Whitespace.Collapse(System.Net.WebUtility.HtmlDecode(value));
        return text.Length == 0 ? null : text;
    }
}
