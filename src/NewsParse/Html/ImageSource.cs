using System.Globalization;
using NewsParse.Html.Dom;

namespace NewsParse.Html;

/// <summary>
/// What an <c>&lt;img&gt;</c> shows: its address (the largest candidate of <c>srcset</c>, else <c>src</c>, else the
/// lazy-load attribute a script would copy into <c>src</c> — <c>data-src</c>, <c>data-lazy-src</c>,
/// <c>data-original</c>, <c>data-srcset</c> — when <c>src</c> is missing or a placeholder: a <c>data:</c> address),
/// resolved by <see cref="LinkAddress"/>; its alternative text and its declared size. A tracking pixel or spacer
/// (declared 1 or 2 pixels wide or high) shows nothing. Stateless and thread-safe.
/// </summary>
internal static class ImageSource
{
    /// <summary>An image smaller than this (declared width or height, in CSS pixels) is a pixel or spacer.</summary>
    public const int MinPixels = 3;

    /// <summary>The image's address, alternative text and declared size.</summary>
    public readonly record struct Found(string Address, string? Alt, int? Width, int? Height, bool NamedDecoration = false);

    /// <summary>An image declared smaller than this on both sides is an icon, not a figure.</summary>
    public const int MinFigurePixels = 48;

    /// <summary>
    /// True for an image that decorates rather than shows: declared smaller than <see cref="MinFigurePixels"/> on its
    /// longer side, or named an avatar, icon, logo, emoji, sprite, spacer or pixel by its class, id or file name.
    /// </summary>
    public static bool IsDecoration(Found image) =>
        image.NamedDecoration || Math.Max(image.Width ?? int.MaxValue, image.Height ?? int.MaxValue) < MinFigurePixels;

    private static readonly string[] DecorationNames = ["avatar", "icon", "logo", "emoji", "sprite", "spacer", "pixel", "gravatar"];

    /// <summary>The class, id or file name names the image as decoration.</summary>
    private static bool NamedAsDecoration(HtmlElement image, string address)
    {
        int slash = address.LastIndexOf('/');
        var file = address.AsSpan(slash + 1);
        int query = file.IndexOfAny('?', '#');
        if (query >= 0) file = file[..query];
        foreach (var name in DecorationNames)
        {
            if (file.Contains(name, StringComparison.OrdinalIgnoreCase)) return true;
            if (image.GetAttribute("class") is { } c && c.Contains(name, StringComparison.OrdinalIgnoreCase)) return true;
            if (image.GetAttribute("id") is { } id && id.Contains(name, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>What <paramref name="image"/> shows, or null when it shows nothing to keep (no address, a pixel, a script address).</summary>
    public static Found? Read(HtmlElement image, Uri? baseAddress)
    {
        if (image.AttributeCount == 0) return null;
        int? width = Pixels(image.GetAttribute("width")), height = Pixels(image.GetAttribute("height"));
        if (width < MinPixels || height < MinPixels) return null;
        string? written = Largest(image.GetAttribute("srcset"));
        if (written is null)
        {
            written = image.GetAttribute("src");
            if (string.IsNullOrWhiteSpace(written) || written.TrimStart().StartsWith("data:", StringComparison.OrdinalIgnoreCase))
                written = NonEmpty(image.GetAttribute("data-src")) ?? NonEmpty(image.GetAttribute("data-lazy-src"))
                    ?? NonEmpty(image.GetAttribute("data-original")) ?? Largest(image.GetAttribute("data-srcset"));
        }
        if (LinkAddress.Resolve(written, baseAddress) is not { } address) return null;
        var alt = image.GetAttribute("alt") is { } a ? Text.Whitespace.Collapse(a) : null;
        return new Found(address, string.IsNullOrEmpty(alt) ? null : alt, width, height, NamedAsDecoration(image, address));
    }

    /// <summary>The candidate of a <c>srcset</c> with the largest width (<c>800w</c>) or density (<c>2x</c>); null when there is none.</summary>
    public static string? Largest(string? srcset)
    {
        if (string.IsNullOrWhiteSpace(srcset)) return null;
        string? best = null;
        double bestSize = -1;
        foreach (var candidate in srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int space = candidate.IndexOfAny([' ', '\t', '\n']);
            var url = space < 0 ? candidate : candidate[..space];
            var descriptor = space < 0 ? "" : candidate[(space + 1)..].Trim();
            double size = 1;
            if (descriptor.Length > 1 && descriptor[^1] is 'w' or 'x' or 'W' or 'X'
                && double.TryParse(descriptor.AsSpan(0, descriptor.Length - 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                size = value;
            if (url.Length == 0 || url.StartsWith("data:", StringComparison.OrdinalIgnoreCase) || size <= bestSize) continue;
            best = url;
            bestSize = size;
        }
        return best;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>A declared size in pixels ("640", "640px"); null when none or not a number (a percentage).</summary>
    private static int? Pixels(string? value)
    {
        if (value is null) return null;
        var span = value.AsSpan().Trim();
        if (span.EndsWith("px", StringComparison.OrdinalIgnoreCase)) span = span[..^2];
        return int.TryParse(span, NumberStyles.None, CultureInfo.InvariantCulture, out int pixels) ? pixels : null;
    }
}
