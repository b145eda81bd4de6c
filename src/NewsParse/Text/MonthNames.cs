using System.Collections.Frozen;

namespace NewsParse.Text;

/// <summary>
/// The month names <see cref="DateReader"/> reads, built into the source so that a date reads the same on every machine,
/// whatever ICU version it has and also under <c>InvariantGlobalization</c>. The names come from CLDR as .NET's culture
/// data gave them on 2026-11-27 (.NET 10.0.12 with ICU 72.1) for en-US, de-DE, fr-FR, es-ES, pt-PT, it-IT and nl-NL,
/// and on 2026-12-08 for pl-PL and ru-RU: <c>DateTimeFormatInfo.MonthNames</c>, <c>MonthGenitiveNames</c> (the same as
/// the month names in the first seven languages; the case a date is written in, in Polish and Russian) and
/// <c>AbbreviatedMonthNames</c> (Russian: also <c>AbbreviatedMonthGenitiveNames</c>) with their trailing '.' removed,
/// kept when at least 3 letters long, plus "sept". All are lower-case (<see cref="string.ToLowerInvariant()"/>), January
/// first. No name means two different months across the languages. A test checks that the table still holds every name
/// the machine's culture data gives.
/// </summary>
internal static class MonthNames
{
    /// <summary>Per language: the full names, then the abbreviations, each January to December.</summary>
    private static readonly string[][] Table =
    [
        // English
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
        // German
        ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
        ["jan", "feb", "mär", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "dez"],
        // French
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
        ["janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc"],
        // Spanish
        ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
        ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
        // Portuguese
        ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
        ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"],
        // Italian
        ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
        ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
        // Dutch
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
        ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
        // Polish: the names, the genitive a date writes ("4 listopada 2020"), the abbreviations
        ["styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień", "październik", "listopad", "grudzień"],
        ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
        ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"],
        // Russian: the names, the genitive a date writes ("4 ноября 2020"), the abbreviations and their genitives
        ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"],
        ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
        ["янв", "февр", "март", "апр", "май", "июнь", "июль", "авг", "сент", "окт", "нояб", "дек"],
        ["янв", "февр", "мар", "апр", "мая", "июн", "июл", "авг", "сент", "окт", "нояб", "дек"],
    ];

    /// <summary>Each name with its month (1–12), built once from <see cref="Table"/> and only read afterwards (thread-safe).</summary>
    private static readonly FrozenDictionary<string, int> Months = Build();

    /// <summary>Every name in the table (lower-case, without a trailing '.'), for tests that compare it with culture data.</summary>
    public static IEnumerable<string> All => Months.Keys;

    /// <summary>
    /// The month (1–12) of <paramref name="name"/>, which must already be lower-case and without a trailing '.'
    /// (the comparison is ordinal); false when it is not a month name of the nine languages.
    /// </summary>
    public static bool TryGetMonth(string name, out int month) => Months.TryGetValue(name, out month);

    private static FrozenDictionary<string, int> Build()
    {
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var names in Table)
        {
            for (int i = 0; i < names.Length; i++) months.TryAdd(names[i], i + 1);
        }
        months.TryAdd("sept", 9);   // French and Spanish write it; English pages use it too
        return months.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
