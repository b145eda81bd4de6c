using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsParse.Detection;

/// <summary>
/// The classes of up to 64 characters of lower-cased text, as bit masks (bit <c>i</c> for character <c>i</c>), so that
/// words, spaces and sentence ends are found with bit operations instead of a branch per character. ASCII characters,
/// the letters of Latin-1, Greek and basic Cyrillic, CJK ideographs and kana, and the caseless word characters of
/// Hebrew, Arabic, Devanagari and Hangul are lower-cased and classified sixteen or thirty-two at a time with vector
/// instructions; other characters one by one, where a word character of no other class that is its own small letter
/// (the letters of most other scripts) takes one table look-up.
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

    /// <summary>
    /// Lower-cases <paramref name="text"/> (at most <see cref="Width"/> characters) into <paramref name="lower"/> (of the
    /// same length), as <see cref="LowerCase"/> does, and classifies the lower-cased characters, in one pass.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CharClassMasks Of(ReadOnlySpan<char> text, Span<char> lower)
    {
        var masks = new CharClassMasks();
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref ushort from = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            ref ushort to = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(lower));
            for (; i + 32 <= text.Length; i += 32)
            {
                // As the sixteen at a time below, thirty-two at a time.
                var low = Vector256.LoadUnsafe(ref from, (nuint)i);
                var high = Vector256.LoadUnsafe(ref from, (nuint)(i + 16));
                low += Vector256.LessThanOrEqual(low - Vector256.Create((ushort)'A'), Vector256.Create((ushort)25)) & Vector256.Create((ushort)0x20);
                high += Vector256.LessThanOrEqual(high - Vector256.Create((ushort)'A'), Vector256.Create((ushort)25)) & Vector256.Create((ushort)0x20);
                low.StoreUnsafe(ref to, (nuint)i);
                high.StoreUnsafe(ref to, (nuint)(i + 16));
                masks.Word |= (ulong)Bits(IsWord(low), IsWord(high)) << i;
                masks.Space |= (ulong)Bits(Vector256.Equals(low, Vector256.Create((ushort)' ')), Vector256.Equals(high, Vector256.Create((ushort)' '))) << i;
                masks.Stop |= (ulong)Bits(IsStop(low), IsStop(high)) << i;
                uint other = Bits(Vector256.GreaterThan(low, Vector256.Create((ushort)0x7F)), Vector256.GreaterThan(high, Vector256.Create((ushort)0x7F)));
                if (other == 0) continue;
                var lowerLow = LowerCaseLetters(low, out var lettersLow);
                var lowerHigh = LowerCaseLetters(high, out var lettersHigh);
                uint letters = Bits(lettersLow, lettersHigh);
                if (letters != 0)
                {
                    lowerLow.StoreUnsafe(ref to, (nuint)i);
                    lowerHigh.StoreUnsafe(ref to, (nuint)(i + 16));
                }
                uint han = Bits(IsCjkIdeograph(low), IsCjkIdeograph(high));
                if ((other & ~letters & ~han) != 0)
                {
                    letters |= Bits(IsCaselessWordChar(low), IsCaselessWordChar(high));
                    han |= Bits(IsKana(low), IsKana(high));
                }
                masks.AddOthers(text, lower, i, other, letters, han);
            }
        }
        if (Vector128.IsHardwareAccelerated)
        {
            for (; i + 16 <= text.Length; i += 16) masks.AddSixteen(text, lower, i);
            if (i < text.Length)
            {
                // The last characters: the sixteen that end the text, again over some already classified (a class is
                // a function of the character: the bits come out the same), or the text padded with U+0000 (which is in
                // no class) when it is shorter.
                if (text.Length >= 16) masks.AddSixteen(text, lower, text.Length - 16);
                else masks.AddPadded(text, lower);
                return masks;
            }
        }
        for (int k = i; k < text.Length; k++) lower[k] = LowerCase.Of(text[k]);
        masks.AddScalar(lower[i..text.Length], i);
        return masks;
    }

    /// <summary>
    /// Lower-cases and classifies a text of fewer than sixteen characters padded to sixteen with U+0000 (in no class).
    /// A method of its own: its buffers on the stack cost nothing to the calls that do not need them.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AddPadded(ReadOnlySpan<char> text, Span<char> lower)
    {
        Span<char> padded = stackalloc char[16];
        Span<char> paddedLower = stackalloc char[16];
        padded.Clear();
        text.CopyTo(padded);
        AddSixteen(padded, paddedLower, 0);
        paddedLower[..text.Length].CopyTo(lower);
    }

    /// <summary>Lower-cases and classifies the sixteen characters of <paramref name="text"/> at <paramref name="i"/> (see <see cref="Of"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddSixteen(ReadOnlySpan<char> text, Span<char> lower, int i)
    {
        ref ushort from = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        ref ushort to = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(lower));
        // Sixteen characters as two vectors; each class is the two compares narrowed to bytes (a compare gives
        // all ones or zero per lane), one byte mask instruction per class. The ASCII lanes are lower-cased and
        // classified together; the compares are false for the other lanes, done one by one after.
        var low = Vector128.LoadUnsafe(ref from, (nuint)i);
        var high = Vector128.LoadUnsafe(ref from, (nuint)(i + 8));
        low += Vector128.LessThanOrEqual(low - Vector128.Create((ushort)'A'), Vector128.Create((ushort)25)) & Vector128.Create((ushort)0x20);
        high += Vector128.LessThanOrEqual(high - Vector128.Create((ushort)'A'), Vector128.Create((ushort)25)) & Vector128.Create((ushort)0x20);
        low.StoreUnsafe(ref to, (nuint)i);
        high.StoreUnsafe(ref to, (nuint)(i + 8));
        Word |= (ulong)Bits(IsWord(low), IsWord(high)) << i;
        Space |= (ulong)Bits(Vector128.Equals(low, Vector128.Create((ushort)' ')), Vector128.Equals(high, Vector128.Create((ushort)' '))) << i;
        Stop |= (ulong)Bits(IsStop(low), IsStop(high)) << i;
        uint other = Bits(Vector128.GreaterThan(low, Vector128.Create((ushort)0x7F)), Vector128.GreaterThan(high, Vector128.Create((ushort)0x7F)));
        if (other == 0) return;
        // The letters of Latin-1 (the accented letters of Western European languages), Greek and basic Cyrillic
        // are lower-cased and classified together too (see LowerCaseLetters).
        var lowerLow = LowerCaseLetters(low, out var lettersLow);
        var lowerHigh = LowerCaseLetters(high, out var lettersHigh);
        uint letters = Bits(lettersLow, lettersHigh);
        if (letters != 0)
        {
            lowerLow.StoreUnsafe(ref to, (nuint)i);
            lowerHigh.StoreUnsafe(ref to, (nuint)(i + 8));
        }
        // CJK Unified Ideographs (U+4E00 to U+9FFF, most of Chinese and Japanese text) are classified together
        // too: every one is a letter of a script without spaces, with no case (see CjkIdeographsFirst).
        // Hebrew, Arabic, Devanagari and Hangul letters, marks and digits (no case) are word characters in vectors too, and
        // kana are classified with the ideographs, looked at only when the classes above leave characters for one by one.
        uint han = Bits(IsCjkIdeograph(low), IsCjkIdeograph(high));
        if ((other & ~letters & ~han) != 0)
        {
            letters |= Bits(IsCaselessWordChar(low), IsCaselessWordChar(high));
            han |= Bits(IsKana(low), IsKana(high));
        }
        AddOthers(text, lower, i, other, letters, han);
    }

    /// <summary>The CJK Unified Ideographs: all assigned letters (Lo), without case, of a script without spaces (checked by a test for every one).</summary>
    public const char CjkIdeographsFirst = '\u4E00', CjkIdeographsLast = '\u9FFF';

    /// <summary>
    /// The letters classified in vectors besides ASCII, all of them letters whose small letter is the character plus a
    /// constant (checked by a test for every character): Latin-1 from U+00C0 but × (U+00D7) and ÷ (U+00F7), the
    /// capitals U+00C0 to U+00DE plus 0x20; Greek U+0391 to U+03CE but U+03A2 (unassigned), the capitals U+0391 to
    /// U+03AB plus 0x20 (the accented capitals before U+0391 go one by one); basic Cyrillic U+0400 to U+045F, the
    /// capitals U+0400 to U+040F plus 0x50 and U+0410 to U+042F plus 0x20.
    /// </summary>
    public const char Latin1LettersFirst = '\u00C0', GreekLettersFirst = '\u0391', GreekLettersLast = '\u03CE',
        CyrillicLettersFirst = '\u0400', CyrillicLettersLast = '\u045F';

    /// <summary><paramref name="v"/> with its Latin-1, Greek and basic Cyrillic capitals lower-cased; <paramref name="letters"/>: the lanes of those letters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ushort> LowerCaseLetters(Vector128<ushort> v, out Vector128<ushort> letters)
    {
        var latin = Vector128.LessThanOrEqual(v - Vector128.Create((ushort)Latin1LettersFirst), Vector128.Create((ushort)0x3F))
            & ~Vector128.Equals(v | Vector128.Create((ushort)0x20), Vector128.Create((ushort)0xF7));
        var greek = Vector128.LessThanOrEqual(v - Vector128.Create((ushort)GreekLettersFirst), Vector128.Create((ushort)(GreekLettersLast - GreekLettersFirst)))
            & ~Vector128.Equals(v, Vector128.Create((ushort)0x3A2));
        letters = latin | greek | Vector128.LessThanOrEqual(v - Vector128.Create((ushort)CyrillicLettersFirst), Vector128.Create((ushort)(CyrillicLettersLast - CyrillicLettersFirst)));
        return v + ((Vector128.LessThanOrEqual(v - Vector128.Create((ushort)0xC0), Vector128.Create((ushort)0x1E)) & latin & Vector128.Create((ushort)0x20))
            | (Vector128.LessThanOrEqual(v - Vector128.Create((ushort)0x391), Vector128.Create((ushort)(0x3AB - 0x391))) & greek & Vector128.Create((ushort)0x20))
            | (Vector128.LessThanOrEqual(v - Vector128.Create((ushort)0x400), Vector128.Create((ushort)0x0F)) & Vector128.Create((ushort)0x50))
            | (Vector128.LessThanOrEqual(v - Vector128.Create((ushort)0x410), Vector128.Create((ushort)0x1F)) & Vector128.Create((ushort)0x20)));
    }

    /// <summary>As the 128-bit one, thirty-two characters at a time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ushort> LowerCaseLetters(Vector256<ushort> v, out Vector256<ushort> letters)
    {
        var latin = Vector256.LessThanOrEqual(v - Vector256.Create((ushort)Latin1LettersFirst), Vector256.Create((ushort)0x3F))
            & ~Vector256.Equals(v | Vector256.Create((ushort)0x20), Vector256.Create((ushort)0xF7));
        var greek = Vector256.LessThanOrEqual(v - Vector256.Create((ushort)GreekLettersFirst), Vector256.Create((ushort)(GreekLettersLast - GreekLettersFirst)))
            & ~Vector256.Equals(v, Vector256.Create((ushort)0x3A2));
        letters = latin | greek | Vector256.LessThanOrEqual(v - Vector256.Create((ushort)CyrillicLettersFirst), Vector256.Create((ushort)(CyrillicLettersLast - CyrillicLettersFirst)));
        return v + ((Vector256.LessThanOrEqual(v - Vector256.Create((ushort)0xC0), Vector256.Create((ushort)0x1E)) & latin & Vector256.Create((ushort)0x20))
            | (Vector256.LessThanOrEqual(v - Vector256.Create((ushort)0x391), Vector256.Create((ushort)(0x3AB - 0x391))) & greek & Vector256.Create((ushort)0x20))
            | (Vector256.LessThanOrEqual(v - Vector256.Create((ushort)0x400), Vector256.Create((ushort)0x0F)) & Vector256.Create((ushort)0x50))
            | (Vector256.LessThanOrEqual(v - Vector256.Create((ushort)0x410), Vector256.Create((ushort)0x1F)) & Vector256.Create((ushort)0x20)));
    }

    /// <summary>
    /// Runs of word characters without case (letters, combining marks and digits, each its own small letter; checked by
    /// the test of every character): Hebrew U+05D0 to U+05EA, Arabic U+0620 to U+0669 and U+066E to U+06D3 (the letters
    /// of Arabic, Persian and Urdu, the vowel marks, the Arabic-Indic digits; not the Arabic comma, semicolon, question
    /// mark or full stop), Devanagari U+0900 to U+0963 and its digits U+0966 to U+096F (not the dandas, which end
    /// sentences), Hangul syllables U+AC00 to U+D7A3 (Korean is written with spaces).
    /// </summary>
    public const char HebrewLettersFirst = '\u05D0', HebrewLettersLast = '\u05EA', ArabicFirst = '\u0620', ArabicDigitsLast = '\u0669',
        ArabicLettersFirst = '\u066E', ArabicLettersLast = '\u06D3', DevanagariFirst = '\u0900', DevanagariLettersLast = '\u0963',
        DevanagariDigitsFirst = '\u0966', DevanagariDigitsLast = '\u096F', HangulFirst = '\uAC00', HangulLast = '\uD7A3';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ushort> IsCaselessWordChar(Vector128<ushort> v) =>
        Vector128.LessThanOrEqual(v - Vector128.Create((ushort)HebrewLettersFirst), Vector128.Create((ushort)(HebrewLettersLast - HebrewLettersFirst)))
        | Vector128.LessThanOrEqual(v - Vector128.Create((ushort)ArabicFirst), Vector128.Create((ushort)(ArabicDigitsLast - ArabicFirst)))
        | Vector128.LessThanOrEqual(v - Vector128.Create((ushort)ArabicLettersFirst), Vector128.Create((ushort)(ArabicLettersLast - ArabicLettersFirst)))
        | Vector128.LessThanOrEqual(v - Vector128.Create((ushort)DevanagariFirst), Vector128.Create((ushort)(DevanagariLettersLast - DevanagariFirst)))
        | Vector128.LessThanOrEqual(v - Vector128.Create((ushort)DevanagariDigitsFirst), Vector128.Create((ushort)(DevanagariDigitsLast - DevanagariDigitsFirst)))
        | Vector128.LessThanOrEqual(v - Vector128.Create((ushort)HangulFirst), Vector128.Create((ushort)(HangulLast - HangulFirst)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ushort> IsCaselessWordChar(Vector256<ushort> v) =>
        Vector256.LessThanOrEqual(v - Vector256.Create((ushort)HebrewLettersFirst), Vector256.Create((ushort)(HebrewLettersLast - HebrewLettersFirst)))
        | Vector256.LessThanOrEqual(v - Vector256.Create((ushort)ArabicFirst), Vector256.Create((ushort)(ArabicDigitsLast - ArabicFirst)))
        | Vector256.LessThanOrEqual(v - Vector256.Create((ushort)ArabicLettersFirst), Vector256.Create((ushort)(ArabicLettersLast - ArabicLettersFirst)))
        | Vector256.LessThanOrEqual(v - Vector256.Create((ushort)DevanagariFirst), Vector256.Create((ushort)(DevanagariLettersLast - DevanagariFirst)))
        | Vector256.LessThanOrEqual(v - Vector256.Create((ushort)DevanagariDigitsFirst), Vector256.Create((ushort)(DevanagariDigitsLast - DevanagariDigitsFirst)))
        | Vector256.LessThanOrEqual(v - Vector256.Create((ushort)HangulFirst), Vector256.Create((ushort)(HangulLast - HangulFirst)));

    /// <summary>
    /// The kana letters, hiragana U+3041 to U+3096 and katakana U+30A1 to U+30FA: like the CJK ideographs, letters without
    /// case of a script without spaces, which <see cref="TextShape"/> counts with the ideographs (checked by the test of
    /// every character; the marks, the prolonged sound mark and the middle dot around them go one by one).
    /// </summary>
    public const char HiraganaFirst = '\u3041', HiraganaLast = '\u3096', KatakanaFirst = '\u30A1', KatakanaLast = '\u30FA';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ushort> IsKana(Vector128<ushort> v) =>
        Vector128.LessThanOrEqual(v - Vector128.Create((ushort)HiraganaFirst), Vector128.Create((ushort)(HiraganaLast - HiraganaFirst)))
        | Vector128.LessThanOrEqual(v - Vector128.Create((ushort)KatakanaFirst), Vector128.Create((ushort)(KatakanaLast - KatakanaFirst)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ushort> IsKana(Vector256<ushort> v) =>
        Vector256.LessThanOrEqual(v - Vector256.Create((ushort)HiraganaFirst), Vector256.Create((ushort)(HiraganaLast - HiraganaFirst)))
        | Vector256.LessThanOrEqual(v - Vector256.Create((ushort)KatakanaFirst), Vector256.Create((ushort)(KatakanaLast - KatakanaFirst)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ushort> IsCjkIdeograph(Vector128<ushort> v) =>
        Vector128.LessThanOrEqual(v - Vector128.Create((ushort)CjkIdeographsFirst), Vector128.Create((ushort)(CjkIdeographsLast - CjkIdeographsFirst)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ushort> IsWord(Vector128<ushort> v) =>
        Vector128.LessThanOrEqual(v - Vector128.Create((ushort)'a'), Vector128.Create((ushort)25))
        | Vector128.LessThanOrEqual(v - Vector128.Create((ushort)'0'), Vector128.Create((ushort)9));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ushort> IsStop(Vector128<ushort> v) =>
        Vector128.Equals(v, Vector128.Create((ushort)'.')) | Vector128.Equals(v, Vector128.Create((ushort)'!')) | Vector128.Equals(v, Vector128.Create((ushort)'?'));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ushort> IsCjkIdeograph(Vector256<ushort> v) =>
        Vector256.LessThanOrEqual(v - Vector256.Create((ushort)CjkIdeographsFirst), Vector256.Create((ushort)(CjkIdeographsLast - CjkIdeographsFirst)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ushort> IsWord(Vector256<ushort> v) =>
        Vector256.LessThanOrEqual(v - Vector256.Create((ushort)'a'), Vector256.Create((ushort)25))
        | Vector256.LessThanOrEqual(v - Vector256.Create((ushort)'0'), Vector256.Create((ushort)9));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ushort> IsStop(Vector256<ushort> v) =>
        Vector256.Equals(v, Vector256.Create((ushort)'.')) | Vector256.Equals(v, Vector256.Create((ushort)'!')) | Vector256.Equals(v, Vector256.Create((ushort)'?'));

    /// <summary>Bit <c>i</c> set where lane <c>i</c> of the thirty-two (<paramref name="low"/> then <paramref name="high"/>) is all ones.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Bits(Vector256<ushort> low, Vector256<ushort> high) => Vector256.Narrow(low, high).ExtractMostSignificantBits();

    /// <summary>Bit <c>i</c> set where lane <c>i</c> of the sixteen (<paramref name="low"/> then <paramref name="high"/>) is all ones.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Bits(Vector128<ushort> low, Vector128<ushort> high) => Vector128.Narrow(low, high).ExtractMostSignificantBits();

    /// <summary>
    /// Classifies the characters from <paramref name="at"/> outside ASCII (bits of <paramref name="other"/>, relative to
    /// <paramref name="at"/>): the <paramref name="letters"/> and the ideographs (<paramref name="han"/>) found with
    /// vectors, already lower-cased, and the rest one by one.
    /// </summary>
    /// <remarks>
    /// One by one, a character that is a word character of no other class and its own small letter (most letters,
    /// marks and digits of the scripts not classified in vectors: Bengali, Tamil, Georgian, small letters of Latin
    /// Extended...) takes one look-up in <see cref="PlainWordCharBits"/>: it is already in <paramref name="lower"/> as
    /// it is (the vector steps change only the letters they lower-case). Only the others are lower-cased and classified.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddOthers(ReadOnlySpan<char> text, Span<char> lower, int at, uint other, uint letters, uint han)
    {
        ulong hanBits = (ulong)han << at;
        Word |= ((ulong)letters << at) | hanBits;
        Spaceless |= hanBits;
        Ideograph |= hanBits;
        other &= ~letters & ~han;
        if (other == 0) return;
        // The tables are read through references taken once (a character's 64-bit word is within them whatever it is).
        ref ulong plain = ref MemoryMarshal.GetArrayDataReference(PlainWordCharBits);
        ref ulong plainSpaceless = ref MemoryMarshal.GetArrayDataReference(PlainSpacelessCharBits);
        ulong words = 0, spaceless = 0;
        for (; other != 0; other &= other - 1)
        {
            int k = at + BitOperations.TrailingZeroCount(other);
            char c = text[k];
            if ((Unsafe.Add(ref plain, c >> 6) & (1UL << c)) != 0)
            {
                words |= 1UL << k;
                continue;
            }
            if ((Unsafe.Add(ref plainSpaceless, c >> 6) & (1UL << c)) != 0)
            {
                words |= 1UL << k;
                spaceless |= 1UL << k;
                continue;
            }
            lower[k] = LowerCase.Of(c);
            AddScalar(lower.Slice(k, 1), k);
        }
        Word |= words;
        Spaceless |= spaceless;
    }

    /// <summary>The characters of <see cref="PlainWordCharBits"/>'s definition that are of a script without spaces: in the word and spaceless classes alone (Thai, Lao, Myanmar...).</summary>
    private static readonly ulong[] PlainSpacelessCharBits = new ulong[(char.MaxValue + 1) / 64];

    /// <summary>
    /// One bit per UTF-16 code unit (8 KiB): the word characters (<see cref="BlockWords.IsWordChar"/>) that
    /// <see cref="LowerCase"/> leaves as they are, not kana or ideographs, and not of a script without spaces (those are
    /// in <see cref="PlainSpacelessCharBits"/>), so that one by one they are in the word class alone. Built from those
    /// definitions; the test of every character holds both tables to the classification one by one.
    /// </summary>
    private static readonly ulong[] PlainWordCharBits = BuildPlainWordCharBits(PlainSpacelessCharBits);

    private static ulong[] BuildPlainWordCharBits(ulong[] spaceless)
    {
        var bits = new ulong[(char.MaxValue + 1) / 64];
        // From U+0080, word characters only (64 at a time from their table); kana and ideographs (U+3040 to U+9FFF, the
        // scripts without spaces among them) are classes of their own.
        for (int at = 0x80; at <= char.MaxValue; at += 64)
        {
            if (at == 0x3040) at = 0x9FFF + 1;
            for (ulong word = BlockWords.WordCharsAt(at); word != 0; word &= word - 1)
            {
                char c = (char)(at + BitOperations.TrailingZeroCount(word));
                if (LowerCase.Of(c) != c) continue;
                if (BlockWords.IsSpacelessScript(c)) spaceless[c >> 6] |= 1UL << c;
                else bits[c >> 6] |= 1UL << c;
            }
        }
        return bits;
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
