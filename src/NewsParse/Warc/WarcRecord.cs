namespace NewsParse.Warc;

/// <summary>
/// One record of a web archive given by <see cref="WarcReader"/>: an HTML page (a WARC <c>response</c> with a 2xx
/// HTML response, an HTML <c>resource</c>, or an ARC record) with its payload decoded, or a record that could not be
/// read, with <see cref="Error"/> saying why. Immutable once made; the payload is the record's own copy.
/// </summary>
public sealed class WarcRecord
{
    internal WarcRecord(long offset, string? type, string? url, string? date, ReadOnlyMemory<byte> payload = default)
    {
        Payload = payload;
        Offset = offset;
        Type = type;
        Url = url;
        Date = date;
    }

    /// <summary>
    /// The byte offset of the record in the file: where its header starts, or in a <c>.gz</c> archive where the gzip
    /// member holding its start starts (the offset an index such as a CDX file gives). In a file gzipped whole,
    /// every record is in the one member at 0 (see <see cref="WarcReader.RecordsSharingMembers"/>).
    /// </summary>
    public long Offset { get; }

    /// <summary>The WARC-Type (<c>response</c>, <c>resource</c>; <c>response</c> for an ARC record), or null when the header could not be read.</summary>
    public string? Type { get; }

    /// <summary>The WARC-Target-URI (or the ARC record's URL) as written, without the angle brackets some writers add; null when unknown.</summary>
    public string? Url { get; }

    /// <summary>The WARC-Date as written (ISO 8601, UTC), or an ARC record's 14-digit date as ISO 8601; null when unknown.</summary>
    public string? Date { get; }

    /// <summary>The HTTP status of a response (0 for a resource record).</summary>
    public int HttpStatus { get; internal init; }

    /// <summary>The payload's media type with its parameters (the HTTP <c>Content-Type</c>, or the WARC one of a resource), or null.</summary>
    public string? ContentType { get; internal init; }

    /// <summary>The charset of <see cref="ContentType"/>, or null: the transport-layer encoding, which takes precedence over a meta charset in the page.</summary>
    public string? Charset { get; internal init; }

    /// <summary>The page's bytes, with any chunked transfer and gzip, deflate or br content coding undone; empty for a broken record.</summary>
    public ReadOnlyMemory<byte> Payload { get; private set; }

    /// <summary>The array <see cref="Payload"/> lies in when it was rented (<see cref="WarcReader.PoolPayloads"/>), else null.</summary>
    internal byte[]? PooledArray { get; init; }

    /// <summary>Gives a rented payload back to the pool (the record's payload is empty after); nothing for an array of its own.</summary>
    internal void ReturnPayload()
    {
        if (PooledArray is null) return;
        Payload = default;
        System.Buffers.ArrayPool<byte>.Shared.Return(PooledArray);
    }

    /// <summary>For tests (<see cref="WarcReader.IncludeSkipped"/>): a record that is not a page, given only to be compared.</summary>
    internal bool IsSkipped { get; init; }

    /// <summary>Why the record could not be read (cut, corrupt, too large, not a record), or null for a page.</summary>
    public string? Error { get; internal init; }
}
