using System.Text;

namespace NewsParse.Text;

/// <summary>
/// The Encoding Standard's replacement encoding: what the labels of encodings unsafe to decode on the web (ISO-2022-KR,
/// ISO-2022-CN, HZ-GB-2312) mean. A stream of one or more bytes decodes to a single U+FFFD, an empty one to nothing;
/// each <see cref="GetDecoder"/> tracks its own stream. Encoding is UTF-8, as the standard says. Immutable and thread-safe.
/// </summary>
internal sealed class ReplacementEncoding : Encoding
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <inheritdoc />
    public override string WebName => EncodingLabels.Replacement;

    /// <inheritdoc />
    public override int GetByteCount(char[] chars, int index, int count) => Utf8.GetByteCount(chars, index, count);

    /// <inheritdoc />
    public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex) =>
        Utf8.GetBytes(chars, charIndex, charCount, bytes, byteIndex);

    /// <inheritdoc />
    public override int GetCharCount(byte[] bytes, int index, int count) => count > 0 ? 1 : 0;

    /// <inheritdoc />
    public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
    {
        if (byteCount == 0) return 0;
        chars[charIndex] = '\uFFFD';
        return 1;
    }

    /// <inheritdoc />
    public override int GetMaxByteCount(int charCount) => Utf8.GetMaxByteCount(charCount);

    /// <inheritdoc />
    public override int GetMaxCharCount(int byteCount) => Math.Max(byteCount, 1);

    /// <inheritdoc />
    public override Decoder GetDecoder() => new ReplacementDecoder();

    /// <summary>Gives U+FFFD for the first bytes of its stream and nothing after.</summary>
    private sealed class ReplacementDecoder : Decoder
    {
        private bool _emitted;

        public override int GetCharCount(byte[] bytes, int index, int count) => !_emitted && count > 0 ? 1 : 0;

        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
        {
            if (_emitted || byteCount == 0) return 0;
            _emitted = true;
            chars[charIndex] = '\uFFFD';
            return 1;
        }

        public override void Reset() => _emitted = false;
    }
}
