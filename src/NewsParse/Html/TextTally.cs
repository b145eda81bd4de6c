using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsParse.Html;

/// <summary>
/// What a run of page text counts for the page's statistics: its characters other than white space, and its commas
/// (',' and the ideographic and Arabic ones). Sixteen characters at a time: white space up to ' ' and the commas are
/// counted as bits; only characters from U+0085 (where other white space and the other commas are) go one by one.
/// Stateless and thread-safe.
/// </summary>
internal static class TextTally
{
    /// <summary>The characters of <paramref name="text"/> other than white space, and its commas.</summary>
    public static (int Chars, int Commas) Of(ReadOnlySpan<char> text)
    {
        int chars = 0, commas = 0, i = 0;
        if (Vector128.IsHardwareAccelerated && text.Length >= 16)
        {
            ref ushort start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            for (; i <= text.Length - 16; i += 16)
            {
                var low = Vector128.LoadUnsafe(ref start, (nuint)i);
                var high = Vector128.LoadUnsafe(ref start, (nuint)(i + 8));
                // The compares narrowed to one byte per character: one mask of sixteen bits each.
                uint spaces = Vector128.Narrow(Vector128.LessThanOrEqual(low, Space), Vector128.LessThanOrEqual(high, Space)).ExtractMostSignificantBits();
                uint others = Vector128.Narrow(Vector128.GreaterThanOrEqual(low, Other), Vector128.GreaterThanOrEqual(high, Other)).ExtractMostSignificantBits();
                uint found = Vector128.Narrow(Vector128.Equals(low, Comma), Vector128.Equals(high, Comma)).ExtractMostSignificantBits();
                chars += 16 - BitOperations.PopCount(spaces | others);
                commas += BitOperations.PopCount(found);
                for (; others != 0; others &= others - 1) Add(text[i + BitOperations.TrailingZeroCount(others)], ref chars, ref commas);
            }
        }
        for (; i < text.Length; i++) Add(text[i], ref chars, ref commas);
        return (chars, commas);
    }

    private static Vector128<ushort> Space => Vector128.Create((ushort)' ');
    private static Vector128<ushort> Other => Vector128.Create((ushort)0x85);
    private static Vector128<ushort> Comma => Vector128.Create((ushort)',');

    /// <summary>The characters of <paramref name="text"/> other than white space.</summary>
    public static int Chars(ReadOnlySpan<char> text) => Of(text).Chars;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add(char c, ref int chars, ref int commas)
    {
        if (c <= ' ' || (c >= '\u0085' && char.IsWhiteSpace(c))) return;
        chars++;
        if (c is ',' or '，' or '、' or '،') commas++;
    }
}
