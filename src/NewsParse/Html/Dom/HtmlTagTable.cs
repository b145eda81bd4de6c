using System.Runtime.CompilerServices;

namespace NewsParse.Html.Dom;

/// <summary>
/// The known tag names, lower-case and interned, with their <see cref="HtmlTagTraits"/>: a tag name read from the page
/// is looked up without allocating (ASCII case folded, as HTML does); an interned name can be compared by reference.
/// Immutable after type initialisation; thread-safe.
/// </summary>
internal static class HtmlTagTable
{
    /// <summary>Every known name with its traits, in the order of <see cref="HtmlTagId"/> (index 0 is <see cref="HtmlTagId.Unknown"/>).</summary>
    private static readonly (string Name, HtmlTagTraits Traits)[] Known =
    [
        ("", HtmlTagTraits.None),
        ("a", HtmlTagTraits.Formatting),
        ("abbr", HtmlTagTraits.None),
        ("acronym", HtmlTagTraits.None),
        ("address", HtmlTagTraits.Special),
        ("annotation-xml", HtmlTagTraits.Special),
        ("applet", HtmlTagTraits.Special | HtmlTagTraits.ScopeBoundary),
        ("area", HtmlTagTraits.Void | HtmlTagTraits.Special),
        ("article", HtmlTagTraits.Special),
        ("aside", HtmlTagTraits.Special),
        ("audio", HtmlTagTraits.None),
        ("b", HtmlTagTraits.Formatting | HtmlTagTraits.ForeignBreakout),
        ("base", HtmlTagTraits.Void | HtmlTagTraits.Special),
        ("basefont", HtmlTagTraits.Void | HtmlTagTraits.Special),
        ("bdi", HtmlTagTraits.None),
        ("bdo", HtmlTagTraits.None),
        ("bgsound", HtmlTagTraits.Void | HtmlTagTraits.Special),
        ("big", HtmlTagTraits.Formatting | HtmlTagTraits.ForeignBreakout),
        ("blockquote", HtmlTagTraits.Special | HtmlTagTraits.ForeignBreakout),
        ("body", HtmlTagTraits.Special | HtmlTagTraits.ImpliedEnd | HtmlTagTraits.ForeignBreakout),
        ("br", HtmlTagTraits.Void | HtmlTagTraits.Special | HtmlTagTraits.ForeignBreakout),
        ("button", HtmlTagTraits.Special | HtmlTagTraits.ButtonScopeBoundary),
        ("canvas", HtmlTagTraits.None),
        ("caption", HtmlTagTraits.Special | HtmlTagTraits.ImpliedEnd | HtmlTagTraits.ScopeBoundary | HtmlTagTraits.EndImpliedThoroughly),
        ("center", HtmlTagTraits.Special | HtmlTagTraits.ForeignBreakout),
        ("circle", HtmlTagTraits.None),
        ("cite", HtmlTagTraits.None),
        ("clippath", HtmlTagTraits.None),
        ("code", HtmlTagTraits.Formatting | HtmlTagTraits.ForeignBreakout),
        ("col", HtmlTagTraits.Void | HtmlTagTraits.Special),
        ("colgroup", HtmlTagTraits.Special | HtmlTagTraits.ImpliedEnd | HtmlTagTraits.EndImpliedThoroughly),
        ("data", HtmlTagTraits.None),
        ("datalist", HtmlTagTraits.None),
        ("dd", HtmlTagTraits.Special | HtmlTagTraits.ImpliedEnd | HtmlTagTraits.ForeignBreakout | HtmlTagTraits.EndImplied),
        ("defs", HtmlTagTraits.None),
        ("del", HtmlTagTraits.None),
        ("desc", HtmlTagTraits.Special),
        ("details", HtmlTagTraits.Special),
        ("dfn", HtmlTagTraits.None),
        ("dialog", HtmlTagTraits.None),
        ("dir", HtmlTagTraits.Special),
        ("div", HtmlTagTraits.Special | HtmlTagTraits.ForeignBreakout),
        ("dl", HtmlTagTraits.Special | HtmlTagTraits.ForeignBreakout),
        ("dt", HtmlTagTraits.Special | HtmlTagTraits.ImpliedEnd | HtmlTagTraits.ForeignBreakout | HtmlTagTraits.EndImplied),
        ("ellipse", HtmlTagTraits.None),
        ("em", HtmlTagTraits.Formatting | HtmlTagTraits.ForeignBreakout),
        ("embed", HtmlTagTraits.Void | HtmlTagTraits.Special | HtmlTagTraits.ForeignBreakout),
        ("fieldset", HtmlTagTraits.Special),
        ("figcaption", HtmlTagTraits.Special),
        ("figure", HtmlTagTraits.Special),
        ("filter", HtmlTagTraits.None),
        ("font", HtmlTagTraits.Formatting),
        ("footer", HtmlTagTraits.Special),
        ("foreignobject", HtmlTagTraits.Special),
        ("form", HtmlTagTraits.Special),
        ("frame", HtmlTagTraits.Void | HtmlTagTraits.Special),
        ("frameset", HtmlTagTraits.Special),
        ("g", HtmlTagTraits.None),
        ("h1", HtmlTagTraits.Special | HtmlTagTraits.Heading | HtmlTagTraits.ForeignBreakout),
        ("h2", HtmlTagTraits.Special | HtmlTagTraits.Heading | HtmlTagTraits.ForeignBreakout),
        ("h3", HtmlTagTraits.Special | HtmlTagTraits.Heading | HtmlTagTraits.ForeignBreakout),
        ("h4", HtmlTagTraits.Special | HtmlTagTraits.Heading | HtmlTagTraits.ForeignBreakout),
        ("h5", HtmlTagTraits.Special | HtmlTagTraits.Heading | HtmlTagTraits.ForeignBreakout),
        ("h6", HtmlTagTraits.Special | HtmlTagTraits.Heading | HtmlTagTraits.ForeignBreakout),
        ("head", HtmlTagTraits.Special | HtmlTagTraits.ImpliedEnd | HtmlTagTraits.ForeignBreakout),
        ("header", HtmlTagTraits.Special),
        ("hgroup", HtmlTagTraits.Special),
        ("hr", HtmlTagTraits.Void | HtmlTagTraits.Special | HtmlTagTraits.ForeignBreakout),
        ("html", HtmlTagTraits.Special | HtmlTagTraits.ImpliedEnd | HtmlTagTraits.ScopeBoundary | HtmlTagTraits.TableScopeBoundary),
        ("i", HtmlTagTraits.Formatting | HtmlTagTraits.ForeignBreakout),
        ("iframe", HtmlTagTraits.Special | HtmlTagTraits.RawText),
        ("image", HtmlTagTraits.None),
        ("img", HtmlTagTraits.Void | HtmlTagTraits.Special | HtmlTagTraits.ForeignBreakout),
        ("input", HtmlTagTraits.Void | HtmlTagTraits.Special),
        ("ins", HtmlTagTraits.None),
        ("isindex", HtmlTagTraits.None),
        ("kbd", HtmlTagTraits.None),
        ("keygen", HtmlTagTraits.Void | HtmlTagTraits.Special),
        ("label", HtmlTagTraits.None),
        ("legend", HtmlTagTraits.None),
        ("li", HtmlTagTraits.Special | HtmlTagTraits.ImpliedEnd | HtmlTagTraits.ForeignBreakout | HtmlTagTraits.EndImplied),
        ("line", HtmlTagTraits.None),
        ("lineargradient", HtmlTagTraits.None),
        ("link", HtmlTagTraits.Void | HtmlTagTraits.Special),
        ("listing", HtmlTagTraits.Special | HtmlTagTraits.ForeignBreakout),
        ("main", HtmlTagTraits.Special),
        ("malignmark", HtmlTagTraits.None),
        ("map", HtmlTagTraits.None),
        ("mark", HtmlTagTraits.None),
        ("marquee", HtmlTagTraits.Special | HtmlTagTraits.ScopeBoundary),
        ("mask", HtmlTagTraits.None),
        ("math", HtmlTagTraits.None),
        ("menu", HtmlTagTraits.Special | HtmlTagTraits.ForeignBreakout),
        ("meta", HtmlTagTraits.Void | HtmlTagTraits.Special | HtmlTagTraits.ForeignBreakout),
        ("meter", HtmlTagTraits.None),
        ("mglyph", HtmlTagTraits.None),
        ("mi", HtmlTagTraits.Special),
        ("mn", HtmlTagTraits.Special),
        ("mo", HtmlTagTraits.Special),
        ("ms", HtmlTagTraits.Special),
        ("mtext", HtmlTagTraits.Special),
        ("nav", HtmlTagTraits.Special),
        ("nobr", HtmlTagTraits.Formatting | HtmlTagTraits.ForeignBreakout),
        ("noembed", HtmlTagTraits.Special | HtmlTagTraits.RawText),
        ("noframes", HtmlTagTraits.Special | HtmlTagTraits.RawText),
        ("noindex", HtmlTagTraits.None),
        ("noscript", HtmlTagTraits.Special),
        ("object", HtmlTagTraits.Special | HtmlTagTraits.ScopeBoundary),
        ("ol", HtmlTagTraits.Special | HtmlTagTraits.ForeignBreakout | HtmlTagTraits.ListScopeBoundary),
        ("optgroup", HtmlTagTraits.ImpliedEnd | HtmlTagTraits.EndImplied),
        ("option", HtmlTagTraits.ImpliedEnd | HtmlTagTraits.EndImplied),
        ("output", HtmlTagTraits.None),
        ("p", HtmlTagTraits.Special | HtmlTagTraits.ImpliedEnd | HtmlTagTraits.ForeignBreakout | HtmlTagTraits.EndImplied),
        ("param", HtmlTagTraits.Void | HtmlTagTraits.Special),
        ("path", HtmlTagTraits.None),
        ("pattern", HtmlTagTraits.None),
        ("picture", HtmlTagTraits.None),
        ("plaintext", HtmlTagTraits.Special | HtmlTagTraits.PlainText),
        ("polygon", HtmlTagTraits.None),
        ("polyline", HtmlTagTraits.None),
        ("pre", HtmlTagTraits.Special | HtmlTagTraits.ForeignBreakout),
        ("progress", HtmlTagTraits.None),
        ("q", HtmlTagTraits.None),
        ("radialgradient", HtmlTagTraits.None),
        ("rb", HtmlTagTraits.ImpliedEnd | HtmlTagTraits.EndImplied),
        ("rect", HtmlTagTraits.None),
        ("rp", HtmlTagTraits.ImpliedEnd | HtmlTagTraits.EndImplied),
        ("rt", HtmlTagTraits.ImpliedEnd | HtmlTagTraits.EndImplied),
        ("rtc", HtmlTagTraits.ImpliedEnd | HtmlTagTraits.EndImplied),
        ("ruby", HtmlTagTraits.ForeignBreakout),
        ("s", HtmlTagTraits.Formatting | HtmlTagTraits.ForeignBreakout),
        ("samp", HtmlTagTraits.None),
        ("script", HtmlTagTraits.Special | HtmlTagTraits.RawText),
        ("search", HtmlTagTraits.Special),
        ("section", HtmlTagTraits.Special),
        ("select", HtmlTagTraits.Special),
        ("slot", HtmlTagTraits.None),
        ("small", HtmlTagTraits.Formatting | HtmlTagTraits.ForeignBreakout),
        ("source", HtmlTagTraits.Void | HtmlTagTraits.Special),
        ("span", HtmlTagTraits.ForeignBreakout),
        ("stop", HtmlTagTraits.None),
        ("strike", HtmlTagTraits.Formatting | HtmlTagTraits.ForeignBreakout),
        ("strong", HtmlTagTraits.Formatting | HtmlTagTraits.ForeignBreakout),
        ("style", HtmlTagTraits.Special | HtmlTagTraits.RawText),
        ("sub", HtmlTagTraits.ForeignBreakout),
        ("summary", HtmlTagTraits.Special),
        ("sup", HtmlTagTraits.ForeignBreakout),
        ("svg", HtmlTagTraits.None),
        ("symbol", HtmlTagTraits.None),
        ("table", HtmlTagTraits.Special | HtmlTagTraits.ForeignBreakout | HtmlTagTraits.ScopeBoundary | HtmlTagTraits.TableScopeBoundary),
        ("tbody", HtmlTagTraits.Special | HtmlTagTraits.ImpliedEnd | HtmlTagTraits.EndImpliedThoroughly),
        ("td", HtmlTagTraits.Special | HtmlTagTraits.ImpliedEnd | HtmlTagTraits.ScopeBoundary | HtmlTagTraits.EndImpliedThoroughly),
        ("template", HtmlTagTraits.Special | HtmlTagTraits.ScopeBoundary | HtmlTagTraits.TableScopeBoundary),
        ("text", HtmlTagTraits.None),
        ("textarea", HtmlTagTraits.Special | HtmlTagTraits.RcData),
        ("tfoot", HtmlTagTraits.Special | HtmlTagTraits.ImpliedEnd | HtmlTagTraits.EndImpliedThoroughly),
        ("th", HtmlTagTraits.Special | HtmlTagTraits.ImpliedEnd | HtmlTagTraits.ScopeBoundary | HtmlTagTraits.EndImpliedThoroughly),
        ("thead", HtmlTagTraits.Special | HtmlTagTraits.ImpliedEnd | HtmlTagTraits.EndImpliedThoroughly),
        ("time", HtmlTagTraits.None),
        ("title", HtmlTagTraits.Special | HtmlTagTraits.RcData),
        ("tr", HtmlTagTraits.Special | HtmlTagTraits.ImpliedEnd | HtmlTagTraits.EndImpliedThoroughly),
        ("track", HtmlTagTraits.Void | HtmlTagTraits.Special),
        ("tspan", HtmlTagTraits.None),
        ("tt", HtmlTagTraits.Formatting | HtmlTagTraits.ForeignBreakout),
        ("u", HtmlTagTraits.Formatting | HtmlTagTraits.ForeignBreakout),
        ("ul", HtmlTagTraits.Special | HtmlTagTraits.ForeignBreakout | HtmlTagTraits.ListScopeBoundary),
        ("use", HtmlTagTraits.None),
        ("var", HtmlTagTraits.ForeignBreakout),
        ("video", HtmlTagTraits.None),
        ("wbr", HtmlTagTraits.Void | HtmlTagTraits.Special),
        ("xmp", HtmlTagTraits.Special | HtmlTagTraits.RawText),
        ("amp-img", HtmlTagTraits.None),
        ("amp-ad", HtmlTagTraits.None),
    ];

    private const int Slots = 1024;
    private static readonly byte[] Table = BuildTable();

    private static byte[] BuildTable()
    {
        if (Known.Length != (int)HtmlTagId.AmpAd + 1) throw new InvalidOperationException("the tag table and HtmlTagId differ");
        var table = new byte[Slots];
        for (int i = 1; i < Known.Length; i++)
        {
            int slot = Hash(Known[i].Name) & (Slots - 1);
            while (table[slot] != 0) slot = (slot + 1) & (Slots - 1);
            table[slot] = (byte)i;
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

    /// <summary>How many ids there are (<see cref="HtmlTagId.Unknown"/> included); every id is below it.</summary>
    public static int Count => Known.Length;

    /// <summary>The interned lower-case name of a known tag.</summary>
    public static string NameOf(HtmlTagId id) => Known[(int)id].Name;

    /// <summary>The traits of a known tag (none for <see cref="HtmlTagId.Unknown"/>).</summary>
    public static HtmlTagTraits TraitsOf(HtmlTagId id) => Known[(int)id].Traits;

    /// <summary>The interned lower-case name, its traits and its id; false (and <see cref="HtmlTagId.Unknown"/>) when the name is not a known tag.</summary>
    public static bool TryLookup(ReadOnlySpan<char> name, out string interned, out HtmlTagTraits traits, out HtmlTagId id)
    {
        int slot = Hash(name) & (Slots - 1);
        while (true)
        {
            int entry = Table[slot];
            if (entry == 0) break;
            ref readonly var known = ref Known[entry];
            if (EqualsKnown(name, known.Name))
            {
                interned = known.Name;
                traits = known.Traits;
                id = (HtmlTagId)entry;
                return true;
            }
            slot = (slot + 1) & (Slots - 1);
        }
        interned = "";
        traits = HtmlTagTraits.None;
        id = HtmlTagId.Unknown;
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
