using System.Globalization;
using System.Text.RegularExpressions;
using NewsParse.Text;

namespace NewsParse.Html;

/// <summary>
/// Reads a clock time a page shows ("03/05/2022 21:44", "3. Mai 2022, 21:44 Uhr") as the local time of an instant its
/// metadata tells in UTC ("2022-05-04T00:44:52Z"): the two agree when they differ by a whole number of quarter hours,
/// at most <see cref="MaxOffsetHours"/> hours, to the minute (a time zone's offset). The agreement is the evidence, so
/// a date written day/month/year or month/day/year, which alone could be read either way, is read in the order that
/// agrees. Stateless and thread-safe.
/// </summary>
internal static partial class ShownLocalTime
{
    /// <summary>Most hours between a local time and UTC (UTC−12 to UTC+14).</summary>
    public const int MaxOffsetHours = 14;

    /// <summary>A date written with numbers only, day and month in either order, with its year in four digits, then a clock time ("03/05/2022 21:44", "3-5-2022, 9:44 pm", "03.05.2022 um 21:44").</summary>
    [GeneratedRegex(@"(?<!\d)(?<a>\d{1,2})[./-](?<b>\d{1,2})[./-](?<y>\d{4})(?:,|\s)\s*(?:\p{L}{1,3}\.?\s+)?(?<h>\d{1,2})[:.hH](?<min>\d{2})(?!\d)(?:\s?(?<ampm>[AaPp])\.?[Mm]\.?)?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex NumericDateTime();

    /// <summary>
    /// The local time that <paramref name="text"/> shows for <paramref name="instant"/> on another calendar day than
    /// the instant's UTC day, with the instant's seconds: "2022-05-03T21:44:52-03:00" for "03/05/2022 21:44" and
    /// 2022-05-04T00:44:52Z; the offset written only when <paramref name="writeOffset"/> (the metadata stated UTC).
    /// Null when no date and time in the text agrees so.
    /// </summary>
    public static string? Read(string text, DateTimeOffset instant, bool writeOffset)
    {
        if (text.Length > 300 || !HasClockMark(text)) return null;
        var utc = instant.UtcDateTime;
        var minute = new DateTime(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, 0, DateTimeKind.Unspecified);
        // a form DateReader reads (ISO, month names, dotted) with its clock time
        if (DateReader.Find(text) is { } found && found.Iso.Length >= 16
            && DateTime.TryParseExact(found.Iso[..16], "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var shown)
            && Agrees(shown, minute) is { } fromReader) return Write(shown, utc, fromReader, writeOffset);
        if (text.AsSpan().IndexOfAny("/.-") < 0) return null;
        try
        {
            for (var m = NumericDateTime().Match(text); m.Success; m = m.NextMatch())
            {
                int a = int.Parse(m.Groups["a"].ValueSpan, CultureInfo.InvariantCulture), b = int.Parse(m.Groups["b"].ValueSpan, CultureInfo.InvariantCulture);
                int year = int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture), hour = int.Parse(m.Groups["h"].ValueSpan, CultureInfo.InvariantCulture);
                int min = int.Parse(m.Groups["min"].ValueSpan, CultureInfo.InvariantCulture);
                if (m.Groups["ampm"].Success)
                {
                    if (hour is < 1 or > 12) continue;
                    hour = hour % 12 + (m.Groups["ampm"].ValueSpan[0] is 'p' or 'P' ? 12 : 0);
                }
                if (hour > 23 || min > 59) continue;
                // day/month first, then month/day
                foreach (var (day, month) in new[] { (a, b), (b, a) })
                {
                    if (month is < 1 or > 12 || day < 1 || year < 1 || day > DateTime.DaysInMonth(year, month)) continue;
                    var local = new DateTime(year, month, day, hour, min, 0, DateTimeKind.Unspecified);
                    if (Agrees(local, minute) is { } offset) return Write(local, utc, offset, writeOffset);
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return null;   // cannot happen on 300 characters with this pattern; a guard, not a path
        }
        return null;
    }

    /// <summary>
    /// True when a digit (any decimal digit, as the pattern's <c>\d</c>) stands right before ':', '.', 'h' or 'H' in
    /// <paramref name="text"/>, as in every clock time read here ("21:44", "21.44", "21h44", an ISO "T21:44"); a text without one shows no time, and no date is looked for in it.
    /// </summary>
    private static bool HasClockMark(string text)
    {
        for (int i = 1; i < text.Length; i++)
        {
            if (text[i] is ':' or '.' or 'h' or 'H' && char.IsDigit(text[i - 1])) return true;
        }
        return false;
    }

    /// <summary>The offset from UTC at which <paramref name="local"/> is <paramref name="utcMinute"/> on another calendar day (a whole number of quarter hours, not zero, at most <see cref="MaxOffsetHours"/>); null when it is none.</summary>
    private static TimeSpan? Agrees(DateTime local, DateTime utcMinute)
    {
        if (local.Date == utcMinute.Date) return null;
        var offset = local - utcMinute;
        if (offset == TimeSpan.Zero || offset.Duration() > TimeSpan.FromHours(MaxOffsetHours) || offset.Ticks % TimeSpan.FromMinutes(15).Ticks != 0) return null;
        return offset;
    }

    /// <summary><paramref name="local"/> with the seconds of <paramref name="utc"/>, in ISO 8601, with <paramref name="offset"/> when <paramref name="writeOffset"/>.</summary>
    private static string Write(DateTime local, DateTime utc, TimeSpan offset, bool writeOffset)
    {
        var withSeconds = local.AddSeconds(utc.Second);
        return writeOffset
            ? new DateTimeOffset(withSeconds, offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)
            : withSeconds.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
    }
}
