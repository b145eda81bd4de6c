namespace NewsParse.Html;

/// <summary>
/// The JSON of an <c>application/ld+json</c> script as pages write it: white space around it, an HTML comment
/// (<c>&lt;!-- … --&gt;</c>) or a CDATA section, commented or bare (<c>//&lt;![CDATA[ … //]]&gt;</c>, <c>&lt;![CDATA[ … ]]&gt;</c>) wrapped around it, taken
/// off. A slice of the script's text when nothing is inside to take out, so a page's long scripts are not copied. A
/// surrogate without its pair (possible in a page given as a string) is replaced by U+FFFD, as a UTF-8 decoder would:
/// the JSON parser refuses text that cannot be UTF-8. Stateless and thread-safe.
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
        // a bare CDATA section around it (XHTML templates: "<![CDATA[ {…} ]]>"), which the script's text keeps as written
        text = text.Trim();
        if (text.Span.StartsWith("<![CDATA[", StringComparison.Ordinal)) text = text[9..];
        if (text.Span.EndsWith("]]>", StringComparison.Ordinal)) text = text[..^3];
        return WellFormed(text.Trim());
    }

    /// <summary>
    /// A copy of <paramref name="json"/> with each control character (U+0000–U+001F) written as a space, or null when it
    /// holds none. JSON allows them only as white space between tokens, where a space stands as well; inside a string a
    /// raw line break or tab is an error the page's readers forgive.
    /// </summary>
    public static ReadOnlyMemory<char>? WithoutControlCharacters(ReadOnlyMemory<char> json)
    {
        var span = json.Span;
        int first = span.IndexOfAnyInRange('\u0000', '\u001F');
        if (first < 0) return null;
        var chars = span.ToArray();
        for (int i = first; i < chars.Length; i++)
        {
            if (chars[i] < '\u0020') chars[i] = ' ';
        }
        return chars;
    }

    /// <summary><paramref name="text"/>, or a copy with each surrogate that has no pair replaced by U+FFFD.</summary>
    private static ReadOnlyMemory<char> WellFormed(ReadOnlyMemory<char> text)
    {
        var span = text.Span;
        int first = span.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (first < 0 || IsWellFormed(span[first..])) return text;
        var chars = span.ToArray();
        for (int i = first; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) i++;
            else if (char.IsSurrogate(chars[i])) chars[i] = '\uFFFD';
        }
        return chars;
    }

    private static bool IsWellFormed(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (!char.IsSurrogate(text[i])) continue;
            if (!char.IsHighSurrogate(text[i]) || i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])) return false;
            i++;
        }
        return true;
    }
}
