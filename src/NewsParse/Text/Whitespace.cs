using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace NewsParse.Text;

/// <summary>Whitespace and control-character clean-up shared by every input format.</summary>
internal static class Whitespace
{
    /// <summary>
    /// Trims, turns every run of white space (tabs, no-break spaces, line breaks...) into one space, and drops control
    /// and zero-width characters. Returns the same instance when nothing changes.
    /// </summary>
    public static string Collapse(string text) => Collapse(text.AsSpan(), text);

    /// <summary>As <see cref="Collapse(string)"/>, for a span; <paramref name="original"/> (when it holds the same characters) is returned unchanged if clean.</summary>
    public static string Collapse(ReadOnlySpan<char> text, string? original = null)
    {
        if (IsClean(text)) return original ?? new string(text);
        char[]? rented = null;
        Span<char> output = text.Length <= StackChars ? stackalloc char[StackChars] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        int length = 0;
        bool pendingSpace = false;
        foreach (char c in text) length = AppendCollapsed(c, output, length, ref pendingSpace);
        var collapsed = new string(output[..length]);
        if (rented is not null)
        {
            // The page's text does not stay in the shared pool (as with the page buffer).
            rented.AsSpan(0, length).Clear();
            ArrayPool<char>.Shared.Return(rented);
        }
        return collapsed;
    }

    /// <summary>
    /// Appends one character of a text being collapsed at <paramref name="length"/> in <paramref name="output"/> and
    /// returns the length after it: white space is held as <paramref name="pendingSpace"/> (dropped at the start) and
    /// written as one space before the next character kept; dropped characters go. At most two characters are
    /// written (the pending space and <paramref name="c"/>); the text never ends in a space.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int AppendCollapsed(char c, Span<char> output, int length, ref bool pendingSpace)
    {
        // Most characters are neither white space nor dropped: one look-up in the table of those that change.
        if (c <= ' ' || IsUnclean(c))
        {
            if (IsSpace(c))
            {
                pendingSpace = length > 0;
                return length;
            }
            if (IsDropped(c)) return length;
        }
        if (pendingSpace)
        {
            output[length++] = ' ';
            pendingSpace = false;
        }
        output[length++] = c;
        return length;
    }

    /// <summary>Longest text collapsed on the stack; longer ones in an array of the shared pool.</summary>
    private const int StackChars = 512;

    /// <summary>True for characters that separate words: Unicode white space, including no-break spaces.</summary>
    public static bool IsSpace(char c) => c == ' ' || (c > ' ' ? c >= '\u0085' && char.IsWhiteSpace(c) : c is '\t' or '\n' or '\r' or '\f' or '\v');

    private static bool IsDropped(char c) =>
        (c < ' ' && c is not ('\t' or '\n' or '\r')) || c is '\u007F' or '\u200B' or '\uFEFF' or '\u00AD' or '\uFFFE';

    /// <summary>
    /// One bit per UTF-16 code unit (8 KiB): every character that <see cref="Collapse(string)"/> changes wherever it
    /// stands (white space other than ' ', and dropped characters).
    /// </summary>
    private static readonly ulong[] UncleanBits = BuildUncleanBits();

    private static ulong[] BuildUncleanBits()
    {
        var bits = new ulong[(char.MaxValue + 1) / 64];
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (c != ' ' && (IsSpace((char)c) || IsDropped((char)c) || c < ' '))
            {
                if (!IsSuspect((char)c)) throw new InvalidOperationException($"U+{c:X4} changes in a collapse but is not looked up.");
                bits[c >> 6] |= 1UL << c;
            }
        }
        return bits;
    }

    /// <summary>
    /// True when collapsing would not change the text: no white space at its ends, no two spaces in a row, no other
    /// white space and no character that is dropped. Sixteen characters at a time: the spaces are compared with the
    /// previous character's as bits (thirty-two at a time where the processor has 256-bit vectors); where some are not printable ASCII (' ' to '~'), the suspects among them (see
    /// <see cref="IsSuspect"/>) are looked up, one bit each. The last sixteen are read again over the end of the
    /// previous step rather than one by one.
    /// </summary>
    internal static bool IsClean(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return true;
        if (IsSpace(text[0]) || IsSpace(text[^1])) return false;
        if (!Vector128.IsHardwareAccelerated || text.Length < 16)
        {
            for (int k = 0; k < text.Length; k++)
            {
                if (IsUnclean(text[k]) || (text[k] == ' ' && k > 0 && text[k - 1] == ' ')) return false;
            }
            return true;
        }
        ref short start = ref Unsafe.As<char, short>(ref MemoryMarshal.GetReference(text));
        if (Vector256.IsHardwareAccelerated && text.Length >= 32) return IsClean32(text, ref start);
        uint spaceBefore = 0;  // 1 when the character before the sixteen is a space
        for (int i = 0; i < text.Length; i += 16)
        {
            if (i + 16 > text.Length)
            {
                i = text.Length - 16;
                spaceBefore = text[i - 1] == ' ' ? 1u : 0u;
            }
            var low = Vector128.LoadUnsafe(ref start, (nuint)i);
            var high = Vector128.LoadUnsafe(ref start, (nuint)(i + 8));
            uint spaces = Vector128.Narrow(Vector128.Equals(low, Vector128.Create((short)' ')), Vector128.Equals(high, Vector128.Create((short)' '))).ExtractMostSignificantBits();
            if ((spaces & ((spaces << 1) | spaceBefore)) != 0) return false;
            spaceBefore = spaces >> 15;
            // Signed compares: the characters from U+8000 are below ' ' too.
            var otherLow = Vector128.LessThan(low, Vector128.Create((short)' ')) | Vector128.GreaterThan(low, Vector128.Create((short)'~'));
            var otherHigh = Vector128.LessThan(high, Vector128.Create((short)' ')) | Vector128.GreaterThan(high, Vector128.Create((short)'~'));
            if ((otherLow | otherHigh) == Vector128<short>.Zero) continue;
            for (uint suspects = Vector128.Narrow(Suspects(low.AsUInt16()), Suspects(high.AsUInt16())).ExtractMostSignificantBits(); suspects != 0; suspects &= suspects - 1)
            {
                if (IsUnclean(text[i + BitOperations.TrailingZeroCount(suspects)])) return false;
            }
        }
        return true;
    }

    /// <summary>As the sixteen at a time of <see cref="IsClean"/>, thirty-two at a time (<paramref name="text"/>: at least 32 characters, from <paramref name="start"/>).</summary>
    private static bool IsClean32(ReadOnlySpan<char> text, ref short start)
    {
        uint spaceBefore = 0;
        for (int i = 0; i < text.Length; i += 32)
        {
            if (i + 32 > text.Length)
            {
                i = text.Length - 32;
                spaceBefore = text[i - 1] == ' ' ? 1u : 0u;
            }
            var low = Vector256.LoadUnsafe(ref start, (nuint)i);
            var high = Vector256.LoadUnsafe(ref start, (nuint)(i + 16));
            uint spaces = Vector256.Narrow(Vector256.Equals(low, Vector256.Create((short)' ')), Vector256.Equals(high, Vector256.Create((short)' '))).ExtractMostSignificantBits();
            if ((spaces & ((spaces << 1) | spaceBefore)) != 0) return false;
            spaceBefore = spaces >> 31;
            var other = Vector256.LessThan(low, Vector256.Create((short)' ')) | Vector256.GreaterThan(low, Vector256.Create((short)'~'))
                | Vector256.LessThan(high, Vector256.Create((short)' ')) | Vector256.GreaterThan(high, Vector256.Create((short)'~'));
            if (other == Vector256<short>.Zero) continue;
            for (uint suspects = Vector256.Narrow(Suspects(low.AsUInt16()), Suspects(high.AsUInt16())).ExtractMostSignificantBits(); suspects != 0; suspects &= suspects - 1)
            {
                if (IsUnclean(text[i + BitOperations.TrailingZeroCount(suspects)])) return false;
            }
        }
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsUnclean(char c) => (UncleanBits[c >> 6] & (1UL << c)) != 0;

    /// <summary>
    /// The characters looked up in <see cref="UncleanBits"/> when sixteen are checked at a time: below U+0020, U+007F to
    /// U+00A0, U+00AD, U+1680 to U+3000 and from U+FEFF. Every character that collapsing changes is among them (checked
    /// when the table is built); the others (the letters of most scripts) are clean wherever they stand.
    /// </summary>
    private static bool IsSuspect(char c) => c < ' ' || c is (>= '\u007F' and <= '\u00A0') or '\u00AD' or (>= '\u1680' and <= '\u3000') or >= '\uFEFF';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ushort> Suspects(Vector256<ushort> v) =>
        Vector256.LessThan(v, Vector256.Create((ushort)' '))
        | Vector256.LessThanOrEqual(v - Vector256.Create((ushort)0x7F), Vector256.Create((ushort)(0xA0 - 0x7F)))
        | Vector256.Equals(v, Vector256.Create((ushort)0xAD))
        | Vector256.LessThanOrEqual(v - Vector256.Create((ushort)0x1680), Vector256.Create((ushort)(0x3000 - 0x1680)))
        | Vector256.GreaterThanOrEqual(v, Vector256.Create((ushort)0xFEFF));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ushort> Suspects(Vector128<ushort> v) =>
        Vector128.LessThan(v, Vector128.Create((ushort)' '))
        | Vector128.LessThanOrEqual(v - Vector128.Create((ushort)0x7F), Vector128.Create((ushort)(0xA0 - 0x7F)))
        | Vector128.Equals(v, Vector128.Create((ushort)0xAD))
        | Vector128.LessThanOrEqual(v - Vector128.Create((ushort)0x1680), Vector128.Create((ushort)(0x3000 - 0x1680)))
        | Vector128.GreaterThanOrEqual(v, Vector128.Create((ushort)0xFEFF));
}
