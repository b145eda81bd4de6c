using NewsParse.Detection.Lexicons;
using NewsParse.Text;

namespace NewsParse.Html;

/// <summary>
/// The last source of the publication date, for a page whose metadata, head and byline give none: a date the page
/// labels as the publication, in or after the article's text ("Veröffentlicht am 16.08.2019" under a podcast's player,
/// "Letzte Änderung: 31.10.2023 – Erschienen am: 01.11.2023" in a review's footer, "Posted on May 9, 2025" in a post's
/// footer). The label (<see cref="TimeWordLexicon.PublicationLabels"/>, with a preposition such as "am", "on", "le"
/// after it: <see cref="TimeWordLexicon.DateLeads"/>) must stand right before the date: a date further along the line, or
/// after another label ("Letzte Änderung"), is not taken. Read from the blocks of at most <see cref="MaxChars"/>
/// characters from the article's first element to the end of the page, never in comments, inside a link or a block that is
/// mostly links (a teaser),
/// or in chrome no post's date stands in (<see cref="ArticleHead.InArticleChrome"/>: related lists, asides,
/// navigation; a post's footer is read). The same reading finds a date labelled as the page's state or last change
/// (<see cref="ReadUpdate"/>: "Stand: 28.04.2020 18:00 Uhr"), from the article's head on. Stateless and thread-safe.
/// </summary>
internal static class LabelledDateReader
{
    /// <summary>Most characters of a block read for a labelled date: a footer line or a short meta block, not a paragraph of the text.</summary>
    public const int MaxChars = VisibleDateReader.MaxChars;

    /// <summary>The first date labelled as the publication from the article on, in ISO 8601; null when there is none or no article was chosen.</summary>
    public static string? Read(ArticleHead head) => head.FirstRoot < 0 ? null : Read(head, head.FirstRoot, PublicationLabels);

    /// <summary>
    /// The first date labelled as the page's state or last change ("Stand: 28.04.2020 18:00 Uhr", "Aktualisiert:
    /// 30.12.2016", "Letzte Änderung: 14.01.2022", "Last updated on May 9, 2025": <see cref="TimeWordLexicon.UpdateLabels"/>)
    /// from the element at <paramref name="from"/> (an index in <see cref="ArticleHead.Nodes"/>, the article's head) to
    /// the end of the page, in the same blocks as <see cref="Read(ArticleHead)"/>; in ISO 8601; null when there is none.
    /// The publication is no later than that day.
    /// </summary>
    public static string? ReadUpdate(ArticleHead head, int from) => from < 0 ? null : Read(head, from, UpdateLabels);

    private static string? Read(ArticleHead head, int from, Labels labels)
    {
        var nodes = head.Nodes;
        for (int i = from; i < nodes.Count; i++)
        {
            var node = nodes[i];
            if (node.Owner != node || node.TextChars is 0 or > MaxChars || node.InLink || node.LinkChars * 2 > node.TextChars || !ArticleHead.MayHoldDate(node.Element)) continue;
            if (ArticleHead.InComments(node) || head.InArticleChrome(node)) continue;
            var text = TextCollector.Flat(node.Element, MaxChars + 1);
            if (text.Length <= MaxChars && Labelled(text, labels) is { } iso) return iso;
        }
        return null;
    }

    /// <summary>A set of labels and the last words of each, for the cheap test before a date is looked for.</summary>
    private sealed record Labels(System.Collections.Immutable.ImmutableArray<string> Phrases, System.Collections.Frozen.FrozenSet<string> Ends);

    private static Labels Of(System.Collections.Immutable.ImmutableArray<string> phrases) =>
        new(phrases, System.Collections.Frozen.FrozenSet.ToFrozenSet(phrases.Select(label => label[(label.LastIndexOf(' ') + 1)..]), StringComparer.OrdinalIgnoreCase));

    /// <summary>The publication labels (<see cref="TimeWordLexicon.PublicationLabels"/>).</summary>
    private static readonly Labels PublicationLabels = Of(TimeWordLexicon.PublicationLabels);

    /// <summary>The labels of a later change or of the page's state (<see cref="TimeWordLexicon.UpdateLabels"/>).</summary>
    private static readonly Labels UpdateLabels = Of(TimeWordLexicon.UpdateLabels);

    /// <summary>
    /// The first date of <paramref name="text"/> right after a publication label ("Erschienen am: 01.11.2023",
    /// "Published: May 9, 2025"), in ISO 8601; null when no date stands so.
    /// </summary>
    internal static string? Labelled(string text) => Labelled(text, PublicationLabels);

    /// <summary>The first date of <paramref name="text"/> right after a label of a later change or of the page's state ("Aktualisiert: 04.05.2022 05:30"), in ISO 8601; null when no date stands so.</summary>
    internal static string? LabelledUpdate(string text) => Labelled(text, UpdateLabels);

    /// <summary>The first date of <paramref name="text"/> right after a label of <paramref name="labels"/>, in ISO 8601; null when no date stands so.</summary>
    private static string? Labelled(string text, Labels labels)
    {
        // no word of a label: no date is looked for (a date search costs far more than the words' lookup)
        if (!WordRuns.AnyIn(labels.Ends, text, withDigits: false)) return null;
        int from = 0;
        while (from < text.Length && DateReader.Find(from == 0 ? text : text[from..]) is { } found)
        {
            int at = from + found.Index;
            if (EndsWithLabel(text.AsSpan(from, at - from), labels.Phrases)) return found.Iso;
            from = at + Math.Max(1, found.Length);
        }
        return null;
    }

    /// <summary>Separators written between a label and its date ("Datum: ", "Published - ").</summary>
    private const string Separators = " :,;|-–—·•()\u00a0\t\n";

    /// <summary><see cref="Separators"/> for the searches.</summary>
    private static readonly System.Buffers.SearchValues<char> SeparatorValues = System.Buffers.SearchValues.Create(Separators);

    /// <summary>True when <paramref name="before"/> ends with one of <paramref name="labels"/> as whole words, a preposition and separators after it allowed.</summary>
    private static bool EndsWithLabel(ReadOnlySpan<char> before, System.Collections.Immutable.ImmutableArray<string> labels)
    {
        if (before.Length > 60) before = before[^60..];
        Span<char> lower = stackalloc char[before.Length];
        before.ToLowerInvariant(lower);
        ReadOnlySpan<char> words = ((ReadOnlySpan<char>)lower).TrimEnd(Separators);
        // a preposition between the label and the date: "am", "on", "le"
        int space = words.LastIndexOfAny(SeparatorValues);
#if NET9_0_OR_GREATER
        if (space >= 0 && TimeWordLexicon.DateLeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(words[(space + 1)..]))
#else
        if (space >= 0 && TimeWordLexicon.DateLeads.Contains(words[(space + 1)..].ToString()))
#endif
            words = words[..space].TrimEnd(Separators);
        foreach (var label in labels)
        {
            if (words.EndsWith(label, StringComparison.Ordinal) && (words.Length == label.Length || !char.IsLetterOrDigit(words[words.Length - label.Length - 1]))) return true;
        }
        return false;
    }
}
