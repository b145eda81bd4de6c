using System.Text.Json;
using NewsParse.Html.Dom;
using NewsParse.Model;
using NewsParse.Text;

namespace NewsParse.Html;

/// <summary>
/// The reader comments a page states in its JSON-LD: schema.org <c>Comment</c> objects (an article's or a posting's
/// <c>comment</c>, a discussion's replies), each with its <c>text</c> (markup reduced to text), its author (a name or
/// an object with one) and its <c>dateCreated</c> or <c>datePublished</c>; a Comment inside another is a reply one level
/// deeper. Only scripts that name a comment are parsed; one that is not JSON is skipped (the metadata reader counts it).
/// Walked with an explicit stack. Stateless and thread-safe.
/// </summary>
internal static class JsonLdComments
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 256 };

    /// <summary>The comments of the page's JSON-LD scripts in the order they are written; markup in a text nests at most <paramref name="maxDepth"/> levels.</summary>
    public static List<Comment> Read(IReadOnlyList<ReadOnlyMemory<char>> scripts, int maxDepth)
    {
        var comments = new List<Comment>();
        foreach (var script in scripts)
        {
            if (script.Span.IndexOf("Comment", StringComparison.Ordinal) < 0) continue;
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(JsonLdScript.Unwrap(script), Options);
            }
            catch (JsonException)
            {
                continue;
            }
            using (document) Walk(document.RootElement, comments, maxDepth);
        }
        return comments;
    }

    private static void Walk(JsonElement root, List<Comment> comments, int maxDepth)
    {
        var stack = new Stack<(JsonElement Element, int Depth)>();
        stack.Push((root, 0));
        var pending = new List<JsonElement>();
        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            if (element.ValueKind == JsonValueKind.Array)
            {
                pending.Clear();
                foreach (var item in element.EnumerateArray()) pending.Add(item);
                for (int i = pending.Count - 1; i >= 0; i--) stack.Push((pending[i], depth));
                continue;
            }
            if (element.ValueKind != JsonValueKind.Object) continue;
            int inner = depth;
            if (IsComment(element))
            {
                if (String(element, "text") is { } raw && Text(raw, maxDepth) is { Length: > 0 } text)
                    comments.Add(new Comment(text, Author(element), String(element, "dateCreated") ?? String(element, "datePublished"), depth));
                inner = depth + 1;
            }
            pending.Clear();
            foreach (var property in element.EnumerateObject())
            {
                if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array) pending.Add(property.Value);
            }
            for (int i = pending.Count - 1; i >= 0; i--) stack.Push((pending[i], inner));
        }
    }

    private static bool IsComment(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type)) return false;
        if (type.ValueKind == JsonValueKind.String) return IsCommentType(type.GetString());
        if (type.ValueKind != JsonValueKind.Array) return false;
        foreach (var item in type.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String && IsCommentType(item.GetString())) return true;
        }
        return false;
    }

    private static bool IsCommentType(string? type) => type is "Comment" or "schema:Comment" or "http://schema.org/Comment" or "https://schema.org/Comment";

    private static string? Author(JsonElement comment)
    {
        if (!comment.TryGetProperty("author", out var author)) return null;
        if (author.ValueKind == JsonValueKind.Array && author.GetArrayLength() > 0) author = author[0];
        var name = author.ValueKind switch
        {
            JsonValueKind.String => author.GetString(),
            JsonValueKind.Object => String(author, "name"),
            _ => null,
        };
        name = name is null ? null : Whitespace.Collapse(System.Net.WebUtility.HtmlDecode(name));
        return name is { Length: > 0 and <= CommentSectionReader.MaxAuthorChars } ? name : null;
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>A comment's text: markup parsed (no scripts run, nothing loaded), paragraphs joined with a blank line.</summary>
    private static string Text(string value, int maxDepth)
    {
        if (value.IndexOf('<', StringComparison.Ordinal) < 0) return Whitespace.Collapse(System.Net.WebUtility.HtmlDecode(value));
        var fragment = HtmlDocument.Parse("<body>" + value + "</body>", maxDepth);
        var lines = TextCollector.Lines(fragment.Body).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Join("\n\n", lines);
    }
}
