using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace NewsParse.Detection;

/// <summary>
/// Invariant lower-casing for the detectors, one character at a time as <see cref="char.ToLowerInvariant(char)"/> does
/// (same length, surrogates unchanged), but through a table built once: the runtime's own non-ASCII path calls
/// into ICU for every string and was a third of the text pipeline's time. ASCII text takes the runtime's vectorised path.
/// </summary>
internal static class LowerCase
{
    /// <summary>The lower case of every UTF-16 code unit (128 KiB, read-only once built).</summary>
    private static readonly char[] Table = Build();

    /// <summary>The lower case of one UTF-16 code unit (a surrogate is left as it is).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Of(char c) => Table[c];

    /// <summary>The text lower-cased; the same instance when it is ASCII and already lower case.</summary>
    public static string Of(string text)
    {
        if (Ascii.IsValid(text)) return text.ToLowerInvariant();
        return string.Create(text.Length, text, static (lower, source) => Lower(source, lower));
    }

    /// <summary>Lower-cases eight characters at a time where they are ASCII, through the table elsewhere.</summary>
    private static void Lower(ReadOnlySpan<char> source, Span<char> lower)
    {
        var table = Table;
        int i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            ref ushort from = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(source));
            ref ushort to = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(lower));
            for (; i + 8 <= source.Length; i += 8)
            {
                var v = Vector128.LoadUnsafe(ref from, (nuint)i);
                // The ASCII lanes are lower-cased together (the others are left as they are), then the others one by one.
                var upper = Vector128.LessThanOrEqual(v - Vector128.Create((ushort)'A'), Vector128.Create((ushort)25));
                (v + (upper & Vector128.Create((ushort)0x20))).StoreUnsafe(ref to, (nuint)i);
                for (uint other = Vector128.GreaterThan(v, Vector128.Create((ushort)0x7F)).ExtractMostSignificantBits(); other != 0; other &= other - 1)
                {
                    int k = i + BitOperations.TrailingZeroCount(other);
                    lower[k] = table[source[k]];
                }
            }
        }
        for (; i < source.Length; i++) lower[i] = table[source[i]];
    }

    private static char[] Build()
    {
        var table = new char[char.MaxValue + 1];
        // One bulk call for the whole plane (surrogates stand in as themselves only when alone, so they are left out).
        var all = new char[table.Length];
        for (int c = 0; c < all.Length; c++) all[c] = char.IsSurrogate((char)c) ? 'a' : (char)c;
        var lowered = new string(all).ToLowerInvariant();
        for (int c = 0; c < table.Length; c++)
        {
            table[c] = char.IsSurrogate((char)c) ? (char)c
                : lowered.Length == all.Length ? lowered[c] : char.ToLowerInvariant((char)c);
        }
        return table;
    }
}
