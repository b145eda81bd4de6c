using NewsParse.Detection;
using NewsParse.Text;

namespace NewsParse.Html;

/// <summary>
/// Chooses the article's author(s): only people (or desks and agencies) the page shows as the article's authors.
/// <list type="bullet">
/// <item><b>Shown</b>: the byline in the article's head, from the headline to the article's first paragraphs
/// (<see cref="ArticleHead.HeadlineLimit"/>): an element marked as the author or byline (<c>rel=author</c>,
/// <c>itemprop=author</c> or <c>creator</c>, a class naming "author" or "byline", <c>&lt;address&gt;</c>; within a
/// byline element that holds one element marked as the author, that element's name), or a short block that opens
/// with a byline label ("By", "Von", "Par"...). Never in comments, forms, footers, asides or other page chrome; an
/// author box names an author only to confirm the metadata (below).</item>
/// <item><b>Told</b>: the JSON-LD article's authors that are people, then the author meta tags (<c>author</c>,
/// <c>article:author</c> when not an address, <c>dc.creator</c>, <c>parsely-author</c>, <c>sailthru.author</c>,
/// <c>byl</c>), then its authors that are organizations.</item>
/// </list>
/// A shown byline is the answer; told names that it contains give the names (cleaner than the line). Told names with
/// no byline shown are kept only when the page shows each of them outside comments and forms, in its head or in an
/// element marked as the author (an author box): a name only in the metadata is not shown to a reader, and pages put
/// their owner there. An organization is kept only from a shown byline. A name that is the site's name (the publisher)
/// is never an author. Names are read by <see cref="AuthorNames"/> (labels and dates removed, several authors
/// split). Stateless and thread-safe.
/// </summary>
internal static class BylineChooser
{
    /// <summary>Most characters of a block read as a byline when the markup does not mark it.</summary>
    public const int MaxPlainBylineChars = 150;

    private static readonly string[] AuthorMetas = ["author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "byl", "cxenseparse:author"];

    /// <summary>The byline (names joined as the page writes them), the names, and why; null when the page shows no author.</summary>
    /// <param name="index">The page.</param>
    /// <param name="ld">Its JSON-LD.</param>
    /// <param name="head">Where the article begins.</param>
    /// <param name="sites">The site's names (never an author).</param>
    /// <param name="headline">The element the headline was read from, or null.</param>
    public static (MetadataChoice Byline, IReadOnlyList<string> Names)? Choose(PageIndex index, JsonLdData ld, ArticleHead head, SiteNames sites, NodeInfo? headline)
    {
        var (toldNames, toldSource, organization) = Told(index, ld);
        toldNames.RemoveAll(sites.Names);
        var (start, end) = Window(head, headline);
        var shown = start >= 0 ? Shown(head, start, end, sites) : null;

        if (shown is { } line)
        {
            if (toldNames.Count > 0 && toldNames.TrueForAll(name => Contains(line.Line.Line, name)))
            {
                var byline = line.Line.Names.Count == toldNames.Count ? line.Line.Line : string.Join(", ", toldNames);
                return (new MetadataChoice(byline, $"the byline shown {line.Where} ({line.What}), naming who {toldSource} names"), toldNames);
            }
            return (new MetadataChoice(line.Line.Line, $"the byline shown {line.Where} ({line.What})"), line.Line.Names);
        }
        if (toldNames.Count == 0 || organization) return null;
        var shownText = ShownAuthorText(head, start, end);
        foreach (var name in toldNames)
        {
            if (!Contains(shownText, name)) return null;
        }
        return (new MetadataChoice(string.Join(", ", toldNames), $"{toldSource}, shown on the page (in the article's head or an element marked as the author)"), toldNames);
    }

    private static bool Contains(string text, string name) => TitleText.Key(text).Contains(TitleText.Key(name), StringComparison.Ordinal);

    /// <summary>The names the page tells machines and where from; <c>Organization</c> is true when they are only the JSON-LD's organizations.</summary>
    private static (List<string> Names, string? Source, bool Organization) Told(PageIndex index, JsonLdData ld)
    {
        if (Clean(ld.Authors) is { Count: > 0 } people) return (people, "the JSON-LD author", false);
        foreach (var key in AuthorMetas)
        {
            var value = HtmlMetadataReader.Meta(index, key);
            if (value is null || value.Contains("://", StringComparison.Ordinal) || value.Length > AuthorNames.MaxLineChars) continue;
            if (AuthorNames.Read(value, marked: true) is { } line) return (line.Names.ToList(), $"the {key} meta tag", false);
        }
        if (Clean(ld.OrganizationAuthors) is { Count: > 0 } organizations) return (organizations, "the JSON-LD author (an organization)", true);
        return ([], null, false);
    }

    private static List<string> Clean(List<string> names)
    {
        var clean = new List<string>();
        foreach (var name in names)
        {
            if (AuthorNames.Read(name, marked: true) is not { } line) continue;
            foreach (var one in line.Names)
            {
                if (!clean.Contains(one)) clean.Add(one);
            }
        }
        return clean;
    }

    /// <summary>
    /// The article's head in <see cref="ArticleHead.Nodes"/>: from the headline (without one, the last h1 before the
    /// first paragraph, or the article's first element) to the end of its first paragraphs. (-1, -1) without an article.
    /// </summary>
    internal static (int Start, int End) Window(ArticleHead head, NodeInfo? headline)
    {
        if (head.FirstRoot < 0 || head.FirstParagraph < 0) return (-1, -1);
        int start = headline is not null ? head.IndexOf(headline) : -1;
        if (start < 0 || start > head.HeadlineLimit)
        {
            start = head.FirstRoot;
            for (int i = 0; i < head.FirstParagraph; i++)
            {
                if (head.Nodes[i].Name == "h1" && head.Nodes[i].TextChars > 0) start = i;
            }
        }
        return (start, Math.Min(head.Nodes.Count, head.HeadlineLimit + 1));
    }

    private readonly record struct ShownLine(AuthorLine Line, string Where, string What);

    /// <summary>The first byline shown between <paramref name="start"/> and <paramref name="end"/>.</summary>
    private static ShownLine? Shown(ArticleHead head, int start, int end, SiteNames sites)
    {
        var nodes = head.Nodes;
        for (int i = start; i < end; i++)
        {
            var node = nodes[i];
            if (node.TextChars is 0 or > AuthorNames.MaxLineChars || node.InLink && !ArticleHead.NamesAuthor(node)) continue;
            if (ArticleHead.InComments(node) || head.InChrome(node)) continue;
            string? what = Marked(node);
            if (what is not null)
            {
                var text = TextCollector.Flat(node.Element, AuthorNames.MaxLineChars + 1);
                if (AuthorNames.Read(text, marked: true) is { } line && WithoutSite(line, sites) is { } kept)
                {
                    // A byline element holding one element marked as the author ("Tom Davies" beside "Associated Press" and
                    // the date) names the author by that element; with several (co-authors), the element's line stands.
                    var inner = InnerAuthor(head, i, sites);
                    var where = i < head.FirstParagraph ? "under the headline" : "at the top of the article";
                    return inner is { } one ? new ShownLine(one, where, "an element marked as the author") : new ShownLine(kept, where, what);
                }
                // skip what is inside: it was read with the element
                while (i + 1 < end && nodes[i + 1].Depth > node.Depth) i++;
                continue;
            }
            if (node.Owner != node || node.InlineChars > MaxPlainBylineChars) continue;
            var own = TextCollector.Flat(node.Element, MaxPlainBylineChars + 1);
            if (own.Length > MaxPlainBylineChars) continue;
            if (AuthorNames.Read(own, marked: false) is { Labelled: true } labelled && WithoutSite(labelled, sites) is { } plain)
                return new ShownLine(plain, i < head.FirstParagraph ? "under the headline" : "at the top of the article", "a line that opens with a byline label");
        }
        return null;
    }

    /// <summary>The line without names that are the site's (the publisher); null when none is left.</summary>
    private static AuthorLine? WithoutSite(AuthorLine line, SiteNames sites)
    {
        var names = line.Names.Where(name => !sites.Names(name)).ToList();
        if (names.Count == line.Names.Count) return line;
        return names.Count == 0 ? null : new AuthorLine(string.Join(", ", names), names, line.Labelled);
    }

    /// <summary>What marks the element as a byline, for the reason; null when nothing does.</summary>
    private static string? Marked(NodeInfo node)
    {
        if (node.Name == "address") return "an <address> element";
        if (node.Element.AttributeCount == 0) return null;
        if (string.Equals(node.Element.GetAttribute("rel"), "author", StringComparison.OrdinalIgnoreCase)) return "a link marked rel=author";
        if (node.Element.GetAttribute("itemprop") is { } prop && (prop.Equals("author", StringComparison.OrdinalIgnoreCase) || prop.Equals("creator", StringComparison.OrdinalIgnoreCase))) return $"an element marked itemprop={prop}";
        if (node.Element.GetAttribute("class") is { } cls)
        {
            if (AsciiCaseInsensitive.Contains(cls, "byline")) return "an element whose class names the byline";
            if (AsciiCaseInsensitive.Contains(cls, "author") && node.Kind is null) return "an element whose class names the author";
        }
        return null;
    }

    /// <summary>The one name of the elements marked as the author inside the byline element at <paramref name="at"/>; null when there is none or there are several.</summary>
    private static AuthorLine? InnerAuthor(ArticleHead head, int at, SiteNames sites)
    {
        var nodes = head.Nodes;
        AuthorLine? found = null;
        for (int j = at + 1; j < nodes.Count && nodes[j].Depth > nodes[at].Depth; j++)
        {
            var inner = nodes[j];
            if (inner.TextChars == 0 || inner.Element.AttributeCount == 0 || !ArticleHead.NamesAuthor(inner)) continue;
            var text = TextCollector.Flat(inner.Element, AuthorNames.MaxLineChars + 1);
            if (AuthorNames.Read(text, marked: true) is not { Names.Count: 1 } line || WithoutSite(line, sites) is not { } kept) continue;
            if (found is { } other && other.Names[0] != kept.Names[0]) return null;
            found = kept;
        }
        return found;
    }

    /// <summary>The text a reader sees as bylines: the article's head and every element marked as the author outside comments and forms (an author box).</summary>
    private static string ShownAuthorText(ArticleHead head, int start, int end)
    {
        var text = new System.Text.StringBuilder();
        var nodes = head.Nodes;
        if (start >= 0)
        {
            for (int i = start; i < end; i++)
            {
                var node = nodes[i];
                if (node.Owner != node || node.InlineChars == 0 || ArticleHead.InComments(node) || head.InChrome(node) && (node.Hints & HintFlags.Byline) == 0) continue;
                text.Append(TextCollector.Flat(node.Element, 500)).Append(" | ");
            }
        }
        foreach (var node in nodes)
        {
            if (node.TextChars is 0 or > 300 || node.Element.AttributeCount == 0 && node.Name != "address") continue;
            if (Marked(node) is null && !(node.Kind == Model.BoilerplateKind.AuthorBox)) continue;
            if (ArticleHead.InComments(node) || InForm(node)) continue;
            text.Append(TextCollector.Flat(node.Element, 300)).Append(" | ");
        }
        return text.ToString();
    }

    private static bool InForm(NodeInfo node)
    {
        for (var up = node; up is not null; up = up.Parent)
        {
            if (up.Name == "form") return true;
        }
        return false;
    }
}
