using System.Globalization;

namespace NewsParse.Warc;

/// <summary>
/// The header line of an ARC record: <c>URL IP DATE MIME LENGTH</c> in version 1, <c>URL IP DATE MIME STATUS CHECKSUM
/// LOCATION OFFSET FILENAME LENGTH</c> in version 2. Fields are read from the right, so a URL with spaces (which real
/// ARC files hold) stays whole.
/// </summary>
internal readonly record struct ArcHeader(string Url, string Date, string ContentType, long Length, string LengthText)
{
    /// <summary>The 14-digit ARC date as ISO 8601 (UTC), or the date as written when it is not one.</summary>
    public string IsoDate => Date.Length >= 14 && long.TryParse(Date.AsSpan(0, 14), NumberStyles.None, CultureInfo.InvariantCulture, out _)
        ? $"{Date[..4]}-{Date[4..6]}-{Date[6..8]}T{Date[8..10]}:{Date[10..12]}:{Date[12..14]}Z"
        : Date;

    /// <summary>
    /// Reads <paramref name="line"/> as a header of an ARC file of <paramref name="version"/>: false when it does not
    /// have the shape of one (a URL with a colon, a date of at least 12 digits). A length that is not a whole number
    /// of at least 0 gives <see cref="Length"/> -1 (a broken record).
    /// </summary>
    public static bool TryParse(string line, int version, out ArcHeader header)
    {
        header = default;
        var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int after = version == 2 && fields.Length >= 10 ? 9 : 4;
        if (fields.Length < after + 1) return false;
        string url = string.Join(' ', fields[..^after]);
        string date = fields[^(after - 1)];
        string mime = fields[^(after - 2)];
        string lengthText = fields[^1];
        if (!url.Contains(':', StringComparison.Ordinal) || date.Length < 12 || !date.All(char.IsAsciiDigit)) return false;
        long length = long.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out long n) ? n : -1;
        header = new ArcHeader(url, date, mime, length, lengthText);
        return true;
    }
}
