using System.Globalization;
using NewsParse.Detection;
using NewsParse.Reading;
using NewsParse.Text;

namespace NewsParse.Html;

/// <summary>
/// Decides the article's metadata from the page, each field at most once, by this order of trust:
/// <list type="bullet">
/// <item><b>headline</b>: JSON-LD headline (replaced by the visible h1 when the h1 starts with it and is longer: a
/// truncated headline) → og:title / twitter:title → the first visible h1 → &lt;title&gt;; the site suffix
/// (" | Site", " - Site") is cut from og:title and &lt;title&gt;; a candidate must be 3 to 300 characters without markup.</item>
/// <item><b>byline</b>: JSON-LD author(s) → meta author (not a URL) → a visible byline element read by <see cref="BylineReader"/>.</item>
/// <item><b>published</b>: JSON-LD datePublished → article:published_time and similar meta tags → a visible &lt;time datetime&gt;
/// → the datePublished of another JSON-LD object (a WebPage's) → a date shown only as text in the article's head, read by <see cref="VisibleDateReader"/> (byline and &lt;time&gt;
/// elements first, then elements whose class or id names a date; only between the headline and the first paragraph,
/// never from the body, comments, related lists or the footer); written in ISO 8601 with the page's own offset, as
/// precise as the page gives it (a date read from text has the offset only when the text writes one).</item>
/// <item><b>language</b>: html lang → JSON-LD inLanguage → og:locale / content-language.</item>
/// <item><b>siteName</b>: og:site_name → JSON-LD publisher → application-name.</item>
/// <item><b>url</b>: link rel=canonical → og:url → JSON-LD url / mainEntityOfPage.</item>
/// <item><b>description</b>: meta description → og:description → JSON-LD description.</item>
/// </list>
/// Structured data comes first because pages write it for machines; meta tags next; visible text last, as it is the
/// hardest to tell from page chrome. Stateless and thread-safe.
/// </summary>
internal static class HtmlMetadataReader
{
    private static readonly string[] PublishedKeys =
        ["article:published_time", "article:published", "og:published_time", "datepublished", "publishdate", "pubdate", "date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published", "publish-date", "cxenseparse:recs:publishtime"];

    /// <summary>Emits the metadata events; returns the headline (null when none) so the body can leave it out. <paramref name="roots"/> are the article's elements chosen by <see cref="ContentSelector"/> (empty when none): a date shown only as text is read from before their first paragraph.</summary>
    public static string? Read(PageIndex index, JsonLdData ld, List<NodeInfo> roots, List<ArticleEvent> output)
    {
        string? siteName = Meta(index, "og:site_name") ?? ld.Publisher ?? Meta(index, "application-name");
        string? h1 = FirstH1(index);
        string? headline = Sane(ld.Headline);
        if (headline is not null && h1 is not null && h1.Length > headline.Length && h1.StartsWith(headline.TrimEnd('.', '…'), StringComparison.OrdinalIgnoreCase)) headline = h1;
        headline ??= Sane(StripSite(Meta(index, "og:title") ?? Meta(index, "twitter:title"), siteName, onlyKnownSite: true))
            ?? Sane(h1)
            ?? Sane(StripSite(index.Title, siteName, onlyKnownSite: false));
        Emit(output, MetadataField.Headline, headline);

        string? byline = ld.Authors.Count > 0 ? string.Join(", ", ld.Authors) : null;
        byline ??= Meta(index, "author") is { } author && !author.Contains("://", StringComparison.Ordinal) && author.Length <= 120 ? author : null;
        byline ??= VisibleByline(index);
        Emit(output, MetadataField.Byline, CleanByline(byline));

        string? published = Iso(ld.Published) ?? FirstIso(PublishedKeys.Select(key => Meta(index, key)));
        published ??= VisibleTime(index);
        // the datePublished of another schema.org object (a WebPage's) before a date read from the page's text
        published ??= FirstIso(ld.AnyPublished);
        published ??= VisibleDateReader.Read(index, roots, ModifiedDays(index, ld));
        Emit(output, MetadataField.Published, published);

        var locale = Meta(index, "og:locale") ?? Meta(index, "content-language");
        Emit(output, MetadataField.Language, index.Language ?? ld.Language ?? locale?.Replace('_', '-'));
        Emit(output, MetadataField.SiteName, siteName);
        Emit(output, MetadataField.Url, index.Canonical ?? Meta(index, "og:url") ?? ld.Url);
        Emit(output, MetadataField.Description, Meta(index, "description") ?? Meta(index, "og:description") ?? ld.Description);
        return headline;
    }

    /// <summary>The first of <paramref name="values"/> that reads as a date (see <see cref="Iso"/>), read in order and no further; null when none does.</summary>
    private static string? FirstIso(IEnumerable<string?> values)
    {
        foreach (var value in values)
        {
            if (Iso(value) is { } iso) return iso;
        }
        return null;
    }

    private static void Emit(List<ArticleEvent> output, MetadataField field, string? value)
    {
        if (value is null) return;
        var clean = Whitespace.Collapse(value);
        if (clean.Length > 0) output.Add(new MetadataEvent(field, clean));
    }

    private static string? Meta(PageIndex index, string key)
    {
        foreach (var (k, content) in index.Metas)
        {
            if (k == key) return System.Net.WebUtility.HtmlDecode(content);
        }
        return null;
    }

    private static string? FirstH1(PageIndex index)
    {
        string? fallback = null;
        foreach (var node in index.Nodes)
        {
            if (node.Name != "h1") continue;
            var text = TextCollector.Flat(node.Element, 400);
            if (text.Length == 0) continue;
            if (!node.InUnlikely) return text;
            fallback ??= text;
        }
        return fallback;
    }

    /// <summary>A byline without a leading "By"; null when nothing name-like is left.</summary>
    private static string? CleanByline(string? byline)
    {
        if (byline is null) return null;
        var text = Whitespace.Collapse(byline);
        if (text.StartsWith("by ", StringComparison.OrdinalIgnoreCase)) text = text[3..].TrimStart();
        if (text.Length < 3 || text.Equals("by", StringComparison.OrdinalIgnoreCase)) return null;
        foreach (char c in text)
        {
            if (char.IsLetter(c)) return text;
        }
        return null;
    }

    private static string? VisibleByline(PageIndex index)
    {
        var nodes = index.Nodes;
        for (int i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            if (node.TextChars is 0 or > 200) continue;
            bool named = node.Element.AttributeCount > 0 && (NamesAuthor(node) || (node.Element.GetAttribute("class") is { } cls && AsciiCaseInsensitive.Contains(cls, "byline")));
            if (!named) continue;
            var text = TextCollector.Flat(node.Element, 250);
            if (BylineReader.Read(text, TextShape.Of(text)) is { Byline: { } found } && CleanByline(found) is { } name)
            {
                // A byline section that holds one element marked as the author ("Tom Davies" beside "Associated Press"
                // and the date) names the author by that element; with several (co-authors), the section's line stands.
                string? inner = null;
                for (int j = i + 1; j < nodes.Count && nodes[j].Depth > node.Depth; j++)
                {
                    if (nodes[j].TextChars == 0 || nodes[j].Element.AttributeCount == 0 || !NamesAuthor(nodes[j]) || PlainName(nodes[j]) is not { } one) continue;
                    if (inner is not null && inner != one) return name;
                    inner = one;
                }
                return inner ?? name;
            }
            if (PlainName(node) is { } plain) return plain;
        }
        return null;
    }

    /// <summary>True when the element's class, rel or itemprop marks it as the author (also read by <see cref="VisibleDateReader"/>).</summary>
    internal static bool NamesAuthor(NodeInfo node) =>
        (node.Element.GetAttribute("class") is { } cls && AsciiCaseInsensitive.Contains(cls, "author"))
        || string.Equals(node.Element.GetAttribute("rel"), "author", StringComparison.OrdinalIgnoreCase)
        || string.Equals(node.Element.GetAttribute("itemprop"), "author", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The text of a short element (a link, or at most four words) as a name, once a date or time in it is taken out
    /// ("Anna Schmidt 14:05 Uhr" gives "Anna Schmidt"); null when nothing name-like is left.
    /// </summary>
    private static string? PlainName(NodeInfo node)
    {
        var rest = BylineReader.WithoutDateTime(TextCollector.Flat(node.Element, 250));
        return (node.Name == "a" || rest.Split(' ').Length <= 4) && CleanByline(rest) is { } plain && !DateTimeFurniture.IsOnlyTimeWords(plain) ? plain : null;
    }

    private static readonly string[] ModifiedKeys = ["article:modified_time", "og:updated_time", "datemodified", "last-modified"];

    /// <summary>
    /// The days (yyyy-MM-dd) the page tells machines it was changed (JSON-LD dateModified of any object, modified-time
    /// meta tags), except days it also gives as a publication date (any JSON-LD datePublished, the published meta tags):
    /// a date shown as text on such a day is the update.
    /// </summary>
    private static HashSet<string> ModifiedDays(PageIndex index, JsonLdData ld)
    {
        var days = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in ld.Modified) AddDay(days, value);
        foreach (var key in ModifiedKeys) AddDay(days, Meta(index, key));
        if (days.Count == 0) return days;
        foreach (var value in ld.AnyPublished.Concat(PublishedKeys.Select(key => Meta(index, key))))
        {
            if (Iso(value) is { Length: >= 10 } iso) days.Remove(iso[..10]);
        }
        return days;
    }

    private static void AddDay(HashSet<string> days, string? value)
    {
        if (Iso(value) is { Length: >= 10 } iso) days.Add(iso[..10]);
    }

    private static string? VisibleTime(PageIndex index)
    {
        foreach (var node in index.Nodes)
        {
            if (node.Name == "time" && Iso(node.Element.GetAttribute("datetime")) is { } iso) return iso;
        }
        return null;
    }

    /// <summary>A date in ISO 8601 with its own offset (none when the page gives none), or null when it cannot be read or is a placeholder ("0001-01-01T00:00:00Z", the epochs: see <see cref="DateReader.IsPlausible"/>).</summary>
    public static string? Iso(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var text = value.Trim();
        if (DateReader.Find(text) is { } found) return found.Iso;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && HasOffset(text))
            return DateReader.IsPlausible(DateOnly.FromDateTime(date.DateTime)) ? date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) : null;
        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) && DateReader.IsPlausible(DateOnly.FromDateTime(local)))
            return local.TimeOfDay == TimeSpan.Zero && text.IndexOf(':', StringComparison.Ordinal) < 0
                ? local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        return null;
    }

    private static bool HasOffset(string text)
    {
        int t = text.IndexOf(':', StringComparison.Ordinal);
        if (t < 0) return false;
        var tail = text.AsSpan(t);
        return tail.IndexOfAny('+', '-') >= 0 || tail.EndsWith("Z", StringComparison.OrdinalIgnoreCase) || tail.Contains("GMT", StringComparison.Ordinal) || tail.Contains("UTC", StringComparison.Ordinal);
    }

    private static string? Sane(string? title)
    {
        if (title is null) return null;
        var text = Whitespace.Collapse(title);
        if (text.Length < 3 || text.Length > 300 || text.Contains('<', StringComparison.Ordinal) || text.Contains('{', StringComparison.Ordinal)) return null;
        return text;
    }

    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " // "];

    /// <summary>Cuts a " | Site" style suffix (or prefix): the known site name, or, when <paramref name="onlyKnownSite"/> is false, a short last part.</summary>
    public static string? StripSite(string? title, string? siteName, bool onlyKnownSite)
    {
        if (title is null) return null;
        var text = Whitespace.Collapse(title);
        for (int round = 0; round < 2; round++)
        {
            int best = -1;
            string? separator = null;
            foreach (var s in Separators)
            {
                int at = text.LastIndexOf(s, StringComparison.Ordinal);
                if (at > best)
                {
                    best = at;
                    separator = s;
                }
            }
            if (best <= 0) break;
            var head = text[..best].Trim();
            var tail = text[(best + separator!.Length)..].Trim();
            if (siteName is not null && tail.Equals(siteName, StringComparison.OrdinalIgnoreCase)) { text = head; continue; }
            if (siteName is not null && head.Equals(siteName, StringComparison.OrdinalIgnoreCase)) { text = tail; continue; }
            if (onlyKnownSite) break;
            if (Words(tail) <= 4 && Words(head) >= 3) { text = head; continue; }
            break;
        }
        return text;
    }

    private static int Words(string text) => text.Length == 0 ? 0 : text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
