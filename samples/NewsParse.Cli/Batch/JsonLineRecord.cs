using System.Text.Json;

namespace NewsParse.Cli.Batch;

/// <summary>
/// One document of a JSON Lines file: <c>{"url": ..., "html": "..."}</c> (an HTML page) or <c>{"url": ..., "text": "..."}</c>
/// (a text dump); <c>"url"</c> is optional and other members are ignored. <see cref="TryRead"/> decodes one line and
/// says in one short phrase what is wrong with a bad one (the caller adds where: <c>FILE:LINE</c>); a bad record that
/// is a JSON object still gives its <see cref="Url"/>. Immutable.
/// </summary>
/// <param name="Url">The record's address, or null.</param>
/// <param name="Content">The page or the text dump.</param>
/// <param name="Format">How to read <paramref name="Content"/>: <see cref="InputFormat.Html"/> or <see cref="InputFormat.Text"/>.</param>
internal readonly record struct JsonLineRecord(string? Url, string Content, InputFormat Format)
{
    /// <summary>Decodes one line; false with <paramref name="error"/> (such as <c>not valid JSON (at byte 17)</c>) when it is not a record.</summary>
    public static bool TryRead(string line, out JsonLineRecord record, out string? error)
    {
        ArgumentNullException.ThrowIfNull(line);
        record = default;
        string? url = null, html = null, text = null;
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = $"not a JSON object but {Describe(root.ValueKind)}";
                return false;
            }
            if (root.TryGetProperty("url", out var u) && u.ValueKind == JsonValueKind.String) url = u.GetString();
            if (root.TryGetProperty("html", out var h) && h.ValueKind == JsonValueKind.String) html = h.GetString();
            if (root.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String) text = t.GetString();
        }
        catch (JsonException e)
        {
            error = e.BytePositionInLine is { } at ? $"not valid JSON (at byte {at + 1} of the line)" : "not valid JSON";
            return false;
        }
        url = string.IsNullOrEmpty(url) ? null : url;
        // a record that is JSON but wrong still says its address, so its error line can be matched with its input
        record = new JsonLineRecord(url, "", InputFormat.Html);
        if (html is not null && text is not null)
        {
            error = "has both an \"html\" and a \"text\" string; give one";
            return false;
        }
        if (html is null && text is null)
        {
            error = "has no \"html\" or \"text\" string";
            return false;
        }
        record = new JsonLineRecord(url, html ?? text!, html is not null ? InputFormat.Html : InputFormat.Text);
        error = null;
        return true;
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.Null => "null",
        _ => "true or false",
    };
}
