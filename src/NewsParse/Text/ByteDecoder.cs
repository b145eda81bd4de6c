using System.Text;
using NewsParse.Model;

namespace NewsParse.Text;

/// <summary>
/// Decodes input bytes given in chunks into characters, choosing the encoding from the first
/// <see cref="EncodingSniffer.SniffBytes"/> bytes (see <see cref="EncodingSniffer"/>). Resumable: a multi-byte
/// character cut by a chunk boundary is completed by the next chunk. Invalid sequences become U+FFFD and set
/// <see cref="SawInvalidBytes"/> (a genuine U+FFFD in the input does not).
/// </summary>
internal sealed class ByteDecoder
{
    private byte[]? _sniff = new byte[EncodingSniffer.SniffBytes];
    private int _sniffLength;
    private Decoder? _decoder;
    private char[] _chars = new char[8192];
    private RecordingDecoderFallback? _fallback;

    /// <summary>Diagnostics about the choice of encoding, once decided.</summary>
    public List<Diagnostic> Diagnostics { get; } = [];

    /// <summary>The encoding in use, once decided.</summary>
    public Encoding? Encoding { get; private set; }

    /// <summary>True once some bytes were not valid in <see cref="Encoding"/> and were replaced with U+FFFD.</summary>
    public bool SawInvalidBytes => _fallback?.Used ?? false;

    public delegate void CharSink(ReadOnlySpan<char> chars, bool isFinal);

    public void Append(ReadOnlySpan<byte> bytes, bool isFinal, CharSink sink)
    {
        if (_decoder is null)
        {
            int take = Math.Min(bytes.Length, _sniff!.Length - _sniffLength);
            bytes[..take].CopyTo(_sniff.AsSpan(_sniffLength));
            _sniffLength += take;
            bytes = bytes[take..];
            if (_sniffLength < _sniff.Length && !isFinal) return;
            Start();
            var head = _sniff.AsSpan(0, _sniffLength);
            _sniff = null;
            Decode(head[BomLength..], isFinal && bytes.IsEmpty, sink);
            if (bytes.IsEmpty) return;
        }
        Decode(bytes, isFinal, sink);
    }

    private int BomLength { get; set; }

    private void Start()
    {
        var result = EncodingSniffer.Sniff(_sniff.AsSpan(0, _sniffLength));
        Encoding = result.Encoding;
        BomLength = result.BomLength;
        _decoder = result.Encoding.GetDecoder();
        _fallback = new RecordingDecoderFallback();
        _decoder.Fallback = _fallback;
        if (result.DeclarationOverridden)
            Diagnostics.Add(new Diagnostic(DiagnosticCode.EncodingDeclarationOverridden,
                $"The page declares charset \"{result.Declared}\" but its bytes are UTF-8; read as UTF-8."));
    }

    private void Decode(ReadOnlySpan<byte> bytes, bool isFinal, CharSink sink)
    {
        int needed = _decoder!.GetCharCount(bytes, flush: isFinal);
        if (needed > _chars.Length) _chars = new char[Math.Max(needed, _chars.Length * 2)];
        int n = _decoder.GetChars(bytes, _chars, flush: isFinal);
        sink(_chars.AsSpan(0, n), isFinal);
    }
}
