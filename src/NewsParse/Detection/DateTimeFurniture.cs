using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using NewsParse.Detection.Lexicons;
using NewsParse.Text;

namespace NewsParse.Detection;

/// <summary>
/// Takes out of a byline line its dates and clock times together with the words that belong to them, so that what is
/// left is the author part: "Anna Schmidt, 9. März 2025, 14:05 Uhr" gives "Anna Schmidt, ". The dates are the spans
/// <see cref="DateReader"/> finds; a clock time is a word like "14:05", "14.05", "14h05", "14h", "11:42am", or an hour
/// followed by "Uhr"/"uur"/"h". Around them, a word is taken out only in the place where it has that role:
/// <list type="bullet">
/// <item>right after a clock time (or a date read with its time): "AM"/"a.m.", a clock word of
/// <see cref="TimeWordLexicon.ClockSuffixes"/> ("Uhr", "uur", "h"), a time-zone abbreviation (all capitals, 2–5
/// letters, ending in 'T' — ET, EDT, IST, CEST, GMT — or one of <see cref="TimeWordLexicon.ZonesNotEndingInT"/>) or an
/// offset ("UTC+6", "+06:00", "(UTC+6)");</item>
/// <item>right before a clock time: a clock lead ("at", "um", "à", "a las", "às", "ore", "om");</item>
/// <item>right before a date: a date lead ("on", "am", "le", "el", "em", "il", "op"), and a weekday name when it is
/// the weekday of that very date ("Monday, November 18, 2019"; a surname "Friday" before a Monday stays);</item>
/// <item>before any of these, a label ("Updated:", "Aktualisiert", "Mis à jour", "Publié", "Actualizado").</item>
/// </list>
/// A lead or a weekday abbreviation written with a capital right after a capitalised word of the name ("Luca Ore
/// 14:05", "Anna So, 9. März 2025") is read as part of the name; a full weekday name is not ("Jeff Foust Monday,
/// November 18, 2019", where a line break stood between them). Separators ("|", "—", "·", ",") between these words go with them; separators at the edge of what is taken
/// out stay, for the caller to trim. Stateless and thread-safe.
/// </summary>
internal static class DateTimeFurniture
{
    /// <summary>At most this many dates are taken out of one line ("Publié le … à 14h05, mis à jour le … à 15h20").</summary>
    private const int MaxDates = 3;

    /// <summary>Characters that separate the parts of a byline; peeled off the edges of a word.</summary>
    private const string Separators = "|,;:/—–‒―-·•";

    private static readonly string[][] LabelPhrases = Phrases(TimeWordLexicon.Labels);
    private static readonly string[][] ClockLeadPhrases = Phrases(TimeWordLexicon.ClockLeads);
    private static readonly FrozenSet<string> LabelSet = TimeWordLexicon.Labels.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> ClockLeadSet = TimeWordLexicon.ClockLeads.ToFrozenSet(StringComparer.Ordinal);

    private enum Kind : byte { Word, Separator, Date }

    /// <summary>The role a word has next to a date or clock time; <see cref="None"/> for a word that stays.</summary>
    private enum Role : byte { None, Clock, AmPm, Suffix, Zone, Weekday, DateLead, ClockLead, Label }

    private struct Token
    {
        public int Start, End;
        public Kind Kind;
        public Role Role;
        /// <summary>For a word: lower-case, without surrounding parentheses and a trailing '.'; phrases of several words joined by one space.</summary>
        public string Lower;
        public bool Capital;
        /// <summary>For a date: its index; for a weekday or date lead: the date it stands before; else -1.</summary>
        public int Date;
    }

    private readonly record struct DateSpan(int Start, int End, DateOnly Day, bool HasTime);

    /// <summary>
    /// <paramref name="text"/> from <paramref name="from"/> on, with every date and clock time and the words that belong
    /// to them replaced by one space. <paramref name="first"/> is the date <see cref="DateReader.Find"/> gave for the
    /// whole line (null when none; ignored when it starts before <paramref name="from"/>); later dates are looked for after it.
    /// </summary>
    public static string Remove(string text, int from, (string Iso, int Index, int Length)? first)
    {
        var dates = Dates(text, from, first);
        var tokens = Tokenize(text, from, dates);
        Classify(text, tokens, dates);
        var result = new StringBuilder(text.Length - from);
        int copied = from;
        for (int k = 0; k < tokens.Count;)
        {
            if (!IsTakenOut(tokens[k]))
            {
                k++;
                continue;
            }
            int last = k, j = k;
            bool anchored = false;
            for (; j < tokens.Count; j++)
            {
                if (tokens[j].Kind == Kind.Separator) continue;
                if (!IsTakenOut(tokens[j])) break;
                last = j;
                anchored |= tokens[j].Kind == Kind.Date || tokens[j].Role == Role.Clock;
            }
            if (anchored)
            {
                result.Append(text, copied, tokens[k].Start - copied).Append(' ');
                copied = tokens[last].End;
            }
            k = j;
        }
        return result.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>True when every word of <paramref name="text"/> is a time word of <see cref="TimeWordLexicon"/> (or there is none): such a text names nobody.</summary>
    public static bool IsOnlyTimeWords(string text)
    {
        foreach (var raw in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.AsSpan().Trim(Separators).ToString().TrimEnd('.').ToLowerInvariant();
            if (word.Length == 0) continue;
            if (!LabelSet.Contains(word) && !ClockLeadSet.Contains(word) && !TimeWordLexicon.DateLeads.Contains(word)
                && !TimeWordLexicon.ClockSuffixes.Contains(word) && !TimeWordLexicon.AmPm.Contains(word) && !IsClock(word)) return false;
        }
        return true;
    }

    private static bool IsTakenOut(Token token) => token.Kind == Kind.Date || (token.Kind == Kind.Word && token.Role != Role.None);

    /// <summary>The day of an ISO 8601 date as DateReader writes it ("2025-05-09..."), read without the culture's date parser.</summary>
    private static DateOnly IsoDay(string iso) => new(
        int.Parse(iso.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture),
        int.Parse(iso.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture),
        int.Parse(iso.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture));

    private static List<DateSpan> Dates(string text, int from, (string Iso, int Index, int Length)? first)
    {
        var dates = new List<DateSpan>();
        if (first is not { } found || found.Index < from) return dates;
        Add(dates, found.Iso, found.Index, found.Length);
        while (dates.Count < MaxDates)
        {
            int after = dates[^1].End;
            if (after >= text.Length || DateReader.Find(text[after..]) is not { } next) break;
            Add(dates, next.Iso, after + next.Index, next.Length);
        }
        return dates;

        static void Add(List<DateSpan> dates, string iso, int index, int length) =>
            dates.Add(new DateSpan(index, index + length, IsoDay(iso), iso.Length > 10));
    }

    private static List<Token> Tokenize(string text, int from, List<DateSpan> dates)
    {
        var tokens = new List<Token>();
        int i = from, d = 0;
        while (i < text.Length)
        {
            if (d < dates.Count && i >= dates[d].Start)
            {
                tokens.Add(new Token { Start = dates[d].Start, End = dates[d].End, Kind = Kind.Date, Date = d, Lower = "" });
                i = dates[d].End;
                d++;
                continue;
            }
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }
            int limit = d < dates.Count ? dates[d].Start : text.Length;
            int end = i;
            while (end < limit && !char.IsWhiteSpace(text[end])) end++;
            int start = i;
            while (start < end && Separators.Contains(text[start])) start++;
            if (start > i) tokens.Add(new Token { Start = i, End = start, Kind = Kind.Separator, Date = -1, Lower = "" });
            int stop = end;
            while (stop > start && Separators.Contains(text[stop - 1])) stop--;
            if (stop > start) tokens.Add(Word(text, start, stop));
            if (end > stop && stop > start) tokens.Add(new Token { Start = stop, End = end, Kind = Kind.Separator, Date = -1, Lower = "" });
            i = end;
        }
        MergePhrases(text, tokens);
        return tokens;
    }

    private static Token Word(string text, int start, int end)
    {
        var core = text.AsSpan(start, end - start);
        if (core.Length > 2 && core[0] == '(' && core[^1] == ')') core = core[1..^1];
        var lower = core.ToString().ToLowerInvariant().TrimEnd('.');
        bool capital = false;
        foreach (char c in core)
        {
            if (!char.IsLetter(c)) continue;
            capital = char.IsUpper(c);
            break;
        }
        return new Token { Start = start, End = end, Kind = Kind.Word, Lower = lower, Capital = capital, Date = -1 };
    }

    /// <summary>Joins the words of a label or clock lead of several words ("mis à jour", "a las") into one token, longest phrase first.</summary>
    private static void MergePhrases(string text, List<Token> tokens)
    {
        for (int k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Kind != Kind.Word) continue;
            int words = Math.Max(Longest(tokens, k, LabelPhrases), Longest(tokens, k, ClockLeadPhrases));
            if (words < 2) continue;
            var merged = Word(text, tokens[k].Start, tokens[k + words - 1].End);
            merged.Lower = string.Join(' ', tokens.Skip(k).Take(words).Select(t => t.Lower));
            tokens[k] = merged;
            tokens.RemoveRange(k + 1, words - 1);
        }
    }

    /// <summary>The number of words of the longest phrase that starts at token <paramref name="k"/> (0 when none).</summary>
    private static int Longest(List<Token> tokens, int k, string[][] phrases)
    {
        int best = 0;
        foreach (var phrase in phrases)
        {
            if (phrase.Length <= best || k + phrase.Length > tokens.Count) continue;
            bool match = true;
            for (int w = 0; w < phrase.Length && match; w++) match = tokens[k + w].Kind == Kind.Word && tokens[k + w].Lower == phrase[w];
            if (match) best = phrase.Length;
        }
        return best;
    }

    private static string[][] Phrases(IEnumerable<string> phrases) =>
        phrases.Select(p => p.Split(' ')).Where(words => words.Length > 1).ToArray();

    /// <summary>Gives each word its role: clock times and what follows them first (left to right), then what leads to a date or clock time (right to left).</summary>
    private static void Classify(string text, List<Token> tokens, List<DateSpan> dates)
    {
        var list = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens);
        for (int i = 0; i < list.Length; i++)
        {
            ref var token = ref list[i];
            if (token.Kind != Kind.Word) continue;
            if (IsClock(token.Lower) || (IsHour(token.Lower) && Next(list, i) is int n && Touching(text, list, i, n) && TimeWordLexicon.ClockSuffixes.Contains(list[n].Lower)))
            {
                token.Role = Role.Clock;
                continue;
            }
            if (Previous(list, i) is not int p || !Touching(text, list, p, i)) continue;
            ref var before = ref list[p];
            bool afterClock = before.Role == Role.Clock;
            bool afterTime = afterClock || (before.Kind == Kind.Date && dates[before.Date].HasTime);
            if (afterClock && TimeWordLexicon.AmPm.Contains(token.Lower)) token.Role = Role.AmPm;
            else if ((afterTime || before.Role == Role.AmPm) && TimeWordLexicon.ClockSuffixes.Contains(token.Lower)) token.Role = Role.Suffix;
            else if ((afterTime || before.Role is Role.AmPm or Role.Suffix or Role.Zone) && IsZone(text.AsSpan(token.Start, token.End - token.Start), token.Lower)) token.Role = Role.Zone;
        }
        for (int i = list.Length - 1; i >= 0; i--)
        {
            ref var token = ref list[i];
            if (token.Kind != Kind.Word || token.Role != Role.None) continue;
            if (Next(list, i) is not int n) continue;
            ref var next = ref list[n];
            var gap = Gap(text, list, i, n);
            bool nextIsDate = next.Kind == Kind.Date;
            if ((nextIsDate || next.Role == Role.DateLead) && next.Date >= 0 && gap.Trim(", ".AsSpan()).IsEmpty
                && TimeWordLexicon.IsWeekday(token.Lower, dates[next.Date].Day.DayOfWeek) && !(token.Lower.Length <= 3 && ReadsAsName(list, i)))
            {
                token.Role = Role.Weekday;
                token.Date = next.Date;
            }
            else if (gap.IsWhiteSpace() && (nextIsDate || next.Role is Role.Weekday or Role.Clock) && TimeWordLexicon.DateLeads.Contains(token.Lower) && !ReadsAsName(list, i))
            {
                token.Role = Role.DateLead;
                token.Date = next.Date;
            }
            else if (gap.IsWhiteSpace() && next.Role == Role.Clock && ClockLeadSet.Contains(token.Lower) && !ReadsAsName(list, i))
            {
                token.Role = Role.ClockLead;
            }
            else if (gap.Trim(": ".AsSpan()).IsEmpty && (nextIsDate || next.Role is Role.Weekday or Role.DateLead or Role.ClockLead or Role.Clock or Role.Label)
                && LabelSet.Contains(token.Lower))
            {
                token.Role = Role.Label;
            }
        }
    }

    /// <summary>True when a lead written with a capital follows a capitalised word of the name with nothing between ("Luca Ore").</summary>
    private static bool ReadsAsName(Span<Token> list, int i) =>
        list[i].Capital && i > 0 && list[i - 1].Kind == Kind.Word && list[i - 1].Role == Role.None && list[i - 1].Capital;

    private static int? Previous(Span<Token> list, int i)
    {
        for (int k = i - 1; k >= 0; k--) if (list[k].Kind != Kind.Separator) return k;
        return null;
    }

    private static int? Next(Span<Token> list, int i)
    {
        for (int k = i + 1; k < list.Length; k++) if (list[k].Kind != Kind.Separator) return k;
        return null;
    }

    /// <summary>The text between token <paramref name="a"/> and token <paramref name="b"/>: white space and separators.</summary>
    private static ReadOnlySpan<char> Gap(string text, Span<Token> list, int a, int b) => text.AsSpan(list[a].End, list[b].Start - list[a].End);

    /// <summary>True when nothing but white space stands between the two tokens.</summary>
    private static bool Touching(string text, Span<Token> list, int a, int b) => Gap(text, list, a, b).IsWhiteSpace();

    /// <summary>"14:05", "14.05", "14h05", "14h", "11:42:30", "11:42am", "7pm" (lower-case, without a trailing '.'): an hour of 0–23 and minutes of 0–59.</summary>
    private static bool IsClock(string word)
    {
        int i = 0;
        while (i < word.Length && i < 2 && char.IsAsciiDigit(word[i])) i++;
        if (i == 0 || i == word.Length || int.Parse(word.AsSpan(0, i), CultureInfo.InvariantCulture) > 23) return false;
        bool complete = false;
        if (word[i] is ':' or '.' or 'h')
        {
            char mark = word[i++];
            if (i + 2 <= word.Length && char.IsAsciiDigit(word[i]) && char.IsAsciiDigit(word[i + 1]))
            {
                if ((word[i] - '0') * 10 + (word[i + 1] - '0') > 59) return false;
                i += 2;
                if (i + 3 <= word.Length && word[i] == ':' && char.IsAsciiDigit(word[i + 1]) && char.IsAsciiDigit(word[i + 2])) i += 3;
                complete = true;
            }
            else if (mark != 'h') return false;
            else complete = true;
        }
        if (i == word.Length) return complete;
        return TimeWordLexicon.AmPm.Contains(word[i..]);
    }

    /// <summary>A bare hour ("14" in "14 Uhr").</summary>
    private static bool IsHour(string word) =>
        word.Length is 1 or 2 && char.IsAsciiDigit(word[0]) && char.IsAsciiDigit(word[^1]) && int.Parse(word, CultureInfo.InvariantCulture) <= 23;

    /// <summary>A time-zone abbreviation or offset as written: "ET", "EDT", "CEST", "UTC", "GMT+6", "UTC+05:30", "+06:00", "(IST)", "(UTC+6)".</summary>
    private static bool IsZone(ReadOnlySpan<char> written, string lower)
    {
        written = written.TrimEnd('.');
        if (written.Length > 2 && written[0] == '(' && written[^1] == ')') written = written[1..^1];
        int letters = 0;
        while (letters < written.Length && char.IsAsciiLetterUpper(written[letters])) letters++;
        if (letters == written.Length)
        {
            return letters is >= 2 and <= 5 && (written[^1] == 'T' || TimeWordLexicon.ZonesNotEndingInT.Contains(lower));
        }
        var zone = written[..letters];
        if (!(zone.IsEmpty || zone is "UTC" or "GMT")) return false;
        var offset = written[letters..];
        if (offset.Length < 2 || offset[0] is not ('+' or '-' or '−')) return false;
        foreach (char c in offset[1..]) if (!char.IsAsciiDigit(c) && c != ':') return false;
        return offset.Length <= 6;
    }
}
