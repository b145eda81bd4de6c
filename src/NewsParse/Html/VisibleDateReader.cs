using NewsParse.Detection;
using NewsParse.Detection.Lexicons;
using NewsParse.Model;
using NewsParse.Text;

namespace NewsParse.Html;

/// <summary>
/// The last source of the publication date: a date shown only as text, read by <see cref="DateReader.Find"/> (which
/// rejects what <see cref="DateReader.IsPlausible"/> rejects) from short elements (at most <see cref="MaxChars"/>
/// characters) in the article's head, by this order:
/// <list type="number">
/// <item>the byline elements as <see cref="HtmlMetadataReader"/> finds them (class naming "byline" or "author",
/// <c>rel=author</c>, <c>itemprop=author</c>), an element with <c>itemprop=datePublished</c> and a &lt;time&gt; element
/// (one without a readable <c>datetime</c>: those with one were read before);</item>
/// <item>otherwise elements whose class or id names a date (<see cref="HintFlags.DateName"/>: date, time, dateline,
/// timestamp, published, posted-on; not one that names only an update) or the byline group of <see cref="ClassHints"/>
/// (<see cref="HintFlags.Byline"/>: "entry-meta", "article__meta"; its text must then read as a byline or date line by
/// <see cref="BylineReader"/>, so a caption in "image-meta" is not read).</item>
/// </list>
/// The article's head is where the page shows its headline, byline and date: from the headline (the last h1 before
/// <see cref="MaxCharsBeforeHeadline"/> characters of the article's text; without an h1, the first element of the
/// article <see cref="ContentSelector"/> chose) to the article's first paragraph. Before the headline stands the
/// masthead, whose date is today's; from the first paragraph on, a date is in a sentence of the text, in comments, in
/// related lists or in the footer (a copyright year), and is never read. Nor is a date inside a link (a teaser), inside
/// an aside, nav, footer, figure or form, or inside markup the page names as boilerplate other than a byline. A date
/// right after a label of a later change ("Updated", "Aktualisiert": <see cref="TimeWordLexicon.UpdateLabels"/>), or
/// shown by an element whose class or id names an update ("updated", itemprop dateModified), is not the publication
/// date and is skipped for the next one, as is a date on a day the page's metadata gives as its last change and not
/// as its publication (JSON-LD dateModified of any object, modified-time meta tags). No article chosen: no date. Stateless and thread-safe.
/// </summary>
internal static class VisibleDateReader
{
    /// <summary>Most characters of an element whose text is read for a date: a byline or a date line, not a paragraph.</summary>
    public const int MaxChars = 300;

    /// <summary>
    /// Most characters of the article's paragraphs that may stand before an h1 for it to be read as the article's
    /// headline (a photo caption or a standfirst placed above it), not a heading further down.
    /// </summary>
    public const int MaxCharsBeforeHeadline = 300;

    /// <summary>The page and its chosen article, as the rules below read them.</summary>
    private readonly record struct Page(List<NodeInfo> Nodes, int ArticleChars);

    /// <summary>The publication date shown before the article's text, in ISO 8601; null when there is none (or no article).</summary>
    /// <param name="index">The page.</param>
    /// <param name="roots">The article's elements chosen by <see cref="ContentSelector"/>.</param>
    /// <param name="modifiedDays">Days (yyyy-MM-dd) the page's metadata gives as a change and not as the publication: a date shown on such a day is the update and is skipped.</param>
    public static string? Read(PageIndex index, List<NodeInfo> roots, IReadOnlySet<string> modifiedDays)
    {
        if (roots.Count == 0) return null;
        int articleChars = 0;
        foreach (var root in roots) articleChars += root.TextChars;
        var page = new Page(index.Nodes, articleChars);
        if (Window(page, roots) is not var (start, end)) return null;
        var updates = Updates(page, start, end);
        updates.UnionWith(modifiedDays);
        return Scan(page, start, end, bylines: true, updates) ?? Scan(page, start, end, bylines: false, updates);
    }

    /// <summary>
    /// The dates of the elements between <paramref name="start"/> and <paramref name="end"/> whose class or id names a
    /// later change (<see cref="HintFlags.UpdateName"/>) or whose itemprop is dateModified: a byline element that holds
    /// only such an element ("posted-on" around an "updated" &lt;time&gt;) shows no publication date.
    /// </summary>
    private static HashSet<string> Updates(Page page, int start, int end)
    {
        var updates = new HashSet<string>(StringComparer.Ordinal);
        for (int i = start; i < end; i++)
        {
            var node = page.Nodes[i];
            if (node.TextChars is 0 or > MaxChars) continue;
            if ((node.Hints & HintFlags.UpdateName) == 0 && !string.Equals(node.Element.GetAttribute("itemprop"), "dateModified", StringComparison.OrdinalIgnoreCase)) continue;
            var text = TextCollector.Flat(node.Element, MaxChars + 1);
            for (int from = 0; from < text.Length && DateReader.Find(text[from..]) is { } found; from += found.Index + Math.Max(1, found.Length))
                updates.Add(found.Iso);
        }
        return updates;
    }

    /// <summary>
    /// Reads the candidates between <paramref name="start"/> and <paramref name="end"/>; <paramref name="updates"/>
    /// collects the dates found after an update label, so that an inner element holding only that date ("Updated"
    /// written just outside the &lt;time&gt;) is not read as the publication date.
    /// </summary>
    private static string? Scan(Page page, int start, int end, bool bylines, HashSet<string> updates)
    {
        for (int i = start; i < end; i++)
        {
            var node = page.Nodes[i];
            if (node.TextChars is 0 or > MaxChars || node.InLink || (node.Hints & HintFlags.UpdateName) != 0
                || !(bylines ? IsBylineOrTime(node) : IsDateNamed(node)) || InChrome(page, node)) continue;
            var text = TextCollector.Flat(node.Element, MaxChars + 1);
            if (text.Length > MaxChars) continue;
            if (!bylines && (node.Hints & HintFlags.DateName) == 0 && !ReadsAsByline(text)) continue;
            if (FirstPublished(text, updates) is { } iso) return iso;
        }
        return null;
    }

    /// <summary>
    /// True when <paramref name="text"/> reads as a byline with its author ("By Matthew Digby, Minh Do on Monday, November
    /// 18th, 2019") or as a date line with at most a short label ("Posted November 18, 2019"), not as a caption: a
    /// byline-group name alone ("article__meta", "image-meta") is weaker evidence than a date name.
    /// </summary>
    private static bool ReadsAsByline(string text) =>
        BylineReader.Read(text, TextShape.Of(text)) is { } line
        && (line.Byline is not null || BylineReader.WithoutDateTime(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3);

    /// <summary>
    /// Where the article's head stands in <see cref="PageIndex.Nodes"/>: from its headline (the last h1 before
    /// <see cref="MaxCharsBeforeHeadline"/> characters of the article's paragraphs; without one, the first element of the
    /// article) to its first paragraph after that. What comes before the headline is the page's masthead, whose date is
    /// today's. Null when no paragraph follows.
    /// </summary>
    private static (int Start, int End)? Window(Page page, List<NodeInfo> roots)
    {
        var nodes = page.Nodes;
        int firstRoot = nodes.IndexOf(roots[0]);
        int headline = -1, paragraph = -1, chars = 0;
        for (int i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            if (node.Name == "h1" && node.TextChars > 0)
            {
                headline = i;
                paragraph = -1;
                continue;
            }
            if (i < firstRoot || !IsParagraph(page, node)) continue;
            if (paragraph < 0) paragraph = i;
            chars += node.InlineChars - node.InlineLinkChars;
            if (chars >= MaxCharsBeforeHeadline) break;
        }
        if (paragraph < 0) return null;
        return (headline >= 0 ? headline : firstRoot, paragraph);
    }

    /// <summary>
    /// True for a paragraph of the article: a block inside the chosen content with at least
    /// <see cref="ContentSelector.MinParagraphChars"/> characters of its own text outside links, not a heading, and
    /// neither a byline or date element nor inside one or inside marked boilerplate (a caption) or a figure.
    /// </summary>
    private static bool IsParagraph(Page page, NodeInfo node)
    {
        if (node.Owner != node || node.Name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" || node.InlineChars - node.InlineLinkChars < ContentSelector.MinParagraphChars) return false;
        for (var up = node; up is not null; up = up.Parent)
        {
            if (up.IsContentRoot && up != node) return true;
            if (!IsWrapper(page, up) && (IsBylineOrTime(up) || (up.Hints & (HintFlags.DateName | HintFlags.Byline)) != 0 || up.Kind is not null || up.Name is "figure" or "figcaption")) return false;
            if (up.IsContentRoot) return true;
        }
        return false;
    }

    /// <summary>
    /// A byline element (class naming "byline" or "author", <c>rel=author</c>, <c>itemprop=author</c>, as
    /// <see cref="HtmlMetadataReader"/> finds the byline), an element with <c>itemprop=datePublished</c>, or a &lt;time&gt;.
    /// </summary>
    private static bool IsBylineOrTime(NodeInfo node) =>
        node.Name == "time"
        || (node.Element.AttributeCount > 0
            && (HtmlMetadataReader.NamesAuthor(node)
                || (node.Element.GetAttribute("class") is { } cls && AsciiCaseInsensitive.Contains(cls, "byline"))
                || string.Equals(node.Element.GetAttribute("itemprop"), "datePublished", StringComparison.OrdinalIgnoreCase)));

    /// <summary>Class or id names a date (<see cref="HintFlags.DateName"/>) or the byline group of <see cref="ClassHints"/> (byline, dateline, timestamp, posted-on, meta).</summary>
    private static bool IsDateNamed(NodeInfo node) => (node.Hints & (HintFlags.DateName | HintFlags.Byline)) != 0;

    /// <summary>
    /// True when the element or one of its ancestors is an aside, footer, nav, figure or form, or is marked as
    /// boilerplate other than a byline or date line (related links, comments, captions, page furniture...); wrappers of
    /// the article are not read as marks (WordPress writes its tags into the article element's class: "tag-wework").
    /// </summary>
    private static bool InChrome(Page page, NodeInfo node)
    {
        for (var up = node; up is not null; up = up.Parent)
        {
            if (up.Name is "aside" or "footer" or "nav" or "figure" or "figcaption" or "form") return true;
            if (up.Kind is { } kind && (kind != BoilerplateKind.Other || (up.Hints & HintFlags.Byline) == 0) && !IsWrapper(page, up)) return true;
        }
        return false;
    }

    /// <summary>
    /// True for an element that holds the article or most of it, whatever its class says (as <see cref="BlockWriter"/>
    /// reads it): an ancestor of the chosen content, or more than 500 characters and more than half the article's.
    /// </summary>
    private static bool IsWrapper(Page page, NodeInfo node) => node.HoldsContent || (node.TextChars > 500 && node.TextChars * 2 > page.ArticleChars);

    /// <summary>The first date in <paramref name="text"/> that no update label stands before and that is not in <paramref name="updates"/>, in ISO 8601; null when none. Dates after an update label are added to <paramref name="updates"/>.</summary>
    private static string? FirstPublished(string text, HashSet<string> updates)
    {
        int from = 0;
        while (from < text.Length && DateReader.Find(text[from..]) is { } found)
        {
            int at = from + found.Index;
            if (AfterUpdateLabel(text, from, at)) updates.Add(found.Iso);
            else if (!updates.Contains(found.Iso) && !updates.Contains(found.Iso[..10])) return found.Iso;
            from = at + Math.Max(1, found.Length);
        }
        return null;
    }

    /// <summary>True when the words between <paramref name="from"/> and the date at <paramref name="at"/> hold an update label ("Updated 8:46 AM EST").</summary>
    private static bool AfterUpdateLabel(string text, int from, int at)
    {
        var words = text[from..at].ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var joined = " " + string.Join(' ', words.Select(w => w.Trim(':', ',', ';', '|', '-', '–', '—', '·', '•', '(', ')'))) + " ";
        foreach (var label in TimeWordLexicon.UpdateLabels)
        {
            if (joined.Contains(" " + label + " ", StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
