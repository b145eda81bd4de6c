using NewsParse.Text;

namespace NewsParse.Detection;

/// <summary>
/// Reads a byline/date line at the top of a text dump: "By Jane Doe | May 9, 2025", "Von Max Muster, 09.05.2025",
/// "Jane Doe — 2025-05-09T11:42:00+06:00", "Published: May 9, 2025". Gives the author part without "By" and the date in
/// ISO 8601; either may be null. A line that is neither is not a byline. The author part is what is left once the
/// dates, clock times and the words that go with them ("14:05 Uhr", "à 14h05", "11:42 a.m. EDT", "Updated:", "Monday,")
/// are taken out (<see cref="DateTimeFurniture"/>); a rest of only separators or time words is no author, nor is a
/// rest that does not read as names by <see cref="AuthorNames"/> (labels, placeholders, a commenter's "says:"; the
/// names of several authors are <see cref="AuthorNames.Read(string, bool)"/>'s).
/// </summary>
internal static class BylineReader
{
    private static readonly string[] AuthorPrefixes =
        ["written by ", "story by ", "reported by ", "by ", "von ", "por ", "par ", "di ", "door ", "av ", "af ", "autor: ", "author: ", "автор: ", "लेखक: ", "লেখক: ", "作者：", "作者 ", "记者 ", "記者 ", "文/", "文／"];

    private static readonly string[] DatePrefixes =
        ["published on", "published:", "published", "updated on", "updated:", "updated", "posted on", "posted:", "posted", "last updated", "date:",
         "veröffentlicht", "aktualisiert", "publicado", "actualizado", "publié le", "mis à jour", "pubblicato", "gepubliceerd", "опубликовано"];

    /// <summary>Fewest words of an author written beside a date without a byline label ("Jane Doe | May 9, 2025").</summary>
    public const int MinUnlabelledNameWords = 2;

    public static (string? Byline, string? Published)? Read(string text, TextShape shape)
    {
        if (shape.Words > 24 || text.Length > 200) return null;
        var lower = LowerCase.Of(text);
        var date = DateReader.Find(text);
        foreach (var prefix in AuthorPrefixes)
        {
            if (!lower.StartsWith(prefix, StringComparison.Ordinal)) continue;
            // What follows "By" is the author part: when nothing name-like is left there, the prefix is no author either.
            var author = CleanAuthor(DateTimeFurniture.Remove(text, prefix.Length, date));
            return author is null && date is null ? null : (Names(author), date?.Iso);
        }
        if (date is { } found)
        {
            // A date line: the rest may be a label ("Published:") or an author ("Jane Doe | ...").
            var rest = DateTimeFurniture.Remove(text, 0, found).Trim();
            var restLower = LowerCase.Of(rest);
            foreach (var label in DatePrefixes) restLower = restLower.Replace(label, " ", StringComparison.Ordinal);
            var unlabelled = Whitespace.Collapse(restLower) == "" ? "" : RemoveLabels(rest);
            var cleaned = CleanAuthor(unlabelled);
            if (cleaned is not null && TextShape.Of(cleaned).Words > 6) return null;
            // one word beside a date with no label before it names a section or a label more often than a person
            // ("Crime Published On May 10, 2022", "News 06 May 2022", "Beginndatum 27. September 2018"): the date stays
            if (cleaned is not null && TextShape.Of(cleaned).Words < MinUnlabelledNameWords && !TrimEdges(Whitespace.Collapse(unlabelled)).StartsWith("by ", StringComparison.OrdinalIgnoreCase)) cleaned = null;
            return (Names(cleaned), found.Iso);
        }
        return null;
    }

    /// <summary>
    /// <paramref name="text"/> without its dates, clock times and the words that go with them, trimmed of the separators
    /// left at the cut ("Anna Schmidt, 14:05 Uhr" gives "Anna Schmidt"); the same instance when it has none.
    /// </summary>
    public static string WithoutDateTime(string text)
    {
        // every date and clock time read here holds an ASCII digit: a line without one has none to take out
        if (text.AsSpan().IndexOfAnyInRange('0', '9') < 0) return text;
        var rest = DateTimeFurniture.Remove(text, 0, DateReader.Find(text));
        return rest == text ? text : TrimEdges(Whitespace.Collapse(rest));
    }

    /// <summary>The text without the separators at its ends.</summary>
    private static string TrimEdges(string text) => text.Trim(EdgeChars);

    private static readonly char[] EdgeChars = [' ', '|', '-', '–', '—', ',', '·', '•', ':', '/'];

    private static string RemoveLabels(string text)
    {
        foreach (var label in DatePrefixes)
        {
            int at = text.IndexOf(label, StringComparison.OrdinalIgnoreCase);
            if (at >= 0) text = text.Remove(at, label.Length);
        }
        return text;
    }

    /// <summary>The author part cleaned of separators, or null when empty or when it does not read as names (too long, lower-case start, a sentence).</summary>
    private static string? CleanAuthor(string text)
    {
        var cleaned = TrimEdges(Whitespace.Collapse(text));
        if (cleaned.StartsWith("by ", StringComparison.OrdinalIgnoreCase)) cleaned = cleaned[3..].Trim();
        if (cleaned.Length == 0 || DateTimeFurniture.IsOnlyTimeWords(cleaned)) return null;
        var shape = TextShape.Of(cleaned);
        if (shape.Words > 10 || shape.StartsLower || shape.EndsSentence || shape.SentenceBreaks > 0) return null;
        return cleaned;
    }

    /// <summary>
    /// The author part as names (<see cref="AuthorNames"/>), or null: never invent an author from what does not read as
    /// names ("Follow", "Name (required)", a sentence, a comment's "X says:"); the line is still a byline or date line.
    /// </summary>
    private static string? Names(string? author) => author is null ? null : AuthorNames.Read(author, marked: false)?.Line;
}
