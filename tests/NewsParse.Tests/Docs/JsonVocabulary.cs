using System.Text.Json.Nodes;

namespace NewsParse.Tests.Docs;

/// <summary>
/// The words of the JSON contract that occur in a piece of JSON: every member name, and the values of the members
/// whose value is a name of the contract (a block's <c>type</c>, an event's <c>event</c>, the <c>kind</c> of
/// boilerplate and inline runs, a diagnostic's <c>code</c>, a metadata event's <c>field</c>, a heading's <c>origin</c>).
/// </summary>
internal static class JsonVocabulary
{
    private static readonly HashSet<string> NamingMembers = ["type", "event", "kind", "code", "field", "origin"];

    /// <summary>The contract's words in one JSON value, without repeats.</summary>
    public static SortedSet<string> Of(string json) => Collect(JsonNode.Parse(json), new SortedSet<string>(StringComparer.Ordinal));

    /// <summary>The contract's words in JSON Lines (one value a line), without repeats.</summary>
    public static SortedSet<string> OfLines(string jsonLines)
    {
        var words = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var line in jsonLines.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            Collect(JsonNode.Parse(line), words);
        return words;
    }

    /// <summary>The words of <paramref name="words"/> that <paramref name="document"/> does not name as a code span (<c>`word`</c>).</summary>
    public static IReadOnlyList<string> NotNamedIn(string document, IEnumerable<string> words) =>
        words.Where(w => !document.Contains($"`{w}`", StringComparison.Ordinal)).ToList();

    private static SortedSet<string> Collect(JsonNode? root, SortedSet<string> words)
    {
        var pending = new Stack<JsonNode?>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case JsonObject o:
                    foreach (var (name, value) in o)
                    {
                        words.Add(name);
                        if (NamingMembers.Contains(name) && value is JsonValue v && v.TryGetValue<string>(out var s)) words.Add(s);
                        pending.Push(value);
                    }
                    break;
                case JsonArray a:
                    foreach (var item in a) pending.Push(item);
                    break;
            }
        }
        return words;
    }
}
