using System.Collections.Frozen;
using System.Collections.Immutable;

namespace NewsParse.Detection.Lexicons;

/// <summary>
/// The short words a byline writes around its date and clock time, in the seven languages whose month names
/// <see cref="Text.DateReader"/> reads (English, German, French, Spanish, Portuguese, Italian, Dutch). A word here is
/// never taken out of a byline on its own: <see cref="DateTimeFurniture"/> takes it out only where it stands next to a
/// date or clock time in the role the group names (a clock suffix right after a clock time, a lead right before one),
/// so "Uhr" in "14:05 Uhr" goes and the surname "Uhr" in "Von Peter Uhr, 9. März 2025" stays. All entries are
/// lower-case (<see cref="string.ToLowerInvariant()"/>); a trailing '.' of the text is ignored when comparing.
/// Time-zone abbreviations are not listed: an all-caps word after a clock time is read by its shape (see
/// <see cref="DateTimeFurniture"/>); <see cref="ZonesNotEndingInT"/> holds the few common ones that shape misses.
/// </summary>
internal static class TimeWordLexicon
{
    /// <summary>Labels that name the date that follows ("Updated:", "Aktualisiert am", "Mis à jour le"); several words are matched as one.</summary>
    public static ImmutableArray<string> Labels { get; } =
    [
        "published", "updated", "posted", "last updated", "first published", "modified", "date",
        "veröffentlicht", "aktualisiert", "zuletzt aktualisiert", "erstellt", "stand", "datum",
        "publié", "publiée", "mis à jour", "modifié", "modifiée",
        "publicado", "publicada", "actualizado", "actualizada", "última actualización", "fecha",
        "atualizado", "atualizada", "data",
        "pubblicato", "pubblicata", "aggiornato", "aggiornata", "ultimo aggiornamento",
        "gepubliceerd", "bijgewerkt", "laatst bijgewerkt", "laatste update",
    ];

    /// <summary>
    /// The <see cref="Labels"/> (and more, in en, de, fr, es, pt, it, nl, pl, ru) that name a later change or the page's
    /// state, not the first publication ("Updated:", "Aktualisiert am", "Stand:", "Letzte Änderung:", "Mis à jour le",
    /// "Dernière mise à jour :"), and the last edit a wiki's footer states ("This page was last edited on 4 November
    /// 2020", "Diese Seite wurde zuletzt am 29. Januar 2020 … geändert", "Dernière modification de cette page le …",
    /// "Esta página se editó por última vez el …"): a date after one of these is not the publication date (the
    /// publication is no later).
    /// </summary>
    public static ImmutableArray<string> UpdateLabels { get; } =
    [
        "updated", "last updated", "modified", "last modified", "last edited", "edited",
        "aktualisiert", "zuletzt aktualisiert", "stand", "letzte änderung", "geändert", "zuletzt geändert", "zuletzt", "bearbeitet",
        "mis à jour", "mise à jour", "modifié", "modifiée", "dernière modification", "dernière modification de cette page",
        "actualizado", "actualizada", "última actualización", "modificado", "última modificación", "por última vez",
        "atualizado", "atualizada", "última atualização", "pela última vez",
        "aggiornato", "aggiornata", "ultimo aggiornamento", "ultima modifica", "per l'ultima volta",
        "bijgewerkt", "laatst bijgewerkt", "laatste update", "gewijzigd", "laatst gewijzigd", "laatst bewerkt", "bewerkt",
        "zaktualizowano", "aktualizacja", "ostatnia aktualizacja", "edytowano", "ostatnio edytowano",
        "обновлено", "изменено", "обновление", "отредактирована", "в последний раз",
    ];

    /// <summary>
    /// The <see cref="Labels"/> (and "erschienen") that name the first publication ("Published:", "Veröffentlicht am",
    /// "Datum", "Publié le", "Opublikowano", "Опубликовано"; en, de, fr, es, pt, it, nl, pl, ru): a date after one of these is the publication date, even on a day the page also gives as a
    /// change ("Veröffentlicht am 06.10.2023 (Letztes Update: 06.10.2023)").
    /// </summary>
    public static ImmutableArray<string> PublicationLabels { get; } =
    [
        "published", "first published", "posted", "date",
        "veröffentlicht", "erschienen", "erstellt", "datum",
        "publié", "publiée",
        "publicado", "publicada", "fecha",
        "data",
        "pubblicato", "pubblicata",
        "gepubliceerd",
        "opublikowano", "data publikacji",
        "опубликовано", "дата публикации", "дата",
    ];

    /// <summary>Prepositions written right before a date or weekday ("on", "am", "den", "le", "el", "em", "il", "op").</summary>
    public static FrozenSet<string> DateLeads { get; } = new[]
    {
        "on", "am", "vom", "den", "le", "el", "em", "il", "op",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words written right before a clock time ("at", "um", "à", "a las", "às", "ore", "alle", "om", "kl."); several words are matched as one.</summary>
    public static ImmutableArray<string> ClockLeads { get; } =
    [
        "at", "@", "um", "à", "a las", "a la", "às", "ás", "ore", "alle", "alle ore", "om", "kl",
    ];

    /// <summary>Words written right after a clock time ("14:05 Uhr", "14:05 uur", "14:05 h", "14:05 hrs", "14:05 horas").</summary>
    public static FrozenSet<string> ClockSuffixes { get; } = new[]
    {
        "uhr", "uur", "u", "h", "hs", "hr", "hrs", "horas", "heures",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Morning/afternoon marks written right after a clock time that <see cref="Text.DateReader"/> left out.</summary>
    public static FrozenSet<string> AmPm { get; } = new[] { "am", "pm", "a.m", "p.m" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Common time-zone abbreviations that do not end in 'T' (most do: ET, EDT, IST, CEST, GMT).</summary>
    public static FrozenSet<string> ZonesNotEndingInT { get; } = new[]
    {
        "utc", "mez", "mesz", "msk", "wib", "wita",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Weekday names, full and abbreviated, Monday first, per language (English, German, French, Spanish, Portuguese,
    /// Italian, Dutch). A name counts only when it is the weekday of the date it stands before.
    /// </summary>
    private static readonly string[][] WeekdayTable =
    [
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
        ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
        ["mon", "tues", "wed", "thur", "fri", "sat", "sun"],
        ["mon", "tue", "wed", "thurs", "fri", "sat", "sun"],
        ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"],
        ["mo", "di", "mi", "do", "fr", "sa", "so"],
        ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
        ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"],
        ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
        ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
        ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
        ["segunda", "terça", "quarta", "quinta", "sexta", "sáb", "dom"],
        ["seg", "ter", "qua", "qui", "sex", "sáb", "dom"],
        ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
        ["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
        ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
        ["ma", "di", "wo", "do", "vr", "za", "zo"],
    ];

    /// <summary>Each weekday name with the days it may name (one bit per <see cref="DayOfWeek"/>: "di" is Tuesday in German and Dutch, "mar" Tuesday in French, Spanish and Italian).</summary>
    private static readonly FrozenDictionary<string, int> Weekdays = BuildWeekdays();

    /// <summary>True when <paramref name="word"/> (lower-case, without a trailing '.') is a name of <paramref name="day"/> in one of the seven languages.</summary>
    public static bool IsWeekday(string word, DayOfWeek day) => Weekdays.TryGetValue(word, out int days) && (days & (1 << (int)day)) != 0;

    private static FrozenDictionary<string, int> BuildWeekdays()
    {
        var days = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var names in WeekdayTable)
        {
            for (int i = 0; i < names.Length; i++)
            {
                int bit = 1 << (int)(i == 6 ? DayOfWeek.Sunday : (DayOfWeek)(i + 1));
                days[names[i]] = days.GetValueOrDefault(names[i]) | bit;
            }
        }
        return days.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
