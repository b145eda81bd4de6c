using System.Text;

namespace NewsParse.Text;

/// <summary>
/// A single-byte encoding given by its upper half: bytes 0x00-0x7F are ASCII, byte 0x80 + i is
/// <c>upperHalf[i]</c>. For the Encoding Standard's encodings the runtime's code-pages provider lacks (ISO-8859-10, -14,
/// -16 and x-user-defined; see <see cref="EncodingLabels"/>). Every byte decodes, so decoding never falls back; a
/// character outside the table encodes as '?'. Immutable and thread-safe.
/// </summary>
internal sealed class SingleByteEncoding : Encoding
{
    private readonly string _upperHalf;
    private readonly Dictionary<char, byte> _bytes = [];
    private readonly string _name;

    /// <summary>Creates the encoding named <paramref name="name"/> whose bytes 0x80-0xFF are the 128 characters of <paramref name="upperHalf"/>.</summary>
    public SingleByteEncoding(string name, string upperHalf)
    {
        if (upperHalf.Length != 128) throw new ArgumentException("The upper half has 128 characters.", nameof(upperHalf));
        _name = name;
        _upperHalf = upperHalf;
        for (int i = 0; i < 128; i++) _bytes.TryAdd(upperHalf[i], (byte)(0x80 + i));
    }

    /// <inheritdoc />
    public override string WebName => _name;

    /// <inheritdoc />
    public override string EncodingName => _name;

    /// <inheritdoc />
    public override bool IsSingleByte => true;

    /// <inheritdoc />
    public override int GetByteCount(char[] chars, int index, int count) => count;

    /// <inheritdoc />
    public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex)
    {
        for (int i = 0; i < charCount; i++)
        {
            char c = chars[charIndex + i];
            bytes[byteIndex + i] = c < 0x80 ? (byte)c : _bytes.TryGetValue(c, out byte b) ? b : (byte)'?';
        }
        return charCount;
    }

    /// <inheritdoc />
    public override int GetCharCount(byte[] bytes, int index, int count) => count;

    /// <inheritdoc />
    public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
    {
        for (int i = 0; i < byteCount; i++)
        {
            byte b = bytes[byteIndex + i];
            chars[charIndex + i] = b < 0x80 ? (char)b : _upperHalf[b - 0x80];
        }
        return byteCount;
    }

    /// <inheritdoc />
    public override int GetMaxByteCount(int charCount) => charCount;

    /// <inheritdoc />
    public override int GetMaxCharCount(int byteCount) => byteCount;
}
