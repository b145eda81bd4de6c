using NewsParse.Text;

namespace NewsParse.Html;

/// <summary>
/// The day a page's own address writes in its path as three segments of their own, year, month (a number, or a month's
/// name: "/2020/oct/02/") and day ("https://example.org/2021/10/20/zentrum-eroeffnet/": WordPress and most news CMSs
/// file a post under the day it was published). Only the whole form counts: a year alone ("/2021/"), a year and month ("/2021/10/"), or digits inside a
/// segment ("/20211020-title", an image's "/uploads/2021/10/") are no day of publication. A single whole segment that is a
/// full date, "yyyy-mm-dd" or "dd-mm-yyyy" ('-', '.' or '_' between, the same both times: "/meldungen/29-10-2021",
/// "/analizy/2021-04-20/title"), counts too: the CMS filed the post under that day. Stateless and thread-safe.
/// </summary>
internal static class UrlPathDate
{
    /// <summary>
    /// The day (yyyy-MM-dd) of the first "/yyyy/mm/dd/" run of path segments of <paramref name="url"/> (month and day
    /// in one or two digits or the month's name, each segment ended by '/': the post's own name follows), else of the first
    /// whole segment that is a full date (<see cref="DateSegment"/>), when it is a real and plausible date
    /// (<see cref="DateReader.IsPlausible"/>); null when there is none or <paramref name="url"/> is null.
    /// </summary>
    public static string? Read(string? url)
    {
        if (string.IsNullOrEmpty(url)) return null;
        var span = url.AsSpan();
        int query = span.IndexOfAny('?', '#');
        if (query >= 0) span = span[..query];
        for (int i = span.IndexOf('/'); i >= 0 && i < span.Length; )
        {
            if (Segment(span, i + 1, 4, 4, out int year, out int afterYear)
                && (Segment(span, afterYear + 1, 1, 2, out int month, out int afterMonth) || MonthSegment(span, afterYear + 1, out month, out afterMonth))
                && Segment(span, afterMonth + 1, 1, 2, out int day, out _)
                && month is >= 1 and <= 12 && year >= 1 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                var date = new DateOnly(year, month, day);
                return DateReader.IsPlausible(date) ? date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null;
            }
            int next = span[(i + 1)..].IndexOf('/');
            i = next < 0 ? -1 : i + 1 + next;
        }
        for (int i = span.IndexOf('/'); i >= 0 && i < span.Length; )
        {
            int next = span[(i + 1)..].IndexOf('/');
            var segment = next < 0 ? span[(i + 1)..] : span.Slice(i + 1, next);
            if (DateSegment(segment) is { } date) return DateReader.IsPlausible(date) ? date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null;
            i = next < 0 ? -1 : i + 1 + next;
        }
        return null;
    }

    /// <summary>
    /// The date a whole path segment writes, "yyyy-mm-dd" or "dd-mm-yyyy" (one or two digits for day and month, '-', '.'
    /// or '_' between, the same separator twice); "a-b-yyyy" is read day first when written with dots or when its first
    /// number cannot be a month, month first when its second cannot ("10-29-2021"), and not at all when either could be
    /// the day ("10-05-2021"); null for any other segment (a name, an id,
    /// "2021-10-29-title": digits inside a segment).
    /// </summary>
    private static DateOnly? DateSegment(ReadOnlySpan<char> segment)
    {
        if (segment.Length is < 8 or > 10) return null;
        int first = Digits(segment, 0, out int a);
        if (first is not (1 or 2 or 4) || first >= segment.Length) return null;
        char separator = segment[first];
        if (separator is not ('-' or '.' or '_')) return null;
        int second = Digits(segment, first + 1, out int b);
        int afterSecond = first + 1 + second;
        if (second is not (1 or 2) || afterSecond >= segment.Length || segment[afterSecond] != separator) return null;
        int third = Digits(segment, afterSecond + 1, out int c);
        if (afterSecond + 1 + third != segment.Length) return null;
        int year, month, day;
        if (first == 4 && third is 1 or 2) (year, month, day) = (a, b, c);
        else if (first <= 2 && third == 4)
        {
            year = c;
            if (separator == '.') (day, month) = (a, b);   // dots write the day first (de, ru, pl, ...)
            else if (NumericDayMonth.Order(a, b) is var (d, m)) (day, month) = (d, m);
            else return null;   // "10-05-2021": 10 May or October 5, the address alone cannot say
        }
        else return null;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new DateOnly(year, month, day);
    }

    /// <summary>The number of ASCII digits (at most 4) from <paramref name="at"/> on, and their value.</summary>
    private static int Digits(ReadOnlySpan<char> text, int at, out int value)
    {
        value = 0;
        int end = at;
        while (end < text.Length && end - at < 5 && char.IsAsciiDigit(text[end])) value = value * 10 + (text[end++] - '0');
        return end - at;
    }

    /// <summary>True when a path segment that is a month's name or abbreviation (<see cref="MonthNames"/>: "oct", "october", "okt") starts at <paramref name="at"/> and ends with '/'; its month and the index of that '/'.</summary>
    private static bool MonthSegment(ReadOnlySpan<char> path, int at, out int month, out int end)
    {
        month = 0;
        end = at < path.Length ? path[at..].IndexOf('/') : -1;
        if (end is < 3 or > 10) return false;
        end += at;
        Span<char> lower = stackalloc char[end - at];
        path[at..end].ToLowerInvariant(lower);
        return MonthNames.TryGetMonth(lower.ToString(), out month);
    }

    /// <summary>True when a path segment of <paramref name="min"/> to <paramref name="max"/> ASCII digits and nothing else starts at <paramref name="at"/> and ends with '/'; its number and the index of that '/'.</summary>
    private static bool Segment(ReadOnlySpan<char> path, int at, int min, int max, out int value, out int end)
    {
        value = 0;
        end = at;
        while (end < path.Length && char.IsAsciiDigit(path[end]) && end - at < max) value = value * 10 + (path[end++] - '0');
        return end - at >= min && end < path.Length && path[end] == '/';
    }
}
