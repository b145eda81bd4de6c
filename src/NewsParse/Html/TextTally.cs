using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsParse.Html;

/// <summary>
/// What a run of page text counts for the page's statistics: its characters other than white space, and its commas
/// (',' and the ideographic and Arabic ones). Eight characters at a time: white space up to ' ' and the commas are
/// counted as bits; only characters from U+0085 (where other white space and the other commas are) go one by one.
/// Stateless and thread-safe.
/// </summary>
internal static class TextTally
{
    /// <summary>The characters of <paramref name="text"/> other than white space, and its commas.</summary>
    public static (int Chars, int Commas) Of(ReadOnlySpan<char> text)
    {
        int chars = 0, commas = 0, i = 0;
        if (Vector128.IsHardwareAccelerated && text.Length >= 8)
        {
            ref ushort start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            for (; i <= text.Length - 8; i += 8)
            {
                var units = Vector128.LoadUnsafe(ref start, (nuint)i);
                uint spaces = Vector128.LessThanOrEqual(units, Vector128.Create((ushort)' ')).ExtractMostSignificantBits();
                uint others = Vector128.GreaterThanOrEqual(units, Vector128.Create((ushort)0x85)).ExtractMostSignificantBits();
                chars += 8 - BitOperations.PopCount(spaces | others);
                commas += BitOperations.PopCount(Vector128.Equals(units, Vector128.Create((ushort)',')).ExtractMostSignificantBits());
                for (; others != 0; others &= others - 1) Add(text[i + BitOperations.TrailingZeroCount(others)], ref chars, ref commas);
            }
        }
        for (; i < text.Length; i++) Add(text[i], ref chars, ref commas);
        return (chars, commas);
    }

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
