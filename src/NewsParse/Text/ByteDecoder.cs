using System.Buffers;
using System.Text;
using NewsParse.Model;

namespace NewsParse.Text;

/// <summary>
/// Decodes input bytes given in chunks into characters, choosing the encoding from the first bytes (see
/// <see cref="EncodingSniffer"/>: up to <see cref="EncodingSniffer.SniffBytes"/> are held until it decides).
/// Resumable: a multi-byte character cut by a chunk boundary is completed by the next chunk. Invalid sequences become
/// U+FFFD and set <see cref="SawInvalidBytes"/> (a U+FFFD written in the input as valid bytes does not).
/// </summary>
internal sealed class ByteDecoder
{
    private byte[]? _sniff;
    private int _sniffLength;
    private Decoder? _decoder;
    private char[] _chars = ArrayPool<char>.Shared.Rent(PieceBytes + 2);
    private RecordingFallback? _fallback;

    /// <summary>True once some bytes were not valid in the encoding (wherever they were: the decision does not depend on chunking).</summary>
    public bool SawInvalidBytes => _fallback?.Used == true;

    /// <summary>Diagnostics about the choice of encoding, known once it is decided (from the first bytes only).</summary>
    public List<Diagnostic> Diagnostics { get; } = [];

    /// <summary>The encoding in use, once decided.</summary>
    public Encoding? Encoding { get; private set; }

    /// <summary>
    /// The charset label given by the transport layer (the HTTP <c>Content-Type</c> header), or null; it takes precedence
    /// over a meta declaration. Set before the first bytes are appended.
    /// </summary>
    public string? TransportCharset { get; set; }

    public delegate void CharSink(ReadOnlySpan<char> chars, bool isFinal);

    /// <summary>Where the next piece may be decoded: room for <paramref name="chars"/> characters, or an empty span for the decoder's own buffer.</summary>
    public delegate Span<char> CharTarget(int chars);

    /// <summary>
    /// Where to decode, when the sink keeps the characters (see <see cref="Reading.PageBuffer.Tail"/>): the sink is then
    /// given the span it provided, and no copy is made. Null: the decoder's own buffer.
    /// </summary>
    public CharTarget? Target { get; set; }

    public void Append(ReadOnlySpan<byte> bytes, bool isFinal, CharSink sink)
    {
        if (_decoder is null)
        {
            if (_sniffLength == 0 && EncodingSniffer.TrySniff(bytes, isFinal, TransportCharset) is { } direct)
            {
                // Decided from the chunk itself: nothing is copied.
                Start(direct);
                Decode(bytes[direct.BomLength..], isFinal, sink);
                return;
            }
            _sniff ??= ArrayPool<byte>.Shared.Rent(EncodingSniffer.SniffBytes);
            int take = Math.Min(bytes.Length, EncodingSniffer.SniffBytes - _sniffLength);
            bytes[..take].CopyTo(_sniff.AsSpan(_sniffLength));
            _sniffLength += take;
            bytes = bytes[take..];
            if (EncodingSniffer.TrySniff(_sniff.AsSpan(0, _sniffLength), isFinal && bytes.IsEmpty, TransportCharset) is not { } sniffed) return;
            Start(sniffed);
            var held = _sniff;
            _sniff = null;
            Decode(held.AsSpan(sniffed.BomLength, _sniffLength - sniffed.BomLength), isFinal && bytes.IsEmpty, sink);
            ArrayPool<byte>.Shared.Return(held, clearArray: true);
            if (bytes.IsEmpty) return;
        }
        Decode(bytes, isFinal, sink);
    }

    private void Start(EncodingSniffer.Result result)
    {
        Encoding = result.Encoding;
        _decoder = result.Encoding.GetDecoder();
        _fallback = new RecordingFallback();
        _decoder.Fallback = _fallback;
        if (result.Diagnostic is { } diagnostic) Diagnostics.Add(diagnostic);
    }

    /// <summary>Bytes decoded at a time: the character buffer stays small (no large object) whatever the chunk size.</summary>
    private const int PieceBytes = 8192;

    private void Decode(ReadOnlySpan<byte> bytes, bool isFinal, CharSink sink)
    {
        do
        {
            var piece = bytes[..Math.Min(bytes.Length, PieceBytes)];
            bytes = bytes[piece.Length..];
            bool last = isFinal && bytes.IsEmpty;
            // Room for the most characters the piece can give (leftover bytes of the previous piece included), so that
            // the bytes are read once, not counted first.
            int most = Encoding!.GetMaxCharCount(piece.Length);
            var into = Target is { } target ? target(most) : default;
            if (into.IsEmpty)
            {
                if (most > _chars.Length)
                {
                    ArrayPool<char>.Shared.Return(_chars, clearArray: true);
                    _chars = ArrayPool<char>.Shared.Rent(most);
                }
                into = _chars;
            }
            int n = _decoder!.GetChars(piece, into, flush: last);
            sink(into[..n], last);
        }
        while (!bytes.IsEmpty);
    }

    /// <summary>Gives the buffers back to the shared pool, cleared (they held the page), once the input has ended; the decoder is not used after this.</summary>
    public void Release()
    {
        if (_sniff is not null) ArrayPool<byte>.Shared.Return(_sniff, clearArray: true);
        _sniff = null;
        if (_chars.Length > 0) ArrayPool<char>.Shared.Return(_chars, clearArray: true);
        _chars = [];
    }

    /// <summary>Replaces invalid bytes with U+FFFD, as the default fallback does, and records that it happened.</summary>
    private sealed class RecordingFallback : DecoderFallback
    {
        public bool Used { get; set; }

        public override int MaxCharCount => 1;

        public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

        private sealed class Buffer(RecordingFallback owner) : DecoderFallbackBuffer
        {
            private int _remaining;

            public override int Remaining => _remaining;

            public override bool Fallback(byte[] bytesUnknown, int index)
            {
                owner.Used = true;
                _remaining = 1;
                return true;
            }

            public override char GetNextChar()
            {
                if (_remaining == 0) return '\0';
                _remaining--;
                return '\uFFFD';
            }

            public override bool MovePrevious()
            {
                if (_remaining != 0) return false;
                _remaining = 1;
                return true;
            }

            public override void Reset() => _remaining = 0;
        }
    }
}
