using System.Buffers.Binary;
using System.IO.Compression;

namespace NewsParse.Warc;

/// <summary>
/// The decompressed content of a file of gzip members (RFC 1952), member after member, read forward and never held
/// whole: what <c>zcat</c> gives, plus where each member starts in the file, so that a record can be given the byte
/// offset of the member it starts in (the offset an index of a <c>.warc.gz</c> records). A corrupt member throws
/// <see cref="WarcFormatException"/> once, after the stream has moved on to the next gzip header in the file, so the
/// next read goes on from there.
/// </summary>
/// <remarks>
/// Each member's deflate data is read by a <see cref="DeflateStream"/>, which reads ahead of the data's end. Where the
/// member ends is found from its 8-byte trailer: the last four bytes hold the member's decompressed length (mod 2^32),
/// and the next member begins with the gzip magic; the trailer is looked for only in the last piece of input the
/// inflater was given (pieces are at most <see cref="FeedBytes"/>), so a false match needs 7 bytes to agree by chance.
/// </remarks>
internal sealed class GzipMemberStream : Stream
{
    /// <summary>Input given to the inflater at a time: the trailer is looked for within the last such piece.</summary>
    private const int FeedBytes = 16 * 1024;

    /// <summary>Longest gzip header accepted (with its extra field, name and comment).</summary>
    private const int MaxHeaderBytes = 64 * 1024;

    private readonly Stream _raw;
    private readonly bool _leaveOpen;
    private byte[] _buffer = new byte[256 * 1024];
    private long _bufferOffset;          // file offset of _buffer[0]
    private int _length;                 // valid bytes in _buffer
    private bool _rawEnded;
    private long _cursor;                // file offset of the next byte to read (header parsing, feeding)
    private long _lastFeed;              // file offset of the last piece given to the inflater
    private DeflateStream? _inflater;
    private long _memberOffset;
    private long _deflateStart;
    private long _memberOut;
    private long _position;
    private readonly List<(long Start, long Offset, long Number)> _members = [];
    private long _memberCount;

    /// <summary>Reads the members of <paramref name="raw"/>, from its current position (taken as file offset 0).</summary>
    public GzipMemberStream(Stream raw, bool leaveOpen)
    {
        _raw = raw;
        _leaveOpen = leaveOpen;
    }

    /// <summary>Bytes of the file read so far (for progress).</summary>
    public long FileBytesRead => _cursor;

    /// <summary>Members started so far.</summary>
    public long MemberCount => _memberCount;

    /// <summary>
    /// The file offset of the member that holds decompressed position <paramref name="position"/>, and its number
    /// (0-based, in file order). Positions must be asked in increasing order: older members are forgotten.
    /// </summary>
    public (long Offset, long Number) MemberAt(long position)
    {
        int found = -1;
        for (int i = 0; i < _members.Count && _members[i].Start <= position; i++) found = i;
        if (found < 0) return _members.Count > 0 ? (_members[0].Offset, _members[0].Number) : (_cursor, _memberCount);
        if (found > 0) _members.RemoveRange(0, found);
        return (_members[0].Offset, _members[0].Number);
    }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc />
    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty) return 0;
        while (true)
        {
            if (_inflater is null && !StartMember()) return 0;
            int n;
            try
            {
                n = _inflater!.Read(buffer);
            }
            catch (InvalidDataException e)
            {
                long broken = _memberOffset;
                DropInflater();
                Resync(broken + 1);
                throw new WarcFormatException(broken, $"the gzip member at byte {broken} is corrupt ({e.Message})");
            }
            if (n > 0)
            {
                _memberOut += n;
                _position += n;
                return n;
            }
            EndMember();
        }
    }

    /// <summary>Reads the gzip header at the cursor and starts its inflater; false at the end of the file.</summary>
    private bool StartMember()
    {
        if (!Ensure(_cursor, 10))
        {
            // Fewer than 10 bytes left: the end, unless they are a cut member.
            if (Available(_cursor) == 0 || IsPadding(_cursor)) return Finish();
            long cut = _cursor;
            _cursor = _bufferOffset + _length;
            throw new WarcFormatException(cut, $"the file ends with {Available(cut)} bytes that are not a gzip member");
        }
        var head = Span(_cursor, 10);
        if (head[0] != 0x1F || head[1] != 0x8B || head[2] != 8 || (head[3] & 0xE0) != 0)
        {
            if (IsPadding(_cursor)) return Finish();
            long bad = _cursor;
            Resync(bad + 1);
            throw new WarcFormatException(bad, $"the bytes at {bad} are not a gzip member");
        }
        byte flags = head[3];
        long at = _cursor + 10;
        if ((flags & 4) != 0)
        {
            if (!Ensure(at, 2)) return Truncated(_cursor);
            at += 2 + BinaryPrimitives.ReadUInt16LittleEndian(Span(at, 2));
        }
        if ((flags & 8) != 0 && !SkipZeroTerminated(ref at)) return Truncated(_cursor);
        if ((flags & 16) != 0 && !SkipZeroTerminated(ref at)) return Truncated(_cursor);
        if ((flags & 2) != 0) at += 2;
        if (at - _cursor > MaxHeaderBytes || !Ensure(at, 0)) return Truncated(_cursor);
        _memberOffset = _cursor;
        _deflateStart = at;
        _cursor = at;
        _lastFeed = at;
        _memberOut = 0;
        _members.Add((_position, _memberOffset, _memberCount++));
        _inflater = new DeflateStream(new Feed(this), CompressionMode.Decompress, leaveOpen: false);
        return true;
    }

    private bool Finish()
    {
        _cursor = _bufferOffset + _length;
        return false;
    }

    private bool Truncated(long member)
    {
        _cursor = _bufferOffset + _length;
        throw new WarcFormatException(member, $"the gzip member at byte {member} is cut by the end of the file");
    }

    /// <summary>Zeros or white space to the end of the file: padding some writers leave, not a member.</summary>
    private bool IsPadding(long from)
    {
        long limit = from + MaxHeaderBytes;
        while (Ensure(from, 1))
        {
            if (from >= limit) return false;
            var rest = Span(from, Available(from));
            foreach (byte b in rest)
            {
                if (b is not (0 or (byte)'\r' or (byte)'\n' or (byte)' ')) return false;
            }
            from += rest.Length;
        }
        return true;
    }

    private bool SkipZeroTerminated(ref long at)
    {
        long limit = _cursor + MaxHeaderBytes;
        while (at < limit)
        {
            if (!Ensure(at, 1)) return false;
            var rest = Span(at, (int)Math.Min(Available(at), limit - at));
            int zero = rest.IndexOf((byte)0);
            if (zero >= 0)
            {
                at += zero + 1;
                return true;
            }
            at += rest.Length;
        }
        return false;
    }

    /// <summary>The member's deflate data ended: finds its trailer and puts the cursor after it.</summary>
    private void EndMember()
    {
        long member = _memberOffset;
        uint size = (uint)_memberOut;
        DropInflater();
        long from = Math.Max(_deflateStart, _lastFeed - 16);
        long to = _cursor; // everything given to the inflater
        long sizeOnly = -1;
        Ensure(from, (int)(to - from) + 11);
        for (long end = from; end <= to; end++)
        {
            if (!Ensure(end, 8)) break;
            if (BinaryPrimitives.ReadUInt32LittleEndian(Span(end + 4, 4)) != size) continue;
            long next = end + 8;
            bool nextIsMember = Ensure(next, 2) && Span(next, 2) is [0x1F, 0x8B];
            if (nextIsMember || Available(next) == 0 || IsPadding(next))
            {
                _cursor = _lastFeed = next;
                return;
            }
            if (sizeOnly < 0) sizeOnly = next;
        }
        if (sizeOnly >= 0)
        {
            // A whole member followed by something that is not one: the next read says so.
            _cursor = _lastFeed = sizeOnly;
            return;
        }
        Resync(member + 1);
        throw new WarcFormatException(member, $"the gzip member at byte {member} has no valid end (cut or corrupt)");
    }

    private void DropInflater()
    {
        _inflater?.Dispose();
        _inflater = null;
    }

    /// <summary>Moves the cursor to the next gzip header at or after <paramref name="from"/> (or to the end of the file).</summary>
    private void Resync(long from)
    {
        // From the earliest byte still held (what lies before was read by the inflater already); the cursor moves
        // along, so the buffer does not grow however long the garbage is.
        long at = Math.Max(from, _bufferOffset);
        while (true)
        {
            _cursor = _lastFeed = at;
            if (!Ensure(at, 4)) break;
            var rest = Span(at, Available(at));
            int magic = rest.IndexOf((ReadOnlySpan<byte>)[0x1F, 0x8B, 8]);
            if (magic < 0)
            {
                at += Math.Max(1, rest.Length - 3);
                continue;
            }
            at += magic;
            if (Ensure(at, 4) && (Span(at, 4)[3] & 0xE0) == 0)
            {
                _cursor = _lastFeed = at;
                return;
            }
            at++;
        }
        _cursor = _lastFeed = _bufferOffset + _length;
    }

    /// <summary>Bytes of the buffer from file offset <paramref name="at"/> (which must be in it).</summary>
    private int Available(long at) => (int)Math.Max(0, _bufferOffset + _length - at);

    private ReadOnlySpan<byte> Span(long at, int count) => _buffer.AsSpan((int)(at - _bufferOffset), count);

    /// <summary>
    /// Makes the buffer hold <paramref name="count"/> bytes from file offset <paramref name="at"/>, reading more
    /// (and dropping what lies before the cursor's last feed) as needed; false when the file ends first.
    /// </summary>
    private bool Ensure(long at, int count)
    {
        while (_bufferOffset + _length < at + count)
        {
            if (_rawEnded) return false;
            long keep = Math.Min(Math.Min(at, _cursor), Math.Max(_bufferOffset, _lastFeed - 16));
            int drop = (int)Math.Min(keep - _bufferOffset, _length);
            if (drop > 0)
            {
                _buffer.AsSpan(drop, _length - drop).CopyTo(_buffer);
                _length -= drop;
                _bufferOffset += drop;
            }
            if (_length == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2);
            int n = _raw.Read(_buffer, _length, _buffer.Length - _length);
            if (n == 0) _rawEnded = true;
            _length += n;
        }
        return at >= _bufferOffset;
    }

    /// <summary>What the inflater reads: the file from the cursor, a piece at a time.</summary>
    private sealed class Feed(GzipMemberStream owner) : Stream
    {
        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (!owner.Ensure(owner._cursor, 1)) return 0;
            int n = Math.Min(Math.Min(buffer.Length, FeedBytes), owner.Available(owner._cursor));
            owner.Span(owner._cursor, n).CopyTo(buffer);
            owner._lastFeed = owner._cursor;
            owner._cursor += n;
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            DropInflater();
            if (!_leaveOpen) _raw.Dispose();
        }
        base.Dispose(disposing);
    }

    /// <inheritdoc />
    public override bool CanRead => true;

    /// <inheritdoc />
    public override bool CanSeek => false;

    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc />
    public override long Position { get => _position; set => throw new NotSupportedException(); }

    /// <inheritdoc />
    public override void Flush() { }

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
