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
/// <item>the byline elements (<see cref="ArticleHead.IsBylineOrTime"/>: class naming "byline" or "author",
/// <c>rel=author</c>, <c>itemprop=author</c>), an element with <c>itemprop=datePublished</c> and a &lt;time&gt; element
/// (one without a readable <c>datetime</c>: those with one were read before);</item>
/// <item>otherwise elements whose class or id names a date (<see cref="HintFlags.DateName"/>: date, time, dateline,
/// timestamp, published, posted-on; not one that names only an update) or the byline group of <see cref="ClassHints"/>
/// (<see cref="HintFlags.Byline"/>: "entry-meta", "article__meta"; its text must then read as a byline or date line,
/// <see cref="ArticleHead.ReadsAsBylineOrDate"/>, so a caption in "image-meta" is not read);</item>
/// <item>in the elements of the first two kinds, a day written with a two-digit year ("31.10.23", "26/10/13": <see cref="ShortYearDate"/>);</item>
/// <item>otherwise any short block (at most <see cref="MaxDateLineChars"/> characters) whose text reads as a date line
/// or a byline with its date ("Datum 25.01.2022", "Posted by Konstantin 21.10.2019"), or an inline element of a
/// heading that reads so ("&lt;h1&gt;Headline&lt;br&gt;&lt;small&gt;02.02.2022 • Presse&lt;/small&gt;&lt;/h1&gt;"; a heading
/// itself only when it holds nothing but the date).</item>
/// </list>
/// With none of these, a dateline that opens the article's text ("Berlin, 25.01.2022 – Die …"), else a date line the
/// page writes as loose text right after the headline, in no element of its own (<see cref="LooseDateLine"/>).
/// The article's head is where the page shows its headline, byline and date: from the header that holds the headline
/// (<see cref="ArticleHead.HeaderTop"/>; the headline is the element it was read from, else the last h1 before <see cref="ArticleHead.MaxCharsBeforeHeadline"/> characters of the
/// article's text; without an h1, the first element of the article <see cref="ContentSelector"/> chose) to the
/// paragraph that brings the article's text to <see cref="ArticleHead.MaxCharsBeforeHeadline"/> characters (a byline's
/// date, or a date line of its own, after a standfirst: "Hofheim am Taunus | Wiesbaden, 11. November 2021" under a
/// one-sentence intro; the updates are looked for up to the first paragraph), and never past
/// <see cref="MaxHeadChars"/> characters of text after the headline (when the article chosen begins far below it, what
/// stands between is no head: an events list, a review's date). Before the headline stands the
/// masthead, whose date is today's; further into the text, a date is in a sentence of the text, in comments, in
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

    /// <summary>The publication date shown before the article's text, in ISO 8601; null when there is none (or no article).</summary>
    /// <param name="head">The page and where its article begins.</param>
    /// <param name="headline">The element the headline was read from, or null: the article's head starts there.</param>
    /// <param name="modifiedDays">Days (yyyy-MM-dd) the page's metadata gives as a change and not as the publication: a date shown on such a day is the update and is skipped.</param>
    /// <param name="published">The instants the page's metadata gives as the publication: an element named as an update whose <c>datetime</c> is one of them shows the publication (themes write "updated" on every post's date).</param>
    public static string? Read(ArticleHead head, NodeInfo? headline, IReadOnlySet<string> modifiedDays, IReadOnlyCollection<DateTimeOffset> published)
    {
        if (head.Roots.Count == 0) return null;
        if (Window(head, headline) is not var (start, end, marked)) return null;
        var updates = Updates(head, start, end, published, out bool updateNamed);
        updates.UnionWith(modifiedDays);
        int kinds = head.HeaderKinds(headline);
        if (ScanAll(head, start, end, marked, updates, published, kinds, updateNamedShowsPublished: false) is { } iso) return iso;
        // the head shows no date but in elements named as an update: themes that follow hAtom name their one date
        // "updated" ("entry-date updated"); with no other date shown, it is the publication (a date after an update
        // label, or on a day the metadata gives as a change only, is still skipped)
        if (updateNamed && ScanAll(head, start, end, marked, new HashSet<string>(modifiedDays, StringComparer.Ordinal), published, kinds, updateNamedShowsPublished: true) is { } updated) return updated;
        // no date in the head: a dateline that opens the text ("Berlin, 25.01.2022 – Die …", "Pressemitteilung vom 25. Januar 2022 | Berlin – …")
        var opening = end < head.Nodes.Count && head.IsParagraph(head.Nodes[end]) ? OpeningDateline(head.Nodes[end], updates) : null;
        // else a date line the page writes as loose text right after the headline, in no element of its own
        return opening ?? LooseDateLine(headline, updates);
    }

    /// <summary>Most levels climbed from the headline's element to the text that follows it (<see cref="LooseDateLine"/>): the headline inside a title block inside a header.</summary>
    private const int MaxLooseLevels = 3;

    /// <summary>
    /// A date line written as loose text right after the headline, in no element of its own: the first text that
    /// follows the headline's element (or the element the headline ends, up to <see cref="MaxLooseLevels"/> levels up),
    /// before any element with text ("&lt;dl&gt;&lt;dt&gt;Headline&lt;/dt&gt;&lt;/dl&gt; 기사입력 :[ 2018-08-25 15:24 ] &lt;div&gt;…",
    /// "&lt;h1&gt;Headline&lt;/h1&gt;Posted 12.03.2009&lt;br&gt;"), when it is a date line: at most
    /// <see cref="MaxDateLineChars"/> characters, its date (not after an update label, not an update's day) with at most
    /// <see cref="ArticleHead.MaxDateLineWords"/> other words. Null when the headline is not an element of the page or
    /// no such text follows it.
    /// </summary>
    private static string? LooseDateLine(NodeInfo? headline, HashSet<string> updates)
    {
        if (headline is null) return null;
        Dom.HtmlNode? node = headline.Element;
        for (int level = 0; level < MaxLooseLevels && node is not null; level++, node = node.Parent)
        {
            for (var next = node.NextSibling; next is not null; next = next.NextSibling)
            {
                if (next is Dom.HtmlText loose)
                {
                    var span = loose.Data.AsSpan().Trim();
                    if (span.IsEmpty) continue;
                    if (span.Length > MaxDateLineChars) return null;
                    var text = span.ToString();
                    if (DateReader.Find(text) is not { } found || FirstPublished(text, updates) != found.Iso) return null;
                    var rest = string.Concat(text.AsSpan(0, found.Index), " ", text.AsSpan(found.Index + found.Length));
                    return ArticleHead.Words(rest) <= ArticleHead.MaxDateLineWords ? found.Iso : null;
                }
                // the next element with text ends the search: a date past it is not the headline's
                if (next is Dom.HtmlElement element && TextCollector.Flat(element, maxOutputChars: 1).Length > 0) return null;
            }
        }
        return null;
    }

    /// <summary>Index in <see cref="ArticleHead.Nodes"/> where the article's head begins (<see cref="Read"/>'s window), else the article's first element; -1 when no article was chosen.</summary>
    public static int HeadStart(ArticleHead head, NodeInfo? headline) =>
        head.Roots.Count == 0 ? -1 : Window(head, headline) is var (start, _, _) ? Math.Min(start, Math.Max(head.FirstRoot, 0)) : head.FirstRoot;

    /// <summary>
    /// The local time that the article's head (<see cref="Read"/>'s window) shows for <paramref name="instant"/>, a UTC
    /// instant of the metadata, on another calendar day (<see cref="ShownLocalTime"/>: "03/05/2022 21:44" for
    /// 2022-05-04T00:44Z), in ISO 8601; null when no short element of the head shows it. The agreement to the minute is the
    /// evidence, so the marks of chrome are not asked for (a credits line the page names a caption); links (teasers),
    /// comments, elements named as an update and lines with a date after an update label ("Aktualisiert: …") are still not read.
    /// </summary>
    public static string? LocalTime(ArticleHead head, NodeInfo? headline, DateTimeOffset instant, bool writeOffset)
    {
        if (head.Roots.Count == 0 || Window(head, headline) is not var (start, _, marked)) return null;
        for (int i = start; i < marked; i++)
        {
            var node = head.Nodes[i];
            if (node.TextChars is 0 or > MaxDateLineChars || node.InLink || (node.Hints & HintFlags.UpdateName) != 0 || ArticleHead.InComments(node) || !ArticleHead.MayHoldDate(node.Element)) continue;
            var text = TextCollector.Flat(node.Element, MaxDateLineChars + 1);
            if (ShownLocalTime.Read(text, instant, writeOffset) is not { } local) continue;
            // a line that shows a later change ("Aktualisiert: 04.05.2022 05:30") shows no publication
            if (LabelledDateReader.LabelledUpdate(text) is null) return local;
        }
        return null;
    }

    /// <summary>Most characters before the date of a dateline that opens the text (a place, "Pressemitteilung vom").</summary>
    public const int MaxCharsBeforeDateline = 60;

    /// <summary>Most words before the date of a dateline that opens the text.</summary>
    public const int MaxWordsBeforeDateline = 4;

    /// <summary>Most letters between a dateline's date and the mark that ends it (a clock's "Uhr").</summary>
    private const int MaxLettersBeforeDatelineEnd = 3;

    /// <summary>What ends a dateline after its date: a dash, a bar, a colon, a bullet (the text goes on after it).</summary>
    private static readonly System.Buffers.SearchValues<char> DatelineEnds = System.Buffers.SearchValues.Create("|–—-:·•");

    /// <summary>
    /// The date of a dateline that opens <paramref name="paragraph"/>, the article's first paragraph: a full date at most
    /// <see cref="MaxWordsBeforeDateline"/> words and <see cref="MaxCharsBeforeDateline"/> characters into it (a place,
    /// "Pressemitteilung vom"), its time beside it, then a dash, a bar or a colon before the text goes on ("Berlin,
    /// 25.01.2022 – Die …"), or a date alone in parentheses that opens it ("(21. November 2022) Energieverbraucher
    /// erhalten …"); in ISO 8601. Null when the paragraph does not open so: a date in a sentence ("On 25 January
    /// 2022 the council met", "On March 3, 2008, the …") has no such mark after it. A date after an update label or in
    /// <paramref name="updates"/> is no publication date.
    /// </summary>
    private static string? OpeningDateline(NodeInfo paragraph, HashSet<string> updates)
    {
        if (!ArticleHead.MayHoldDate(paragraph.Element)) return null;
        var text = TextCollector.Flat(paragraph.Element, maxOutputChars: MaxChars);
        if (DateReader.Find(text.Length > MaxChars ? text[..MaxChars] : text) is not { } found || found.Index > MaxCharsBeforeDateline) return null;
        var before = text[..found.Index];
        if (ArticleHead.Words(before) > MaxWordsBeforeDateline || updates.Contains(found.Iso) || updates.Contains(found.Iso[..10])) return null;
        foreach (var label in TimeWordLexicon.UpdateLabels)
        {
            if (before.Contains(label, StringComparison.OrdinalIgnoreCase)) return null;
        }
        var after = text.AsSpan(found.Index + found.Length).TrimStart();
        // a date in parentheses that opens the text ("(21. November 2022) Energieverbraucher erhalten …"): the
        // parentheses set it apart from the sentence as a dash does
        if (before.AsSpan().Trim() is "(" && after.StartsWith(")")) return found.Iso;
        // a clock time the date reader left ("25.01.2022, 10:15 Uhr –") does not end the dateline: look past up to a few characters
        int mark = after.Length > 12 ? after[..12].IndexOfAny(DatelineEnds) : after.IndexOfAny(DatelineEnds);
        if (mark < 0) return null;
        int letters = 0;
        foreach (char c in after[..mark])
        {
            if (char.IsLetter(c)) letters++;
        }
        return letters <= MaxLettersBeforeDatelineEnd ? found.Iso : null;
    }

    /// <summary>The three passes of <see cref="Scan"/> in their order; null when none finds a date.</summary>
    private static string? ScanAll(ArticleHead head, int start, int end, int marked, HashSet<string> updates, IReadOnlyCollection<DateTimeOffset> published, int kinds, bool updateNamedShowsPublished) =>
        Scan(head, start, marked, Pass.Bylines, updates, published, kinds, updateNamedShowsPublished)
        ?? Scan(head, start, marked, Pass.DateNamed, updates, published, kinds, updateNamedShowsPublished)
        ?? Scan(head, start, marked, Pass.DateLines, updates, published, kinds, updateNamedShowsPublished);

    /// <summary>
    /// The dates of the elements between <paramref name="start"/> and <paramref name="end"/> whose class or id names a
    /// later change (<see cref="HintFlags.UpdateName"/>) or whose itemprop is dateModified: a byline element that holds
    /// only such an element ("posted-on" around an "updated" &lt;time&gt;) shows no publication date.
    /// </summary>
    private static HashSet<string> Updates(ArticleHead page, int start, int end, IReadOnlyCollection<DateTimeOffset> published, out bool updateNamed)
    {
        var updates = new HashSet<string>(StringComparer.Ordinal);
        updateNamed = false;
        for (int i = start; i < end; i++)
        {
            var node = page.Nodes[i];
            if (node.TextChars is 0 or > MaxChars) continue;
            if ((node.Hints & HintFlags.UpdateName) == 0 && !string.Equals(node.Element.GetAttribute("itemprop"), "dateModified", StringComparison.OrdinalIgnoreCase)) continue;
            if (ShowsPublished(node, published) || !ArticleHead.MayHoldDate(node.Element)) continue;
            var text = TextCollector.Flat(node.Element, MaxChars + 1);
            for (int from = 0; from < text.Length && DateReader.Find(from == 0 ? text : text[from..]) is { } found; from += found.Index + Math.Max(1, found.Length))
            {
                updates.Add(found.Iso);
                updateNamed |= (node.Hints & HintFlags.UpdateName) != 0;
            }
        }
        return updates;
    }

    /// <summary>True when the element's <c>datetime</c> is an instant the metadata gives as the publication.</summary>
    private static bool ShowsPublished(NodeInfo node, IReadOnlyCollection<DateTimeOffset> published)
    {
        if (published.Count == 0 || node.Element.GetAttribute("datetime") is not { } value
            || !DateTimeOffset.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var instant)) return false;
        foreach (var one in published)
        {
            if (one == instant) return true;
        }
        return false;
    }

    /// <summary>The kinds of element read for a date, in this order.</summary>
    private enum Pass
    {
        /// <summary>Byline and time elements (<see cref="ArticleHead.IsBylineOrTime"/>).</summary>
        Bylines,
        /// <summary>Elements whose class or id names a date or the byline group.</summary>
        DateNamed,
        /// <summary>Any short block whose text reads as a date line or a byline with its date ("Datum 25.01.2022", "3. August 2015 · Filed under Essays").</summary>
        DateLines,
    }

    /// <summary>Most characters of an element the markup does not name that is read as a date line.</summary>
    public const int MaxDateLineChars = 150;

    /// <summary>
    /// Reads the candidates between <paramref name="start"/> and <paramref name="end"/>; <paramref name="updates"/>
    /// collects the dates found after an update label, so that an inner element holding only that date ("Updated"
    /// written just outside the &lt;time&gt;) is not read as the publication date.
    /// </summary>
    private static string? Scan(ArticleHead page, int start, int end, Pass pass, HashSet<string> updates, IReadOnlyCollection<DateTimeOffset> published, int headerKinds, bool updateNamedShowsPublished)
    {
        for (int i = start; i < end; i++)
        {
            var node = page.Nodes[i];
            if (node.TextChars is 0 or > MaxChars || node.InLink || ((node.Hints & HintFlags.UpdateName) != 0 && !updateNamedShowsPublished && !ShowsPublished(node, published)) || page.InHeadChrome(node, headerKinds, metaAsides: true)) continue;
            bool candidate = pass switch
            {
                Pass.Bylines => ArticleHead.IsBylineOrTime(node),
                Pass.DateNamed => IsDateNamed(node),
                // a block, or an inline element that is all of its block's own text ("<span>Bonn, 11.10.2021</span>" above the headline)
                _ => ((node.Owner == node || (node.Owner is { } owner && owner.InlineChars == node.TextChars)) && node.TextChars <= MaxDateLineChars) || InHeading(node),
            };
            if (!candidate) continue;
            if (!ArticleHead.MayHoldDate(node.Element))
            {
                // "31.10.23" in an element the markup names as the byline or the date: a day with its year in two digits
                if (pass != Pass.DateLines && node.TextChars <= MaxShortDateChars && ShortYearDate(TextCollector.Flat(node.Element, maxOutputChars: MaxShortDateChars + 1)) is { } shortIso && !updates.Contains(shortIso)) return shortIso;
                continue;
            }
            var text = TextCollector.Flat(node.Element, MaxChars + 1);
            if (text.Length > MaxChars) continue;
            if (pass != Pass.Bylines && (node.Hints & HintFlags.DateName) == 0 && !ArticleHead.ReadsAsBylineOrDate(text)) continue;
            // a heading is a date line only when it holds nothing but the date ("21.01.2022" set above the headline)
            if (pass == Pass.DateLines && IsHeading(node) && ArticleHead.Words(BylineReader.WithoutDateTime(text)) > 0) continue;
            if (FirstPublished(text, updates) is { } iso) return iso;
        }
        return null;
    }

    /// <summary>
    /// Where the article's head stands in <see cref="ArticleHead.Nodes"/>: from its headline (the element the headline
    /// was read from when it stands before <see cref="ArticleHead.HeadlineLimit"/>; else the last h1 before that; without
    /// one, the first element of the article) to its first paragraph after that. What comes before the headline is the
    /// page's masthead, whose date is today's. Null when no paragraph follows. <c>Marked</c> is where the elements marked
    /// as the byline or the date, and date lines of their own, are looked for up to: a byline or date after a standfirst,
    /// up to the paragraph that brings the text to <see cref="ArticleHead.MaxCharsBeforeHeadline"/> characters. A head
    /// holds at most <see cref="MaxHeadChars"/> characters of text outside chrome after its headline: when the article
    /// chosen begins further on (a headline far from the text chosen), the head ends there, and both ends are that.
    /// </summary>
    private static (int Start, int End, int Marked)? Window(ArticleHead head, NodeInfo? headline) => head.DateWindow(headline, FindWindow);

    /// <summary><see cref="Window"/>, worked out (the head keeps it: <see cref="ArticleHead.DateWindow"/>).</summary>
    private static (int Start, int End, int Marked)? FindWindow(ArticleHead head, NodeInfo? headline)
    {
        var nodes = head.Nodes;
        int start = headline is not null ? head.IndexOf(headline) : -1;
        if (start > head.HeadlineLimit) start = -1;
        if (start < 0)
        {
            for (int i = 0; i <= Math.Min(head.HeadlineLimit, nodes.Count - 1); i++)
            {
                if (nodes[i].Name == "h1" && nodes[i].TextChars > 0) start = i;
            }
        }
        if (start < 0) start = head.FirstRoot;
        if (start < 0) return null;   // the article's first element is not among the page's elements
        int from = start;
        // the header that holds the headline holds its date too, before it or after it
        start = Math.Min(start, head.HeadTop(head.HeaderTop(start)));
        // the article's chosen element begins above the headline, no paragraph between: its head begins there (a date
        // line, the section's name, a print link above the headline in the article's own box)
        if (head.FirstRoot >= 0 && head.FirstRoot < start && head.HeadBeforeHeadline(head.FirstRoot, start)) start = head.FirstRoot;
        // a line that holds only a date right before the head, in a block of its own (Blogger's date header above the post)
        start = head.DateLineBefore(start);
        for (int i = Math.Max(from + 1, head.FirstRoot); i < nodes.Count; i++)
        {
            if (!head.IsParagraph(nodes[i])) continue;
            int cut = HeadEnd(head, from, i);
            return cut < i ? (start, cut, cut) : (start, i, Math.Max(i, Math.Min(nodes.Count, head.HeadlineLimit + 1)));
        }
        return null;
    }

    /// <summary>Most characters of text outside links and chrome between a headline and the end of its head (a kicker, a standfirst, the byline, the date, a caption's credits).</summary>
    public const int MaxHeadChars = ArticleHead.MaxHeaderChars + ArticleHead.MaxCharsBeforeHeadline;

    /// <summary>
    /// The index of the element after the headline at <paramref name="from"/> with which the blocks' own text outside
    /// links and chrome passes <see cref="MaxHeadChars"/> characters, when that is before <paramref name="end"/> (the
    /// article's paragraph); <paramref name="end"/> otherwise.
    /// </summary>
    private static int HeadEnd(ArticleHead head, int from, int end)
    {
        var nodes = head.Nodes;
        int chars = 0;
        for (int i = from + 1; i < end; i++)
        {
            var node = nodes[i];
            int own = node.InlineChars - node.InlineLinkChars;
            if (node.Owner != node || own <= 0 || head.InChrome(node)) continue;
            chars += own;
            if (chars > MaxHeadChars) return i;
        }
        return end;
    }

    /// <summary>Most characters of a marked element read for a date with a two-digit year (<see cref="ShortYearDate"/>).</summary>
    public const int MaxShortDateChars = 60;

    /// <summary>
    /// The one date written day.month.year with a two-digit year ("31.10.23", "23.09.22": 00–69 read as 2000–2069,
    /// 70–99 as 1970–1999), or with slashes when one of day and month is above 12 ("26/10/13", "10/26/13"; "05/10/13"
    /// could be either and is not read), in <paramref name="text"/>, in ISO 8601; null when there is none, when there are several or
    /// when it stands among other digits or letters ("1.2.23.4", a version). Read only in elements the markup names as the byline or
    /// the date, where such a number is a day.
    /// </summary>
    internal static string? ShortYearDate(string text)
    {
        string? found = null;
        for (int i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]) || (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '.' or '/'))) continue;
            int at = i;
            if (!Number(text, ref at, out int day) || at >= text.Length || text[at] is not ('.' or '/')) continue;
            char separator = text[at++];
            if (!Number(text, ref at, out int month) || at >= text.Length || text[at] != separator) continue;
            at++;
            int yearStart = at;
            if (!Number(text, ref at, out int year) || at - yearStart != 2) continue;
            if (at < text.Length && (char.IsLetterOrDigit(text[at]) || (text[at] is '.' or '/' && at + 1 < text.Length && char.IsAsciiDigit(text[at + 1])))) continue;
            // "26/10/13": with slashes the numbers alone tell which is the day, or nothing does
            if (separator == '/')
            {
                if (NumericDayMonth.Order(day, month) is not var (slashedDay, slashedMonth)) continue;
                (day, month) = (slashedDay, slashedMonth);
            }
            year += year < 70 ? 2000 : 1900;
            if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) continue;
            var date = new DateOnly(year, month, day);
            if (!DateReader.IsPlausible(date)) continue;
            if (found is not null) return null;
            found = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            i = at;
        }
        return found;
    }

    /// <summary>Reads one or two ASCII digits at <paramref name="at"/> into <paramref name="value"/>, moving past them; false when none.</summary>
    private static bool Number(string text, ref int at, out int value)
    {
        value = 0;
        int start = at;
        while (at < text.Length && at - start < 2 && char.IsAsciiDigit(text[at])) value = value * 10 + (text[at++] - '0');
        return at > start && (at >= text.Length || !char.IsAsciiDigit(text[at]) || at - start < 2);
    }

    private static bool IsHeading(NodeInfo node) => node.Name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    /// <summary>True for an inline element inside a heading ("&lt;h1&gt;Headline&lt;br&gt;&lt;small&gt;02.02.2022 • Presse&lt;/small&gt;&lt;/h1&gt;"): set apart from the heading's words, it is read as a date line like a block.</summary>
    private static bool InHeading(NodeInfo node) => node.Owner != node && node.Owner is { } owner && IsHeading(owner);

    /// <summary>Class or id names a date (<see cref="HintFlags.DateName"/>) or the byline group of <see cref="ClassHints"/> (byline, dateline, timestamp, posted-on, meta).</summary>
    private static bool IsDateNamed(NodeInfo node) => (node.Hints & (HintFlags.DateName | HintFlags.Byline)) != 0;

    /// <summary>The first date in <paramref name="text"/> that no update label stands before and that is not in <paramref name="updates"/> (unless a publication label stands before it: "Veröffentlicht am", "Datum"), in ISO 8601; null when none. Dates after an update label are added to <paramref name="updates"/>.</summary>
    internal static string? FirstPublished(string text, HashSet<string> updates)
    {
        int from = 0;
        while (from < text.Length && DateReader.Find(from == 0 ? text : text[from..]) is { } found)
        {
            int at = from + found.Index;
            if (AfterLabel(text, from, at, TimeWordLexicon.UpdateLabels)) updates.Add(found.Iso);
            else if (AfterLabel(text, from, at, TimeWordLexicon.PublicationLabels) || (!updates.Contains(found.Iso) && !updates.Contains(found.Iso[..10]))) return found.Iso;
            from = at + Math.Max(1, found.Length);
        }
        return null;
    }

    /// <summary>True when the words between <paramref name="from"/> and the date at <paramref name="at"/> hold one of <paramref name="labels"/> ("Updated 8:46 AM EST").</summary>
    private static bool AfterLabel(string text, int from, int at, System.Collections.Immutable.ImmutableArray<string> labels)
    {
        // the words between, lower-cased, each trimmed of the separators around it, one space apart and one at each end
        // (" last updated "), written into a buffer on the stack: a label is then a run of whole words
        var segment = text.AsSpan(from, at - from);
        if (segment.Length > MaxChars) segment = segment[^MaxChars..];
        Span<char> joined = stackalloc char[2 * MaxChars + 2];
        int length = 0;
        joined[length++] = ' ';
        for (int start = 0; start < segment.Length;)
        {
            int space = segment[start..].IndexOf(' ');
            int end = space < 0 ? segment.Length : start + space;
            var word = segment[start..end];
            start = end + 1;
            if (word.IsEmpty) continue;
            word = word.Trim(":,;|-–—·•()");
            length += word.ToLowerInvariant(joined[length..]);
            joined[length++] = ' ';
        }
        var words = joined[..length];
        foreach (var label in labels)
        {
            int hit = words.IndexOf(label, StringComparison.Ordinal);
            while (hit >= 0)
            {
                if (words[hit - 1] == ' ' && hit + label.Length < words.Length && words[hit + label.Length] == ' ') return true;
                int next = words[(hit + 1)..].IndexOf(label, StringComparison.Ordinal);
                hit = next < 0 ? -1 : hit + 1 + next;
            }
        }
        return false;
    }
}
