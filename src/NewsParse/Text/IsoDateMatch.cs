namespace NewsParse.Text;

/// <summary>
/// The first ISO 8601 date of a line and its parts, found without a regular expression: what the pattern
/// <c>(?&lt;y&gt;[0-9]{4})-(?&lt;m&gt;[0-9]{1,2})-(?&lt;d&gt;[0-9]{1,2})(?:[T ](?&lt;h&gt;[0-9]{1,2}):(?&lt;min&gt;[0-9]{2})(?::(?&lt;s&gt;[0-9]{2}))?(?:\.[0-9]+)?\s?(?&lt;z&gt;Z|[+-][0-9]{2}:?[0-9]{2})?)?</c>
/// matches first, with the same bounds and groups (a test holds it to that pattern on generated lines). Meta tags and
/// JSON-LD give most of a page's dates in this form, and a regular expression's match costs far more than this scan.
/// Positions are into the line; a length of 0 is a part that is not there.
/// </summary>
internal readonly struct IsoDateMatch
{
    /// <summary>Where the match starts.</summary>
    public int Index { get; init; }

    /// <summary>The match's length (a white space before a missing offset included, as the pattern's <c>\s?</c> takes it).</summary>
    public int Length { get; init; }

    public int YearStart { get; init; }
    public int MonthStart { get; init; }
    public int MonthLength { get; init; }
    public int DayStart { get; init; }
    public int DayLength { get; init; }
    public int HourStart { get; init; }
    public int HourLength { get; init; }
    public int MinuteStart { get; init; }
    public int SecondStart { get; init; }
    public int SecondLength { get; init; }
    public int ZoneStart { get; init; }
    public int ZoneLength { get; init; }

    /// <summary>The first match in <paramref name="line"/>, or false when there is none.</summary>
    public static bool TryFind(ReadOnlySpan<char> line, out IsoDateMatch match)
    {
        // The shortest date is eight characters ("2024-1-5").
        for (int at = 0; at + 8 <= line.Length; at++)
        {
            if (!AreDigits(line, at, 4) || line[at + 4] != '-') continue;
            int month = at + 5, monthLength = DigitRun(line, month, 2);
            if (monthLength == 0 || month + monthLength >= line.Length || line[month + monthLength] != '-') continue;
            int day = month + monthLength + 1, dayLength = DigitRun(line, day, 2);
            if (dayLength == 0) continue;
            match = WithTime(line, new IsoDateMatch
            {
                Index = at, Length = day + dayLength - at, YearStart = at, MonthStart = month, MonthLength = monthLength, DayStart = day, DayLength = dayLength,
            });
            return true;
        }
        match = default;
        return false;
    }

    /// <summary>The date's match extended by the time that follows it, when one does (else unchanged).</summary>
    private static IsoDateMatch WithTime(ReadOnlySpan<char> line, IsoDateMatch date)
    {
        int at = date.Index + date.Length;
        if (at >= line.Length || line[at] is not ('T' or ' ')) return date;
        int hour = at + 1, hourLength = DigitRun(line, hour, 2);
        if (hourLength == 0 || hour + hourLength >= line.Length || line[hour + hourLength] != ':') return date;
        int minute = hour + hourLength + 1;
        if (!AreDigits(line, minute, 2)) return date;
        int end = minute + 2, second = 0, secondLength = 0;
        if (end < line.Length && line[end] == ':' && AreDigits(line, end + 1, 2))
        {
            second = end + 1;
            secondLength = 2;
            end += 3;
        }
        if (end < line.Length && line[end] == '.' && DigitRun(line, end + 1, int.MaxValue) is > 0 and var fraction) end += 1 + fraction;
        if (end < line.Length && char.IsWhiteSpace(line[end])) end++;
        int zone = 0, zoneLength = 0;
        if (end < line.Length)
        {
            if (line[end] == 'Z') zoneLength = 1;
            else if (line[end] is '+' or '-' && AreDigits(line, end + 1, 2))
            {
                if (end + 3 < line.Length && line[end + 3] == ':') zoneLength = AreDigits(line, end + 4, 2) ? 6 : 0;
                else zoneLength = AreDigits(line, end + 3, 2) ? 5 : 0;
            }
            if (zoneLength > 0)
            {
                zone = end;
                end += zoneLength;
            }
        }
        return date with
        {
            Length = end - date.Index, HourStart = hour, HourLength = hourLength, MinuteStart = minute, SecondStart = second, SecondLength = secondLength,
            ZoneStart = zone, ZoneLength = zoneLength,
        };
    }

    /// <summary>True when the <paramref name="count"/> characters at <paramref name="at"/> are ASCII digits (and in the line).</summary>
    private static bool AreDigits(ReadOnlySpan<char> line, int at, int count)
    {
        if (at + count > line.Length) return false;
        foreach (char c in line.Slice(at, count))
        {
            if (!char.IsAsciiDigit(c)) return false;
        }
        return true;
    }

    /// <summary>How many ASCII digits (at most <paramref name="most"/>) follow from <paramref name="at"/>.</summary>
    private static int DigitRun(ReadOnlySpan<char> line, int at, int most)
    {
        int n = 0;
        while (n < most && at + n < line.Length && char.IsAsciiDigit(line[at + n])) n++;
        return n;
    }
}
