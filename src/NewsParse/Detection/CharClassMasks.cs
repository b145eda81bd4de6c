using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsParse.Detection;

/// <summary>
/// The classes of up to 64 characters of lower-cased text, as bit masks (bit <c>i</c> for character <c>i</c>), so that
/// words, spaces and sentence ends are found with bit operations instead of a branch per character. Eight ASCII
/// characters are classified at a time with vector instructions; other characters one by one.
/// </summary>
internal struct CharClassMasks
{
    /// <summary>Most characters classified at once.</summary>
    public const int Width = 64;

    /// <summary>Word characters: letters, digits and combining marks (see <see cref="BlockWords.IsWordChar"/>).</summary>
    public ulong Word;

    /// <summary>Word characters of a script written without spaces (see <see cref="BlockWords.IsSpacelessScript"/>).</summary>
    public ulong Spaceless;

    /// <summary>The space character (U+0020).</summary>
    public ulong Space;

    /// <summary>Kana and CJK ideographs (U+3040 to U+9FFF), which <see cref="TextShape"/> counts a word per two.</summary>
    public ulong Ideograph;

    /// <summary>Where a sentence may end: . ! ? 。 । ！ ？</summary>
    public ulong Stop;

    /// <summary>Classifies <paramref name="lower"/>, at most <see cref="Width"/> lower-cased characters.</summary>
    public static CharClassMasks Of(ReadOnlySpan<char> lower)
    {
        var masks = new CharClassMasks();
        int i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            ref ushort start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(lower));
            for (; i + 8 <= lower.Length; i += 8)
            {
                var v = Vector128.LoadUnsafe(ref start, (nuint)i);
                // The ASCII lanes (already lower-cased: letters are a-z) are classified together; the vector compares
                // are false for the other lanes, which are then classified one by one.
                var word = Vector128.LessThanOrEqual(v - Vector128.Create((ushort)'a'), Vector128.Create((ushort)25))
                    | Vector128.LessThanOrEqual(v - Vector128.Create((ushort)'0'), Vector128.Create((ushort)9));
                var stop = Vector128.Equals(v, Vector128.Create((ushort)'.')) | Vector128.Equals(v, Vector128.Create((ushort)'!'))
                    | Vector128.Equals(v, Vector128.Create((ushort)'?'));
                masks.Word |= (ulong)word.ExtractMostSignificantBits() << i;
                masks.Space |= (ulong)Vector128.Equals(v, Vector128.Create((ushort)' ')).ExtractMostSignificantBits() << i;
                masks.Stop |= (ulong)stop.ExtractMostSignificantBits() << i;
                uint other = Vector128.GreaterThan(v, Vector128.Create((ushort)0x7F)).ExtractMostSignificantBits();
                for (; other != 0; other &= other - 1)
                {
                    int k = i + BitOperations.TrailingZeroCount(other);
                    masks.AddScalar(lower.Slice(k, 1), k);
                }
            }
        }
        masks.AddScalar(lower[i..], i);
        return masks;
    }

    private void AddScalar(ReadOnlySpan<char> chars, int offset)
    {
        for (int k = 0; k < chars.Length; k++)
        {
            char c = chars[k];
            ulong bit = 1UL << (offset + k);
            if (BlockWords.IsWordChar(c))
            {
                Word |= bit;
                if (c >= '\u0E00' && BlockWords.IsSpacelessScript(c)) Spaceless |= bit;
            }
            if (c == ' ') Space |= bit;
            else if (c is >= '\u3040' and <= '\u9FFF') Ideograph |= bit;
            else if (c is '.' or '!' or '?' or '。' or '।' or '！' or '？') Stop |= bit;
        }
    }
}
