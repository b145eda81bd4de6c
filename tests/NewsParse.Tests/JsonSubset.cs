using System.Text.Json.Nodes;

namespace NewsParse.Tests;

/// <summary>
/// Compares JSON by the contract's rule: every field of the expected document must be present with an equal value;
/// the actual document may carry more fields (spans, reasons, diagnostics). Arrays must have the same length and order.
/// </summary>
internal static class JsonSubset
{
    /// <summary>The first difference as a path and a message, or null when <paramref name="actual"/> contains <paramref name="expected"/>.</summary>
    public static string? FirstDifference(JsonNode? expected, JsonNode? actual, string path = "$")
    {
        switch (expected)
        {
            case null:
                return actual is null ? null : $"{path}: expected null, got {actual.ToJsonString()}";
            case JsonObject eo:
                if (actual is not JsonObject ao) return $"{path}: expected an object, got {actual?.ToJsonString() ?? "null"}";
                foreach (var (key, value) in eo)
                {
                    if (!ao.ContainsKey(key)) return $"{path}.{key}: missing";
                    if (FirstDifference(value, ao[key], $"{path}.{key}") is { } d) return d;
                }
                return null;
            case JsonArray ea:
                if (actual is not JsonArray aa) return $"{path}: expected an array, got {actual?.ToJsonString() ?? "null"}";
                for (int i = 0; i < Math.Min(ea.Count, aa.Count); i++)
                {
                    if (FirstDifference(ea[i], aa[i], $"{path}[{i}]") is { } d) return d;
                }
                return ea.Count == aa.Count ? null : $"{path}: expected {ea.Count} items, got {aa.Count}";
            default:
                var e = expected.ToJsonString();
                var a = actual?.ToJsonString() ?? "null";
                return e == a ? null : $"{path}: expected {e}, got {a}";
        }
    }
}
