using NewsParse.Detection;
using NewsParse.Text;

namespace NewsParse.Html;

/// <summary>
/// What the page says its site is called: og:site_name, the JSON-LD publisher, application-name, twitter:site and the
/// host of its address (canonical link, og:url, JSON-LD url: "www.gothamist.com" gives "gothamist" and
/// "gothamist.com"). A title part or a heading names the site when its squashed form (<see cref="TitleText.Squash"/>)
/// equals one of these, or starts with the host's name and is at most four words ("brand eins online"), or is written
/// as a host name ("chadim.net"). A name that is the page's own title (of more than four words) is not taken for the
/// site's (MSN writes its titles into application-name). A masthead (a heading at the top of the page that is all one
/// link to the home page, or the alt text of a logo that is: <see cref="HeadlineChooser.Mastheads"/>) names the site in titles only, whatever its length:
/// a blog's masthead is often its author's name, which stays a name a byline may give. Used to cut
/// the site's name off titles and to keep a masthead heading from being read as the headline. Immutable once built.
/// </summary>
internal sealed class SiteNames
{
    private readonly List<string> _squashed = [];
    private readonly List<string> _hosts = [];
    private readonly List<string> _mastheads = [];
    private readonly string[] _titles;

    /// <summary>The site's name as the page states it for people (og:site_name, then the JSON-LD publisher, then application-name; without a tagline: <see cref="WithoutTagline"/>), or null; see <see cref="HtmlMetadataReader"/>.</summary>
    public string? Stated { get; }

    /// <summary>Where <see cref="Stated"/> was read from ("og:site_name"...), or null.</summary>
    public string? StatedSource { get; }

    /// <summary>
    /// Gathers the names from the page's meta tags, its JSON-LD and its address, and the text of the masthead headings
    /// <paramref name="mastheads"/> (headings that are all one link to the site's home page: what the site calls
    /// itself on every page, whatever its length).
    /// </summary>
    public SiteNames(PageIndex index, JsonLdData ld, IReadOnlyList<string>? mastheads = null)
    {
        (Stated, StatedSource) = HtmlMetadataReader.Meta(index, "og:site_name") is { } og ? (og, "og:site_name")
            : ld.Publisher is { } publisher ? (publisher, "the JSON-LD publisher")
            : HtmlMetadataReader.Meta(index, "application-name") is { } app ? (app, "application-name")
            : (null, null);
        // a site name that is the page's title is the title written in the wrong tag (MSN's application-name)
        _titles = [TitleText.Squash(index.Title ?? ""), TitleText.Squash(HtmlMetadataReader.Meta(index, "og:title") ?? "")];
        if (Stated is not null && _titles.Contains(TitleText.Squash(Stated)) && TitleText.Words(Stated) > 4) (Stated, StatedSource) = (null, null);
        if (Stated is not null) Stated = WithoutTagline(Stated);
        AddName(HtmlMetadataReader.Meta(index, "og:site_name"));
        AddName(ld.Publisher);
        AddName(HtmlMetadataReader.Meta(index, "application-name"));
        AddName(HtmlMetadataReader.Meta(index, "twitter:site")?.TrimStart('@'));
        AddName(HtmlMetadataReader.Meta(index, "al:android:app_name"));
        if (mastheads is not null)
        {
            foreach (var masthead in mastheads) AddMasthead(masthead);
        }
        AddHost(index.Canonical);
        AddHost(HtmlMetadataReader.Meta(index, "og:url"));
        AddHost(ld.Url);
    }

    /// <summary>Most words of a site's name read before a tagline (<see cref="WithoutTagline"/>).</summary>
    public const int MaxNameWordsBeforeTagline = 3;

    /// <summary>
    /// The site's name without the tagline written after it: of a name in two parts (<see cref="TitleText.Parts"/>), the
    /// first when it is at most <see cref="MaxNameWordsBeforeTagline"/> words and the second is longer, three words or
    /// more ("Aktuálně.cz - Víte, co se právě děje" gives "Aktuálně.cz"); the name itself otherwise ("BBC News - Home").
    /// </summary>
    public static string WithoutTagline(string name)
    {
        var parts = TitleText.Parts(name);
        if (parts.Count != 2) return name;
        int nameWords = TitleText.Words(parts[0]), taglineWords = TitleText.Words(parts[1]);
        return nameWords <= MaxNameWordsBeforeTagline && taglineWords >= 3 && taglineWords > nameWords ? parts[0] : name;
    }

    private void AddName(string? name)
    {
        if (name is null) return;
        var squashed = TitleText.Squash(name);
        if (_titles.Contains(squashed) && TitleText.Words(name) > 4) return;
        if (squashed.Length >= 2 && !_squashed.Contains(squashed)) _squashed.Add(squashed);
        // "Aktuálně.cz - Víte, co se právě děje": the name before a tagline is a name too
        var parts = TitleText.Parts(name);
        if (parts.Count > 1) AddName(parts[0]);
    }

    /// <summary>A masthead's text, and its first part before a tagline, as names a title may end or start with (not as names no author may have: a blog's masthead is often its author's name).</summary>
    private void AddMasthead(string text)
    {
        var squashed = TitleText.Squash(text);
        if (squashed.Length >= 2 && !_mastheads.Contains(squashed)) _mastheads.Add(squashed);
        var parts = TitleText.Parts(text);
        if (parts.Count > 1 && TitleText.Squash(parts[0]) is { Length: >= 2 } first && !_mastheads.Contains(first)) _mastheads.Add(first);
    }

    /// <summary>True when a part of a title names the site: <see cref="Names"/>, or a masthead's text.</summary>
    private bool NamesInTitle(string part) => Names(part) || _mastheads.Contains(TitleText.Squash(part));

    private void AddHost(string? url)
    {
        if (url is null || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return;
        var host = uri.Host.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal)) host = host[4..];
        var squashedHost = TitleText.Squash(host);
        if (!_squashed.Contains(squashedHost)) _squashed.Add(squashedHost);
        int dot = host.LastIndexOf('.');
        if (dot <= 0) return;
        // the name before the top-level domain: "gothamist" of "gothamist.com", "nzz" of "nzz.ch"
        var label = host[..dot];
        int inner = label.LastIndexOf('.');
        if (inner >= 0 && label.Length - inner > 4) label = label[(inner + 1)..];
        var squashed = TitleText.Squash(label);
        if (squashed.Length >= 3 && !_hosts.Contains(squashed)) _hosts.Add(squashed);
    }

    /// <summary>True when the page states at least one site name or address.</summary>
    public bool Any => _squashed.Count > 0;

    /// <summary>True when <paramref name="text"/> is the site's name (see the type's summary).</summary>
    public bool Names(string text)
    {
        var squashed = TitleText.Squash(text);
        if (squashed.Length < 2) return false;
        if (AuthorNames.IsHostName(text)) return true;
        foreach (var name in _squashed)
        {
            if (name == squashed) return true;
        }
        if (TitleText.Words(text) > 4) return false;
        foreach (var host in _hosts)
        {
            if ((squashed.StartsWith(host, StringComparison.Ordinal) && EndsWord(text, host.Length)) || (host.Length >= 5 && host.StartsWith(squashed, StringComparison.Ordinal) && squashed.Length * 2 >= host.Length)) return true;
        }
        return false;
    }

    /// <summary>
    /// True when the first <paramref name="letters"/> letters and digits of <paramref name="text"/> end one of its words
    /// ("Gothamist Staff" at 9): "Limespacer" does not name the site limespace, whose name it only starts with.
    /// </summary>
    private static bool EndsWord(string text, int letters)
    {
        int count = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (!char.IsLetterOrDigit(text[i])) continue;
            if (++count == letters) return i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1]);
        }
        return count == letters;
    }

    /// <summary>The name without the site's name written after it ("Sarah Schnieder Reiterrevue International" gives "Sarah Schnieder"); the name itself when it does not end so.</summary>
    public string WithoutTrailingName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int from = 1; from < words.Length; from++)
        {
            var tail = string.Join(' ', words, from, words.Length - from);
            var squashed = TitleText.Squash(tail);
            if (squashed.Length >= 4 && _squashed.Contains(squashed)) return string.Join(' ', words, 0, from);
        }
        return name;
    }

    /// <summary>
    /// <paramref name="title"/> without the site's name: of its parts (<see cref="TitleText.Parts"/>), the first run that
    /// names no site is kept, as written between them ("Headline | Site", "Site » Headline", "Blog » Headline - Site");
    /// when no part names a known site and
    /// <paramref name="guess"/> is true, the site's trail is guessed (<see cref="GuessTrail"/>: short parts at the end, one
    /// by one, or two short parts or more at the start). When <paramref name="guess"/> is true and a known site is cut off,
    /// the short parts that bare underscores join before it go too ("Headline_English_Xinhua": the edition), and parts at
    /// the end that are only a date ("CNN.com - Headline - Sep 28, 2008"). Null when nothing but the site is left.
    /// </summary>
    public string? Strip(string title, bool guess)
    {
        var text = Whitespace.Collapse(title);
        var parts = TitleText.Parts(text);
        if (parts.Count <= 1) return NamesInTitle(text) && guess ? null : text;
        // the whole title is the site's name ("Gaby's - Colours of the Soul", its masthead): no headline in it
        var whole = TitleText.Squash(text);
        if (_squashed.Contains(whole) || _mastheads.Contains(whole)) return null;
        // the headline is the run of parts that are not the site: the first such run from the start
        int first = 0;
        while (first < parts.Count && NamesInTitle(parts[first])) first++;
        if (first == parts.Count) return null;
        int last = first;
        while (last + 1 < parts.Count && !NamesInTitle(parts[last + 1])) last++;
        bool cut = first > 0 || last < parts.Count - 1;
        if (!cut)
        {
            if (!guess) return text;
            return GuessTrail(text);
        }
        // keep the text as written between the kept parts (their separators may be part of the headline: "Foo: Bar")
        int start = IndexOfPart(text, parts, first);
        int end = IndexOfPart(text, parts, last) + parts[last].Length;
        var kept = start >= 0 && end > start ? text[start..end] : string.Join(" - ", parts.GetRange(first, last - first + 1));
        // "Typhoon hits the coast_English_Xinhua" with the site known: its edition joined by a bare underscore goes too
        if (guess && end > start && end < text.Length && text[end] == '_') return WithoutUnderscoreTrail(kept);
        return guess ? WithoutDateParts(kept) : kept;
    }

    private static int IndexOfPart(string text, List<string> parts, int which)
    {
        int from = 0;
        for (int i = 0; i <= which; i++)
        {
            int at = text.IndexOf(parts[i], from, StringComparison.Ordinal);
            if (at < 0) return -1;
            if (i == which) return at;
            from = at + parts[i].Length;
        }
        return -1;
    }

    /// <summary>
    /// The title without the site's trail where no part names a known site: the short last parts cut one by one
    /// (<see cref="GuessSuffix"/>: "Headline - Sports - More Sports - The Star", "Headline - Sep 28, 2008"); when none is,
    /// two short parts or more (at most three words and 30 characters each) before a run of four words or more ("BBC NEWS
    /// | World | Asia-Pacific | Headline": a breadcrumb). One short part before the headline stays ("Site | Headline" is
    /// as often "Topic | Headline").
    /// </summary>
    private static string GuessTrail(string text)
    {
        // "Headline - Sports - More Sports - The Star", "Headline - Sep 28, 2008": the short parts at the end, one by one
        var cut = text;
        for (var next = GuessSuffix(cut); next != cut; next = GuessSuffix(cut)) cut = next;
        if (cut != text) return cut;
        // "BBC NEWS | World | Asia-Pacific | Headline": two short parts or more before it are the site's trail
        var parts = TitleText.Parts(text);
        int lead = 0;
        while (lead < parts.Count - 1 && IsShortPart(parts[lead])) lead++;
        if (lead < 2 || TitleText.Words(string.Join(' ', parts.Skip(lead))) < 4) return text;
        int at = IndexOfPart(text, parts, lead);
        return at > 0 ? text[at..] : text;
    }

    /// <summary>
    /// <paramref name="text"/> without the parts at its end that are only a date ("CNN.com - Headline - Sep 28, 2008"
    /// with the site cut off: the date goes too), as long as a part stays; the text itself when it ends in none.
    /// </summary>
    private static string WithoutDateParts(string text)
    {
        var parts = TitleText.Parts(text);
        int last = parts.Count - 1;
        while (last > 0 && IsOnlyDate(parts[last])) last--;
        if (last == parts.Count - 1) return text;
        int end = IndexOfPart(text, parts, last) + parts[last].Length;
        return end > 0 ? text[..end] : text;
    }

    private static bool IsOnlyDate(string part) => DateReader.Find(part) is not null && ArticleHead.Words(BylineReader.WithoutDateTime(part)) == 0;

    private static bool IsShortPart(string part) => part.Length <= 30 && TitleText.Words(part) <= 3;

    /// <summary>
    /// The title without a short last part (at most four words and 30 characters) after a separator other than a
    /// colon (a bare "-" next to a character of a wide script counts), when what stands before it is three words or more (in a wide script, twice as long as the part); the
    /// title otherwise.
    /// </summary>
    private static string GuessSuffix(string text)
    {
        int best = -1, length = 0;
        foreach (var s in GuessSeparators)
        {
            int at = text.LastIndexOf(s, StringComparison.Ordinal);
            if (at > best)
            {
                best = at;
                length = s.Length;
            }
        }
        int dash = text.LastIndexOf('-');
        if (dash > best && dash > 0 && dash + 1 < text.Length && (text[dash - 1] >= '\u2E80' || text[dash + 1] >= '\u2E80'))
        {
            best = dash;
            length = 1;
        }
        if (best <= 0) return text;
        var head = text[..best].Trim();
        var tail = text[(best + length)..].Trim();
        if (tail.Length == 0 || tail.Length > 30 || TitleText.Words(tail) > 4) return text;
        bool wide = tail.Any(c => c >= '\u2E80');
        return (wide ? head.Length >= 2 * tail.Length : TitleText.Words(head) >= 3) ? head : text;
    }

    /// <summary>
    /// <paramref name="text"/> without the short parts (at most four words and 30 characters each) that bare underscores
    /// join to its end ("Typhoon hits the coast_English": a site's edition or section), as long as three words or more stay
    /// before them; the text itself when it ends in none.
    /// </summary>
    private static string WithoutUnderscoreTrail(string text)
    {
        while (true)
        {
            var parts = TitleText.Parts(text);
            if (parts.Count < 2) return text;
            int at = text.LastIndexOf('_');
            if (at <= 0 || at + 1 >= text.Length || text.AsSpan(at + 1).Trim().ToString() != parts[^1]) return text;
            var head = text[..at].Trim();
            var tail = parts[^1];
            if (tail.Length > 30 || TitleText.Words(tail) > 4 || TitleText.Words(head) < 3) return text;
            text = head;
        }
    }

    private static readonly string[] GuessSeparators = [" | ", " - ", " – ", " — ", " · ", " » ", " › ", " :: ", " // ", "_", "|", "｜"];
}
