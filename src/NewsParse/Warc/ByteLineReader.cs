using System.Text;

namespace NewsParse.Warc;

/// <summary>
/// A forward-only buffered reader of bytes for the record layer of <see cref="WarcReader"/>: header lines (ended by
/// LF or CRLF, read as UTF-8), blocks of a known length, and skips, with the position counted from the start.
/// Holds at most its buffer (64 KiB, more only for a line that needs it, up to the caller's limit). Errors of the
/// underlying stream (a corrupt gzip member) propagate; <see cref="Discard"/> then drops what was buffered.
/// </summary>
internal sealed class ByteLineReader(Stream stream)
{
    private byte[] _buffer = new byte[64 * 1024];
    private int _start, _end;
    private long _position;   // stream position of _buffer[_start]
    private bool _ended;

    /// <summary>Bytes consumed so far.</summary>
    public long Position => _position;

    /// <summary>True when every byte was consumed and the stream has ended.</summary>
    public bool AtEnd => _start == _end && !Fill();

    /// <summary>Drops the buffered bytes (after the stream skipped a broken part), counting them as consumed.</summary>
    public void Discard()
    {
        _position += _end - _start;
        _start = _end = 0;
    }

    /// <summary>
    /// The next line without its line break, or null at the end of the stream. A line longer than
    /// <paramref name="maxBytes"/> gives <paramref name="tooLong"/> true and is consumed up to the limit only.
    /// </summary>
    public string? ReadLine(int maxBytes, out bool tooLong, out int consumed)
    {
        tooLong = false;
        consumed = 0;
        int scanned = 0;
        while (true)
        {
            int lf = _buffer.AsSpan(_start + scanned, _end - _start - scanned).IndexOf((byte)'\n');
            if (lf >= 0)
            {
                int length = scanned + lf;
                if (length > maxBytes)
                {
                    tooLong = true;
                    return Take(maxBytes, maxBytes, out consumed);
                }
                return Take(length, length + 1, out consumed);
            }
            scanned = _end - _start;
            if (scanned > maxBytes)
            {
                tooLong = true;
                return Take(maxBytes, maxBytes, out consumed);
            }
            if (!Fill(growFor: scanned + 1))
            {
                if (_start == _end) return null;
                return Take(_end - _start, _end - _start, out consumed);
            }
        }
    }

    private string Take(int length, int consume, out int consumed)
    {
        var line = _buffer.AsSpan(_start, length);
        if (line.Length > 0 && line[^1] == '\r') line = line[..^1];
        var text = Encoding.UTF8.GetString(line);
        _start += consume;
        _position += consume;
        consumed = consume;
        return text;
    }

    /// <summary>True when the next bytes are <paramref name="prefix"/> (reads ahead as needed, consumes nothing).</summary>
    public bool StartsWith(ReadOnlySpan<byte> prefix)
    {
        while (_end - _start < prefix.Length)
        {
            if (!Fill(growFor: prefix.Length)) return false;
        }
        return _buffer.AsSpan(_start, prefix.Length).SequenceEqual(prefix);
    }

    /// <summary>Reads up to <paramref name="target"/>.Length bytes into it; fewer only at the end of the stream.</summary>
    public int Read(Span<byte> target)
    {
        int done = 0;
        while (done < target.Length)
        {
            if (_start == _end && !Fill()) break;
            int n = Math.Min(target.Length - done, _end - _start);
            _buffer.AsSpan(_start, n).CopyTo(target[done..]);
            _start += n;
            _position += n;
            done += n;
        }
        return done;
    }

    /// <summary>Skips up to <paramref name="count"/> bytes; returns how many (fewer only at the end of the stream).</summary>
    public long Skip(long count)
    {
        long done = 0;
        while (done < count)
        {
            if (_start == _end && !Fill()) break;
            int n = (int)Math.Min(count - done, _end - _start);
            _start += n;
            _position += n;
            done += n;
        }
        return done;
    }

    /// <summary>Reads more; false at the end of the stream. The buffer grows only to hold <paramref name="growFor"/> bytes from the start.</summary>
    private bool Fill(int growFor = 0)
    {
        if (_ended) return false;
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length || growFor >= _buffer.Length) Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, growFor + 1));
        int n = stream.Read(_buffer, _end, _buffer.Length - _end);
        if (n == 0)
        {
            _ended = true;
            return false;
        }
        _end += n;
        return true;
    }
}
