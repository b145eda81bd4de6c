namespace NewsParse.Html;

/// <summary>
/// The JSON of an <c>application/ld+json</c> script as pages write it: white space around it, an HTML comment
/// (<c>&lt;!-- … --&gt;</c>) or a commented CDATA section (<c>//&lt;![CDATA[ … //]]&gt;</c>) wrapped around it, taken
/// off. A slice of the script's text when nothing is inside to take out, so a page's long scripts are not copied.
/// Stateless and thread-safe.
/// </summary>
internal static class JsonLdScript
{
    /// <summary>The JSON of <paramref name="script"/>: trimmed, unwrapped; empty when nothing is left.</summary>
    public static ReadOnlyMemory<char> Unwrap(ReadOnlyMemory<char> script)
    {
        var text = script.Trim();
        if (text.Span.StartsWith("<!--", StringComparison.Ordinal)) text = text[4..];
        if (text.Span.EndsWith("-->", StringComparison.Ordinal)) text = text[..^3];
        if (text.Span.IndexOf("//<![CDATA[", StringComparison.Ordinal) >= 0 || text.Span.IndexOf("//]]>", StringComparison.Ordinal) >= 0)
            text = text.ToString().Replace("//<![CDATA[", "", StringComparison.Ordinal).Replace("//]]>", "", StringComparison.Ordinal).AsMemory();
        return text.Trim();
    }
}
