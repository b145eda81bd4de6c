using System.Globalization;
using NewsParse.Detection;
using NewsParse.Reading;
using NewsParse.Text;

namespace NewsParse.Html;

/// <summary>
/// Decides the article's metadata from the page, each field at most once (authors once each), each with its source as
/// the event's reason:
/// <list type="bullet">
/// <item><b>headline</b>: by agreement between the headings a reader sees and the titles the page tells machines
/// (<see cref="HeadlineChooser"/>).</item>
/// <item><b>byline</b> and <b>authors</b>: the authors the page shows, or states as people in the article's JSON-LD
/// (<see cref="BylineChooser"/>).</item>
/// <item><b>published</b>: JSON-LD datePublished → article:published_time and similar meta tags (and, without those, a
/// tag whose name ends so after a vendor's prefix: "og:article:published_time", "sw-pubdate") → a &lt;time datetime&gt;
/// (the datePublished of another JSON-LD object, a WebPage's, only on the day shown), a date on the day the article's head shows preferred
/// (a bare "date" or "dc.date" meta tag comes after the &lt;time&gt;, and on another day yields to the day shown);
/// else a date shown only as text in the article's head (<see cref="VisibleDateReader"/>); else the date in the line
/// the byline was read from (a post's footer: "Gespeichert von rasos am 24. Juli 2017"); else a date labelled as the
/// publication in or after the article's text ("Erschienen am: 01.11.2023": <see cref="LabelledDateReader"/>); else the day the
/// page's address files it under ("/2021/10/20/title/" in the canonical link or og:url: <see cref="UrlPathDate"/>); else the
/// date in a link to the page itself, its entry in a list of posts (not a comment's permalink: <see cref="SelfLinkDate"/>); else
/// the date the page shows labelled as its state or last change, when it shows no other ("Stand: 28.04.2020 18:00 Uhr"
/// alone: the date a reader gives the article, kept as the modified date too); never
/// a bare "date" meta tag alone that gives a day after the one the page shows as its state or last change (the
/// publication is no later than that); written in ISO 8601 with the
/// page's own offset, as precise as the page gives it; a metadata instant in UTC (or with no offset) that the
/// article's head shows, to the minute, as another day's local time ("03/05/2022 21:44" for 2022-05-04T00:44Z) is written
/// in that local time (<see cref="ShownLocalTime"/>): the reader's day is the one shown.</item>
/// <item><b>modified</b>: JSON-LD dateModified → article:modified_time and similar meta tags → a date the page shows
/// labelled as its state or last change ("Stand: 28.04.2020 18:00 Uhr", "Aktualisiert: 30.12.2016": <see cref="LabelledDateReader.ReadUpdate"/>);
/// only when later than the publication (as the metadata writes it), or when that shown state is the only date and so
/// the publication too.</item>
/// <item><b>language</b>: html lang → content-language → og:locale → a language meta tag → JSON-LD inLanguage → told
/// from the article's text (<see cref="LanguageDetector"/>).</item>
/// <item><b>siteName</b>: og:site_name → JSON-LD publisher → application-name (<see cref="SiteNames.Stated"/>), without a tagline written after it; never the host name.</item>
/// <item><b>url</b>: link rel=canonical → og:url → JSON-LD url / mainEntityOfPage.</item>
/// <item><b>description</b>: meta description → og:description → JSON-LD description.</item>
/// </list>
/// Stateless and thread-safe.
/// </summary>
internal static class HtmlMetadataReader
{
    private static readonly string[] PublishedKeys =
        ["article:published_time", "article:published", "og:published_time", "datepublished", "publishdate", "pubdate", "date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published", "publish-date", "cxenseparse:recs:publishtime"];

    /// <summary>Emits the metadata events, each with its source as the reason; returns the headline (null when none) so the body can leave it out. <paramref name="roots"/> are the article's elements chosen by <see cref="ContentSelector"/> (empty when none): the headline, the byline and a date shown only as text are read from before their first paragraph.</summary>
    public static string? Read(PageIndex index, JsonLdData ld, List<NodeInfo> roots, List<ArticleEvent> output) => Read(index, ld, roots, output, out _);

    /// <summary>As <see cref="Read(PageIndex, JsonLdData, List{NodeInfo}, List{ArticleEvent})"/>; <paramref name="headlineElement"/> is the heading the headline was read from (null when it came from metadata only), which the body then leaves out whatever its text.</summary>
    public static string? Read(PageIndex index, JsonLdData ld, List<NodeInfo> roots, List<ArticleEvent> output, out Dom.HtmlElement? headlineElement)
    {
        var head = new ArticleHead(index, roots);
        var sites = new SiteNames(index, ld, HeadlineChooser.Mastheads(head));
        var headline = HeadlineChooser.Choose(index, ld, head, sites, out var headlineNode);
        headlineElement = headlineNode?.Element;
        Emit(output, MetadataField.Headline, headline);

        if (BylineChooser.Choose(index, ld, head, sites, headlineNode, out var bylineElement) is var (byline, names))
        {
            Emit(output, MetadataField.Byline, byline);
            foreach (var name in names) Emit(output, MetadataField.Author, new MetadataChoice(name, "one of the byline's names"));
        }

        var published = Published(index, ld, head, headlineNode, out var publishedAsTold) ?? BylineDate(index, ld, bylineElement)
            ?? (LabelledDateReader.Read(head) is { } labelled ? new MetadataChoice(labelled, "a date labelled as the publication in or after the article's text") : (MetadataChoice?)null)
            ?? UrlDate(index)
            ?? SelfLinkDate(index);
        var toldModified = Modified(index, ld);
        var shownChange = published is null || toldModified is null ? ShownChange(head, headlineNode) : null;
        // a page that shows no date of publication but one labelled as its state or last change ("Stand: 28.04.2020
        // 18:00 Uhr") dates the article by it for a reader: that date is the publication too, and stays the change
        bool stateOnly = published is null && shownChange is not null;
        if (stateOnly) published = shownChange!.Value with { Reason = "the only date the page shows for the article, labelled as its state or last change" };
        Emit(output, MetadataField.Published, published);
        // compared with the publication as the metadata writes it (the same zone as its modified time)
        if ((toldModified ?? shownChange) is { } modified && (published is null || string.CompareOrdinal(modified.Value, publishedAsTold ?? published.Value.Value) is var order && (order > 0 || order == 0 && stateOnly)))
            Emit(output, MetadataField.Modified, modified);

        Emit(output, MetadataField.Language, Language(index, ld, head));
        if (sites.Stated is { } site) Emit(output, MetadataField.SiteName, new MetadataChoice(site, sites.StatedSource!));
        Emit(output, MetadataField.Url, First((index.Canonical, "the canonical link"), (Meta(index, "og:url"), "og:url"), (ld.Url, "the JSON-LD url")));
        Emit(output, MetadataField.Description, First((Meta(index, "description"), "the description meta tag"), (Meta(index, "og:description"), "og:description"), (ld.Description, "the JSON-LD description")));
        return headline?.Value;
    }

    /// <summary>The first value that is not null, with its source as the reason.</summary>
    private static MetadataChoice? First(params (string? Value, string Source)[] values)
    {
        foreach (var (value, source) in values)
        {
            if (!string.IsNullOrWhiteSpace(value)) return new MetadataChoice(value, source);
        }
        return null;
    }

    /// <summary>
    /// The publication date: the metadata's, in its order of trust (JSON-LD article, published-time meta tags, a
    /// &lt;time datetime&gt;, the meta tags named only "date": <see cref="BareDateKeys"/>), preferring one on the day the
    /// article's head shows (<see cref="VisibleDateReader"/>); with no metadata date of the article, or only a meta tag
    /// named "date" that gives another day, the day shown. The datePublished of another JSON-LD object (a WebPage's) is
    /// taken only on the day shown. A UTC instant the head shows on another day is written in the page's own time
    /// (<see cref="InPageTime"/>), and <paramref name="asTold"/> is then the metadata's own value (null otherwise). Only
    /// a bare "date" meta tag, on a day after the page's shown state or last change (<see cref="ShownChange"/>): none.
    /// </summary>
    private static MetadataChoice? Published(PageIndex index, JsonLdData ld, ArticleHead head, NodeInfo? headline, out string? asTold)
    {
        asTold = null;
        var told = new List<MetadataChoice>();
        if (Iso(ld.Published) is { } fromLd) told.Add(new MetadataChoice(fromLd, "the JSON-LD article's datePublished"));
        var bareTold = new List<MetadataChoice>();   // dates told only by a meta tag named "date" or "dc.date": after a <time> shown
        foreach (var key in PublishedKeys)
        {
            if (Iso(Meta(index, key)) is not { } iso) continue;
            (BareDateKeys.Contains(key) ? bareTold : told).Add(new MetadataChoice(iso, $"the {key} meta tag"));
        }
        // a meta tag named as a publication time in a vendor's words ("og:article:published_time", "sw-pubdate",
        // "cxenseparse:publishtime"), after the names listed
        if (told.Count == 0 && VendorPublished(index) is var (vendorKey, vendorIso)) told.Add(new MetadataChoice(vendorIso, $"the {vendorKey} meta tag"));
        // the days the metadata gives as a publication (not a <time> shown): a date shown on such a day is no update
        var publishedDays = new HashSet<string>(StringComparer.Ordinal);
        foreach (var choice in told) AddIsoDay(publishedDays, choice.Value);
        foreach (var choice in bareTold) AddIsoDay(publishedDays, choice.Value);
        if (VisibleTime(index, head) is { } time) told.Add(new MetadataChoice(time, "a <time datetime> element (or an itemprop=datePublished attribute)"));
        told.AddRange(bareTold);
        // the datePublished of another schema.org object (a WebPage's) last, and only on the day the article's head
        // shows: the page's own date is not the article's (a recipe or a product page is "published" too)
        int articleTold = told.Count;
        foreach (var value in ld.AnyPublished)
        {
            if (Iso(value) is not { } other) continue;
            told.Add(new MetadataChoice(other, "the datePublished of another JSON-LD object"));
            AddIsoDay(publishedDays, other);
        }
        var instants = new List<DateTimeOffset>();
        foreach (var choice in told)
        {
            if (choice.Value.Length > 19 && DateTimeOffset.TryParse(choice.Value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)) instants.Add(instant);
        }
        if (VisibleDateReader.Read(head, headline, ModifiedDays(index, ld, publishedDays), instants) is { } shown)
        {
            foreach (var choice in told)
            {
                if (string.CompareOrdinal(choice.Value, 0, shown, 0, 10) == 0) return choice with { Reason = $"{choice.Reason}, on the day the article's head shows" };
            }
            if (articleTold == 0) return new MetadataChoice(shown, "a date shown in the article's head");
            // a meta tag named only "date" does not say which date it is (CMSs write the page's last build there): the day
            // the article's head shows is the publication (BareDateKeys)
            if (articleTold == bareTold.Count) return new MetadataChoice(shown, "a date shown in the article's head (the date meta tag gives another day)");
        }
        if (articleTold == 0) return null;
        // only a meta tag named "date", on a day after the one the page shows as its state or last change ("Stand:
        // 28.04.2020 18:00 Uhr"): the publication is no later than that, so the tag gives the page's build, not it
        if (articleTold == bareTold.Count && ShownChange(head, headline) is { } state && string.CompareOrdinal(state.Value, 0, told[0].Value, 0, 10) < 0) return null;
        // a UTC instant the head shows on another day, in the page's own time ("03/05/2022 21:44" for 2022-05-04T00:44Z):
        // the reader's day is the one shown
        if (InPageTime(told[0], head, headline) is not { } local) return told[0];
        asTold = told[0].Value;
        return local;
    }

    /// <summary>
    /// <paramref name="choice"/> as the article's head shows it in the page's own time, when the metadata gives it in
    /// UTC ("Z", "+00:00") or with no offset and with a clock time that is not midnight (a bare day written as an
    /// instant), and the head shows the same instant on another calendar day (<see cref="VisibleDateReader.LocalTime"/>);
    /// null otherwise.
    /// </summary>
    private static MetadataChoice? InPageTime(MetadataChoice choice, ArticleHead head, NodeInfo? headline)
    {
        var value = choice.Value;
        if (value.Length < 19 || value[10] != 'T' || !DateTime.TryParseExact(value[..19], "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var written)) return null;
        if (written.TimeOfDay == TimeSpan.Zero) return null;
        bool utc = value.Length > 19;
        if (utc && !value.AsSpan(19).SequenceEqual("+00:00") && !value.AsSpan(19).SequenceEqual("Z")) return null;
        var instant = new DateTimeOffset(written, TimeSpan.Zero);
        return VisibleDateReader.LocalTime(head, headline, instant, writeOffset: utc) is { } local
            ? new MetadataChoice(local, $"{choice.Reason}, in the page's own time as the article's head shows it")
            : null;
    }

    /// <summary>
    /// The names a meta tag's name ends with, after a separator (':', '-', '.', '_') or as the whole name, that call its
    /// content the publication time: vendors prefix them ("og:article:published_time", "sw-pubdate", "mediator_published_time").
    /// </summary>
    private static readonly string[] PublishedNameEnds =
        ["published_time", "publishtime", "pubdate", "pub_date", "pub-date", "publishdate", "publish_date", "publish-date", "published_date", "publication_date", "date_published"];

    /// <summary>The first meta tag not among <see cref="PublishedKeys"/> whose name ends with one of <see cref="PublishedNameEnds"/>, with the date it gives; null when none does.</summary>
    private static (string Key, string Iso)? VendorPublished(PageIndex index)
    {
        foreach (var (key, content) in index.Metas)
        {
            if (Array.IndexOf(PublishedKeys, key) >= 0 || !EndsWithPublishedName(key)) continue;
            if (Iso(System.Net.WebUtility.HtmlDecode(content)) is { } iso) return (key, iso);
        }
        return null;
    }

    private static bool EndsWithPublishedName(string key)
    {
        foreach (var end in PublishedNameEnds)
        {
            if (key.EndsWith(end, StringComparison.Ordinal) && (key.Length == end.Length || key[key.Length - end.Length - 1] is ':' or '-' or '.' or '_')) return true;
        }
        return false;
    }

    /// <summary>
    /// The date written in the line the byline was read from ("Gespeichert von rasos am 24. Juli 2017 - 18:55" under a
    /// Drupal post, "Posted by Jane Doe on May 9, 2025" in a post's footer), for a page that gives no other publication
    /// date; null when the line holds none, or only after a label of a later change ("Updated") or on a day the metadata
    /// gives as a change (<see cref="ModifiedDays"/>).
    /// </summary>
    private static MetadataChoice? BylineDate(PageIndex index, JsonLdData ld, NodeInfo? byline)
    {
        if (byline is null || byline.TextChars > VisibleDateReader.MaxChars || !ArticleHead.MayHoldDate(byline.Element)) return null;
        var text = TextCollector.Flat(byline.Element, VisibleDateReader.MaxChars + 1);
        var changed = ModifiedDays(index, ld, new HashSet<string>(StringComparer.Ordinal));
        return VisibleDateReader.FirstPublished(text, changed) is { } iso ? new MetadataChoice(iso, "the date in the byline's line") : null;
    }

    /// <summary>
    /// The day the page's own address files it under ("/2021/10/20/title/": <see cref="UrlPathDate"/>), read from the
    /// canonical link, else og:url; null when neither writes one.
    /// </summary>
    private static MetadataChoice? UrlDate(PageIndex index)
    {
        if (UrlPathDate.Read(index.Canonical) is { } fromCanonical) return new MetadataChoice(fromCanonical, "the day in the canonical link's path");
        return UrlPathDate.Read(Meta(index, "og:url")) is { } fromOg ? new MetadataChoice(fromOg, "the day in og:url's path") : null;
    }

    /// <summary>
    /// The date the page shows labelled as its state or last change, from the article's head on ("Stand: 28.04.2020
    /// 18:00 Uhr", "Aktualisiert: 30.12.2016": <see cref="LabelledDateReader.ReadUpdate"/>); null when it shows none.
    /// </summary>
    private static MetadataChoice? ShownChange(ArticleHead head, NodeInfo? headline) =>
        LabelledDateReader.ReadUpdate(head, VisibleDateReader.HeadStart(head, headline)) is { } state
            ? new MetadataChoice(state, "a date the page shows labelled as its state or last change") : null;

    /// <summary>Most characters of a link's text read for the date of the page's own entry (<see cref="SelfLinkDate"/>): a teaser, not a list.</summary>
    private const int MaxSelfLinkChars = VisibleDateReader.MaxChars;

    /// <summary>
    /// The date in the first link to the page itself (its href, resolved against the canonical link or og:url, has the
    /// same host and path, and no fragment: a comment's permalink "#comment-12" is no entry of the page) whose text of at
    /// most <see cref="MaxSelfLinkChars"/> characters holds one: the page's own entry in a list of the latest posts
    /// ("&lt;a href=/menschenrechte-achten&gt;&lt;div class=authored&gt;10.11.2021&lt;/div&gt;&lt;h2&gt;Menschenrechte achten&lt;/h2&gt;"). Never in
    /// the comments. Null when the page states no address of its own with a path, or no such link holds a date.
    /// </summary>
    private static MetadataChoice? SelfLinkDate(PageIndex index)
    {
        var own = index.Canonical ?? Meta(index, "og:url");
        if (own is null || !Uri.TryCreate(own.Trim(), UriKind.Absolute, out var self) || self.AbsolutePath.TrimEnd('/').Length == 0) return null;
        var path = self.AbsolutePath.TrimEnd('/');
        foreach (var node in index.Nodes)
        {
            if (node.Name != "a" || node.TextChars is 0 or > MaxSelfLinkChars || node.Element.GetAttribute("href") is not { Length: > 0 } href || href.Contains('#', StringComparison.Ordinal)) continue;
            if (!Uri.TryCreate(self, href.Trim(), out var target) || !string.Equals(target.Host, self.Host, StringComparison.OrdinalIgnoreCase)
                || !string.Equals(target.AbsolutePath.TrimEnd('/'), path, StringComparison.Ordinal)) continue;
            if (ArticleHead.InComments(node) || !ArticleHead.MayHoldDate(node.Element)) continue;
            var text = TextCollector.Flat(node.Element, MaxSelfLinkChars + 1);
            if (text.Length <= MaxSelfLinkChars && DateReader.Find(text) is { } found) return new MetadataChoice(found.Iso, "the date in a link to the page itself (its entry in a list of posts)");
        }
        return null;
    }

    private static MetadataChoice? Modified(PageIndex index, JsonLdData ld)
    {
        if (Iso(ld.ArticleModified) is { } fromLd) return new MetadataChoice(fromLd, "the JSON-LD article's dateModified");
        foreach (var key in ModifiedKeys)
        {
            if (Iso(Meta(index, key)) is { } iso) return new MetadataChoice(iso, $"the {key} meta tag");
        }
        return null;
    }

    /// <summary>
    /// The language the page declares (html lang, the content-language header, og:locale, a language meta tag, the
    /// JSON-LD inLanguage), else the one its article's text is written in (<see cref="LanguageDetector"/>); null when
    /// neither tells.
    /// </summary>
    private static MetadataChoice? Language(PageIndex index, JsonLdData ld, ArticleHead head)
    {
        foreach (var (value, source) in new[]
        {
            (index.Language, "the html lang attribute"), (Meta(index, "content-language"), "the content-language header"),
            (Meta(index, "og:locale"), "og:locale"), (Meta(index, "language") ?? Meta(index, "lang"), "the language meta tag"), (ld.Language, "the JSON-LD inLanguage"),
        })
        {
            if (LanguageTag(value) is { } tag) return new MetadataChoice(tag, source);
        }
        var from = head.Roots.Count > 0 ? head.Roots : index.Body is { } body ? [body] : [];
        string text;
        if (from.Count == 1) text = TextCollector.Flat(from[0].Element, maxOutputChars: LanguageDetector.MaxChars);
        else
        {
            var joined = new System.Text.StringBuilder();
            foreach (var root in from)
            {
                if (joined.Length >= LanguageDetector.MaxChars) break;
                joined.Append(TextCollector.Flat(root.Element, maxOutputChars: LanguageDetector.MaxChars - joined.Length)).Append(' ');
            }
            text = joined.ToString();
        }
        return LanguageDetector.Detect(text) is var (detected, evidence)
            ? new MetadataChoice(detected, $"none declared; told from the {(head.Roots.Count > 0 ? "article's" : "page's")} text: {evidence}")
            : null;
    }

    /// <summary>A declared language as a BCP 47 tag ("en_US" written "en-US", the first of a list); null when it is none ("", "x-default", "und", a word that is no tag).</summary>
    private static string? LanguageTag(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var tag = value.Split(',', ';', ' ')[0].Trim().Replace('_', '-');
        var primary = tag.Split('-')[0];
        if (primary.Length is < 2 or > 3 || !primary.All(char.IsAsciiLetter) || primary.Equals("und", StringComparison.OrdinalIgnoreCase) || primary.Equals("zxx", StringComparison.OrdinalIgnoreCase)) return null;
        return tag;
    }

    private static void Emit(List<ArticleEvent> output, MetadataField field, MetadataChoice? choice)
    {
        if (choice is not { } chosen) return;
        var clean = Whitespace.Collapse(chosen.Value);
        if (clean.Length > 0) output.Add(new MetadataEvent(field, clean) { Reason = chosen.Reason });
    }

    /// <summary>The content of the first meta tag named <paramref name="key"/> (name, property, itemprop or http-equiv; lower-case), character references decoded; null when there is none.</summary>
    internal static string? Meta(PageIndex index, string key)
    {
        foreach (var (k, content) in index.Metas)
        {
            if (k == key) return System.Net.WebUtility.HtmlDecode(content);
        }
        return null;
    }





    /// <summary>
    /// The meta tags named only "date" ("date", "dc.date"), which do not say which date they give (CMSs write the page's
    /// last build there): a &lt;time datetime&gt; the page shows outranks them, and a publication date the article's
    /// head contradicts is not taken from them.
    /// </summary>
    private static readonly string[] BareDateKeys = ["date", "dc.date"];

    private static readonly string[] ModifiedKeys = ["article:modified_time", "og:updated_time", "datemodified", "last-modified"];

    /// <summary>
    /// The days (yyyy-MM-dd) the page tells machines it was changed (JSON-LD dateModified of any object, modified-time
    /// meta tags), except days it also gives as a publication date (<paramref name="publishedDays"/>: any JSON-LD
    /// datePublished, the published meta tags): a date shown as text on such a day is the update.
    /// </summary>
    private static HashSet<string> ModifiedDays(PageIndex index, JsonLdData ld, HashSet<string> publishedDays)
    {
        var days = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in ld.Modified) AddDay(days, value);
        foreach (var key in ModifiedKeys) AddDay(days, Meta(index, key));
        days.ExceptWith(publishedDays);
        return days;
    }

    /// <summary>Adds the day (yyyy-MM-dd) of a date as the page writes it, when it can be read.</summary>
    private static void AddDay(HashSet<string> days, string? value) => AddIsoDay(days, Iso(value));

    /// <summary>Adds the day (yyyy-MM-dd) of a date in ISO 8601 (<see cref="Iso"/>'s), when there is one.</summary>
    private static void AddIsoDay(HashSet<string> days, string? iso)
    {
        if (iso is { Length: >= 10 }) days.Add(iso.Length == 10 ? iso : iso[..10]);
    }

    /// <summary>
    /// The date of the first &lt;time datetime&gt; not marked itemprop=dateModified (or element marked itemprop=datePublished with its date in an attribute: <see cref="MicrodataPublished"/>) outside the comments and outside the chrome no post's date stands in
    /// (<see cref="InChromeOutsideMeta"/>: related posts, asides but the post's own meta aside, navigation; a post's footer holds its date):
    /// a comment's date or a teaser's is never the article's.
    /// </summary>
    private static string? VisibleTime(PageIndex index, ArticleHead head)
    {
        foreach (var node in index.Nodes)
        {
            // a <time> marked itemprop=dateModified shows the last change, whatever else it says
            var value = node.Name == "time" ? (IsItemprop(node, "dateModified") ? null : node.Element.GetAttribute("datetime")) : MicrodataPublished(node);
            if (value is null || ArticleHead.InComments(node) || InChromeOutsideMeta(node, head)) continue;
            if (Iso(value) is { } iso) return iso;
        }
        return null;
    }

    /// <summary>
    /// <see cref="ArticleHead.InArticleChrome"/>, except that a short &lt;aside&gt; (at most <see cref="VisibleDateReader.MaxChars"/>
    /// characters) whose class names the post's meta or byline group (<see cref="HintFlags.Byline"/>: "meta",
    /// "entry-meta") is the article's own meta line set beside its text, not a sidebar.
    /// </summary>
    private static bool InChromeOutsideMeta(NodeInfo node, ArticleHead head)
    {
        for (var up = node; up is not null; up = up.Parent)
        {
            if (up.Name == "aside" && (up.Hints & HintFlags.Byline) != 0 && up.TextChars <= VisibleDateReader.MaxChars) continue;
            if (up.Name is "aside" or "nav" or "form" or "figure" or "figcaption") return true;
            if (up.Kind is { } kind && kind is not (Model.BoilerplateKind.Footer or Model.BoilerplateKind.Other) && !head.IsWrapper(up)) return true;
        }
        return false;
    }

    /// <summary>True when the element's itemprop is <paramref name="property"/> (ASCII case ignored).</summary>
    private static bool IsItemprop(NodeInfo node, string property) =>
        node.Element.AttributeCount > 0 && node.Element.TryGetAttributeSpan("itemprop", out var value) && value.Equals(property, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The machine-readable date of an element marked <c>itemprop="datePublished"</c> (schema.org microdata) in its
    /// <c>content</c> or <c>datetime</c> attribute, or, on an &lt;abbr&gt; (the hAtom "published" pattern Blogger writes:
    /// <c>&lt;abbr class='published' itemprop='datePublished' title='2019-10-16T14:33:00-07:00'&gt;2:33 PM&lt;/abbr&gt;</c>),
    /// in its <c>title</c>; null for any other element.
    /// </summary>
    private static string? MicrodataPublished(NodeInfo node)
    {
        var element = node.Element;
        if (!IsItemprop(node, "datePublished")) return null;
        return element.GetAttribute("content") ?? element.GetAttribute("datetime") ?? (node.Name == "abbr" ? element.GetAttribute("title") : null);
    }

    /// <summary>A date in ISO 8601 with its own offset (none when the page gives none), or null when it cannot be read or is a placeholder ("0001-01-01T00:00:00Z", the epochs: see <see cref="DateReader.IsPlausible"/>).</summary>
    public static string? Iso(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var text = value.Trim();
        if (DateReader.Find(text) is { } found) return found.Iso;
        if (SlashedOrder(text) is { } reordered) text = reordered;
        else if (IsAmbiguousSlashed(text)) return null;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && HasOffset(text))
            return DateReader.IsPlausible(DateOnly.FromDateTime(date.DateTime)) ? date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) : null;
        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) && DateReader.IsPlausible(DateOnly.FromDateTime(local)))
            return local.TimeOfDay == TimeSpan.Zero && text.IndexOf(':', StringComparison.Ordinal) < 0
                ? local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        return null;
    }

    /// <summary>
    /// True when the value opens with a date written "a/b/yyyy" whose day and month could each be either (both at most
    /// 12: "10/05/2022" is 10 May in most of the world and October 5 in the United States); the value alone cannot say which
    /// (<see cref="NumericDayMonth"/>).
    /// </summary>
    private static bool IsAmbiguousSlashed(string text) =>
        SlashedParts(text) is var (a, b, _) && a >= 1 && b >= 1 && NumericDayMonth.Order(a, b) is null;

    /// <summary>
    /// The value with a date written "dd/mm/yyyy" (its first number above 12: a day) rewritten "yyyy-mm-dd", the rest as it
    /// stands; null when it opens with no such date. A first number of at most 12 is left to the invariant culture's
    /// month-first reading when the second is above 12 ("10/25/2022").
    /// </summary>
    private static string? SlashedOrder(string text)
    {
        if (SlashedParts(text) is not var (day, month, length) || day <= 12 || month > 12) return null;
        var rest = text[length..];
        return $"{text.Substring(length - 4, 4)}-{month:00}-{day:00}{rest}";
    }

    /// <summary>The two numbers of a date written "a/b/yyyy" at the start of the value and the date's length; null when it opens otherwise.</summary>
    private static (int A, int B, int Length)? SlashedParts(string text)
    {
        int i = 0, a = 0, b = 0;
        int start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]) && i - start < 2) a = a * 10 + (text[i++] - '0');
        if (i == start || i >= text.Length || text[i] != '/') return null;
        start = ++i;
        while (i < text.Length && char.IsAsciiDigit(text[i]) && i - start < 2) b = b * 10 + (text[i++] - '0');
        if (i == start || i >= text.Length || text[i] != '/') return null;
        start = ++i;
        while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        if (i - start != 4) return null;
        return (a, b, i);
    }

    private static bool HasOffset(string text)
    {
        int t = text.IndexOf(':', StringComparison.Ordinal);
        if (t < 0) return false;
        var tail = text.AsSpan(t);
        return tail.IndexOfAny('+', '-') >= 0 || tail.EndsWith("Z", StringComparison.OrdinalIgnoreCase) || tail.Contains("GMT", StringComparison.Ordinal) || tail.Contains("UTC", StringComparison.Ordinal);
    }

}
