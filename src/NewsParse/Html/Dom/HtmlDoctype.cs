namespace NewsParse.Html.Dom;

/// <summary>
/// Reads a doctype as the standard's tokenizer does (HTML Living Standard §13.2.5.53-68: name, public and system
/// identifiers, the force-quirks flag) and tells the document's mode from it by the table of §13.2.6.4.1.
/// Stateless and thread-safe.
/// </summary>
internal static class HtmlDoctype
{
    /// <summary>Public identifiers that start one of these put the document in quirks mode (compared ASCII case-insensitively).</summary>
    private static readonly string[] QuirksPrefixes =
    [
        "+//Silmaril//dtd html Pro v0r11 19970101//", "-//AS//DTD HTML 3.0 asWedit + extensions//",
        "-//AdvaSoft Ltd//DTD HTML 3.0 asWedit + extensions//", "-//IETF//DTD HTML 2.0 Level 1//", "-//IETF//DTD HTML 2.0 Level 2//",
        "-//IETF//DTD HTML 2.0 Strict Level 1//", "-//IETF//DTD HTML 2.0 Strict Level 2//", "-//IETF//DTD HTML 2.0 Strict//",
        "-//IETF//DTD HTML 2.0//", "-//IETF//DTD HTML 2.1E//", "-//IETF//DTD HTML 3.0//", "-//IETF//DTD HTML 3.2 Final//",
        "-//IETF//DTD HTML 3.2//", "-//IETF//DTD HTML 3//", "-//IETF//DTD HTML Level 0//", "-//IETF//DTD HTML Level 1//",
        "-//IETF//DTD HTML Level 2//", "-//IETF//DTD HTML Level 3//", "-//IETF//DTD HTML Strict Level 0//",
        "-//IETF//DTD HTML Strict Level 1//", "-//IETF//DTD HTML Strict Level 2//", "-//IETF//DTD HTML Strict Level 3//",
        "-//IETF//DTD HTML Strict//", "-//IETF//DTD HTML//", "-//Metrius//DTD Metrius Presentational//",
        "-//Microsoft//DTD Internet Explorer 2.0 HTML Strict//", "-//Microsoft//DTD Internet Explorer 2.0 HTML//",
        "-//Microsoft//DTD Internet Explorer 2.0 Tables//", "-//Microsoft//DTD Internet Explorer 3.0 HTML Strict//",
        "-//Microsoft//DTD Internet Explorer 3.0 HTML//", "-//Microsoft//DTD Internet Explorer 3.0 Tables//",
        "-//Netscape Comm. Corp.//DTD HTML//", "-//Netscape Comm. Corp.//DTD Strict HTML//", "-//O'Reilly and Associates//DTD HTML 2.0//",
        "-//O'Reilly and Associates//DTD HTML Extended 1.0//", "-//O'Reilly and Associates//DTD HTML Extended Relaxed 1.0//",
        "-//SQ//DTD HTML 2.0 HoTMetaL + extensions//",
        "-//SoftQuad Software//DTD HoTMetaL PRO 6.0::19990601::extensions to HTML 4.0//",
        "-//SoftQuad//DTD HoTMetaL PRO 4.0::19971010::extensions to HTML 4.0//", "-//Spyglass//DTD HTML 2.0 Extended//",
        "-//Sun Microsystems Corp.//DTD HotJava HTML//", "-//Sun Microsystems Corp.//DTD HotJava Strict HTML//",
        "-//W3C//DTD HTML 3 1995-03-24//", "-//W3C//DTD HTML 3.2 Draft//", "-//W3C//DTD HTML 3.2 Final//", "-//W3C//DTD HTML 3.2//",
        "-//W3C//DTD HTML 3.2S Draft//", "-//W3C//DTD HTML 4.0 Frameset//", "-//W3C//DTD HTML 4.0 Transitional//",
        "-//W3C//DTD HTML Experimental 19960712//", "-//W3C//DTD HTML Experimental 970421//", "-//W3C//DTD W3 HTML//",
        "-//W3O//DTD W3 HTML 3.0//", "-//WebTechs//DTD Mozilla HTML 2.0//", "-//WebTechs//DTD Mozilla HTML//",
    ];

    /// <summary>
    /// The mode a doctype gives: <paramref name="content"/> is what follows "&lt;!DOCTYPE" up to its '&gt;' (excluded),
    /// <paramref name="closed"/> false when the page ended before the '&gt;'.
    /// </summary>
    public static HtmlQuirksMode ModeOf(ReadOnlySpan<char> content, bool closed)
    {
        if (!Read(content, closed, out var name, out var publicId, out var systemId)) return HtmlQuirksMode.Quirks;
        if (!name.Equals("html", StringComparison.OrdinalIgnoreCase)) return HtmlQuirksMode.Quirks;
        if (publicId is { } p)
        {
            if (p.Equals("-//W3O//DTD W3 HTML Strict 3.0//EN//", StringComparison.OrdinalIgnoreCase)
                || p.Equals("-/W3C/DTD HTML 4.0 Transitional/EN", StringComparison.OrdinalIgnoreCase)
                || p.Equals("HTML", StringComparison.OrdinalIgnoreCase))
                return HtmlQuirksMode.Quirks;
            foreach (var prefix in QuirksPrefixes)
            {
                if (p.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return HtmlQuirksMode.Quirks;
            }
            bool html401 = p.StartsWith("-//W3C//DTD HTML 4.01 Frameset//", StringComparison.OrdinalIgnoreCase)
                || p.StartsWith("-//W3C//DTD HTML 4.01 Transitional//", StringComparison.OrdinalIgnoreCase);
            if (html401 && systemId is null) return HtmlQuirksMode.Quirks;
            if (html401
                || p.StartsWith("-//W3C//DTD XHTML 1.0 Frameset//", StringComparison.OrdinalIgnoreCase)
                || p.StartsWith("-//W3C//DTD XHTML 1.0 Transitional//", StringComparison.OrdinalIgnoreCase))
                return HtmlQuirksMode.LimitedQuirks;
        }
        if (systemId is { } s && s.Equals("http://www.ibm.com/data/dtd/v11/ibmxhtml1-transitional.dtd", StringComparison.OrdinalIgnoreCase))
            return HtmlQuirksMode.Quirks;
        return HtmlQuirksMode.NoQuirks;
    }

    /// <summary>The doctype's name and identifiers (null when absent); false when the standard's tokenizer sets force-quirks.</summary>
    private static bool Read(ReadOnlySpan<char> s, bool closed, out ReadOnlySpan<char> name, out string? publicId, out string? systemId)
    {
        name = default;
        publicId = systemId = null;
        int i = SkipSpace(s, 0);
        int nameStart = i;
        while (i < s.Length && !IsSpace(s[i])) i++;
        name = s[nameStart..i];
        if (name.IsEmpty) return false;
        i = SkipSpace(s, i);
        if (i >= s.Length) return closed;
        var keyword = s[i..];
        bool isPublic = keyword.StartsWith("public", StringComparison.OrdinalIgnoreCase);
        if (!isPublic && !keyword.StartsWith("system", StringComparison.OrdinalIgnoreCase)) return false;
        i = SkipSpace(s, i + 6);
        if (!Quoted(s, ref i, closed, out var first)) return false;
        if (!isPublic)
        {
            systemId = first;
            // anything after the system identifier is a bogus doctype's content, which keeps the flag off
            return closed || SkipSpace(s, i) < s.Length;
        }
        publicId = first;
        i = SkipSpace(s, i);
        if (i >= s.Length) return closed;
        if (!Quoted(s, ref i, closed, out var second)) return false;
        systemId = second;
        return closed || SkipSpace(s, i) < s.Length;
    }

    /// <summary>Reads a quoted identifier at <paramref name="i"/>; false when there is no quote or the identifier is cut (by the '&gt;' that ended the doctype, or by the end of the page).</summary>
    private static bool Quoted(ReadOnlySpan<char> s, ref int i, bool closed, out string? value)
    {
        value = null;
        if (i >= s.Length || s[i] is not ('"' or '\'')) return false;
        int close = s[(i + 1)..].IndexOf(s[i]);
        if (close < 0) return false;
        value = s.Slice(i + 1, close).ToString();
        i += close + 2;
        return true;
    }

    private static int SkipSpace(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && IsSpace(s[i])) i++;
        return i;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
