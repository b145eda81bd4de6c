using System.Text;

namespace NewsParse.Text;

/// <summary>
/// Replaces each invalid byte sequence with U+FFFD, as the default fallback does, and records that it did, so that an
/// invalid input can be told from one that holds a genuine U+FFFD whatever the chunk boundaries. One per decoder.
/// </summary>
internal sealed class RecordingDecoderFallback : DecoderFallback
{
    /// <summary>True once an invalid sequence was replaced.</summary>
    public bool Used { get; private set; }

    public override int MaxCharCount => 1;

    public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

    private sealed class Buffer(RecordingDecoderFallback owner) : DecoderFallbackBuffer
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
            _remaining = 0;
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
