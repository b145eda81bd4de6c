using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsParse.Detection.Cohesion;

/// <summary>
/// Up to eight lower-cased characters packed in a value: a topic term (a word's five-character stem, or a pair of
/// ideographs) or a short whole word (for the stopword look-up). Equal terms have equal characters; no string is
/// made for a term, so counting the terms of a window allocates nothing per occurrence.
/// </summary>
internal readonly struct Term : IEquatable<Term>
{
    /// <summary>Most characters a term holds; longer input is cut.</summary>
    public const int MaxChars = 8;

    private readonly ulong _first;   // characters 0-3, 16 bits each
    private readonly ulong _second;  // characters 4-7

    private Term(ulong first, ulong second)
    {
        _first = first;
        _second = second;
    }

    /// <summary>The term of the first <see cref="MaxChars"/> characters of <paramref name="chars"/> (which should not contain U+0000).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Term Of(ReadOnlySpan<char> chars)
    {
        int n = Math.Min(chars.Length, MaxChars);
        if (n >= 4 && BitConverter.IsLittleEndian)
        {
            // Four UTF-16 units read as one little-endian value are already packed as the fields hold them.
            ref byte start = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(chars));
            ulong first = Unsafe.ReadUnaligned<ulong>(ref start);
            // Characters 4 to n-1 are the top n-4 of the four that end at n.
            ulong second = n == 4 ? 0 : Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref start, 2 * (n - 4))) >> (16 * (MaxChars - n));
            return new Term(first, second);
        }
        ulong low = 0, high = 0;
        for (int i = 0; i < n; i++)
        {
            if (i < 4) low |= (ulong)chars[i] << (16 * i);
            else high |= (ulong)chars[i] << (16 * (i - 4));
        }
        return new Term(low, high);
    }

    /// <summary>
    /// As <see cref="Of"/> for the first <paramref name="length"/> characters (at least one) of <paramref name="padded"/>,
    /// which holds at least four characters: a word shorter than that is read at once with the characters after it,
    /// then cut, instead of one character at a time.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Term OfPadded(ReadOnlySpan<char> padded, int length) =>
        padded.Length < 4 || length > padded.Length ? Of(padded[..length]) : OfPadded(ref MemoryMarshal.GetReference(padded), length);

    /// <summary>
    /// As <see cref="OfPadded(ReadOnlySpan{char}, int)"/> without the checks, for the loop over a block's words: the
    /// caller guarantees that <paramref name="length"/> characters (at least one) and at least four can be read from
    /// <paramref name="first"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Term OfPadded(ref char first, int length)
    {
        if (!BitConverter.IsLittleEndian) return Of(MemoryMarshal.CreateReadOnlySpan(ref first, length));
        // Without a branch on the length (words' lengths vary too much to predict): the first four characters are read
        // and cut to the length; characters 4 to n-1 are the top n-4 of the four that end at max(n, 4), shifted in two
        // halves so that four characters (n <= 4) shift out entirely.
        // (The JIT keeps Math.Min and Math.Max as branches in a loop: their arithmetic forms are written out.)
        int over = length - MaxChars;
        int n = MaxChars + (over & (over >> 31));     // min(length, 8)
        int past = n - 4;
        int upTo = 4 + (past & ~(past >> 31));        // max(n, 4)
        int shortBy = -(past & (past >> 31));         // 4 - min(n, 4)
        ref byte start = ref Unsafe.As<char, byte>(ref first);
        ulong low = Unsafe.ReadUnaligned<ulong>(ref start) & (ulong.MaxValue >> (16 * shortBy));
        int half = 8 * (MaxChars - upTo);
        ulong high = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref start, 2 * (upTo - 4))) >> half >> half;
        return new Term(low, high);
    }

    /// <summary>The term of two characters, as <see cref="Of"/> gives it for them (neither should be U+0000).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Term OfPair(char first, char second) => new(first | (ulong)second << 16, 0);

    /// <summary>The term of the first <paramref name="chars"/> characters of this one (1 to <see cref="MaxChars"/>), as <see cref="Of"/> gives it for them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Term Prefix(int chars) => chars >= 4
        ? new Term(_first, chars == MaxChars ? _second : _second & ((1UL << (16 * (chars - 4))) - 1))
        : new Term(_first & ((1UL << (16 * chars)) - 1), 0);

    /// <summary>Number of characters held (up to the first U+0000).</summary>
    public int Length
    {
        get
        {
            int n = 0;
            while (n < MaxChars && this[n] != '\0') n++;
            return n;
        }
    }

    /// <summary>The character at <paramref name="index"/> (0 to <see cref="MaxChars"/> - 1); U+0000 past the end.</summary>
    public char this[int index] => (char)((index < 4 ? _first >> (16 * index) : _second >> (16 * (index - 4))) & 0xFFFF);

    public bool Equals(Term other) => _first == other._first && _second == other._second;

    public override bool Equals(object? obj) => obj is Term other && Equals(other);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override int GetHashCode()
    {
        ulong h = (_first ^ (_second * 0x9E3779B97F4A7C15UL)) * 0xC2B2AE3D27D4EB4FUL;
        return (int)(h >> 32) ^ (int)h;
    }

    /// <summary>The characters of the term.</summary>
    public override string ToString()
    {
        Span<char> chars = stackalloc char[MaxChars];
        int n = 0;
        for (int i = 0; i < MaxChars; i++)
        {
            char c = (char)((i < 4 ? _first >> (16 * i) : _second >> (16 * (i - 4))) & 0xFFFF);
            if (c == '\0') break;
            chars[n++] = c;
        }
        return new string(chars[..n]);
    }

    public static bool operator ==(Term left, Term right) => left.Equals(right);

    public static bool operator !=(Term left, Term right) => !left.Equals(right);
}
