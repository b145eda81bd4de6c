using System.Text.Json.Serialization;

namespace NewsParse;

/// <summary>
/// Where a node or event came from in the input: an offset and a length counted in UTF-16 code units
/// of the decoded input text (not bytes). For HTML input the span covers the text of the element the
/// node was read from, as decoded before parsing.
/// </summary>
/// <param name="Start">Offset of the first character, from the start of the decoded input (0-based).</param>
/// <param name="Length">Number of UTF-16 code units covered; 0 for a node with no source text.</param>
public readonly record struct SourceSpan([property: JsonPropertyName("start")] long Start, [property: JsonPropertyName("length")] int Length)
{
    /// <summary>A span that points nowhere (offset 0, length 0): used for nodes made by code rather than read.</summary>
    public static SourceSpan None => default;

    /// <summary>Offset just past the last character covered (not in the JSON contract: <c>start + length</c>).</summary>
    [JsonIgnore]
    public long End => Start + Length;

    /// <summary>The smallest span that covers both <paramref name="a"/> and <paramref name="b"/>; an empty span is ignored.</summary>
    public static SourceSpan Union(SourceSpan a, SourceSpan b)
    {
        if (a.Length == 0 && a.Start == 0) return b;
        if (b.Length == 0 && b.Start == 0) return a;
        long start = Math.Min(a.Start, b.Start);
        long end = Math.Max(a.End, b.End);
        return new SourceSpan(start, (int)Math.Min(int.MaxValue, end - start));
    }
}
