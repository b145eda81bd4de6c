using System.IO.Compression;
using System.Text;

namespace NewsParse.Tests.Warc;

/// <summary>Writes small WARC 1.1 archives for tests, each record gzipped as its own member or not, and remembers each record's offset.</summary>
internal sealed class WarcBuilder(bool gzip) : IDisposable
{
    private readonly MemoryStream _file = new();
    private int _number;

    /// <summary>The offsets of the records written, in order.</summary>
    public List<long> Offsets { get; } = [];

    /// <summary>A response record holding an HTTP response with <paramref name="httpHeaders"/> and <paramref name="body"/>.</summary>
    public long Response(string url, byte[] body, string httpHeaders = "Content-Type: text/html", int status = 200) =>
        Record("response", url, "application/http; msgtype=response",
            [.. Encoding.ASCII.GetBytes($"HTTP/1.1 {status} OK\r\n{httpHeaders}\r\nContent-Length: {body.Length}\r\n\r\n"), .. body]);

    /// <summary>Any record: a WARC header with these fields and the block.</summary>
    public long Record(string type, string? url, string? contentType, byte[] block, string? contentLength = null)
    {
        var header = new StringBuilder("WARC/1.1\r\n")
            .Append("WARC-Type: ").Append(type).Append("\r\n")
            .Append("WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-").Append((++_number).ToString("D12")).Append(">\r\n")
            .Append("WARC-Date: 2024-05-0").Append(1 + _number % 9).Append("T12:00:00Z\r\n");
        if (url is not null) header.Append("WARC-Target-URI: ").Append(url).Append("\r\n");
        if (contentType is not null) header.Append("Content-Type: ").Append(contentType).Append("\r\n");
        header.Append("Content-Length: ").Append(contentLength ?? block.Length.ToString()).Append("\r\n\r\n");
        byte[] record = [.. Encoding.UTF8.GetBytes(header.ToString()), .. block, .. "\r\n\r\n"u8];
        return Raw(record);
    }

    /// <summary>Bytes written as they are (gzipped as one member when the archive is); returns their offset.</summary>
    public long Raw(byte[] bytes)
    {
        long offset = _file.Position;
        Offsets.Add(offset);
        if (gzip)
        {
            using var member = new GZipStream(_file, CompressionLevel.Fastest, leaveOpen: true);
            member.Write(bytes);
        }
        else
        {
            _file.Write(bytes);
        }
        return offset;
    }

    /// <summary>Bytes written as they are, never gzipped (garbage between members).</summary>
    public void Garbage(byte[] bytes) => _file.Write(bytes);

    public byte[] ToArray() => _file.ToArray();

    public void Dispose() => _file.Dispose();

    /// <summary>An HTTP body in chunks of <paramref name="size"/> bytes.</summary>
    public static byte[] Chunked(byte[] body, int size)
    {
        var output = new MemoryStream();
        for (int at = 0; at < body.Length; at += size)
        {
            int n = Math.Min(size, body.Length - at);
            output.Write(Encoding.ASCII.GetBytes($"{n:x};ext=1\r\n"));
            output.Write(body, at, n);
            output.Write("\r\n"u8);
        }
        output.Write("0\r\n\r\n"u8);
        return output.ToArray();
    }

    /// <summary>A body gzipped as an HTTP content coding.</summary>
    public static byte[] Gzip(byte[] body)
    {
        var output = new MemoryStream();
        using (var gz = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true)) gz.Write(body);
        return output.ToArray();
    }
}
