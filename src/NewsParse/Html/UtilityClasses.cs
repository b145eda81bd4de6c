namespace NewsParse.Html;

/// <summary>
/// Recognises the utility class names of CSS frameworks (Bootstrap's <c>text-center</c>, <c>justify-content-between</c>;
/// Tailwind's <c>md:text-2xl</c>, <c>w-1/2</c>): they style an element and say nothing of what it holds, yet contain the
/// words that name article containers ("text", "content"). Such names are blanked before a class value is weighed.
/// A name is a utility when it has a variant or fraction (':' or '/'), or is <c>text-</c> followed by a presentational
/// word (alignment, case, wrapping, size, weight, colour), or names flexbox or grid alignment (<c>justify-content-…</c>,
/// <c>align-content-…</c>, <c>place-content-…</c>). A part of a name that says what the element holds or lacks, not what
/// it is — from <c>has-</c>, <c>no-</c>, <c>with-</c> or <c>without-</c> at the name's start or after a '-' or '_', to the
/// next BEM separator (<c>__</c>, <c>--</c>) or the name's end (WordPress's <c>has-post-thumbnail</c>, a BEM modifier
/// <c>basic-teaser--has-keywords</c>, <c>o-section--has-ad</c>, <c>layout-no-sidebar</c>; the element part of
/// <c>player-with-placeholder__caption</c> stays) — is blanked the same way: a teaser that has keywords is no tag list.
/// Stateless and thread-safe.
/// </summary>
internal static class UtilityClasses
{
    /// <summary>What follows <c>text-</c> in a utility name: alignment, case, wrapping, size, weight and colour words.</summary>
    private static readonly string[] TextModifiers =
    [
        "left", "right", "center", "centre", "justify", "start", "end", "nowrap", "wrap", "truncate", "break", "uppercase",
        "lowercase", "capitalize", "italic", "muted", "primary", "secondary", "success", "danger", "warning", "info", "light",
        "dark", "white", "black", "gray", "grey", "red", "blue", "green", "yellow", "orange", "purple", "pink", "indigo",
        "bold", "semibold", "normal", "small", "large", "xs", "sm", "md", "lg", "xl", "2xl", "3xl", "4xl", "5xl", "6xl",
        "base", "reset", "decoration", "opacity", "color", "size", "shadow", "balance", "pretty", "ellipsis", "clip",
        "transparent", "current", "inherit", "theme", "accent", "highlight", "hide", "indent",
    ];

    /// <summary>Overwrites with spaces every utility name of <paramref name="value"/> (lower case, names separated by white space).</summary>
    public static void Blank(Span<char> value)
    {
        int i = 0;
        while (i < value.Length)
        {
            while (i < value.Length && char.IsWhiteSpace(value[i])) i++;
            int start = i;
            while (i < value.Length && !char.IsWhiteSpace(value[i])) i++;
            if (i == start) continue;
            if (IsUtility(value[start..i])) value[start..i].Fill(' ');
            else BlankContentModifiers(value[start..i]);
        }
    }

    /// <summary>The words that open a part of a name saying what the element holds or lacks.</summary>
    private static readonly string[] ContentModifiers = ["has-", "no-", "with-", "without-"];

    /// <summary>Blanks each part of <paramref name="name"/> (one lower-case class name) that says what the element holds or lacks: from the modifier word, at the start or after '-' or '_', to the next "__" or "--" or the name's end.</summary>
    private static void BlankContentModifiers(Span<char> name)
    {
        // most names hold none of the words: they are left after three quick searches ("with" finds "with-" and "without-")
        ReadOnlySpan<char> text = name;
        if (text.IndexOf("has-", StringComparison.Ordinal) < 0 && text.IndexOf("no-", StringComparison.Ordinal) < 0 && text.IndexOf("with", StringComparison.Ordinal) < 0) return;
        for (int at = 0; at < name.Length; at++)
        {
            if (at > 0 && name[at - 1] is not ('-' or '_')) continue;
            bool opens = false;
            foreach (var modifier in ContentModifiers)
            {
                if (name[at..].StartsWith(modifier, StringComparison.Ordinal)) { opens = true; break; }
            }
            if (!opens) continue;
            int end = at;
            while (end < name.Length && !(end + 1 < name.Length && name[end] == name[end + 1] && name[end] is '-' or '_')) end++;
            name[at..end].Fill(' ');
            at = end;
        }
    }

    /// <summary>True when <paramref name="name"/> (one lower-case class name) is a utility name.</summary>
    public static bool IsUtility(ReadOnlySpan<char> name)
    {
        if (name.IndexOfAny(':', '/') >= 0) return true;
        if (name.StartsWith("justify-content-") || name.StartsWith("align-content-") || name.StartsWith("place-content-")) return true;
        if (!name.StartsWith("text-")) return false;
        var rest = name[5..];
        foreach (var modifier in TextModifiers)
        {
            if (rest.StartsWith(modifier) && (rest.Length == modifier.Length || rest[modifier.Length] == '-')) return true;
        }
        return false;
    }
}
