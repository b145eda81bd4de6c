using System.Globalization;
using System.IO.Compression;

namespace NewsParse.Warc;

/// <summary>
/// The HTTP parts of an archived response: the status line and the headers the reader needs, and the body decoded as
/// a client would (<c>Transfer-Encoding: chunked</c>, then <c>Content-Encoding</c> gzip, deflate or br). Lenient as
/// warcio is: a body declared chunked that is not is taken as it is (crawlers often store it de-chunked and keep the
/// header), and a compressed body cut short keeps what decompresses. Stateless and thread-safe.
/// </summary>
internal static class HttpPayload
{
    /// <summary>The head of an HTTP response: its status (0 when the status line cannot be read) and the headers used.</summary>
    public sealed record Head(int Status, string? ContentType, bool Chunked, string? ContentEncoding);

    /// <summary>Reads a status line ("HTTP/1.1 200 OK") and header lines into a <see cref="Head"/>.</summary>
    public static Head Parse(string statusLine, IReadOnlyList<string> headerLines)
    {
        int status = 0;
        var parts = statusLine.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length >= 2 && parts[0].StartsWith("HTTP/", StringComparison.OrdinalIgnoreCase)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int code)) status = code;
        string? contentType = null, transfer = null, encoding = null;
        foreach (var line in headerLines)
        {
            int colon = line.IndexOf(':');
            if (colon <= 0) continue;
            var name = line.AsSpan(0, colon).Trim();
            var value = line[(colon + 1)..].Trim();
            if (name.Equals("content-type", StringComparison.OrdinalIgnoreCase)) contentType ??= value;
            else if (name.Equals("transfer-encoding", StringComparison.OrdinalIgnoreCase)) transfer ??= value;
            else if (name.Equals("content-encoding", StringComparison.OrdinalIgnoreCase)) encoding ??= value;
        }
        bool chunked = transfer is not null && transfer.Contains("chunked", StringComparison.OrdinalIgnoreCase);
        return new Head(status, contentType, chunked, encoding);
    }

    /// <summary>
    /// The body as a client reads it: de-chunked when <paramref name="chunked"/> (unless it is not in chunks), then
    /// decompressed by <paramref name="contentEncoding"/> (a list is undone from its last coding). Null with
    /// <paramref name="error"/> when a coding is unknown or the result is larger than <paramref name="maxBytes"/>.
    /// </summary>
    public static ReadOnlyMemory<byte>? Decode(byte[] body, int length, bool chunked, string? contentEncoding, int maxBytes, out string? error)
    {
        error = null;
        if (chunked && Dechunk(body.AsSpan(0, length)) is { } plain)
        {
            body = plain;
            length = plain.Length;
        }
        if (string.IsNullOrWhiteSpace(contentEncoding)) return body.AsMemory(0, length);
        var codings = contentEncoding.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (int i = codings.Length - 1; i >= 0; i--)
        {
            var coding = codings[i].ToLowerInvariant();
            if (coding is "identity" or "none" or "") continue;
            var decoded = coding switch
            {
                "gzip" or "x-gzip" => Inflate(body, length, s => new GZipStream(s, CompressionMode.Decompress), maxBytes, out error),
                "deflate" => Inflate(body, length, s => new ZLibStream(s, CompressionMode.Decompress), maxBytes, out error)
                    ?? Inflate(body, length, s => new DeflateStream(s, CompressionMode.Decompress), maxBytes, out error),
                "br" => Inflate(body, length, s => new BrotliStream(s, CompressionMode.Decompress), maxBytes, out error),
                _ => null,
            };
            if (decoded is null)
            {
                error ??= $"the content coding \"{codings[i]}\" is not supported";
                return null;
            }
            error = null;
            body = decoded;
            length = decoded.Length;
        }
        return body.AsMemory(0, length);
    }

    /// <summary>Decompresses <paramref name="body"/>; what came out before an error is kept (a body cut short), none at all is a failure.</summary>
    private static byte[]? Inflate(byte[] body, int length, Func<Stream, Stream> open, int maxBytes, out string? error)
    {
        error = null;
        using var output = new MemoryStream();
        var buffer = new byte[16 * 1024];
        try
        {
            using var input = open(new MemoryStream(body, 0, length, writable: false));
            int n;
            while ((n = input.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (output.Length + n > maxBytes)
                {
                    error = string.Create(CultureInfo.InvariantCulture, $"the decompressed body is larger than {maxBytes:N0} bytes");
                    return null;
                }
                output.Write(buffer, 0, n);
            }
        }
        catch (InvalidDataException e)
        {
            if (output.Length == 0)
            {
                error = $"the compressed body cannot be read ({e.Message})";
                return null;
            }
        }
        return output.ToArray();
    }

    /// <summary>The data of a chunked body, or null when the body is not in chunks (then it is used as it is).</summary>
    internal static byte[]? Dechunk(ReadOnlySpan<byte> body)
    {
        var output = new byte[body.Length];
        int length = 0, at = 0;
        while (true)
        {
            int lineEnd = body[at..].IndexOf((byte)'\n');
            if (lineEnd < 0) return null;
            var line = body.Slice(at, lineEnd);
            int semicolon = line.IndexOf((byte)';');
            if (semicolon >= 0) line = line[..semicolon];
            line = line.Trim((ReadOnlySpan<byte>)" \t\r"u8);
            if (line.IsEmpty || line.Length > 8) return null;
            int size = 0;
            foreach (byte b in line)
            {
                int digit = HexDigit(b);
                if (digit < 0) return null;
                size = size * 16 + digit;
            }
            at += lineEnd + 1;
            if (size == 0) return output[..length]; // trailers, if any, are not needed
            if (size > body.Length - at) return null;
            body.Slice(at, size).CopyTo(output.AsSpan(length));
            length += size;
            at += size;
            // the chunk's CRLF (a bare LF is accepted)
            if (at < body.Length && body[at] == '\r') at++;
            if (at < body.Length && body[at] == '\n') at++;
            else if (at < body.Length) return null;
            if (at >= body.Length) return output[..length]; // the last chunk line is missing: keep the data
        }
    }

    private static int HexDigit(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };
}
