using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using NewsParse.Text;

namespace NewsParse.Warc;

/// <summary>
/// Reads the HTML pages of a web archive, record by record, forward only and in bounded memory: WARC 1.0 and 1.1
/// (and the older 0.17/0.18), uncompressed or gzipped per record (<c>.warc.gz</c>, read member by member, never
/// whole), and ARC files (v1 and v2, plain or gzipped). Gives each HTML page (a <c>response</c> record with a 2xx HTML
/// HTTP response, an HTML <c>resource</c> record, an ARC record of an HTML page) as a <see cref="WarcRecord"/> with
/// its payload decoded, and each record that cannot be read as a <see cref="WarcRecord"/> with an error; every other
/// record (requests, metadata, revisits, images, redirects...) is skipped and counted. Not thread-safe: one reader per
/// archive.
/// </summary>
/// <remarks>
/// <para>
/// After a broken part the reader goes on at the next record it can find: the next gzip member after a corrupt one,
/// the next line that starts a record after bytes that are not one. A block is taken to be as long as its
/// Content-Length says (as warcio does); a record cut by the end of the file is an error. Digests are not checked.
/// </para>
/// <para>
/// Memory: one record's payload at a time (at most <see cref="MaxPayloadBytes"/>; a larger HTML page is an error
/// and is skipped without being read into memory), plus buffers of a few hundred KiB.
/// </para>
/// </remarks>
public sealed class WarcReader : IDisposable
{
    /// <summary>Largest payload of an HTML record read, in bytes (16 MiB), before and after its content coding is undone.</summary>
    public const int MaxPayloadBytes = 16 * 1024 * 1024;

    /// <summary>Longest header line, and largest WARC or HTTP header, read.</summary>
    private const int MaxLineBytes = 64 * 1024, MaxHeaderBytes = 1024 * 1024;

    /// <summary>Bytes of garbage between two records tolerated as a warning (warcio's "Record not followed by newline"); more is a broken record.</summary>
    private const int ToleratedJunkBytes = 256;

    private readonly Stream _file;
    private readonly bool _leaveOpen;
    private readonly GzipMemberStream? _gzip;
    private readonly ByteLineReader _reader;
    private bool _arc;
    private int _arcVersion = 1;
    private bool _started;
    private bool _afterBroken;
    private string? _pendingLine;
    private long _pendingStart;
    private (long Offset, string? Type, string? Url, string? Date)? _current;

    /// <summary>Starts reading an archive from <paramref name="stream"/>'s current position; gzip is told from the first bytes.</summary>
    /// <param name="stream">The archive: a file, standard input or any readable stream.</param>
    /// <param name="leaveOpen">True to leave <paramref name="stream"/> open when the reader is disposed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public WarcReader(Stream stream, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _file = stream;
        _leaveOpen = leaveOpen;
        var head = new byte[2];
        int got = 0;
        while (got < 2)
        {
            int n = stream.Read(head, got, 2 - got);
            if (n == 0) break;
            got += n;
        }
        var replay = new ReplayStream(head.AsMemory(0, got), stream);
        if (got == 2 && head[0] == 0x1F && head[1] == 0x8B)
        {
            _gzip = new GzipMemberStream(replay, leaveOpen: true);
            _reader = new ByteLineReader(_gzip);
        }
        else
        {
            _plain = replay;
            _reader = new ByteLineReader(replay);
        }
    }

    private readonly ReplayStream? _plain;

    /// <summary>True when the archive is gzipped (read member by member).</summary>
    public bool IsCompressed => _gzip is not null;

    /// <summary>Bytes of the file read so far (compressed bytes for a <c>.gz</c> archive), for progress.</summary>
    public long BytesRead => _gzip?.FileBytesRead ?? _plain!.BytesRead;

    /// <summary>Records met so far, of every kind (broken parts included).</summary>
    public long RecordsRead { get; private set; }

    /// <summary>HTML pages given so far.</summary>
    public long HtmlRecords { get; private set; }

    /// <summary>Records skipped so far: not a page (warcinfo, request, metadata, revisit...), not HTML, or not a 2xx response.</summary>
    public long SkippedRecords { get; private set; }

    /// <summary>Broken records given so far (with an error).</summary>
    public long BrokenRecords { get; private set; }

    /// <summary>
    /// Records that are not alone in their gzip member (a file gzipped whole, or members that cut records): they were
    /// read, but their <see cref="WarcRecord.Offset"/> is their member's, which a reader that seeks to one record cannot use.
    /// </summary>
    public long RecordsSharingMembers { get; private set; }

    /// <summary>Short runs of bytes between records that are not a record (a wrong Content-Length by a byte or two), skipped.</summary>
    public long Warnings { get; private set; }

    /// <summary>
    /// The next HTML page or broken record, or null at the end of the archive. Never throws for a malformed archive
    /// (that gives a record with an error); I/O errors of the stream propagate.
    /// </summary>
    public WarcRecord? ReadNext()
    {
        while (true)
        {
            WarcRecord? record;
            try
            {
                record = ReadOne(out bool skipped);
                if (skipped) continue;
            }
            catch (WarcFormatException e)
            {
                _reader.Discard();
                _pendingLine = null;
                var current = _current;
                _current = null;
                record = Broken(current?.Offset ?? e.Offset, current?.Type, current?.Url, current?.Date, e.Message);
                if (current is null) RecordsRead++;
            }
            return record;
        }
    }

    /// <summary>Every remaining HTML page and broken record, lazily, in archive order.</summary>
    public IEnumerable<WarcRecord> ReadAll()
    {
        while (ReadNext() is { } record) yield return record;
    }

    private WarcRecord? ReadOne(out bool skipped)
    {
        skipped = false;
        string? line;
        long start;
        if (_pendingLine is not null)
        {
            line = _pendingLine;
            start = _pendingStart;
            _pendingLine = null;
        }
        else
        {
            do
            {
                start = _reader.Position;
                line = ReadLine(out _);
                if (line is null) return null;
            }
            while (line.AsSpan().Trim().IsEmpty);
        }
        if (line.StartsWith("WARC/", StringComparison.Ordinal))
        {
            _started = true;
            _afterBroken = false;
            return ReadWarc(start, out skipped);
        }
        if (!_started && line.StartsWith("filedesc://", StringComparison.Ordinal)) _arc = true;
        if (_arc && ArcHeader.TryParse(line, _arcVersion, out var arc))
        {
            _started = true;
            _afterBroken = false;
            return ReadArc(arc, start, out skipped);
        }
        return Junk(start, line, out skipped);
    }

    /// <summary>Bytes that are not a record: skipped up to the next line that starts one.</summary>
    private WarcRecord? Junk(long start, string first, out bool skipped)
    {
        long offset = OffsetOf(start);
        int lines = 1;
        while (true)
        {
            long at = _reader.Position;
            var line = ReadLine(out _);
            if (line is null) break;
            if (line.StartsWith("WARC/", StringComparison.Ordinal) || (_arc && ArcHeader.TryParse(line, _arcVersion, out _)))
            {
                _pendingLine = line;
                _pendingStart = at;
                break;
            }
            if (!line.AsSpan().Trim().IsEmpty) lines++;
        }
        long end = _pendingLine is null ? _reader.Position : _pendingStart;
        skipped = true;
        if (_afterBroken)
        {
            // The rest of a record already reported broken (its block, when its length could not be read).
            _afterBroken = false;
            return null;
        }
        if (lines == 1 && end - start <= ToleratedJunkBytes && _started)
        {
            Warnings++;
            return null;
        }
        skipped = false;
        RecordsRead++;
        var preview = first.Length > 40 ? first[..40] + "…" : first;
        return Broken(offset, null, null, null, string.Create(CultureInfo.InvariantCulture,
            $"{end - start} bytes at byte {offset} are not a record (they start \"{Printable(preview)}\")"));
    }

    private WarcRecord? ReadWarc(long start, out bool skipped)
    {
        skipped = false;
        long offset = OffsetOf(start);
        RecordsRead++;
        var fields = ReadFields(out bool cut);
        string? type = Field(fields, "WARC-Type");
        string? url = CleanUri(Field(fields, "WARC-Target-URI"));
        string? date = Field(fields, "WARC-Date");
        if (cut) return Broken(offset, type, url, date, $"the header of the record at byte {offset} is cut by the end of the file or too long");
        if (!long.TryParse(Field(fields, "Content-Length"), NumberStyles.None, CultureInfo.InvariantCulture, out long length))
        {
            _afterBroken = true;
            return Broken(offset, type, url, date, $"the record at byte {offset} has no valid Content-Length");
        }
        _current = (offset, type, url, date);
        long blockStart = _reader.Position;
        WarcRecord? record;
        if (string.Equals(type, "response", StringComparison.OrdinalIgnoreCase)
            && (Field(fields, "Content-Type") is not { } warcType || warcType.StartsWith("application/http", StringComparison.OrdinalIgnoreCase)))
        {
            record = ReadResponse(offset, type, url, date, length);
        }
        else if (string.Equals(type, "resource", StringComparison.OrdinalIgnoreCase) && IsHtml(Field(fields, "Content-Type")))
        {
            record = ReadPayload(offset, type, url, date, length, Field(fields, "Content-Type"), 0, false, null);
        }
        else
        {
            record = SkipBlock(offset, type, url, date, length);
        }
        EndRecord(blockStart);
        return Skipped(record, offset, type, url, date, out skipped);
    }

    /// <summary>
    /// Payloads in arrays rented from <see cref="ArrayPool{T}.Shared"/>, which the caller gives back with
    /// <see cref="WarcRecord.ReturnPayload"/> once parsed: set by <see cref="WarcParser"/>, which owns the records it reads.
    /// </summary>
    internal bool PoolPayloads { get; set; }

    /// <summary>For tests: give skipped records too (with <see cref="WarcRecord.IsSkipped"/>), to compare every record with another reader's.</summary>
    internal bool IncludeSkipped { get; init; }

    private WarcRecord? Skipped(WarcRecord? record, long offset, string? type, string? url, string? date, out bool skipped)
    {
        skipped = record is null && !IncludeSkipped;
        return record ?? (IncludeSkipped ? new WarcRecord(offset, type, url, date) { IsSkipped = true } : null);
    }

    private WarcRecord? ReadArc(ArcHeader header, long start, out bool skipped)
    {
        skipped = false;
        long offset = OffsetOf(start);
        RecordsRead++;
        string date = header.IsoDate;
        if (header.Length < 0)
        {
            _afterBroken = true;
            return Broken(offset, "response", header.Url, date, $"the ARC record at byte {offset} has no valid length (\"{Printable(header.LengthText)}\")");
        }
        _current = (offset, "response", header.Url, date);
        long blockStart = _reader.Position;
        WarcRecord? record;
        if (header.Url.StartsWith("filedesc://", StringComparison.Ordinal))
        {
            // The file's own header: its first line gives the version (1 or 2).
            var version = ReadLine(out int used);
            if (version is not null && version.StartsWith('2')) _arcVersion = 2;
            record = SkipBlock(offset, "warcinfo", header.Url, date, header.Length - used);
            if (record is null)
            {
                EndRecord(blockStart);
                return Skipped(null, offset, "warcinfo", header.Url, date, out skipped);
            }
        }
        else if (_reader.StartsWith("HTTP/"u8))
        {
            record = ReadResponse(offset, "response", header.Url, date, header.Length);
        }
        else if (IsHtml(header.ContentType))
        {
            record = ReadPayload(offset, "response", header.Url, date, header.Length, header.ContentType, 0, false, null);
        }
        else
        {
            record = SkipBlock(offset, "response", header.Url, date, header.Length);
        }
        EndRecord(blockStart);
        return Skipped(record, offset, "response", header.Url, date, out skipped);
    }

    /// <summary>A response block: the HTTP head, then the body when it is a 2xx HTML page.</summary>
    private WarcRecord? ReadResponse(long offset, string? type, string? url, string? date, long length)
    {
        var status = ReadLine(out int used);
        if (status is null) return CutOrBroken(offset, type, url, date, "it is cut by the end of the file");
        var headers = new List<string>();
        while (used < length)
        {
            var line = ReadLine(out int n);
            if (line is null) return CutOrBroken(offset, type, url, date, "the file ends in its HTTP header");
            used += n;
            if (line.Length == 0) break;
            if (used > MaxHeaderBytes) return SkipRest(offset, type, url, date, length - used, "its HTTP header is too long");
            if (line[0] is ' ' or '\t' && headers.Count > 0) headers[^1] += " " + line.Trim();
            else headers.Add(line);
        }
        if (used > length) return CutOrBroken(offset, type, url, date, "its HTTP header runs past the end of its block");
        var head = HttpPayload.Parse(status, headers);
        long rest = Math.Max(0, length - used);
        bool htmlType = head.ContentType is null || IsHtml(head.ContentType);
        if (head.Status is < 200 or > 299 || !htmlType)
        {
            long skippedBytes = _reader.Skip(rest);
            if (skippedBytes < rest) return CutOrBroken(offset, type, url, date, "it is cut by the end of the file");
            SkippedRecords++;
            return null;
        }
        return ReadPayload(offset, type, url, date, rest, head.ContentType, head.Status, head.Chunked, head.ContentEncoding);
    }

    /// <summary>Reads a body of <paramref name="length"/> bytes and decodes it into a page record (or skips it when it is not HTML after all).</summary>
    private WarcRecord? ReadPayload(long offset, string? type, string? url, string? date, long length, string? contentType, int status, bool chunked, string? contentEncoding)
    {
        if (length > MaxPayloadBytes) return SkipRest(offset, type, url, date, length, string.Create(CultureInfo.InvariantCulture, $"its payload of {length:N0} bytes is larger than the limit of {MaxPayloadBytes:N0}"));
        var body = PoolPayloads ? ArrayPool<byte>.Shared.Rent((int)length) : new byte[length];
        int read = _reader.Read(body.AsSpan(0, (int)length));
        if (read < length)
        {
            if (PoolPayloads) ArrayPool<byte>.Shared.Return(body);
            return CutOrBroken(offset, type, url, date, string.Create(CultureInfo.InvariantCulture, $"it is cut by the end of the file ({read:N0} of {length:N0} bytes)"));
        }
        var payload = HttpPayload.Decode(body, (int)length, chunked, contentEncoding, MaxPayloadBytes, out var error);
        // The rented array stays with the record only when the payload is in it (no coding to undo).
        byte[]? pooled = PoolPayloads && payload is { } p && MemoryMarshal.TryGetArray(p, out var segment) && segment.Array == body ? body : null;
        if (PoolPayloads && pooled is null) ArrayPool<byte>.Shared.Return(body);
        if (payload is null) return Broken(offset, type, url, date, $"the record at byte {offset} cannot be decoded: {error}");
        if (contentType is null && !LooksHtml(payload.Value.Span))
        {
            if (pooled is not null) ArrayPool<byte>.Shared.Return(pooled);
            SkippedRecords++;
            return null;
        }
        HtmlRecords++;
        _current = null;
        return new WarcRecord(offset, type, url, date, payload.Value)
        {
            HttpStatus = status,
            ContentType = contentType,
            Charset = contentType is null ? null : ContentTypeCharset.Of(contentType),
            PooledArray = pooled,
        };
    }

    private WarcRecord? SkipBlock(long offset, string? type, string? url, string? date, long length)
    {
        if (_reader.Skip(length) < length) return CutOrBroken(offset, type, url, date, "it is cut by the end of the file");
        SkippedRecords++;
        return null;
    }

    private WarcRecord SkipRest(long offset, string? type, string? url, string? date, long rest, string why)
    {
        long skippedBytes = rest > 0 ? _reader.Skip(rest) : 0;
        return Broken(offset, type, url, date, skippedBytes < rest ? $"the record at byte {offset} is cut by the end of the file" : $"the record at byte {offset} cannot be read: {why}");
    }

    private WarcRecord CutOrBroken(long offset, string? type, string? url, string? date, string why) =>
        Broken(offset, type, url, date, $"the record at byte {offset} cannot be read: {why}");

    private WarcRecord Broken(long offset, string? type, string? url, string? date, string error)
    {
        BrokenRecords++;
        _current = null;
        return new WarcRecord(offset, type, url, date) { Error = error };
    }

    /// <summary>The end of a record's block: counts a record whose block ends in another gzip member than it starts in.</summary>
    private void EndRecord(long blockStart)
    {
        _current = null;
        if (_gzip is null) return;
        var (_, member) = _gzip.MemberAt(Math.Max(blockStart, _reader.Position - 1));
        if (member != _startMember && !_counted) RecordsSharingMembers++;
        _endMember = member;
    }

    private long _startMember = -1, _endMember = -1;
    private bool _counted;

    /// <summary>
    /// The offset a record starting at stream position <paramref name="start"/> is given (see
    /// <see cref="WarcRecord.Offset"/>); counts a record that starts in the member the previous one ended in.
    /// </summary>
    private long OffsetOf(long start)
    {
        if (_gzip is null) return start;
        var (offset, member) = _gzip.MemberAt(start);
        _counted = member == _endMember;
        if (_counted) RecordsSharingMembers++;
        _startMember = member;
        return offset;
    }

    /// <summary>Header lines up to the blank line, folded lines joined; <paramref name="cut"/> when the stream ends first or the header is too long.</summary>
    private List<KeyValuePair<string, string>> ReadFields(out bool cut)
    {
        var fields = new List<KeyValuePair<string, string>>();
        long total = 0;
        cut = false;
        while (true)
        {
            var line = ReadLine(out int used);
            total += used;
            if (line is null || total > MaxHeaderBytes)
            {
                cut = true;
                return fields;
            }
            if (line.Length == 0) return fields;
            if (line[0] is ' ' or '\t' && fields.Count > 0)
            {
                fields[^1] = KeyValuePair.Create(fields[^1].Key, fields[^1].Value + " " + line.Trim());
                continue;
            }
            int colon = line.IndexOf(':');
            if (colon > 0) fields.Add(KeyValuePair.Create(line[..colon].Trim(), line[(colon + 1)..].Trim()));
        }
    }

    private static string? Field(List<KeyValuePair<string, string>> fields, string name)
    {
        foreach (var (key, value) in fields)
        {
            if (key.Equals(name, StringComparison.OrdinalIgnoreCase)) return value;
        }
        return null;
    }

    /// <summary>A target URI as written, without the angle brackets wget wrote around it; spaces inside are kept.</summary>
    private static string? CleanUri(string? uri)
    {
        if (uri is null) return null;
        uri = uri.Trim();
        if (uri.Length >= 2 && uri[0] == '<' && uri[^1] == '>') uri = uri[1..^1].Trim();
        return uri.Length == 0 ? null : uri;
    }

    private string? ReadLine(out int used)
    {
        var line = _reader.ReadLine(MaxLineBytes, out _, out used);
        return line;
    }

    /// <summary>True for an HTML media type (text/html, application/xhtml+xml), parameters aside.</summary>
    internal static bool IsHtml(string? contentType)
    {
        if (contentType is null) return false;
        var mime = contentType.AsSpan();
        int semicolon = mime.IndexOf(';');
        if (semicolon >= 0) mime = mime[..semicolon];
        mime = mime.Trim();
        return mime.Equals("text/html", StringComparison.OrdinalIgnoreCase) || mime.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A payload without a media type is a page when its start looks like markup.</summary>
    private static bool LooksHtml(ReadOnlySpan<byte> payload)
    {
        var start = payload[..Math.Min(payload.Length, InputSniffer.SniffChars)];
        return InputSniffer.LooksLikeHtml(System.Text.Encoding.Latin1.GetString(start));
    }

    private static string Printable(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) ? '?' : c));

    /// <summary>Disposes the stream unless the reader was made to leave it open.</summary>
    public void Dispose()
    {
        _gzip?.Dispose();
        if (!_leaveOpen) _file.Dispose();
    }
}
