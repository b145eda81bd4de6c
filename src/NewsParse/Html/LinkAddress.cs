using NewsParse.Html.Dom;

namespace NewsParse.Html;

/// <summary>
/// Link and image addresses as the model keeps them: resolved against the page's base (an absolute
/// <c>&lt;base href&gt;</c>, else the page's own URL as it states it: canonical link, then <c>og:url</c>), as written
/// when the page gives no base; addresses that run code or carry their content (<c>javascript:</c>,
/// <c>vbscript:</c>, <c>data:</c>, whatever their case and the white space or control characters a browser ignores
/// in them) are dropped. Nothing is fetched. Stateless and thread-safe.
/// </summary>
internal static class LinkAddress
{
    /// <summary>
    /// The page's base address: its <c>&lt;base href&gt;</c> resolved against the page's address, or that address;
    /// the page's address is <paramref name="fetchedFrom"/> when the caller gives one (an absolute http or https
    /// address), else the one the page states. Null when there is none that is absolute (http, https).
    /// </summary>
    public static Uri? BaseOf(HtmlDocument document, PageIndex index, Uri? fetchedFrom = null)
    {
        Uri? page = fetchedFrom is { IsAbsoluteUri: true } given0 && IsWeb(given0) ? given0 : Absolute(index.Canonical) ?? Absolute(index.Meta("og:url"));
        foreach (var child in document.Head.Children)
        {
            if (child.LocalName != "base" || child.GetAttribute("href") is not { } href) continue;
            href = href.Trim();
            if (Uri.TryCreate(href, UriKind.Absolute, out var given) && IsWeb(given)) return given;
            if (page is not null && Uri.TryCreate(page, href, out var relative) && IsWeb(relative)) return relative;
            break;
        }
        return page;
    }

    /// <summary>The address to keep for <paramref name="written"/>; null when it is empty or runs code or carries its content.</summary>
    public static string? Resolve(string? written, Uri? baseAddress)
    {
        if (written is null) return null;
        var href = written.Trim();
        if (href.Length == 0 || IsUnsafe(href)) return null;
        if (baseAddress is not null && Uri.TryCreate(baseAddress, href, out var resolved))
            return IsUnsafe(resolved.Scheme) ? null : resolved.AbsoluteUri;
        return href;
    }

    /// <summary>True for a scheme that runs code or carries its content: javascript, vbscript, data (tabs, new lines and controls ignored, as browsers do).</summary>
    public static bool IsUnsafe(string href)
    {
        Span<char> scheme = stackalloc char[16];
        int length = 0;
        bool colon = false;
        foreach (char c in href)
        {
            if (c <= ' ') continue;   // browsers strip controls and spaces ("java\tscript:")
            if (c == ':')
            {
                colon = true;
                break;
            }
            if (length == scheme.Length || !(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.')) return false;
            scheme[length++] = char.ToLowerInvariant(c);
        }
        if (!colon) return false;
        var name = scheme[..length];
        return name is "javascript" or "vbscript" or "data";
    }

    private static Uri? Absolute(string? address) =>
        address is not null && Uri.TryCreate(address.Trim(), UriKind.Absolute, out var uri) && IsWeb(uri) ? uri : null;

    private static bool IsWeb(Uri uri) => uri.Scheme is "http" or "https";
}
