using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsParse.Text;

/// <summary>
/// Finds a publication date in a short line and writes it in ISO 8601 as precisely as the line gives it:
/// "2025-05-09", "2025-05-09T11:42:00" or "2025-05-09T11:42:00+06:00". Reads ISO dates, "May 9, 2025",
/// "9 May 2025", "2025年4月18日", "2025년 4월 18일" and "09.05.2025", each optionally followed by a time ("11:42",
/// "11.42", "11:42:05", "11:42 AM", and the French and Portuguese "11h42" and "11h") and an offset ("+06:00", "UTC", "GMT+6",
/// "(UTC+6)"). Month names are English, German, French, Spanish, Portuguese, Polish, Russian,
/// Italian and Dutch, from the built-in <see cref="MonthNames"/>: the result never depends on the machine's culture data.
/// ISO dates are found by <see cref="IsoDateMatch"/>, the other forms by regular expressions, source-generated (nothing
/// is built at run time) and bounded by a match timeout; a line is
/// read only when it has four digits in a row and at most 300 characters. Digits are ASCII digits (a date written in
/// another script's digits is not read: \d would match them, and the numbers could not be parsed).
/// </summary>
internal static partial class DateReader
{
    [GeneratedRegex(@"(?<y>[0-9]{4})/(?<m>[0-9]{1,2})/(?<d>[0-9]{1,2})", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: MatchTimeoutMs)]
    private static partial Regex SlashedDate();

    [GeneratedRegex(@"(?<d>[0-9]{1,2})\.(?<m>[0-9]{1,2})\.(?<y>[0-9]{4})", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: MatchTimeoutMs)]
    private static partial Regex DottedDate();

    [GeneratedRegex(@"(?<y>[0-9]{4})\s?[年년]\s?(?<m>[0-9]{1,2})\s?[月월]\s?(?<d>[0-9]{1,2})\s?[日일]?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: MatchTimeoutMs)]
    private static partial Regex EastAsianDate();

    [GeneratedRegex(@"(?<mon>\p{L}{3,12})\.?\s+(?<d>[0-9]{1,2})(?:st|nd|rd|th)?,?\s+(?<y>[0-9]{4})", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: MatchTimeoutMs)]
    private static partial Regex MonthFirst();

    [GeneratedRegex(@"(?<d>[0-9]{1,2})(?:st|nd|rd|th|\.)?\s+(?:de\s+)?(?<mon>\p{L}{3,12})\.?,?\s+(?:de\s+)?(?<y>[0-9]{4})", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: MatchTimeoutMs)]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"(?<h>[0-9]{1,2})(?:[:.](?<min>[0-9]{2})(?::(?<sec>[0-9]{2}))?|[hH](?<min>[0-9]{2})?(?![0-9\p{L}]))(?:\s?(?<ampm>[AaPp]\.?[Mm]\.?))?(?:\s?(?:(?<utc>UTC|GMT)(?<off>[+-][0-9]{1,2}(?::?[0-9]{2})?)?|(?<z>[+-][0-9]{2}:?[0-9]{2})|\((?:(?<utc>UTC|GMT)(?<off>[+-][0-9]{1,2}(?::?[0-9]{2})?)?|(?<z>[+-][0-9]{2}:?[0-9]{2}))\)))?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: MatchTimeoutMs)]
    private static partial Regex Time();

    /// <summary>True when the line has four digits in a row, which every date form read here needs (its year).</summary>
    private static bool HasYear(string line)
    {
        int run = 0;
        foreach (char c in line)
        {
            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            if (run == 4) return true;
        }
        return false;
    }

    /// <summary>The ISO 8601 date found in <paramref name="line"/> and where it is, or null.</summary>
    public static (string Iso, int Index, int Length)? Find(string line)
    {
        if (line.Length > 300 || !HasYear(line)) return null;
        var found = recent ??= new Dictionary<string, (string Iso, int Index, int Length)?>(StringComparer.Ordinal);
        if (found.TryGetValue(line, out var known)) return known;
        (string Iso, int Index, int Length)? date;
        try
        {
            date = FindIn(line);
        }
        catch (RegexMatchTimeoutException)
        {
            date = null;   // cannot happen on 300 characters with these patterns; a guard, not a path
        }
        if (found.Count >= MaxRecentLines) found.Clear();
        found[line] = date;
        return date;
    }

    /// <summary>Most lines whose dates <see cref="recent"/> keeps before it is emptied.</summary>
    private const int MaxRecentLines = 256;

    /// <summary>
    /// The dates found in the lines read last on this thread (the readers of a page's head ask of the same lines: a
    /// block's text is read as a paragraph, a date line and a byline), so that each is matched once; emptied when it holds
    /// <see cref="MaxRecentLines"/>. The result depends on the line alone, so this changes no result.
    /// </summary>
    [ThreadStatic]
    private static Dictionary<string, (string Iso, int Index, int Length)?>? recent;

    /// <summary>Generous bound on one match: the patterns are linear and lines are at most 300 characters.</summary>
    private const int MatchTimeoutMs = 250;

    private static (string Iso, int Index, int Length)? FindIn(string line)
    {
        var shapes = ShapesOf(line);
        if ((shapes & Shape.YearDash) != 0 && IsoDateMatch.TryFind(line, out var iso)
            && MakeDate(Number(line, iso.YearStart, 4), Number(line, iso.MonthStart, iso.MonthLength), Number(line, iso.DayStart, iso.DayLength), out var date))
        {
            string? time = null, offset = null;
            if (iso.HourLength > 0)
            {
                var seconds = iso.SecondLength > 0 ? line.AsSpan(iso.SecondStart, 2) : "00";
                time = $"{Number(line, iso.HourStart, iso.HourLength):00}:{line.AsSpan(iso.MinuteStart, 2)}:{seconds}";
                if (iso.ZoneLength > 0) offset = Offset(line.Substring(iso.ZoneStart, iso.ZoneLength));
            }
            return (Compose(date, time, offset), iso.Index, iso.Length);
        }
        foreach (var (regex, needs, shape) in OtherForms)
        {
            // a form is only tried on a line holding what it cannot do without (a match costs far more)
            if ((shapes & shape) != shape || (needs is null ? !HasLetter(line) : line.AsSpan().IndexOfAny(needs) < 0)) continue;
            var m = regex.Match(line);
            if (!m.Success || !MakeDate(m, out date)) continue;
            var (time, offset, end) = FindTime(line, m.Index + m.Length);
            return (Compose(date, time, offset), m.Index, Math.Max(end, m.Index + m.Length) - m.Index);
        }
        return null;
    }

    /// <summary>
    /// The date forms read when the line holds no ISO date, in this order, each with the characters it cannot match
    /// without: one of <c>Needs</c> (null: a letter, the month's name) and the <c>Shape</c> of its year.
    /// </summary>
    private static readonly (Regex Form, string? Needs, Shape Shape)[] OtherForms =
        [(EastAsianDate(), "年년", Shape.None), (SlashedDate(), "/", Shape.YearSlash), (DottedDate(), ".", Shape.DotYear), (MonthFirst(), null, Shape.SpaceYear), (DayFirst(), null, Shape.SpaceYear)];

    /// <summary>How the four digits of a year stand in a line: what each date form needs around them.</summary>
    [Flags]
    private enum Shape
    {
        None = 0,
        /// <summary>Four digits, '-', a digit: the ISO form's start.</summary>
        YearDash = 1,
        /// <summary>Four digits, '/', a digit.</summary>
        YearSlash = 2,
        /// <summary>A digit, '.', four digits: the dotted form's end.</summary>
        DotYear = 4,
        /// <summary>White space, then four digits: the year of a form with the month's name.</summary>
        SpaceYear = 8,
    }

    /// <summary>The shapes of the runs of four or more digits of <paramref name="line"/> (see <see cref="Shape"/>).</summary>
    private static Shape ShapesOf(string line)
    {
        var shapes = Shape.None;
        for (int i = 0; i + 4 <= line.Length; i++)
        {
            if (!char.IsAsciiDigit(line[i])) continue;
            int start = i;
            while (i < line.Length && char.IsAsciiDigit(line[i])) i++;
            if (i - start < 4) continue;
            // any four digits of the run may be the year: its first four before, its last four after
            if (i + 1 < line.Length && char.IsAsciiDigit(line[i + 1]))
            {
                if (line[i] == '-') shapes |= Shape.YearDash;
                else if (line[i] == '/') shapes |= Shape.YearSlash;
            }
            if (start >= 2 && line[start - 1] == '.' && char.IsAsciiDigit(line[start - 2])) shapes |= Shape.DotYear;
            if (start >= 1 && char.IsWhiteSpace(line[start - 1])) shapes |= Shape.SpaceYear;
        }
        return shapes;
    }

    private static bool HasLetter(string line)
    {
        foreach (char c in line)
        {
            if (char.IsLetter(c)) return true;
        }
        return false;
    }

    private static (string? Time, string? Offset, int End) FindTime(string line, int from)
    {
        if (from >= line.Length) return (null, null, from);
        var rest = line[from..];
        var t = Time().Match(rest);
        if (!t.Success || t.Index > 8) return (null, null, from);
        int hour = int.Parse(t.Groups["h"].Value, CultureInfo.InvariantCulture);
        int minute = t.Groups["min"].Success ? int.Parse(t.Groups["min"].Value, CultureInfo.InvariantCulture) : 0;
        if (t.Groups["ampm"].Success)
        {
            bool pm = char.ToLowerInvariant(t.Groups["ampm"].Value[0]) == 'p';
            if (hour == 12) hour = pm ? 12 : 0;
            else if (pm) hour += 12;
        }
        int second = t.Groups["sec"].Success ? int.Parse(t.Groups["sec"].Value, CultureInfo.InvariantCulture) : 0;
        if (hour > 23 || minute > 59 || second > 59) return (null, null, from);
        string? offset = null;
        if (t.Groups["z"].Success) offset = Offset(t.Groups["z"].Value);
        else if (t.Groups["utc"].Success) offset = t.Groups["off"].Success ? Offset(t.Groups["off"].Value) : "+00:00";
        return ($"{hour:00}:{minute:00}:{second:00}", offset, from + t.Index + t.Length);
    }

    private static bool MakeDate(Match m, out DateOnly date)
    {
        date = default;
        int year = int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
        int day = int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        int month;
        if (m.Groups["mon"].Success)
        {
            if (!MonthNames.TryGetMonth(m.Groups["mon"].Value.ToLowerInvariant().TrimEnd('.'), out month)) return false;
        }
        else month = int.Parse(m.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
        return MakeDate(year, month, day, out date);
    }

    /// <summary>The date of a year, month and day read from a line, when it is a real and plausible one (see <see cref="IsPlausible"/>).</summary>
    private static bool MakeDate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return IsPlausible(date);
    }

    /// <summary>The number written by the ASCII digits at <paramref name="start"/> (at most four: no overflow).</summary>
    private static int Number(string line, int start, int length)
    {
        int n = 0;
        foreach (char c in line.AsSpan(start, length)) n = n * 10 + (c - '0');
        return n;
    }

    /// <summary>
    /// True for a date a page can mean as its publication date: years 1900 to 2200, except the "zero" dates systems
    /// write when they have none (1900-01-01 and 1970-01-01, the database and Unix epochs; 0001-01-01, .NET's
    /// <see cref="DateTime.MinValue"/>, is already out of range).
    /// </summary>
    public static bool IsPlausible(DateOnly date) =>
        date.Year is >= 1900 and <= 2200 && date != new DateOnly(1900, 1, 1) && date != new DateOnly(1970, 1, 1);

    private static string Offset(string raw)
    {
        if (raw == "Z") return "+00:00";
        char sign = raw[0];
        var digits = raw[1..].Replace(":", "", StringComparison.Ordinal);
        int hours = int.Parse(digits.Length <= 2 ? digits : digits[..^2], CultureInfo.InvariantCulture);
        int minutes = digits.Length > 2 ? int.Parse(digits[^2..], CultureInfo.InvariantCulture) : 0;
        return $"{sign}{hours:00}:{minutes:00}";
    }

    private static string Compose(DateOnly date, string? time, string? offset) =>
        date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (time is null ? "" : "T" + time + (offset ?? ""));
}
