using System.Runtime.CompilerServices;

namespace NewsParse.Html.Dom;

/// <summary>
/// The known tag names, lower-case and interned, with their <see cref="HtmlTagTraits"/>: a tag name read from the page
/// is looked up without allocating (ASCII case folded, as HTML does); an interned name can be compared by reference.
/// Immutable after type initialisation; thread-safe.
/// </summary>
internal static class HtmlTagTable
{
    private const HtmlTagTraits V = HtmlTagTraits.Void | HtmlTagTraits.Special;
    private const HtmlTagTraits S = HtmlTagTraits.Special;
    private const HtmlTagTraits P = HtmlTagTraits.Special | HtmlTagTraits.ClosesParagraph;
    private const HtmlTagTraits PB = P | HtmlTagTraits.ForeignBreakout;
    private const HtmlTagTraits F = HtmlTagTraits.Formatting | HtmlTagTraits.ForeignBreakout;
    private const HtmlTagTraits H = HtmlTagTraits.HeadContent | HtmlTagTraits.Special;
    private const HtmlTagTraits B = HtmlTagTraits.ScopeBoundary | HtmlTagTraits.Special;
    private const HtmlTagTraits I = HtmlTagTraits.ImpliedEnd;
    private const HtmlTagTraits X = HtmlTagTraits.ForeignBreakout;

    private static readonly (string Name, HtmlTagTraits Traits)[] Known =
    [
        ("html", B | I), ("head", S | I | X), ("body", S | I | X), ("title", H | HtmlTagTraits.RcData), ("meta", V | H | X), ("link", V | H),
        ("base", V | H), ("basefont", V | H), ("bgsound", V | H), ("style", H | HtmlTagTraits.RawText), ("script", H | HtmlTagTraits.RawText),
        ("noscript", H), ("template", H | HtmlTagTraits.ScopeBoundary), ("noframes", H | HtmlTagTraits.RawText),
        ("area", V), ("br", V | X), ("col", V), ("embed", V | X), ("hr", V | HtmlTagTraits.ClosesParagraph | X), ("img", V | X), ("input", V),
        ("keygen", V), ("param", V), ("source", V), ("track", V), ("wbr", V), ("frame", V), ("image", V),
        ("address", P), ("article", P), ("aside", P), ("blockquote", PB), ("center", PB), ("details", P), ("dialog", P), ("dir", P),
        ("div", PB), ("dl", PB), ("fieldset", P), ("figcaption", P), ("figure", P), ("footer", P), ("header", P), ("hgroup", P),
        ("main", P), ("menu", PB), ("nav", P), ("ol", PB), ("p", PB | I), ("search", P), ("section", P), ("summary", P), ("ul", PB),
        ("pre", PB), ("listing", PB), ("form", P), ("xmp", P | HtmlTagTraits.RawText), ("plaintext", P | HtmlTagTraits.PlainText),
        ("h1", PB | HtmlTagTraits.Heading), ("h2", PB | HtmlTagTraits.Heading), ("h3", PB | HtmlTagTraits.Heading),
        ("h4", PB | HtmlTagTraits.Heading), ("h5", PB | HtmlTagTraits.Heading), ("h6", PB | HtmlTagTraits.Heading),
        ("li", S | I | X), ("dd", S | I | X), ("dt", S | I | X),
        ("table", B | X), ("caption", B), ("td", B | I), ("th", B | I), ("tr", S | I), ("tbody", S | I), ("thead", S | I), ("tfoot", S | I),
        ("colgroup", S | I), ("applet", B), ("marquee", B), ("object", B), ("iframe", S | HtmlTagTraits.RawText), ("noembed", S | HtmlTagTraits.RawText),
        ("textarea", S | HtmlTagTraits.RcData), ("select", S), ("button", S), ("frameset", S),
        ("a", F & ~HtmlTagTraits.ForeignBreakout), ("b", F), ("big", F), ("code", F), ("em", F), ("font", F & ~HtmlTagTraits.ForeignBreakout),
        ("i", F), ("nobr", F), ("s", F), ("small", F), ("strike", F), ("strong", F), ("tt", F), ("u", F),
        ("span", X), ("sub", X), ("sup", X), ("var", X), ("ruby", X), ("option", I), ("optgroup", I), ("rb", I), ("rt", I), ("rp", I), ("rtc", I),
        ("svg", HtmlTagTraits.Foreign), ("math", HtmlTagTraits.Foreign),
        ("abbr", 0), ("audio", 0), ("bdi", 0), ("bdo", 0), ("canvas", 0), ("cite", 0), ("data", 0), ("datalist", 0), ("del", 0), ("dfn", 0),
        ("ins", 0), ("kbd", 0), ("label", 0), ("legend", 0), ("map", 0), ("mark", 0), ("meter", 0), ("output", 0), ("picture", 0),
        ("progress", 0), ("q", 0), ("samp", 0), ("slot", 0), ("time", 0), ("video", 0), ("acronym", 0),
        ("path", 0), ("g", 0), ("rect", 0), ("circle", 0), ("use", 0), ("defs", 0), ("symbol", 0), ("polygon", 0), ("line", 0),
        ("polyline", 0), ("ellipse", 0), ("lineargradient", 0), ("radialgradient", 0), ("stop", 0), ("clippath", 0), ("mask", 0),
        ("desc", 0), ("foreignobject", 0), ("tspan", 0), ("text", 0), ("filter", 0), ("pattern", 0), ("mi", 0), ("mo", 0), ("mn", 0),
        ("amp-img", 0), ("amp-ad", 0), ("noindex", 0),
    ];

    private const int Slots = 1024;
    private static readonly short[] Table = BuildTable();

    private static short[] BuildTable()
    {
        var table = new short[Slots];
        for (int i = 0; i < Known.Length; i++)
        {
            int slot = Hash(Known[i].Name) & (Slots - 1);
            bool duplicate = false;
            while (table[slot] != 0)
            {
                if (Known[table[slot] - 1].Name == Known[i].Name) duplicate = true;
                slot = (slot + 1) & (Slots - 1);
            }
            if (!duplicate) table[slot] = (short)(i + 1);
        }
        return table;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(ReadOnlySpan<char> name)
    {
        uint hash = 2166136261;
        foreach (char c in name) hash = (hash ^ (uint)(c | 0x20)) * 16777619;
        return (int)(hash ^ (hash >> 15));
    }

    /// <summary>How many known names there are; their ids are below it.</summary>
    public static int Count => Known.Length;

    /// <summary>The id of a known name (lower-case), -1 when it is not known.</summary>
    public static int IdOf(string name) => TryLookup(name, out _, out _, out int id) ? id : -1;

    /// <summary>The interned lower-case name, its traits and its id (an index below <see cref="Count"/>); false when the name is not a known tag.</summary>
    public static bool TryLookup(ReadOnlySpan<char> name, out string interned, out HtmlTagTraits traits, out int id)
    {
        int slot = Hash(name) & (Slots - 1);
        while (true)
        {
            int entry = Table[slot];
            if (entry == 0) break;
            ref readonly var known = ref Known[entry - 1];
            if (EqualsKnown(name, known.Name))
            {
                interned = known.Name;
                traits = known.Traits;
                id = entry - 1;
                return true;
            }
            slot = (slot + 1) & (Slots - 1);
        }
        interned = "";
        traits = HtmlTagTraits.None;
        id = -1;
        return false;
    }

    /// <summary>
    /// <c>name.Equals(known, StringComparison.OrdinalIgnoreCase)</c> for a known name (lower-case ASCII letters, digits
    /// and '-'): an ASCII name is compared here, an upper-case letter as its small one; any other is left to the runtime.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool EqualsKnown(ReadOnlySpan<char> name, string known)
    {
        if (name.Length != known.Length) return false;
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (c == known[i]) continue;
            if (c >= 0x80) return name.Equals(known, StringComparison.OrdinalIgnoreCase);
            if ((uint)(c - 'A') > 'Z' - 'A' || (char)(c | 0x20) != known[i]) return false;
        }
        return true;
    }

    /// <summary>A tag name lower-cased the way HTML does it (ASCII letters only).</summary>
    public static string LowerAscii(ReadOnlySpan<char> name)
    {
        Span<char> buffer = name.Length <= 128 ? stackalloc char[name.Length] : new char[name.Length];
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            buffer[i] = c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
        }
        return new string(buffer);
    }
}
