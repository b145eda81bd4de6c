using NewsParse.Detection;
using NewsParse.Detection.Lexicons;
using NewsParse.Text;

namespace NewsParse.Html;

/// <summary>
/// Chooses the article's author(s): only people (or desks and agencies) the page shows as the article's authors.
/// <list type="bullet">
/// <item><b>Shown</b>: the byline in the article's head, from the headline to the article's first paragraphs
/// (<see cref="ArticleHead.HeadlineLimit"/>): an element marked as the author or byline (<c>rel=author</c>,
/// <c>itemprop=author</c> or <c>creator</c>, a class naming "author" or "byline", <c>&lt;address&gt;</c>; within a
/// byline element that holds one element marked as the author, that element's name; in the head, a link right after
/// the author's avatar, <see cref="AfterAvatar"/>), or a short block that opens
/// with a byline label ("By", "Von", "Par"...; in or after the article's text, a link's too: "Von: Götz Warnke" linking to
/// the author's address; a label alone in an inline element names who follows it on its line, one alone in a block
/// who the first short text after it names), or the article's
/// credits (<see cref="CreditsBox"/>). With none there, the byline written right above the headline's header, with
/// little text between (<see cref="LeadInByline"/>: "Gunter Frank / 22.04.2020" over the headline), then the article's
/// text and what follows it. The article's text is read from its first chosen element when that stands above
/// the headline. Then the rest of the <c>&lt;article&gt;</c> element that holds the text (<see cref="ArticleFooterEnd"/>: its
/// footer past a list of related posts), not a teaser's author (<see cref="InTeaser"/>). With none shown anywhere, the
/// name the text is signed with on its last lines (<see cref="ArticleSignature"/>: "…aussterben.&lt;br&gt;&lt;em&gt;Claudia
/// Duwe&lt;/em&gt;"). Never in comments, forms, footers, asides or other page chrome.</item>
/// <item><b>Told</b>: the JSON-LD article's authors that are people, then the author meta tags (<c>author</c>,
/// <c>article:author</c> when not an address, <c>dc.creator</c>, <c>parsely-author</c>, <c>sailthru.author</c>,
/// <c>byl</c>), then its authors that are organizations.</item>
/// </list>
/// A shown byline is the answer; told names that it contains give the names (cleaner than the line). Told names with
/// no byline shown are kept only when the page shows each of them outside comments and forms, in its head or in an
/// element marked as the author (an author box): a name only in the metadata is not shown to a reader, and pages put
/// their owner there. With no byline shown and no told name shown, an author box beside the article names the author
/// by the element in it marked as the author (<see cref="BoxAuthor"/>); without one, a single told name that the
/// page's copyright notice names as its holder is the author ("© 2019 Jürgen Heitmann" with that author meta tag: a
/// personal site, whose owner writes it, <see cref="InCopyright"/>); with no author named at all, the agency credited in
/// the dateline that opens the article's text ("Hamburg (dpa/lno) – …", <see cref="DatelineCredit"/>). An organization is kept only from a shown byline.
/// A name that is the site's name (the publisher), or the article's section (its <c>article:section</c> meta tag: a
/// byline element that links the category), is never an author, nor the one place written after the publisher's name
/// behind an author's ("By Nada Tawfik, BBC News, New York"); a shown byline that names only the site is read past for the next one shown (at most
/// <see cref="MaxSiteBylines"/>: "By The Planetary Press" above "Written by: Julie Mollins"). Names are read by <see cref="AuthorNames"/> (labels and dates removed, several authors
/// split). Stateless and thread-safe.
/// </summary>
internal static class BylineChooser
{
    /// <summary>Most characters of a block read as a byline when the markup does not mark it.</summary>
    public const int MaxPlainBylineChars = 150;

    /// <summary>Elements after the article's last chosen element read for its byline ("Text: Jane Doe" under the text).</summary>
    public const int MaxNodesAfterArticle = 40;

    private static readonly string[] AuthorMetas = ["author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "byl", "cxenseparse:author"];

    /// <summary>The byline (names joined as the page writes them), the names, and why; null when the page shows no author.</summary>
    /// <param name="index">The page.</param>
    /// <param name="ld">Its JSON-LD.</param>
    /// <param name="head">Where the article begins.</param>
    /// <param name="sites">The site's names (never an author).</param>
    /// <param name="headline">The element the headline was read from, or null.</param>
    /// <param name="shownIn">The element the byline was read from when it is shown (its line may give the date too), else null.</param>
    public static (MetadataChoice Byline, IReadOnlyList<string> Names)? Choose(PageIndex index, JsonLdData ld, ArticleHead head, SiteNames sites, NodeInfo? headline, out NodeInfo? shownIn) =>
        Named(index, ld, head, sites, headline, out shownIn) ?? Credited(head, sites);

    /// <summary>
    /// The agency the dateline that opens the article's first paragraph credits ("Hamburg (dpa/lno) – …",
    /// <see cref="DatelineCredit"/>), for a page that names no author otherwise; never the site's own name. Null when none.
    /// </summary>
    private static (MetadataChoice Byline, IReadOnlyList<string> Names)? Credited(ArticleHead head, SiteNames sites)
    {
        if (head.FirstParagraph < 0) return null;
        var first = head.Nodes[head.FirstParagraph];
        if (DatelineCredit.Read(TextCollector.Flat(first.Element, DatelineCredit.MaxPlaceChars + DatelineCredit.MaxCreditChars + 8)) is not { } credit || sites.Names(credit.Line)) return null;
        return (new MetadataChoice(credit.Line, "the agency credited in the dateline that opens the article's text"), credit.Names);
    }

    /// <summary><see cref="Choose"/> without the dateline's credit: the authors the page names.</summary>
    private static (MetadataChoice Byline, IReadOnlyList<string> Names)? Named(PageIndex index, JsonLdData ld, ArticleHead head, SiteNames sites, NodeInfo? headline, out NodeInfo? shownIn)
    {
        shownIn = null;
        var (toldNames, toldSource, organization) = Told(index, ld);
        var section = HtmlMetadataReader.Meta(index, "article:section");
        toldNames.RemoveAll(name => sites.Names(name) || IsSection(name, section));
        // "Rioja … | Iberische Weine in Berlin" with <meta name=author content="Iberische Weine in Berlin - …">: the site's part of the title
        if (toldSource != "the JSON-LD author") toldNames.RemoveAll(name => IsTitleSitePart(index.Title, name));
        var (start, end) = Window(head, headline);
        var headerKinds = head.HeaderKinds(headline);
        var shown = start >= 0 ? Shown(head, start, end, sites, inHead: true, headerKinds) ?? LeadInByline(head, start, sites, headerKinds) ?? Shown(head, end, ArticleEnd(head), sites, inHead: false, 0) : null;
        // the chosen content may begin above the headline's header: its text there is the article's too ("Auteur : Kossivi Tiassou")
        if (shown is null && start > head.FirstRoot && head.FirstRoot >= 0) shown = Shown(head, head.FirstRoot, start, sites, inHead: false, 0);
        // the <article> element that holds the text holds its footer too, past a list of related posts: a byline marked there, not a teaser's
        if (shown is null && start >= 0 && ArticleFooterEnd(head) is var footerEnd && footerEnd > ArticleEnd(head))
            shown = Shown(head, ArticleEnd(head), footerEnd, sites, inHead: false, 0, teasers: false);
        // none shown anywhere: the name the text is signed with ("…aussterben.<br><em>Claudia Duwe</em>")
        if (shown is null && start >= 0 && ArticleSignature.Find(head, head.FirstParagraph, ContentEnd(head), sites) is var (signed, signedAt))
            shown = new ShownLine(signed, "at the end of the article's text", "a name signed alone on the text's last lines", signedAt);
        // a labelled line that names only user names in lower case ("Gespeichert von rasos", the account that posted) is
        // kept only when no other byline is shown after it ("Blog Beitrag von Margarita Koreneva" in the text)
        ShownLine? accountOnly = null;
        AuthorLine? Keep(ShownLine line)
        {
            var kept = WithoutSite(line.Line, sites, section);
            if (kept is null || line.What != LabelledLine || !NamesOnlyAccounts(kept)) return kept;
            accountOnly ??= line with { Line = kept };
            return null;
        }
        var kept = shown is { } first ? Keep(first) : null;
        // a byline that names only the site ("By The Planetary Press") is the publisher's: the next one shown may name the author
        for (int round = 0; shown is { } siteOnly && kept is null && round < MaxSiteBylines; round++)
        {
            int from = siteOnly.At + Math.Max(1, SubtreeSize(head, siteOnly.At));
            shown = from < end ? Shown(head, from, end, sites, inHead: true, headerKinds) ?? Shown(head, end, ArticleEnd(head), sites, inHead: false, 0)
                : Shown(head, Math.Max(from, end), ArticleEnd(head), sites, inHead: false, 0);
            kept = shown is { } next ? Keep(next) : null;
        }
        if (kept is null && accountOnly is { } account) (shown, kept) = (account, account.Line);

        if (shown is { } found && kept is { } keptLine)
        {
            shownIn = head.Nodes[found.At];
            var line = found with { Line = keptLine };
            if (toldNames.Count >= line.Line.Names.Count && toldNames.TrueForAll(name => Contains(line.Line.Line, name)))
            {
                // "Michael HiltzikBusiness" (the name's element and the title's written with no space between): the told name, as written
                var byline = line.Line.Names.Count == toldNames.Count && !toldNames.Exists(name => FusedIn(line.Line.Line, name)) ? line.Line.Line : string.Join(", ", toldNames);
                return (new MetadataChoice(byline, $"the byline shown {line.Where} ({line.What}), naming who {toldSource} names"), toldNames);
            }
            return (new MetadataChoice(line.Line.Line, $"the byline shown {line.Where} ({line.What})"), line.Line.Names);
        }
        // with no byline shown and no name told that the page shows, an author box names the author
        (MetadataChoice Byline, IReadOnlyList<string> Names)? Box() => BoxAuthor(head, sites) is { } box ? (new MetadataChoice(box.Line, "an author box beside the article (an element marked as the author in it)"), box.Names) : null;
        if (toldNames.Count == 0 || organization) return Box();
        // the article object's own authors, stated as people (a name, or an object typed Person), are the article's, shown or not
        if (toldSource == "the JSON-LD author" && ld.AuthorsStated) return (new MetadataChoice(string.Join(", ", toldNames), $"{toldSource} (people, named by the article object)"), toldNames);
        var shownText = ShownAuthorText(head, start, end);
        foreach (var name in toldNames)
        {
            if (Contains(shownText, name)) continue;
            // a page that says whose it is in its copyright notice ("Webdesign und alle Inhalte © by Ralf Glaser") shows its writer there
            if (Box() is { } box) return box;
            return toldNames.Count == 1 && InCopyright(head, name) ? (new MetadataChoice(string.Join(", ", toldNames), $"{toldSource}, named by the page's copyright notice"), toldNames) : null;
        }
        return (new MetadataChoice(string.Join(", ", toldNames), $"{toldSource}, shown on the page (in the article's head or an element marked as the author)"), toldNames);
    }


    /// <summary>What a byline read from a line that the markup does not mark, but that opens with a byline label, is (<see cref="ShownLine.What"/>).</summary>
    private const string LabelledLine = "a line that opens with a byline label";

    /// <summary>True when every name of the line starts with a lower-case letter: user names ("rasos"), which only a label of several words lets through (<see cref="AuthorNames"/>).</summary>
    private static bool NamesOnlyAccounts(AuthorLine line) => line.Names.All(name => char.IsLower(name[0]));

    /// <summary>Most bylines naming only the site read past for the author's (<see cref="Choose"/>).</summary>
    private const int MaxSiteBylines = 2;

    /// <summary>The number of elements in the subtree of the element at <paramref name="at"/> in <see cref="ArticleHead.Nodes"/>, itself included.</summary>
    private static int SubtreeSize(ArticleHead head, int at)
    {
        int end = at + 1;
        while (end < head.Nodes.Count && head.Nodes[end].Depth > head.Nodes[at].Depth) end++;
        return end - at;
    }

    /// <summary>
    /// True when <paramref name="name"/> is a part of <paramref name="title"/> after its first separator ("Headline |
    /// Site", <see cref="TitleText.Parts"/>), compared as <see cref="TitleText.Key"/> reads them: where a title names the
    /// site, not the writer. An author meta tag that holds it holds the site's name.
    /// </summary>
    private static bool IsTitleSitePart(string? title, string name)
    {
        if (title is null) return false;
        var parts = TitleText.Parts(title);
        var key = TitleText.Key(name);
        for (int k = 1; k < parts.Count; k++)
        {
            if (TitleText.Key(parts[k]) == key) return true;
        }
        return false;
    }

    /// <summary>
    /// True when <paramref name="name"/> is written in <paramref name="text"/> (case ignored) with a letter right after
    /// or before it: the text of the element that follows the name's was joined to it with no space ("Michael
    /// HiltzikBusiness Columnist"), and the line holds a word that is none.
    /// </summary>
    private static bool FusedIn(string text, string name)
    {
        int at = text.IndexOf(name, StringComparison.OrdinalIgnoreCase);
        if (at < 0) return false;
        int end = at + name.Length;
        return (end < text.Length && char.IsLetter(text[end])) || (at > 0 && char.IsLetter(text[at - 1]));
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
        // the header that holds the headline holds its byline too, before it or after it (or the short line right above it)
        start = Math.Min(start, head.HeadTop(head.HeaderTop(start)));
        return (start, Math.Min(head.Nodes.Count, head.HeadlineLimit + 1));
    }

    private readonly record struct ShownLine(AuthorLine Line, string Where, string What, int At);

    /// <summary>
    /// Where the article ends in <see cref="ArticleHead.Nodes"/>: after its last chosen element and at most
    /// <see cref="MaxNodesAfterArticle"/> elements more that stand in the same container (an article's footer).
    /// </summary>
    private static int ArticleEnd(ArticleHead head)
    {
        var nodes = head.Nodes;
        var last = head.Roots[^1];
        int at = head.IndexOf(last);
        if (at < 0) return Math.Min(nodes.Count, head.HeadlineLimit + 1);
        int end = at + 1;
        while (end < nodes.Count && nodes[end].Depth > last.Depth) end++;
        int limit = Math.Min(nodes.Count, end + MaxNodesAfterArticle);
        while (end < limit && (last.Parent is null || nodes[end].Depth > last.Parent.Depth)) end++;
        return end;
    }

    /// <summary>
    /// Where the <c>&lt;article&gt;</c> element that holds all the chosen article's elements ends in
    /// <see cref="ArticleHead.Nodes"/> (its footer, past a list of related posts: Plone's "documentByLine" under them);
    /// -1 when no such element holds them.
    /// </summary>
    private static int ArticleFooterEnd(ArticleHead head)
    {
        var first = head.Roots[0];
        for (var up = head.Roots[^1].Parent; up is not null; up = up.Parent)
        {
            if (up.Name != "article") continue;
            if (up != first && !IsAncestor(up, first)) return -1;
            int at = head.IndexOf(up);
            return at < 0 ? -1 : at + SubtreeSize(head, at);
        }
        return -1;
    }

    /// <summary>True when the element stands in a link or a list item: a teaser of another post, whose author is that post's.</summary>
    private static bool InTeaser(NodeInfo node)
    {
        if (node.InLink) return true;
        for (var up = node; up is not null; up = up.Parent)
        {
            if (up.Name == "li") return true;
        }
        return false;
    }

    /// <summary>Where the chosen article's elements end in <see cref="ArticleHead.Nodes"/>: after the last one's subtree.</summary>
    private static int ContentEnd(ArticleHead head)
    {
        int at = head.IndexOf(head.Roots[^1]);
        return at < 0 ? head.Nodes.Count : at + SubtreeSize(head, at);
    }

    /// <summary>The first byline shown between <paramref name="start"/> and <paramref name="end"/> (<paramref name="inHead"/>: under the headline; else in or right after the article's text; <paramref name="teasers"/> false: not in a teaser of another post, <see cref="InTeaser"/>).</summary>
    private static ShownLine? Shown(ArticleHead head, int start, int end, SiteNames sites, bool inHead, int headerKinds, bool teasers = true)
    {
        var nodes = head.Nodes;
        var where = inHead ? "with the headline" : "with the article's text";
        NodeInfo? lastPlain = null;   // the last element read as a plain line (and found no byline)
        for (int i = start; i < end; i++)
        {
            var node = nodes[i];
            if (node.TextChars is 0 or > AuthorNames.MaxLineChars) continue;
            if (ArticleHead.InComments(node)) continue;
            if (!teasers && InTeaser(node)) continue;
            string? what;
            if (inHead ? head.InHeadChrome(node, headerKinds) : head.InArticleChrome(node))
            {
                // the article's credits ("<p class=credit>JIJI</p>" under the headline, "Text: Ursula Eggers" under the
                // text) are marked as a caption, as a photo's are: read when nothing else around them is chrome
                if (CreditsBox(node) is not { } credits || credits.Parent is not { } outside || (inHead ? head.InHeadChrome(outside, headerKinds) : head.InArticleChrome(outside))) continue;
                what = Marked(node, headerKinds | 1 << (int)Model.BoilerplateKind.Caption) ?? (inHead && credits == node ? CreditsMark : null);
            }
            else what = Marked(node, headerKinds) ?? (inHead && node.Name == "a" && AfterAvatar(node.Element) ? AvatarMark : null);
            if (what is not null && NamedHidden(node)) what = null;
            if (what is not null)
            {
                // "<div class=jdgm-rev>…<span class=jdgm-rev__author>D.E.</span>…review…</div>" four times over: a review's, not the article's
                if (InListOfPosts(head, i))
                {
                    i += SubtreeSize(head, i) - 1;
                    continue;
                }
                var text = TextCollector.Flat(node.Element, AuthorNames.MaxLineChars + 1);
                if (AuthorNames.Read(text, marked: true) is { } line && (what != CreditsMark || IsWholeCredit(text, line)))
                {
                    // A byline element holding one element marked as the author ("Tom Davies" beside "Associated Press" and
                    // the date) names the author by that element; with several (co-authors), or co-authors written in
                    // parentheses after it, the element's line stands.
                    var inner = InnerAuthor(head, i);
                    // "<span itemprop=author><a class=auteur>Martin Untersinger</a> (avec Damien Leloup et Morgane Tual)</span>": co-authors written with the one marked
                    if (inner is { } one && !(line.Names.Count > one.Names.Count && AuthorNames.WritesCoAuthors(text))) return new ShownLine(one, where, "an element marked as the author", i);
                    // "Isabel Caro, Rocío Latorre y José Miguel Wilson Hace 13 horas": the byline element inside names them all
                    return FullerInner(head, i, line) is { } fuller ? new ShownLine(fuller, where, "an element marked as the byline, inside another", i) : new ShownLine(line, where, what, i);
                }
                // not read as names as a whole ("By Jane Doe 8 January 2020, 3:51 pm · 3 comments"): what is inside is read
                // on its own, an element marked as the author or a line that opens with a byline label
                continue;
            }
            // a link is read as a byline line only in or after the article's text ("<a href=mailto:…>Von: Götz Warnke</a>" under it), not in its head
            if (node.TextChars > MaxPlainBylineChars || (node.InLink && inHead)) continue;
            // a line that opens with a label holds that label as a word of its own, in one of its text nodes
            if (!ArticleHead.MayHoldLabel(node.Element)) continue;
            // an element whose text is all its parent's was read with it: the same line, no byline either
            if (lastPlain is not null && node.Parent == lastPlain && node.TextChars == lastPlain.TextChars)
            {
                lastPlain = node;
                continue;
            }
            var own = TextCollector.Flat(node.Element, MaxPlainBylineChars + 1);
            if (own.Length > MaxPlainBylineChars) continue;
            lastPlain = node;
            if (!AuthorNames.MayBeLabelled(own)) continue;
            // "<strong>Text:</strong> Klausmartin Friedrich<br>": a label written alone in an inline element names who follows it on its line
            if (node.Owner != node && AuthorNames.IsOnlyLabel(own) && RestOfLine(node.Element, MaxPlainBylineChars) is { Length: > 0 } rest
                && AuthorNames.ReadLabelled(own + " " + rest) is { } labelledLine)
                return new ShownLine(labelledLine, where, LabelledLine, i);
            // "<h3>Published By</h3><div class=card><img …><h3><a>Inga Hoeltmann</a></h3>…": a label alone in a block of its
            // own names who the first short text after it in the same parent names
            if (node.Owner == node && AuthorNames.IsOnlyLabel(own) && FirstShortTextAfter(head, i) is { } after
                && AuthorNames.ReadLabelled(own + " " + after) is { } labelledBlock)
                return new ShownLine(labelledBlock, where, LabelledLine, i);
            if (AuthorNames.ReadLabelled(own) is { } labelled)
            {
                // "Von <a href=/autor/…>Jane Doe</a>": the link's name, when it is the only one (and no co-authors are written in parentheses after it)
                var inner = InnerAuthor(head, i);
                if (inner is { } one && labelled.Names.Count > one.Names.Count && AuthorNames.WritesCoAuthors(own)) inner = null;
                return new ShownLine(inner ?? InnermostLabelled(head, i, labelled), where, LabelledLine, i);
            }
        }
        return null;
    }

    /// <summary>Most characters more than the name's that make an ancestor of an author's element a post of its own (<see cref="InListOfPosts"/>): a review's or a teaser's text besides its author.</summary>
    public const int MinPostChars = 20;

    /// <summary>Most ancestors of an author's element climbed to find the post it belongs to (<see cref="InListOfPosts"/>).</summary>
    private const int MaxPostDepth = 6;

    /// <summary>
    /// True when the element at <paramref name="at"/>, marked as the author, names the author of one post in a list of
    /// posts (reviews under a product, teasers, comments not named so): its nearest ancestor holding at least
    /// <see cref="MinPostChars"/> characters more than it (within <see cref="MaxPostDepth"/> levels) holds neither the
    /// article's first chosen element nor its first paragraph, and a sibling of that ancestor with the same tag and class
    /// holds an element marked as the author that names someone else (the same author box written above and below the
    /// text is the article's). Co-authors' names in a list of their own hold no more than their names, and the article's
    /// own post holds its text.
    /// </summary>
    private static bool InListOfPosts(ArticleHead head, int at)
    {
        var nodes = head.Nodes;
        var node = nodes[at];
        var post = node.Parent;
        for (int depth = 0; post is not null && depth < MaxPostDepth && post.TextChars < node.TextChars + MinPostChars; depth++) post = post.Parent;
        if (post is null || post.TextChars < node.TextChars + MinPostChars || post.Parent is null) return false;
        int from = head.IndexOf(post);
        if (from < 0) return false;
        int size = SubtreeSize(head, from);
        bool Holds(int index) => index >= from && index < from + size;
        if (Holds(head.FirstRoot) || Holds(head.FirstParagraph)) return false;
        if (!post.Element.TryGetAttributeSpan("class", out var cls) || cls.IsWhiteSpace()) return false;
        string? name = null;
        for (int j = head.IndexOf(post.Parent) + 1; j < nodes.Count && nodes[j].Depth > post.Parent.Depth; j += SubtreeSize(head, j))
        {
            var twin = nodes[j];
            if (twin == post || twin.Name != post.Name || !twin.Element.TryGetAttributeSpan("class", out var twinClass) || !twinClass.SequenceEqual(cls)) continue;
            for (int k = j + 1; k < j + SubtreeSize(head, j); k++)
            {
                var other = nodes[k];
                if (other.TextChars is 0 or > AuthorNames.MaxLineChars || other.Element.AttributeCount == 0 || Marked(other) is null) continue;
                // the same author box written twice (above and below the text) is the article's
                name ??= TitleText.Key(TextCollector.Flat(node.Element, AuthorNames.MaxLineChars + 1));
                var otherName = TitleText.Key(TextCollector.Flat(other.Element, AuthorNames.MaxLineChars + 1));
                if (otherName.Length > 0 && otherName != name) return true;
            }
        }
        return false;
    }

    /// <summary>Most elements looked back over from the article's head for a byline written above it (<see cref="LeadInByline"/>).</summary>
    public const int MaxLeadInElements = 40;

    /// <summary>Most characters of text outside links and chrome a reader passes between a byline above the article's head and the head (<see cref="LeadInByline"/>).</summary>
    public const int MaxLeadInChars = 80;

    /// <summary>
    /// The byline written right above the article's head at <paramref name="start"/> ("Gunter Frank / 22.04.2020" over
    /// the headline, with share buttons between): of the elements before it, up to <see cref="MaxLeadInElements"/> back,
    /// to a heading or a paragraph, and never the head's own ancestors, the last one that reads as a byline
    /// (<see cref="Shown"/>), when a reader passes at most <see cref="MaxLeadInChars"/> characters of text outside links
    /// and chrome from it to the head, and it opens with a label or its block reads as a byline or date line
    /// (<see cref="ArticleHead.ReadsAsBylineOrDate"/>; an author card's name and tagline does not). Null when there is none.
    /// </summary>
    private static ShownLine? LeadInByline(ArticleHead head, int start, SiteNames sites, int headerKinds)
    {
        var nodes = head.Nodes;
        var top = nodes[start];
        int from = start, chars = 0;
        for (int k = start - 1; k >= 0 && k >= start - MaxLeadInElements; k--)
        {
            var node = nodes[k];
            if (IsAncestor(node, top)) continue;
            if (node.TextChars > 0 && node.Name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" || head.IsParagraph(node))
            {
                // the block that holds a heading or a paragraph above is another piece of the page (a teaser, a post): none of it is the lead-in
                var block = node;
                while (block.Parent is { } up && !IsAncestor(up, top)) block = up;
                int at = head.IndexOf(block);
                from = Math.Max(from, at + SubtreeSize(head, at));
                break;
            }
            if (node.Owner == node && !head.InChrome(node)) chars += node.InlineChars - node.InlineLinkChars;
            if (chars > 2 * MaxPlainBylineChars) break;
            from = k;
        }
        ShownLine? last = null;
        while (from < start && Shown(head, from, start, sites, inHead: true, headerKinds) is { } line)
        {
            // an element that holds the head itself is not above it: what is inside it is read on
            if (IsAncestor(nodes[line.At], top))
            {
                from = line.At + 1;
                continue;
            }
            last = line;
            from = line.At + Math.Max(1, SubtreeSize(head, line.At));
        }
        if (last is not { } found || head.TextBetween(found.At, start, MaxLeadInChars + 1) > MaxLeadInChars) return null;
        // a post's meta line ("Gunter Frank / 22.04.2020 / 06:15") or a labelled byline ("von Juliane Ziegengeist"), as
        // the block that holds it reads (ArticleHead.ReadsAsBylineOrDate): an author card's name and tagline is none
        var lineBlock = nodes[found.At];
        while (lineBlock.Parent is { } outer && !IsAncestor(outer, top)) lineBlock = outer;
        if (!found.Line.Labelled && !ArticleHead.ReadsAsBylineOrDate(TextCollector.Flat(lineBlock.Element, ArticleHead.MaxBylineChars + 1))) return null;
        return found with { Where = "right above the headline" };
    }

    /// <summary>True when <paramref name="node"/> is an ancestor of <paramref name="inner"/>.</summary>
    private static bool IsAncestor(NodeInfo node, NodeInfo inner)
    {
        for (var up = inner.Parent; up is not null && up.Depth >= node.Depth; up = up.Parent)
        {
            if (up == node) return true;
        }
        return false;
    }

    /// <summary>What marks a link beside the author's avatar as the byline, for the reason (<see cref="AfterAvatar"/>).</summary>
    private const string AvatarMark = "a link right after the author's avatar";

    /// <summary>
    /// True when the element right before <paramref name="link"/> (text of white space aside) is an avatar: an image
    /// whose class names it ("avatar avatar-19", as WordPress and most CMSs write a user's picture), or an element that
    /// holds one as its only element. In the article's head, the link beside it names who posted the article.
    /// </summary>
    private static bool AfterAvatar(Dom.HtmlElement link)
    {
        var before = link.PreviousSibling;
        while (before is Dom.HtmlText text && text.Span.IsWhiteSpace()) before = before.PreviousSibling;
        for (int depth = 0; depth < 3 && before is Dom.HtmlElement element; depth++)
        {
            if (element.LocalName == "img") return element.TryGetAttributeSpan("class", out var cls) && AsciiCaseInsensitive.Contains(cls, "avatar");
            if (element.FirstChild is not { } only || only.NextSibling is not null) return false;
            before = only;
        }
        return false;
    }

    /// <summary>Most characters of the text read after a label written alone in its block (<see cref="FirstShortTextAfter"/>): a name, not a paragraph.</summary>
    private const int MaxNameAfterLabelChars = 80;

    /// <summary>
    /// The text of the first element after the one at <paramref name="at"/> (and its subtree) inside the same parent
    /// that holds text and at most <see cref="MaxNameAfterLabelChars"/> characters (going down into longer ones: a card's
    /// name under its image, not its tagline); null when there is none.
    /// </summary>
    private static string? FirstShortTextAfter(ArticleHead head, int at)
    {
        var nodes = head.Nodes;
        var parent = nodes[at].Parent;
        if (parent is null) return null;
        for (int j = at + SubtreeSize(head, at); j < nodes.Count && nodes[j].Depth > parent.Depth; j++)
        {
            var next = nodes[j];
            if (next.TextChars == 0 || next.TextChars > MaxNameAfterLabelChars) continue;
            return TextCollector.Flat(next.Element, MaxNameAfterLabelChars + 1);
        }
        return null;
    }

    /// <summary>What marks the article's credits under the headline as its byline, for the reason (<see cref="CreditsBox"/>).</summary>
    private const string CreditsMark = "the article's credits (an element whose class names the credits, not a photo's)";

    /// <summary>
    /// The element that marks <paramref name="node"/> as a caption (its nearest ancestor, or itself, of the kind
    /// <see cref="Model.BoilerplateKind.Caption"/>) when that element is the article's credits: its class names the
    /// credits ("credit", "c-article__credits"), it stands in no figure and holds no image, and no image stands beside
    /// it, nor beside the block of at most <see cref="MaxCreditLevels"/> levels up that holds it with no more than a
    /// caption's text (a photo's credit, "Reuters", does). Null otherwise.
    /// </summary>
    private static NodeInfo? CreditsBox(NodeInfo node)
    {
        var up = node;
        while (up is not null && up.Kind != Model.BoilerplateKind.Caption) up = up.Parent;
        if (up is null || !NamesCredits(up)) return null;
        // "<section class=c-article__credits><div class=c-article__credits-item>": the outermost of the credits
        while (up.Parent is { Kind: Model.BoilerplateKind.Caption } parent && NamesCredits(parent)) up = parent;
        for (var outer = up; outer is not null; outer = outer.Parent)
        {
            if (outer.Name is "figure" or "figcaption" or "picture") return null;
        }
        if (HoldsImage(up.Element)) return null;
        // "<div class=image-image><img></div><div class=image-meta><div class=image-caption>…</div><div class=image-credit>":
        // the image stands beside the block that holds the credits with the photo's caption
        var level = up;
        for (int depth = 0; depth <= MaxCreditLevels; depth++)
        {
            for (var sibling = level.Element.PreviousSibling; sibling is not null; sibling = sibling.PreviousSibling)
            {
                if (sibling is Dom.HtmlElement element && (IsImage(element) || HoldsImage(element))) return null;
            }
            if (level.Parent is not { } parent || parent.TextChars > up.TextChars + MaxCaptionBesideCreditsChars) break;
            level = parent;
        }
        return up;
    }

    /// <summary>Most levels above the credits whose elements are looked at for an image before them (<see cref="CreditsBox"/>).</summary>
    private const int MaxCreditLevels = 2;

    /// <summary>Most characters besides the credits' that a block holding them may hold for an image before it to be theirs (a photo's caption; <see cref="CreditsBox"/>).</summary>
    private const int MaxCaptionBesideCreditsChars = 200;

    /// <summary>
    /// True when the credits under the headline read as names and nothing else ("JIJI"), not as a photo's credit ("Foto:
    /// Kay Nietfeld") or caption ("Rep. Mark Meadows. | Alex Wong/Getty Images"): the line is all of the text.
    /// </summary>
    private static bool IsWholeCredit(string text, AuthorLine line) =>
        !AuthorNames.OpensWithOtherRole(text) && Whitespace.Collapse(text).Trim().TrimEnd('.').Length <= line.Line.Length + 1;

    /// <summary>True when the element's class names the credits ("credit", "c-article__credits").</summary>
    private static bool NamesCredits(NodeInfo node) => node.Element.TryGetAttributeSpan("class", out var cls) && AsciiCaseInsensitive.Contains(cls, "credit");

    /// <summary>True for an image, a picture or a video element; not a counting pixel (an image one pixel wide or high).</summary>
    private static bool IsImage(Dom.HtmlElement element) =>
        element.LocalName is "picture" or "video" or "figure"
        || (element.LocalName == "img" && !(element.TryGetAttributeSpan("width", out var width) && width.Trim().SequenceEqual("1"))
            && !(element.TryGetAttributeSpan("height", out var height) && height.Trim().SequenceEqual("1")));

    /// <summary>True when an image, a picture or a video stands under <paramref name="root"/> (looked for up to <see cref="MaxImageSearch"/> elements deep into it).</summary>
    private static bool HoldsImage(Dom.HtmlElement root)
    {
        var stack = new Stack<Dom.HtmlElement>();
        stack.Push(root);
        for (int seen = 0; stack.Count > 0 && seen < MaxImageSearch; seen++)
        {
            var element = stack.Pop();
            if (element != root && IsImage(element)) return true;
            for (var child = element.FirstChild; child is not null; child = child.NextSibling)
            {
                if (child is Dom.HtmlElement inner) stack.Push(inner);
            }
        }
        return false;
    }

    /// <summary>Most elements <see cref="HoldsImage"/> looks at.</summary>
    private const int MaxImageSearch = 64;

    /// <summary>
    /// The text written after <paramref name="element"/> up to the end of its line: its next siblings, up to a
    /// <c>&lt;br&gt;</c>, a block element or the end of its parent; at most <paramref name="maxChars"/> characters
    /// (null beyond: no line of a byline is that long).
    /// </summary>
    private static string? RestOfLine(Dom.HtmlElement element, int maxChars)
    {
        var text = new System.Text.StringBuilder();
        for (var next = element.NextSibling; next is not null; next = next.NextSibling)
        {
            if (next is Dom.HtmlText piece) text.Append(piece.Span);
            else if (next is Dom.HtmlElement inline)
            {
                if (inline.LocalName == "br" || HtmlTags.IsBlock(inline)) break;
                text.Append(' ').Append(TextCollector.Flat(inline, maxChars + 1)).Append(' ');
            }
            if (text.Length > maxChars) return null;
        }
        return Whitespace.Collapse(text.ToString());
    }

    /// <summary>
    /// True when <paramref name="name"/> is the article's section as its <c>article:section</c> meta tag states it
    /// (<paramref name="section"/>), compared as <see cref="TitleText.Key"/> reads them: a byline element that links the
    /// section ("Wein &amp; Geschmack · 14. Oktober 2021") names no author there.
    /// </summary>
    private static bool IsSection(string name, string? section) => section is not null && TitleText.Key(name) == TitleText.Key(section);

    /// <summary>
    /// True when <paramref name="name"/> is the site's newsroom: a word of <see cref="BylineLexicon.NewsroomWords"/> first
    /// (after an article: "Die Redaktion") or last, and the other words the site's name ("Redacción Diario Pagina Siete",
    /// "auto-motor.at Redaktion"): a desk that names its paper names who wrote the article, as a reader reads it.
    /// </summary>
    private static bool IsSiteNewsroom(string name, SiteNames sites)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2) return false;
        int first = words.Length > 2 && BylineLexicon.NewsroomLinks.Contains(words[0]) ? 1 : 0;
        if (IsNewsroomWord(words[first]))
        {
            int from = first + 1;
            // "Die Redaktion von Battery News": the word that joins the paper's name
            if (from < words.Length - 1 && BylineLexicon.NewsroomLinks.Contains(words[from])) from++;
            return sites.Names(string.Join(' ', words, from, words.Length - from));
        }
        return first == 0 && IsNewsroomWord(words[^1]) && sites.Names(string.Join(' ', words, 0, words.Length - 1));
    }

    /// <summary>True when <paramref name="word"/>, without a comma, period or colon around it, is a word of <see cref="BylineLexicon.NewsroomWords"/> (any case).</summary>
    private static bool IsNewsroomWord(string word) => BylineLexicon.NewsroomWords.Contains(word.Trim(',', '.', ':'));

    /// <summary>
    /// The line without names that are the site's (the publisher), its team's ("Zespół wPolityce.pl": <see cref="BylineLexicon.TeamWords"/>) or the article's section (<see cref="IsSection"/>),
    /// nor the one last piece written after the publisher's name behind an author's (the dateline's place: "Nada
    /// Tawfik, BBC News, New York"); null when none is left.
    /// </summary>
    private static AuthorLine? WithoutSite(AuthorLine line, SiteNames sites, string? section)
    {
        // "Wein & Geschmack" read as two names: the section is the whole line
        if (IsSection(line.Line, section)) return null;
        // "auto-motor.at Redaktion", "Redacción Diario Pagina Siete": the site's newsroom wrote it
        if (line.Names.Count == 1 && IsSiteNewsroom(line.Names[0], sites)) return line;
        var names = new List<string>();
        bool changed = false;
        for (int k = 0; k < line.Names.Count; k++)
        {
            var name = line.Names[k];
            if (sites.Names(name) || IsSection(name, section))
            {
                changed = true;
                // "By Nada Tawfik, BBC News, New York": after the publisher, one last piece is the dateline's place
                if (k == line.Names.Count - 2 && names.Count > 0) break;
                continue;
            }
            // "Sarah Schnieder Reiterrevue International": the publication written after the name
            var cut = sites.WithoutTrailingName(name);
            // "Zespół wPolityce.pl": the site's team is the site
            if (cut != name && BylineLexicon.TeamWords.Contains(cut)) cut = "";
            changed |= cut != name;
            if (cut.Length > 0 && !names.Contains(cut)) names.Add(cut);
        }
        if (!changed) return line;
        return names.Count == 0 ? null : new AuthorLine(string.Join(", ", names), names, line.Labelled);
    }

    /// <summary>What marks the element as a byline, for the reason; null when nothing does. <paramref name="headerKinds"/>: kinds of boilerplate read as the headline's header (<see cref="ArticleHead.HeaderKinds"/>), whose class may still name the author.</summary>
    internal static string? Marked(NodeInfo node, int headerKinds = 0)
    {
        if (node.Name == "address") return "an <address> element";
        var element = node.Element;
        if (element.AttributeCount == 0) return null;
        // attribute values are read in place (a slice of the page): most elements are none, and nothing is allocated for them
        if (StatedAuthorMark(element) is { } stated) return stated;
        if (node.Kind is null or Model.BoilerplateKind.Other || (headerKinds & (1 << (int)node.Kind.Value)) != 0)
        {
            foreach (var (attribute, byline, author) in MarkReasons)
            {
                if (!element.TryGetAttributeSpan(attribute, out var value)) continue;
                if (AsciiCaseInsensitive.Contains(value, "byline")) return byline;
                if (NamesAuthorWord(value) && !AsciiCaseInsensitive.Contains(value, "comment")) return author;
            }
        }
        // a link in running text ("Die Ustawa <a href=…/bill/member/2019/…>przewiduje</a> …") is a reference, not a byline
        if (node.Name == "a" && node.Owner.InlineChars <= MaxPlainBylineChars && element.TryGetAttributeSpan("href", out var href))
        {
            foreach (var path in BylineLexicon.AuthorPaths)
            {
                if (AsciiCaseInsensitive.Contains(href, path)) return "a link to an author's page";
            }
        }
        return null;
    }

    /// <summary>The words of a class or id that name the author in the main news languages ("author"; "autor" in German, Spanish, Portuguese and Polish, and in Italian "autore"; French "auteur").</summary>
    private static readonly string[] AuthorWords = ["author", "autor", "auteur"];

    /// <summary>True when the attribute value holds a word naming the author (<see cref="AuthorWords"/>), read in place.</summary>
    private static bool NamesAuthorWord(ReadOnlySpan<char> value)
    {
        foreach (var word in AuthorWords)
        {
            if (AsciiCaseInsensitive.Contains(value, word)) return true;
        }
        return false;
    }

    /// <summary>The attributes whose value may name the byline or the author, with the reasons given for each.</summary>
    private static readonly (string Attribute, string Byline, string Author)[] MarkReasons =
        [.. new[] { "class", "id", "data-testid" }.Select(a => (a, $"an element whose {a} names the byline", $"an element whose {a} names the author"))];

    /// <summary>
    /// The one name of the elements marked as the author inside the element at <paramref name="at"/>; null when there is
    /// none or there are several. The elements the markup states are the author (<c>itemprop=author</c>,
    /// <c>rel=author</c>: <see cref="StatesAuthor"/>) are read first: when they give one name, it is the author's,
    /// whatever the elements merely named so hold ("authorinfo" holding the publisher's name beside the author's).
    /// </summary>
    private static AuthorLine? InnerAuthor(ArticleHead head, int at)
    {
        var nodes = head.Nodes;
        AuthorLine? found = null, stated = null;
        bool several = false;
        for (int j = at + 1; j < nodes.Count && nodes[j].Depth > nodes[at].Depth; j++)
        {
            var inner = nodes[j];
            if (inner.TextChars == 0 || inner.Element.AttributeCount == 0 || Marked(inner) is null) continue;
            var text = TextCollector.Flat(inner.Element, AuthorNames.MaxLineChars + 1);
            if (AuthorNames.Read(text, marked: true) is not { Names.Count: 1 } line) continue;
            if (StatesAuthor(inner))
            {
                // two names stated: there are several whatever follows (each stated one was found in turn)
                if (stated is { } otherStated && otherStated.Names[0] != line.Names[0]) return null;
                stated = line;
            }
            several |= found is { } other && other.Names[0] != line.Names[0];
            found = line;
        }
        if (stated is not null) return stated;
        return several ? null : found;
    }

    /// <summary>True when the markup states that the element is the author: <c>itemprop=author</c> (or <c>creator</c>) or <c>rel=author</c>.</summary>
    private static bool StatesAuthor(NodeInfo node) => StatedAuthorMark(node.Element) is not null;

    /// <summary>How the markup states that the element is the author (<c>rel=author</c>, <c>itemprop=author</c> or <c>creator</c>), for the reason; null when it does not.</summary>
    private static string? StatedAuthorMark(Dom.HtmlElement element)
    {
        if (element.TryGetAttributeSpan("rel", out var rel) && rel.Trim().Equals("author", StringComparison.OrdinalIgnoreCase)) return "a link marked rel=author";
        if (!element.TryGetAttributeSpan("itemprop", out var prop)) return null;
        if (prop.Trim().Equals("author", StringComparison.OrdinalIgnoreCase)) return "an element marked itemprop=author";
        return prop.Trim().Equals("creator", StringComparison.OrdinalIgnoreCase) ? "an element marked itemprop=creator" : null;
    }

    /// <summary>
    /// The byline <paramref name="line"/> as the innermost element under the one at <paramref name="at"/> that still
    /// opens with the label and names the first author (or the start of that name, the rest being the next line's)
    /// reads it: the block of the byline's own line, without the lines after it that the outer element runs on into
    /// ("Von Lisa Petrich" above "Mi, 18. Oktober 2023" and a section's name); <paramref name="line"/> itself when no
    /// inner element reads so.
    /// </summary>
    private static AuthorLine InnermostLabelled(ArticleHead head, int at, AuthorLine line)
    {
        var nodes = head.Nodes;
        var best = line;
        for (int j = at + 1; j < nodes.Count && nodes[j].Depth > nodes[at].Depth; j++)
        {
            var inner = nodes[j];
            if (inner.TextChars == 0 || inner.TextChars == nodes[at].TextChars || !ArticleHead.MayHoldLabel(inner.Element)) continue;
            var innerText = TextCollector.Flat(inner.Element, MaxPlainBylineChars + 1);
            // a label alone in its block ("<h3>Published By</h3>") reads with the short text after it
            if (inner.Owner == inner && AuthorNames.IsOnlyLabel(innerText) && FirstShortTextAfter(head, j) is { } after) innerText += " " + after;
            if (AuthorNames.ReadLabelled(innerText) is { } own && line.Names[0].StartsWith(own.Names[0], StringComparison.Ordinal)) best = own;
        }
        return best;
    }

    /// <summary>
    /// The line of an element marked as the byline or author inside the element at <paramref name="at"/> that names more
    /// people than <paramref name="line"/> and every one it names (the outer element's text ran on into a date or a
    /// reading time that cut its last name off); null when there is none.
    /// </summary>
    private static AuthorLine? FullerInner(ArticleHead head, int at, AuthorLine line)
    {
        var nodes = head.Nodes;
        for (int j = at + 1; j < nodes.Count && nodes[j].Depth > nodes[at].Depth; j++)
        {
            var inner = nodes[j];
            if (inner.TextChars == 0 || inner.Element.AttributeCount == 0 || Marked(inner) is null) continue;
            var text = TextCollector.Flat(inner.Element, AuthorNames.MaxLineChars + 1);
            if (AuthorNames.Read(text, marked: true) is not { } other || other.Names.Count <= line.Names.Count) continue;
            if (line.Names.All(other.Names.Contains)) return other;
        }
        return null;
    }

    /// <summary>The text a reader sees as bylines: the article's head and every element marked as the author or the byline outside comments and forms (an author box, a post's meta line), not one whose class hides it (<see cref="NamedHidden"/>), nor an element inside them whose class hides it (<see cref="AppendShown"/>: "fusion-meta-info" holding "vcard rich-snippet-hidden").</summary>
    private static string ShownAuthorText(ArticleHead head, int start, int end)
    {
        var text = new System.Text.StringBuilder();
        var nodes = head.Nodes;
        if (start >= 0)
        {
            for (int i = start; i < end; i++)
            {
                var node = nodes[i];
                if (node.Owner != node || node.InlineChars == 0 || ArticleHead.InComments(node) || head.InChrome(node) && (node.Hints & HintFlags.Byline) == 0 || NamedHidden(node)) continue;
                AppendShown(text, node.Element, 500);
                text.Append(" | ");
            }
        }
        foreach (var node in nodes)
        {
            if (node.TextChars is 0 or > 300 || node.Element.AttributeCount == 0 && node.Name != "address") continue;
            if (Marked(node) is null && node.Kind != Model.BoilerplateKind.AuthorBox && (node.Hints & HintFlags.Byline) == 0) continue;
            if (ArticleHead.InComments(node) || InForm(node) || NamedHidden(node)) continue;
            AppendShown(text, node.Element, 300);
            text.Append(" | ");
        }
        return text.ToString();
    }

    /// <summary>Most characters of a block read for a copyright notice (<see cref="InCopyright"/>).</summary>
    public const int MaxCopyrightChars = 200;

    /// <summary>
    /// True when a block of the page of at most <see cref="MaxCopyrightChars"/> characters, outside comments and forms,
    /// holds a copyright notice whose holder is <paramref name="name"/> and no one else (<see cref="CopyrightHolder"/>):
    /// whose the page is ("© 2019 Jürgen Heitmann", "Alle Inhalte © by Ralf Glaser | All Rights Reserved").
    /// </summary>
    private static bool InCopyright(ArticleHead head, string name)
    {
        var key = TitleText.Key(name);
        foreach (var node in head.Nodes)
        {
            if (node.Owner != node || node.InlineChars == 0 || node.TextChars > MaxCopyrightChars || !HoldsCopyrightMark(node.Element)) continue;
            var text = TextCollector.Flat(node.Element, MaxCopyrightChars + 1);
            if (CopyrightHolder(text) is not { } holder || TitleText.Key(holder) != key) continue;
            if (!ArticleHead.InComments(node) && !InForm(node)) return true;
        }
        return false;
    }

    /// <summary>True when a text under <paramref name="root"/> holds a copyright mark ("©", "(c)", "copyright"); read in place, nothing is allocated.</summary>
    private static bool HoldsCopyrightMark(Dom.HtmlElement root)
    {
        for (var child = root.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is Dom.HtmlText text)
            {
                var span = text.Span;
                if (span.Contains('©') || span.Contains("(c)", StringComparison.OrdinalIgnoreCase) || span.Contains("copyright", StringComparison.OrdinalIgnoreCase)) return true;
            }
            else if (child is Dom.HtmlElement inner && HoldsCopyrightMark(inner)) return true;
        }
        return false;
    }

    /// <summary>
    /// Who the copyright notice in <paramref name="text"/> names: what follows its mark ("©", "(c)", "Copyright"), years,
    /// further marks and a "by" ("von", "par", "por") aside, up to the first separator ('|', '·', '•', '.', ',', " - ",
    /// " – "); null when the text holds no mark, or nothing follows it.
    /// </summary>
    internal static string? CopyrightHolder(string text)
    {
        int at = text.IndexOf('©');
        int length = 1;
        if (at < 0 && (at = text.IndexOf("(c)", StringComparison.OrdinalIgnoreCase)) >= 0) length = 3;
        if (at < 0 && (at = text.IndexOf("copyright", StringComparison.OrdinalIgnoreCase)) >= 0) length = 9;
        if (at < 0) return null;
        var rest = text.AsSpan(at + length);
        while (true)
        {
            rest = rest.TrimStart(" \u00A0-–:©");
            if (rest.StartsWith("(c)", StringComparison.OrdinalIgnoreCase)) rest = rest[3..];
            else if (rest.StartsWith("copyright", StringComparison.OrdinalIgnoreCase)) rest = rest[9..];
            else if (rest.Length > 0 && char.IsAsciiDigit(rest[0])) rest = rest.TrimStart("0123456789");
            else if (OpensWithBy(rest) is var by and > 0) rest = rest[by..];
            else break;
        }
        int end = rest.IndexOfAny("|·•.,");
        if (end >= 0) rest = rest[..end];
        foreach (var dash in CopyrightDashes)
        {
            int cut = rest.IndexOf(dash, StringComparison.Ordinal);
            if (cut >= 0) rest = rest[..cut];
        }
        var holder = rest.Trim().ToString();
        return holder.Length == 0 ? null : holder;
    }

    /// <summary>The length of the word of <see cref="CopyrightBy"/> <paramref name="text"/> opens with (its space too); 0 when none.</summary>
    private static int OpensWithBy(ReadOnlySpan<char> text)
    {
        foreach (var by in CopyrightBy)
        {
            if (text.StartsWith(by, StringComparison.OrdinalIgnoreCase)) return by.Length;
        }
        return 0;
    }

    private static readonly string[] CopyrightDashes = [" - ", " – ", " — "];

    /// <summary>The words of a copyright notice before its holder's name ("© by Ralf Glaser") in the main news languages.</summary>
    private static readonly string[] CopyrightBy = ["by ", "von ", "par ", "por ", "di ", "door ", "przez "];

    /// <summary>Most characters of an element of an author box read for the author's name (<see cref="BoxAuthor"/>): a name, a "Posts by" link, not the biography.</summary>
    public const int MaxBoxNameChars = 80;

    /// <summary>
    /// The author an author box names (an element the markup names so: "author-box", "author-bio", "about-author"...),
    /// for a page that shows no byline: the one name its elements marked as the author give (<see cref="Marked"/>: a
    /// <c>rel=author</c> link, a link to the author's page, a class naming the author), each of at most
    /// <see cref="MaxBoxNameChars"/> characters; a heading of the box that names a part of it is the name ("Martin Junker"
    /// over "Alles von Martin Junker"). A box in comments, a form, an aside or navigation (a sidebar's "about me") is not
    /// read; boxes that name different people, or only the site, name no author. Null when none does.
    /// </summary>
    private static AuthorLine? BoxAuthor(ArticleHead head, SiteNames sites)
    {
        AuthorLine? found = null;
        var nodes = head.Nodes;
        for (int i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            if (node.Kind != Model.BoilerplateKind.AuthorBox || node.TextChars == 0) continue;
            int size = SubtreeSize(head, i);
            if (ArticleHead.InComments(node) || InSidebarOrForm(node)) continue;
            var named = BoxName(head, i, size);
            i += size - 1;
            if (named is not { } one || sites.Names(one.Names[0])) continue;
            if (found is { } other && !SameName(other.Names[0], one.Names[0])) return null;
            found = found is { } shorter && shorter.Line.Length <= one.Line.Length ? shorter : one;
        }
        return found;
    }

    /// <summary>
    /// The name the author box at <paramref name="at"/> (<paramref name="size"/> elements) gives by its elements marked as
    /// the author, shortened to a heading of the box that every one of them contains; null when they give none, or several.
    /// </summary>
    private static AuthorLine? BoxName(ArticleHead head, int at, int size)
    {
        var nodes = head.Nodes;
        AuthorLine? marked = null;
        var headings = new List<AuthorLine>();
        for (int j = at + 1; j < at + size; j++)
        {
            var inner = nodes[j];
            if (inner.TextChars is 0 or > MaxBoxNameChars) continue;
            bool heading = inner.Name is "h2" or "h3" or "h4" or "h5" or "h6";
            bool isMarked = inner.Element.AttributeCount > 0 && Marked(inner) is not null;
            if (!heading && !isMarked) continue;
            var text = TextCollector.Flat(inner.Element, MaxBoxNameChars + 1);
            if (AuthorNames.Read(text, marked: isMarked) is not { Names.Count: 1 } line) continue;
            if (!isMarked)
            {
                headings.Add(line);
                continue;
            }
            if (marked is { } other)
            {
                if (!SameName(other.Names[0], line.Names[0])) return null;
                if (other.Line.Length <= line.Line.Length) continue;
            }
            marked = line;
        }
        if (marked is not { } name) return null;
        foreach (var heading in headings)
        {
            if (heading.Line.Length < name.Line.Length && Contains(name.Line, heading.Names[0])) name = heading;
        }
        return name;
    }

    /// <summary>True when one name holds the other ("Martin Junker" and "Alles von Martin Junker"), compared as <see cref="TitleText.Key"/> reads them.</summary>
    private static bool SameName(string one, string other) => Contains(one, other) || Contains(other, one);

    /// <summary>True when the element or one of its ancestors is an aside or navigation (a sidebar) or a form.</summary>
    private static bool InSidebarOrForm(NodeInfo node)
    {
        for (var up = node; up is not null; up = up.Parent)
        {
            if (up.Name is "aside" or "nav" or "form") return true;
        }
        return false;
    }

    /// <summary>Most levels, the element itself included, read for a class that hides it (<see cref="NamedHidden"/>).</summary>
    private const int MaxHiddenLevels = 3;

    /// <summary>
    /// True when the element or one of its two nearest ancestors has a class that hides it from readers: "hidden",
    /// "d-none", "sr-only", "visually-hidden", "screen-reader-text", or a token ending in "-hidden" or "_hidden" that is
    /// not for one kind of screen only nor for a part of the element ("rich-snippet-hidden": a theme's copy of the byline
    /// for machines; not "mobile-hidden", nor Drupal's "field--label-hidden"), in a class with no screen variant ("hidden
    /// lg:flex" shows it on large screens). Such a copy is no byline shown; what the page shows is read instead.
    /// </summary>
    private static bool NamedHidden(NodeInfo node)
    {
        var up = node;
        for (int level = 0; up is not null && level < MaxHiddenLevels; level++, up = up.Parent)
        {
            if (ClassHides(up.Element)) return true;
        }
        return false;
    }

    /// <summary>True when the element's own class hides it from readers (see <see cref="NamedHidden"/>); the class is read in place, and split only when it may.</summary>
    private static bool ClassHides(Dom.HtmlElement element)
    {
        if (!element.TryGetAttributeSpan("class", out var cls) || !AsciiCaseInsensitive.Contains(cls, "hid") && !AsciiCaseInsensitive.Contains(cls, "only") && !AsciiCaseInsensitive.Contains(cls, "none") && !AsciiCaseInsensitive.Contains(cls, "screen-reader")) return false;
        // "hidden lg:flex": hidden on some screens, shown on others
        if (cls.Contains(':')) return false;
        foreach (var token in cls.ToString().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (token is "hidden" or "d-none" or "sr-only" or "visually-hidden" or "screen-reader-text") return true;
            int cut = Math.Max(token.LastIndexOf('-'), token.LastIndexOf('_'));
            if (cut <= 0 || token[(cut + 1)..] != "hidden") continue;
            // "field--label-hidden" hides the field's label, not the field
            var what = token[..cut].TrimEnd('-', '_');
            int part = Math.Max(what.LastIndexOf('-'), what.LastIndexOf('_'));
            if (!ScreenWords.Any(what.Contains) && !PartWords.Contains(what[(part + 1)..])) return true;
        }
        return false;
    }

    /// <summary>
    /// Appends the text a reader sees under <paramref name="root"/> to <paramref name="text"/>, up to about
    /// <paramref name="maxChars"/> characters: as <see cref="TextCollector.Flat"/> reads it (words of two elements apart), but
    /// without the elements whose class hides them (<see cref="ClassHides"/>: "vcard rich-snippet-hidden", the theme's copy
    /// of the byline for machines).
    /// </summary>
    private static void AppendShown(System.Text.StringBuilder text, Dom.HtmlElement root, int maxChars)
    {
        int limit = text.Length + maxChars;
        // null: the end of a block, a break between words as its start is
        var stack = new Stack<Dom.HtmlNode?>();
        stack.Push(root);
        while (stack.Count > 0 && text.Length < limit)
        {
            var node = stack.Pop();
            if (node is null)
            {
                text.Append(' ');
                continue;
            }
            if (node is Dom.HtmlText piece)
            {
                text.Append(piece.Span);
                continue;
            }
            var element = (Dom.HtmlElement)node;
            if (element != root && (HtmlTags.IsSkipped(element) || HtmlVisibility.IsHidden(element) || ClassHides(element))) continue;
            if (element.LocalName == "br" || HtmlTags.IsBlock(element) || element.LocalName is "td" or "th")
            {
                text.Append(' ');
                stack.Push(null);
            }
            // children pushed last first: read in document order
            for (var child = element.LastChild; child is not null; child = child.PreviousSibling) stack.Push(child);
        }
    }

    /// <summary>Words of a class that hides an element on one kind of screen only ("mobile-hidden", "hidden-xs" aside).</summary>
    private static readonly string[] ScreenWords = ["mobile", "desktop", "tablet", "phone", "print", "xs", "sm", "md", "lg", "xl", "small", "large"];

    /// <summary>Parts of an element a class hides, not the element ("field--label-hidden": Drupal's field without its label shown).</summary>
    private static readonly HashSet<string> PartWords = new(StringComparer.Ordinal) { "label", "labels", "title", "icon", "heading", "caption", "image", "avatar", "text" };

    private static bool InForm(NodeInfo node)
    {
        for (var up = node; up is not null; up = up.Parent)
        {
            if (up.Name == "form") return true;
        }
        return false;
    }
}
