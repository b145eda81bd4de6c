using NewsParse.Detection;
using NewsParse.Text;

namespace NewsParse.Html;

/// <summary>
/// Chooses the headline by agreement between what the page shows and what it tells machines.
/// <list type="bullet">
/// <item><b>Shown</b>: h1–h4, an element with <c>itemprop=headline</c>, and elements whose class names a title or
/// headline ("entry-title"), from the top of the page to the article's first paragraphs (<see cref="ArticleHead.HeadlineLimit"/>);
/// never one in page chrome (nav, aside, footer, form, marked boilerplate), in comments, a masthead (a heading that is
/// a link to the site's home page, or whose class names the site's logo or title), the byline set as a heading
/// (<see cref="IsBylineHeading"/>), one whose text is the site's
/// name (<see cref="SiteNames"/>) or only a date. A bold or large line (<see cref="IsBoldLine"/>: an older page's
/// headline in <c>&lt;b&gt;</c> or <c>&lt;font size=5&gt;</c>) is a candidate only when a told title confirms it and
/// no heading is confirmed.</item>
/// <item><b>Told</b>: the JSON-LD article's headline and name, og:title, twitter:title, &lt;title&gt; and the
/// title meta tags, each whole and in its parts (<see cref="TitleText.Parts"/>).</item>
/// </list>
/// A shown heading is confirmed when a told title equals it, has it as a part or as its start or end at a separator,
/// or is its truncated start; or, more weakly, shares most of its words (<see cref="TitleText.Overlap(string, string)"/> at least
/// <see cref="MinOverlap"/>). The confirmed heading closest before the article's first paragraph is the headline
/// (the strongest confirmation first, then the most told titles confirming it at least as a part, then the least
/// text between it and the paragraph, then the later one). With
/// none confirmed, the h1 (or itemprop=headline) closest before the first paragraph is the headline, unless a link
/// elsewhere on the page reads the same short text (a section's name: <see cref="IsLinkedSection"/>): it is what a reader
/// sees above the text, even where the page's title says something else; where the page tells no title but the site's
/// name, an h2 right above the text, or a bold line there when the page's title is the site's name. Without a shown heading the told titles are
/// read in this order: JSON-LD headline, og:title, twitter:title, &lt;title&gt;, each without the site's name. A
/// headline is 3 to 300 characters without markup. Stateless and thread-safe.
/// </summary>
internal static class HeadlineChooser
{
    /// <summary>Share of words a told title must share with a shown heading to confirm it weakly.</summary>
    public const double MinOverlap = 0.6;

    /// <summary>Most characters of text between an unconfirmed h1 and the article's first paragraph for it to be read as the headline.</summary>
    public const int MaxUnconfirmedGap = 1500;

    private enum Agreement { None, Similar, Part, Exact }

    /// <summary>The level of an element whose class names a title or headline (not a heading element).</summary>
    private const int NamedTitleLevel = 5;

    /// <summary>Most characters of text between an unconfirmed element whose class names the title and the article's first paragraph (no h1 on the page's head).</summary>
    public const int MaxUnconfirmedNamedGap = 300;

    /// <summary>The level of a bold line (<see cref="IsBoldLine"/>): a candidate only when a told title confirms it and no heading is confirmed.</summary>
    private const int BoldLevel = 6;

    /// <summary>Most characters of a bold line read as the headline where no title confirms it (a bold standfirst is longer).</summary>
    public const int MaxUnconfirmedBoldChars = 150;

    /// <summary>True when <paramref name="inner"/> stands in <paramref name="block"/> and is all its text, give or take three characters.</summary>
    private static bool IsWholeBlock(NodeInfo block, NodeInfo inner)
    {
        if (block.TextChars > inner.TextChars + 3) return false;
        for (var up = inner.Parent; up is not null; up = up.Parent)
        {
            if (up == block) return true;
        }
        return false;
    }

    /// <summary>Most words of a heading that a link of the same text elsewhere on the page shows to be a section's name.</summary>
    public const int MaxSectionNameWords = 3;

    /// <summary>
    /// True when the heading is short (at most <see cref="MaxSectionNameWords"/> words) and a link elsewhere on the page
    /// reads the same and leads to another page ("Sports" over the text and "Sports" in the menu): it names a section of
    /// the site, not the article.
    /// </summary>
    private static bool IsLinkedSection(List<NodeInfo> nodes, Shown candidate)
    {
        if (TitleText.Words(candidate.Text) > MaxSectionNameWords) return false;
        int chars = candidate.Node.TextChars;
        foreach (var link in nodes)
        {
            if (link.Name != "a" || Math.Abs(link.TextChars - chars) > 2 || IsWithin(link, candidate.Node)) continue;
            // a table of contents' link to a place in the page leads to the heading itself: no section of the site
            if (link.Element.GetAttribute("href") is not { } href || href.TrimStart().StartsWith('#')) continue;
            if (TitleText.Key(Whitespace.Collapse(TextCollector.Flat(link.Element, 100))) == candidate.Key) return true;
        }
        return false;
    }

    private static bool IsWithin(NodeInfo node, NodeInfo ancestor)
    {
        for (var up = node; up is not null; up = up.Parent)
        {
            if (up == ancestor) return true;
        }
        return false;
    }

    /// <summary>Fewest words of a bold line read as a headline candidate.</summary>
    public const int MinBoldLineWords = 3;

    private sealed record Told(string Source, string Text, string Key, List<string> PartKeys, string StrippedKey)
    {
        /// <summary>The title's words (<see cref="TitleText.WordSet"/>), made when first compared.</summary>
        public HashSet<string> Words => _words ??= TitleText.WordSet(Text);

        private HashSet<string>? _words;
    }

    /// <summary>A heading shown on the page, or a part of one.</summary>
    /// <param name="Index">Where it stands in <see cref="ArticleHead.Nodes"/> (a part: where its heading stands).</param>
    /// <param name="Node">The element.</param>
    /// <param name="Text">Its text.</param>
    /// <param name="Key">Its comparison key.</param>
    /// <param name="Level">1 for h1 and itemprop=headline, 2–4 for h2–h4, 5 for an element whose class names a title.</param>
    /// <param name="What">How the reason names it.</param>
    /// <param name="IsPart">True for an element inside a heading (the headline beside a kicker).</param>
    /// <param name="Heading">The heading element the candidate stands in (the candidate itself, or the heading a part of it is in).</param>
    private sealed record Shown(int Index, NodeInfo Node, string Text, string Key, int Level, string What, bool IsPart = false, NodeInfo? Heading = null);

    /// <summary>The headline and why; <paramref name="node"/> is the heading element it was read from, whole (null when it came from metadata only). Null when the page has none.</summary>
    public static MetadataChoice? Choose(PageIndex index, JsonLdData ld, ArticleHead head, SiteNames sites, out NodeInfo? node)
    {
        node = null;
        var told = ToldTitles(index, ld, sites);
        var shown = ShownHeadings(head, sites);
        int paragraph = head.FirstParagraph >= 0 ? head.FirstParagraph : head.Nodes.Count;

        Shown? best = null;
        var bestAgreement = Agreement.None;
        string? bestSources = null;
        int bestGap = int.MaxValue, bestSupport = 0;
        // headings first; a bold line (an older page's headline in <b> or <font size>) only where no heading is confirmed
        foreach (var candidate in shown.Where(candidate => candidate.Level < BoldLevel).Concat(shown.Where(candidate => candidate.Level == BoldLevel)))
        {
            if (candidate.Level == BoldLevel && best is not null) break;
            var (agreement, sources, confirmed, support) = Confirm(candidate, told);
            if (agreement == Agreement.None) continue;
            int gap = candidate.Index < paragraph ? head.TextBetween(candidate.Index, paragraph, 100_000) : 0;
            if (agreement > bestAgreement || (agreement == bestAgreement && (support > bestSupport || (support == bestSupport && gap <= bestGap))))
            {
                (best, bestAgreement, bestSources, bestGap, bestSupport) = (confirmed, agreement, sources, gap, support);
            }
        }
        if (best is not null)
        {
            node = best.Heading ?? best.Node;
            var how = bestAgreement == Agreement.Similar ? "shares most of its words with" : "confirmed by";
            return new MetadataChoice(best.Text, $"the {best.What} {Place(best.Index, paragraph)}, {how} {bestSources}");
        }

        // No told title agrees: the h1 a reader sees above the text (the page's only h1 wherever it stands before the text).
        int h1s = shown.Count(candidate => candidate.Level == 1 && candidate.Index < paragraph);
        foreach (var candidate in shown)
        {
            if (candidate.Level != 1 || IsLinkedSection(head.Nodes, candidate)) continue;
            int gap = candidate.Index < paragraph ? head.TextBetween(candidate.Index, paragraph, MaxUnconfirmedGap + 1) : 0;
            if (gap > MaxUnconfirmedGap && !(h1s == 1 && candidate.Index < paragraph)) continue;
            if (best is null || gap <= bestGap) (best, bestGap) = (candidate, gap);
        }
        if (best is null)
        {
            // no h1: an element whose class names the article's title ("itc-headline", "entry-title") right above the text
            foreach (var candidate in shown)
            {
                if (candidate.Level != NamedTitleLevel || candidate.IsPart || candidate.Index >= paragraph || IsLinkedSection(head.Nodes, candidate)) continue;
                int gap = head.TextBetween(candidate.Index, paragraph, MaxUnconfirmedNamedGap + 1);
                if (gap <= MaxUnconfirmedNamedGap && (best is null || gap <= bestGap)) (best, bestGap) = (candidate, gap);
            }
        }
        if (best is null && !told.Any(title => ToldHeadline(title, ld, sites) is not null))
        {
            // nothing told but the site's name: an h2 or a bold line right above the text
            foreach (var candidate in shown)
            {
                // a bold line only on a page that tells a title (the site's name): a page without any title is a
                // fragment whose bold lines are its section headings
                if (candidate.Level is not 2 && !(candidate.Level == BoldLevel && told.Count > 0)) continue;
                int gap;
                if (candidate.Index < paragraph) gap = head.TextBetween(candidate.Index, paragraph, 301);
                else if (candidate.Level == BoldLevel && candidate.Text.Length <= MaxUnconfirmedBoldChars && IsWholeBlock(head.Nodes[paragraph], candidate.Node)) gap = 0;   // the bold line is the block read as the first paragraph
                else continue;
                if (candidate.Level == BoldLevel && candidate.Text.Length > MaxUnconfirmedBoldChars) continue;
                if (gap <= 300 && (best is null || gap <= bestGap)) (best, bestGap) = (candidate, gap);
            }
        }
        if (best is not null)
        {
            node = best.Heading ?? best.Node;
            return new MetadataChoice(best.Text, $"the {best.What} {Place(best.Index, paragraph)} (no title in the page's metadata agrees; this is the one shown)");
        }

        foreach (var title in told)
        {
            if (ToldHeadline(title, ld, sites) is not { } text) continue;
            // a block that shows the told title as all its text, though no heading element ("<div class=h-title>"), is
            // where the page shows its headline: the article's head is anchored there
            if (ShownAsBlock(head, text, paragraph) is { } block)
            {
                node = block;
                return new MetadataChoice(text, $"{title.Source}{(text == Whitespace.Collapse(title.Text) ? "" : " without the site's name")}, shown as all the text of a block {Place(head.IndexOf(block), paragraph)}");
            }
            return new MetadataChoice(text, text == Whitespace.Collapse(title.Text)
                ? $"{title.Source} (no heading shown on the page agrees)"
                : $"{title.Source} without the site's name (no heading shown on the page agrees)");
        }
        return null;
    }

    /// <summary>
    /// The block closest before the article's first paragraph (<paramref name="paragraph"/>; within
    /// <see cref="ArticleHead.HeadlineLimit"/>) whose whole text is <paramref name="text"/> (the same comparison key), the
    /// outermost of such nested blocks: not a link, not in chrome or comments (<see cref="InHeadlineChrome"/>), no paragraph
    /// of the article's text; null when none. Only text the page tells as its title counts, so a heading of the text or a
    /// teaser that happens to be short is never taken.
    /// </summary>
    private static NodeInfo? ShownAsBlock(ArticleHead head, string text, int paragraph)
    {
        var key = TitleText.Key(text);
        var nodes = head.Nodes;
        NodeInfo? found = null;
        int end = Math.Min(Math.Min(paragraph, head.HeadlineLimit), nodes.Count);
        for (int i = 0; i < end; i++)
        {
            var node = nodes[i];
            // the text without its spaces is no longer than the title, and its spaces no more than the title's length again
            if (node.TextChars < text.Length / 2 || node.TextChars > 2 * text.Length + 20 || node.InLink || node.LinkChars > 0 || !HtmlTags.IsBlock(node.Element)) continue;
            if (found is not null && IsWithin(node, found)) continue;
            if (InHeadlineChrome(node) || ArticleHead.InComments(node) || IsMasthead(node)) continue;
            if (Sane(TextCollector.Flat(node.Element, 400)) is { } shown && TitleText.Key(shown) == key) found = node;
        }
        return found;
    }

    /// <summary>What of a told title may be the headline (without the site's name; the JSON-LD headline as told); null when nothing but the site's name is left, or the JSON-LD name where the JSON-LD gives a headline.</summary>
    private static string? ToldHeadline(Told title, JsonLdData ld, SiteNames sites)
    {
        if (title.Source is "the JSON-LD name" && ld.Headline is not null) return null;
        return Sane(title.Source is "the JSON-LD headline" or "the JSON-LD name" ? title.Text : sites.Strip(title.Text, guess: true));
    }

    private static string Place(int index, int paragraph) => index < paragraph ? "before the article's first paragraph" : "at the top of the article's text";

    /// <summary>
    /// How strongly the told titles confirm <paramref name="candidate"/>, which of them do, and what of it they confirm:
    /// the candidate, or the part of its text a told title (whole or without the site's name, of two words or more) stands in
    /// whole ("Interne Unterlagen im Netz Daten von Rheinmetall gehackt" holds og:title's "Daten von Rheinmetall
    /// gehackt": a kicker, a date or a byline written into the heading is left out).
    /// </summary>
    private static (Agreement, string?, Shown, int Support) Confirm(Shown candidate, List<Told> told)
    {
        var agreement = Agreement.None;
        int support = 0;
        var sources = new List<string>();
        var confirmed = candidate;
        HashSet<string>? words = null;   // the candidate's words, made when first compared
        foreach (var title in told)
        {
            var one = Agreement.None;
            Shown? slice = null;
            if (title.Key == candidate.Key) one = Agreement.Exact;
            else if (title.PartKeys.Contains(candidate.Key) || TitleText.IsAffix(candidate.Key, title.Key)) one = Agreement.Part;
            else if (Truncated(title.Key) is { Length: >= 20 } cut && candidate.Key.StartsWith(cut, StringComparison.Ordinal)) one = Agreement.Part;
            else if (Slice(candidate, title) is { } inner)
            {
                one = Agreement.Part;
                slice = inner;
            }
            else if (TitleText.Words(candidate.Text) >= 3 && TitleText.Overlap(words ??= TitleText.WordSet(candidate.Text), title.Words) >= MinOverlap) one = Agreement.Similar;
            if (one == Agreement.None) continue;
            if (one >= Agreement.Part) support++;
            if (one > agreement)
            {
                agreement = one;
                sources.Clear();
                confirmed = slice ?? candidate;
            }
            if (one == agreement && !sources.Contains(title.Source)) sources.Add(title.Source);
        }
        return (agreement, sources.Count == 0 ? null : string.Join(", ", sources), confirmed, support);
    }

    /// <summary>
    /// The told title (whole, without the site's name, or one of its parts; two words or more) that the candidate's text
    /// holds at word bounds with only a kicker before it or a date or byline after it (<see cref="IsHeadlinePart"/>), as
    /// the candidate shows it; null when it holds none.
    /// </summary>
    private static Shown? Slice(Shown candidate, Told title)
    {
        string? best = null;
        int bestAt = -1;
        foreach (var key in title.PartKeys.Append(title.Key).Append(title.StrippedKey))
        {
            if (key.Length >= candidate.Key.Length || TitleText.Words(key) < 2 || (best is not null && key.Length <= best.Length)) continue;
            int at = candidate.Key.IndexOf(key, StringComparison.Ordinal);
            // at word bounds: a letter of the key's own end may not run on into a letter of the heading ("Arbeit\"Wir" is
            // bounded by the quote, "Arbeitsmarkt" is not)
            if (at < 0 || (char.IsLetter(key[0]) && !WordBound(candidate.Key, at - 1)) || (char.IsLetter(key[^1]) && !WordBound(candidate.Key, at + key.Length))) continue;
            if (!IsHeadlinePart(candidate.Key, key, at)) continue;
            (best, bestAt) = (key, at);
        }
        if (best is null) return null;
        // keys are the collapsed text folded one character for one: the same place in the text
        var text = Whitespace.Collapse(candidate.Text).Substring(bestAt, best.Length);
        return candidate with { Text = text, Key = best, What = candidate.What + " (without what the page writes around it)" };
    }

    private static bool WordBound(string text, int at) => at < 0 || at >= text.Length || !char.IsLetter(text[at]);

    /// <summary>A title cut short ("Ultium Cells erhöht…"): its text before the ellipsis; null when it is not cut.</summary>
    private static string? Truncated(string key)
    {
        var trimmed = key.TrimEnd();
        if (trimmed.EndsWith('…')) return trimmed[..^1].TrimEnd();
        if (trimmed.EndsWith("...", StringComparison.Ordinal)) return trimmed[..^3].TrimEnd();
        return null;
    }

    private static readonly string[] TitleMetas = ["og:title", "twitter:title", "title", "dc.title", "parsely-title", "sailthru.title", "headline"];

    /// <summary>The titles the page tells machines, in order of trust; each once.</summary>
    private static List<Told> ToldTitles(PageIndex index, JsonLdData ld, SiteNames sites)
    {
        var told = new List<Told>();
        Add(told, "the JSON-LD headline", ld.Headline, sites);
        Add(told, "the JSON-LD name", ld.Name, sites);
        foreach (var key in TitleMetas)
        {
            Add(told, key switch { "og:title" => "og:title", "twitter:title" => "twitter:title", _ => $"the {key} meta tag" }, HtmlMetadataReader.Meta(index, key), sites);
            if (key == "twitter:title") Add(told, "<title>", index.Title, sites);
        }
        return told;
    }

    private static void Add(List<Told> told, string source, string? text, SiteNames sites)
    {
        if (text is null) return;
        var clean = Whitespace.Collapse(text);
        if (clean.Length < 3 || clean.Length > 500) return;
        var key = TitleText.Key(clean);
        foreach (var other in told)
        {
            if (other.Key == key) return;
        }
        told.Add(new Told(source, clean, key, TitleText.Parts(clean).Select(TitleText.Key).ToList(), TitleText.Key(sites.Strip(clean, guess: false) ?? clean)));
    }

    /// <summary>
    /// The headings shown from the top of the page to the end of the article's head, in document order, without chrome,
    /// mastheads and the site's name; a heading that opens with a kicker its markup names is read without it
    /// (<see cref="WithoutNamedKicker"/>). A heading made of elements (a kicker and the headline, in spans) also gives each
    /// of its elements of two words or more, after it.
    /// </summary>
    private static List<Shown> ShownHeadings(ArticleHead head, SiteNames sites)
    {
        var shown = new List<Shown>();
        var nodes = head.Nodes;
        int end = head.FirstRoot >= 0 ? Math.Min(nodes.Count, head.HeadlineLimit + 1) : nodes.Count;
        // the block that brings the text to the limit may hold the headline itself, before its own loose text
        // ("<div class=newsdiv><h1>Headline</h1>Hamburg - Die …<br>…"): its elements are read too
        if (head.FirstRoot >= 0 && head.HeadlineLimit < nodes.Count)
        {
            int depth = nodes[head.HeadlineLimit].Depth;
            while (end < nodes.Count && nodes[end].Depth > depth) end++;
        }
        for (int i = 0; i < end; i++)
        {
            var node = nodes[i];
            if (node.TextChars is < 3 or > 400) continue;
            var (level, what) = HeadingKind(node);
            if (level == 0) continue;
            // an element whose class names a title and that holds a heading element is read as that heading
            if (level == NamedTitleLevel && HoldsHeading(nodes, i)) continue;
            if (InHeadlineChrome(node) || ArticleHead.InComments(node) || IsMasthead(node) || IsBylineHeading(nodes, i)) continue;
            var text = Sane(TextCollector.Flat(node.Element, 400));
            if (text is null || !HasLetter(text) || sites.Names(text) || IsOnlyDate(node, text)) continue;
            if (level == BoldLevel && TitleText.Words(text) < MinBoldLineWords) continue;
            var key = TitleText.Key(text);
            // a heading whose kicker the markup names ("<span class=content__kicker>Covid-19</span><span>Lässt sich…</span>")
            // is read as its other elements: the kicker is no part of the headline
            if (WithoutNamedKicker(nodes, i, text) is { } rest) shown.Add(new Shown(i, node, rest, TitleText.Key(rest), level, what + " (without its kicker)", Heading: node));
            else shown.Add(new Shown(i, node, text, key, level, what, Heading: node));
            int last = i;
            for (int j = i + 1; j < nodes.Count && nodes[j].Depth > node.Depth; j++)
            {
                last = j;
                var inner = nodes[j];
                if (inner.TextChars < 3 || inner.TextChars >= node.TextChars) continue;
                var innerText = Sane(TextCollector.Flat(inner.Element, 400));
                if (innerText is null || TitleText.Words(innerText) < 2 || !IsHeadlinePart(key, TitleText.Key(innerText))) continue;
                shown.Add(new Shown(i, inner, innerText, TitleText.Key(innerText), level, what + " (without what the page writes around it)", IsPart: true, Heading: node));
            }
            i = last;
        }
        return shown;
    }

    /// <summary>Words of a class that names a heading's kicker (the line set above the headline): "kicker", "overline", German "Dachzeile", "Spitzmarke" and "topline", French "surtitre", Spanish "antetítulo", Italian "occhiello", "eyebrow".</summary>
    private static readonly string[] KickerWords = ["kicker", "overline", "dachzeile", "spitzmarke", "topline", "roofline", "surtitre", "antetitulo", "occhiello", "eyebrow"];

    /// <summary>
    /// The heading's <paramref name="text"/> without the kicker it opens with, when an element inside the heading at
    /// <paramref name="at"/> has a class naming a kicker (<see cref="KickerWords"/>) and that element's text opens the
    /// heading, the separators after it left out ("Covid-19: Lässt sich…" gives "Lässt sich…"); null otherwise.
    /// </summary>
    private static string? WithoutNamedKicker(List<NodeInfo> nodes, int at, string text)
    {
        for (int j = at + 1; j < nodes.Count && nodes[j].Depth > nodes[at].Depth; j++)
        {
            var inner = nodes[j];
            if (inner.TextChars == 0 || inner.TextChars >= nodes[at].TextChars || !inner.Element.TryGetAttributeSpan("class", out var cls)) continue;
            bool named = false;
            foreach (var word in KickerWords) named |= Text.AsciiCaseInsensitive.Contains(cls, word);
            if (!named) continue;
            var kicker = Whitespace.Collapse(TextCollector.Flat(inner.Element, 400));
            if (kicker.Length == 0 || !text.StartsWith(kicker, StringComparison.Ordinal)) return null;
            var rest = Sane(text[kicker.Length..].TrimStart(KickerSeparators));
            return rest is not null && TitleText.Words(rest) >= 2 ? rest : null;
        }
        return null;
    }

    private static readonly char[] KickerSeparators = [' ', ':', '-', '–', '—', '|', '·', '•', '/'];

    /// <summary>True when the heading's text is a date and nothing else ("Dienstag, 28. April 2020": Blogger's heading over a day's posts): a date is no headline.</summary>
    private static bool IsOnlyDate(NodeInfo node, string text) =>
        ArticleHead.MayHoldDate(node.Element) && DateReader.Find(text) is not null && ArticleHead.Words(BylineReader.WithoutDateTime(text)) == 0;

    /// <summary>Most words of a kicker written before the headline in the same heading ("Interne Unterlagen im Netz").</summary>
    public const int MaxKickerWords = 6;

    /// <summary>
    /// True when the element with text <paramref name="part"/> inside a heading with text <paramref name="whole"/> (both
    /// comparison keys) may be the headline alone: it ends the heading after a kicker of at most
    /// <see cref="MaxKickerWords"/> words, or it opens it and what follows is a date or a byline ("Radical Pop-Ups und
    /// Dips 28. Januar 2022").
    /// </summary>
    private static bool IsHeadlinePart(string whole, string part, int at = -1)
    {
        if (at < 0) at = whole.EndsWith(part, StringComparison.Ordinal) ? whole.Length - part.Length : whole.StartsWith(part, StringComparison.Ordinal) ? 0 : -1;
        if (at < 0) return false;
        var before = whole[..at].Trim();
        var after = whole[(at + part.Length)..].Trim();
        if (after.Length == 0) return TitleText.Words(before) <= MaxKickerWords;
        if (before.Length > 0 && !(TitleText.Words(before) <= MaxKickerWords && DateReader.Find(before) is not null)) return false;
        return DateReader.Find(after) is not null || (AuthorNames.MayBeLabelled(after) && AuthorNames.ReadLabelled(after) is not null) || !HasLetter(after);
    }

    private static bool HoldsHeading(List<NodeInfo> nodes, int at)
    {
        for (int j = at + 1; j < nodes.Count && nodes[j].Depth > nodes[at].Depth; j++)
        {
            if (nodes[j].Name is "h1" or "h2" or "h3" or "h4") return true;
        }
        return false;
    }

    /// <summary>
    /// True when the element stands in page chrome no headline stands in: an aside, nav, footer or form, or an element
    /// the markup names as navigation, a footer, comments, related links, a share bar, a social prompt, a newsletter or
    /// cookie box, an ad, tags, an author box or a table of contents. (Page builders wrap every block in a "widget":
    /// furniture and captions alone do not count.)
    /// </summary>
    private static bool InHeadlineChrome(NodeInfo node)
    {
        for (var up = node; up is not null; up = up.Parent)
        {
            if (up.Name is "aside" or "footer" or "nav" or "form") return true;
            if (up.Kind is { } kind && kind is not (Model.BoilerplateKind.Other or Model.BoilerplateKind.Caption) && !up.HoldsContent) return true;
        }
        return false;
    }

    /// <summary>The level a heading candidate is weighed at (1 for h1 and itemprop=headline; 0 when the element is none) and how it is named in reasons.</summary>
    private static (int Level, string What) HeadingKind(NodeInfo node)
    {
        switch (node.Name)
        {
            case "h1": return (1, "h1");
            case "h2": return (2, "h2");
            case "h3": return (3, "h3");
            case "h4": return (4, "h4");
            case "b" or "strong" or "font" when IsBoldLine(node): return (BoldLevel, "bold line");
        }
        if (node.Element.AttributeCount == 0) return (0, "");
        if (IsMarkedHeadline(node)) return (1, "element marked itemprop=headline");
        if (node.Owner == node && node.Element.TryGetAttributeSpan("class", out var cls)
            && (AsciiCaseInsensitive.Contains(cls, "headline") || NamesTitle(cls)))
            return (NamedTitleLevel, "element whose class names a title");
        return (0, "");
    }

    /// <summary>
    /// True when a class value names a post's or an article's title ("entry-title", "post-title", "article-title",
    /// "posttitle"); each holds "title", which is looked for first (most classes hold none, and one search costs less than four).
    /// </summary>
    private static bool NamesTitle(ReadOnlySpan<char> cls) =>
        AsciiCaseInsensitive.Contains(cls, "title")
        && (AsciiCaseInsensitive.Contains(cls, "entry-title") || AsciiCaseInsensitive.Contains(cls, "post-title") || AsciiCaseInsensitive.Contains(cls, "article-title") || AsciiCaseInsensitive.Contains(cls, "posttitle"));

    /// <summary>
    /// True for a bold or large line older pages set their headline in: a <c>b</c> or <c>strong</c> element, or a
    /// <c>font</c> of size 4 or more ("5", "+2"), that is not a link and stands as a line of its own (<see cref="IsOwnLine"/>:
    /// not the bold lead words of a paragraph). The caller asks for <see cref="MinBoldLineWords"/> words.
    /// </summary>
    private static bool IsBoldLine(NodeInfo node)
    {
        if (node.LinkChars > 0) return false;
        if (node.Name == "font")
        {
            var size = node.Element.GetAttribute("size")?.Trim();
            if (size is null || size.Length == 0) return false;
            bool large = size[0] == '+' ? size.Length > 1 && size[1] is >= '1' and <= '9' : int.TryParse(size, out int n) && n >= 4;
            if (!large) return false;
        }
        return IsOwnLine(node);
    }

    /// <summary>
    /// True when the inline element (with the inline elements around it that hold the same text: <c>font</c> around
    /// <c>b</c>) is all the text of its block, give or take three characters, or stands between line breaks or blocks.
    /// </summary>
    private static bool IsOwnLine(NodeInfo node)
    {
        var outer = node;
        while (outer.Parent is { } up && !HtmlTags.IsBlock(up.Element) && up.TextChars == outer.TextChars) outer = up;
        if (outer.Parent is { } block && block.TextChars <= outer.TextChars + 3) return true;
        return BreaksLine(outer.Element.PreviousSibling, back: true) && BreaksLine(outer.Element.NextSibling, back: false);
    }

    /// <summary>True when the first node that is not white space, going back or forth from <paramref name="from"/>, is none, a <c>br</c> or a block element.</summary>
    private static bool BreaksLine(Dom.HtmlNode? from, bool back)
    {
        for (var at = from; at is not null; at = back ? at.PreviousSibling : at.NextSibling)
        {
            if (at is Dom.HtmlText text)
            {
                if (text.Span.IsWhiteSpace()) continue;
                return false;
            }
            if (at is Dom.HtmlElement element) return element.LocalName == "br" || HtmlTags.IsBlock(element);
        }
        return true;
    }

    private static readonly string[][] MastheadNames = [["logo"], ["site", "title"], ["site", "name"], ["sitename"], ["sitetitle"], ["branding"], ["brand"], ["blog", "title"], ["blogtitle"], ["masthead"]];

    /// <summary>
    /// The text of the masthead headings above the article (h1–h4 before its first paragraph, or anywhere on a page
    /// without article, that are all one link to a home page: <see cref="IsHomeLink"/>), and the alt text of the logo
    /// there (an image that is all of a link to a home page): the name the site gives itself.
    /// </summary>
    public static List<string> Mastheads(ArticleHead head)
    {
        var names = new List<string>();
        var nodes = head.Nodes;
        int end = head.FirstParagraph >= 0 ? head.FirstParagraph : nodes.Count;
        for (int i = 0; i < end; i++)
        {
            var node = nodes[i];
            // the logo: an image that is all of a link to the home page, named by its alt text ("Yahoo! News")
            if (node.Name == "a" && node.TextChars == 0)
            {
                if (LogoAlt(node.Element) is { } alt && IsHomeLink(node.Element.GetAttribute("href"))) names.Add(alt);
                continue;
            }
            if (node.Name is not ("h1" or "h2" or "h3" or "h4") || node.TextChars is < 3 or > 100 || node.LinkChars < node.TextChars) continue;
            if (IsMarkedHeadline(node) || !IsHomeLinkHeading(node)) continue;
            if (Sane(TextCollector.Flat(node.Element, 100)) is { } text && HasLetter(text)) names.Add(text);
        }
        return names;
    }

    /// <summary>The alt text of the first image in the link (a logo's: 2 to 100 characters with a letter), or null.</summary>
    private static string? LogoAlt(Dom.HtmlElement link)
    {
        for (var child = link.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is not Dom.HtmlElement element) continue;
            if (element.LocalName == "img")
            {
                var alt = element.GetAttribute("alt") is { } text ? Whitespace.Collapse(text) : null;
                return alt is { Length: >= 2 and <= 100 } && HasLetter(alt) ? alt : null;
            }
            if (LogoAlt(element) is { } inner) return inner;
        }
        return null;
    }

    /// <summary>
    /// True for the site's masthead: a heading whose text is all inside a link to a home page ("/", "index.html",
    /// "https://host/"), or whose class or id, or an ancestor's within two levels, names the site's logo or title as a
    /// word of its own ("site-title", "logo", "navbar-brand"; not "aungblogtitle"). A heading marked itemprop=headline is none.
    /// </summary>
    private static bool IsMasthead(NodeInfo node)
    {
        if (IsMarkedHeadline(node)) return false;
        var up = node;
        for (int level = 0; level < 3 && up is not null; level++, up = up.Parent)
        {
            if (up.Element.AttributeCount == 0) continue;
            if ((up.Element.TryGetAttributeSpan("class", out var cls) && NamesMasthead(cls)) || (up.Element.TryGetAttributeSpan("id", out var id) && NamesMasthead(id))) return true;
        }
        // all the text in one link to a home page
        return node.LinkChars >= node.TextChars && IsHomeLinkHeading(node);
    }

    /// <summary>True when the element's first link child (or the element itself, a link) goes to a home page; the caller checks that all its text is link text.</summary>
    private static bool IsHomeLinkHeading(NodeInfo node)
    {
        for (var child = node.Element.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is Dom.HtmlElement { LocalName: "a" } link) return IsHomeLink(link.GetAttribute("href"));
        }
        return node.Name == "a" && IsHomeLink(node.Element.GetAttribute("href"));
    }

    /// <summary>
    /// True when the heading at <paramref name="at"/> is the article's byline set as a heading: the heading itself is
    /// marked as the author or byline (<see cref="BylineChooser.Marked"/>: <c>&lt;h3 class="byline heading"&gt;</c>), or
    /// all its text is one element marked so (<c>&lt;a rel="author"&gt;</c>). A heading marked <c>itemprop=headline</c> is none.
    /// </summary>
    private static bool IsBylineHeading(List<NodeInfo> nodes, int at)
    {
        var node = nodes[at];
        if (IsMarkedHeadline(node)) return false;
        if (BylineChooser.Marked(node) is not null) return true;
        for (int j = at + 1; j < nodes.Count && nodes[j].Depth > node.Depth; j++)
        {
            if (nodes[j].TextChars + 3 >= node.TextChars && BylineChooser.Marked(nodes[j]) is not null) return true;
        }
        return false;
    }

    /// <summary>True when the element is marked <c>itemprop=headline</c>.</summary>
    private static bool IsMarkedHeadline(NodeInfo node) =>
        node.Element.AttributeCount > 0 && node.Element.TryGetAttributeSpan("itemprop", out var prop) && prop.Trim().Equals("headline", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// True when one of the class or id words (split at white space, '-' and '_'; ASCII case ignored) runs as a masthead
    /// name (<see cref="MastheadNames"/>): "site-title" and "navbar-brand" do, "aungblogtitle" does not. Read in place:
    /// nothing is allocated.
    /// </summary>
    private static bool NamesMasthead(ReadOnlySpan<char> value)
    {
        for (int start = 0; start < value.Length; start++)
        {
            // a word starts here when what stands before is a separator (or nothing)
            if (IsClassSeparator(value[start]) || (start > 0 && !IsClassSeparator(value[start - 1]))) continue;
            foreach (var name in MastheadNames)
            {
                int at = start;
                bool all = true;
                for (int k = 0; k < name.Length && all; k++)
                {
                    // each word of the name whole, the next one after one '-' or '_' (not a space: tokens are apart)
                    if (k > 0)
                    {
                        if (at >= value.Length || value[at] is not ('-' or '_')) all = false;
                        else at++;
                    }
                    if (!all) break;
                    int end = at + name[k].Length;
                    all = end <= value.Length && value[at..end].Equals(name[k], StringComparison.OrdinalIgnoreCase) && (end == value.Length || IsClassSeparator(value[end]));
                    at = end;
                }
                if (all) return true;
            }
        }
        return false;
    }

    private static bool IsClassSeparator(char c) => c is '-' or '_' || char.IsWhiteSpace(c);

    /// <summary>True for the address of a site's home page: "/", "./", "index.html", or an absolute address with no path.</summary>
    public static bool IsHomeLink(string? href)
    {
        if (href is null) return false;
        var text = href.Trim();
        if (text is "/" or "./" || text.StartsWith("/index.", StringComparison.OrdinalIgnoreCase) || text.StartsWith("index.", StringComparison.OrdinalIgnoreCase)) return true;
        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.AbsolutePath is "/" or "" && uri.Query.Length == 0;
    }


    private static bool HasLetter(string text)
    {
        foreach (char c in text)
        {
            if (char.IsLetter(c)) return true;
        }
        return false;
    }

    /// <summary>The text when it can be a headline (3 to 300 characters, no markup or template braces), else null.</summary>
    public static string? Sane(string? title)
    {
        if (title is null) return null;
        var text = Whitespace.Collapse(title);
        if (text.Length < 3 || text.Length > 300 || text.Contains('<', StringComparison.Ordinal) || text.Contains('{', StringComparison.Ordinal)) return null;
        return text;
    }
}
