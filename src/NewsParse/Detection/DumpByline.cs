using NewsParse.Detection.Lexicons;

namespace NewsParse.Detection;

/// <summary>
/// Reads the byline and date lines at the top of a text dump, where no markup says which line is the author's: the
/// lines <see cref="BylineReader"/> reads, and two more forms a copied page writes there.
/// <list type="bullet">
/// <item>A date line with the author after a label further on ("Veröffentlicht am 17. Dezember 2019 von Simon Dückert",
/// "Posted 11. April 2018 by Walter von Aachen"): the label ("von", "by", "par", "por"...: the labels
/// <see cref="AuthorNames"/> knows) is the evidence that a name follows, as when it opens the line.</item>
/// <item>A line of names alone (<see cref="NameLine"/>: "Edward Russell", "Sadhbh O'Sullivan, Elisabeth Kochan") right
/// over a line that is a date and nothing else (<see cref="IsBareDate"/>): read by the caller, which knows the lines around it. (Under a date line, on the whole-page dumps of
/// trafilatura-dev, such a line was a category, a credit or a share prompt four times in five.)</item>
/// </list>
/// Stateless and thread-safe.
/// </summary>
internal static class DumpByline
{
    /// <summary>Most words of a line of names alone read as the byline beside a date line (five names of one word, or two of three).</summary>
    public const int MaxNameLineWords = 6;

    /// <summary>
    /// The author (without label) and the date in ISO 8601 that <paramref name="text"/> gives as a byline or date line,
    /// either may be null; null when the line is neither. As <see cref="BylineReader.Read"/>, and a date line that
    /// reads as no author there gives the names that follow a byline label in it; an author beside a date with no label
    /// must be full names (two words or more each), else only the date is read.
    /// </summary>
    public static (string? Byline, string? Published)? Read(string text, TextShape shape)
    {
        var found = BylineReader.Read(text, shape);
        if (found is not { Published: { } date } line) return found;
        var names = AuthorNames.Read(text, marked: false);
        if (line.Byline is null)
            return names is { Labelled: true } ? (names.Line, date) : found;
        // Beside a date with no label, words of one each are a section's categories more often than names ("HVW-Verband,
        // Presse, Allgemein", "Octavius Hallenstein Azad, Bushido, Seitenhieb"): the date stays, the author goes.
        return names is { Labelled: false } && !AllFullNames(names) ? (null, date) : found;
    }

    /// <summary>True when every name of <paramref name="names"/> has two words or more (a given name and a family name).</summary>
    private static bool AllFullNames(AuthorLine names)
    {
        foreach (var name in names.Names)
        {
            if (name.AsSpan().IndexOf(' ') < 0) return false;
        }
        return true;
    }

    /// <summary>
    /// True when <paramref name="text"/> is a date and nothing else: once the dates, clock times and the words that go
    /// with them ("am", "um", the weekday, "Updated:") are out, nothing is left ("Oct 13, 2020", "am 4. Februar 2022
    /// um 11:23"), and it does not open with a label ("Datum 28.01.2022" under "Ort Saarbrücken", "Beginndatum 27.
    /// September 2018": a field of a table of facts and its value, so the line over it is another field).
    /// </summary>
    public static bool IsBareDate(string text)
    {
        if (BylineReader.WithoutDateTime(text).Length != 0) return false;
        foreach (var label in TimeWordLexicon.Labels)
        {
            if (text.StartsWith(label, StringComparison.OrdinalIgnoreCase) && (text.Length == label.Length || !char.IsLetter(text[label.Length]))) return false;
        }
        return true;
    }

    /// <summary>
    /// The names <paramref name="text"/> is made of, when it is nothing but names of a person each (a title-like line
    /// of at most <see cref="MaxNameLineWords"/> words, each name of two words or more starting with a capital:
    /// <see cref="AuthorNames"/>; only letters, spaces, hyphens, apostrophes, full stops and the commas between names),
    /// else null. A word alone is a section's name or a label as often as a person's ("Politik", "Magazin, News"), as
    /// beside a date (<see cref="BylineReader.MinUnlabelledNameWords"/>); a mark or a colon makes a credit or a label
    /// ("© Stephan Höferer", "来源：半月谈网").
    /// </summary>
    public static string? NameLine(string text, TextShape shape)
    {
        if (shape.Words < BylineReader.MinUnlabelledNameWords || shape.Words > MaxNameLineWords || !shape.IsTitleLike) return null;
        foreach (char c in text)
        {
            if (!char.IsLetter(c) && c is not (' ' or '-' or '\'' or '’' or '.' or ',')) return null;
        }
        return AuthorNames.Read(text, marked: false) is { Labelled: false } names && names.Line == text && AllFullNames(names) ? names.Line : null;
    }
}
