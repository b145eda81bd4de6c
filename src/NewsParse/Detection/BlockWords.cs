using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NewsParse.Detection.Cohesion;
using NewsParse.Detection.Lexicons;

namespace NewsParse.Detection;

/// <summary>
/// A block's text read once for the detectors: lower-cased, and cut into words (runs of letters, digits and combining
/// marks; everything else separates words, apostrophes included; a word also ends where a script written without spaces
/// meets another script). Words are ranges of <see cref="Lower"/>, not
/// strings: lexicon look-ups and topic terms read them in place, so a block costs a few allocations whatever its
/// length, and it is scanned once however many lexicons look at it.
/// </summary>
internal sealed class BlockWords
{
    private readonly Memory<char> _lowerPiece;  // the lower-cased text, then PackSlack characters of room
    private readonly int _length;
    private readonly int[] _ints;   // from _start: start, length and hash of each word in the lower-cased text
    private readonly int _start;

    /// <summary>Characters of room after the lower-cased text: a word of fewer than four characters is packed from one read of four (see <see cref="Term.OfPadded(ref char, int)"/>).</summary>
    private const int PackSlack = 3;

    /// <summary>Reads <paramref name="text"/> (into arrays of its own: readers pass their <see cref="BlockScratch"/>).</summary>
    public BlockWords(string text) : this(text, BlockScratch.Unpooled())
    {
    }

    /// <summary>
    /// Reads <paramref name="text"/> into the reader's slabs. The lower-cased text, bounds and hashes are valid until
    /// <see cref="ReturnTo"/>; the <see cref="Terms"/> until the reader gives them back (see <see cref="BlockScratch"/>).
    /// </summary>
    public BlockWords(string text, BlockScratch scratch) : this(text, scratch, readLexicons: true)
    {
    }

    /// <summary>The words of a phrase of a lexicon (read without the <see cref="LexiconIndex"/>, which is built from them: no function word is known then).</summary>
    public static string[] WordsOf(string phrase) => new BlockWords(phrase, BlockScratch.Unpooled(), readLexicons: false).Words.ToArray();

    private BlockWords(string text, BlockScratch scratch, bool readLexicons)
    {
        var lowerPiece = scratch.Chars.Take(text.Length + PackSlack);
        var padded = lowerPiece.Span;
        var lower = padded[..text.Length];
        int contentEnd = TextShape.ContentEnd(text);
        // Each word is packed, looked up and turned into terms as soon as its end is found, in the same pass as the
        // characters: its start, length and hash, its topic terms (Cohesion.Terms) and, in one look-up for every
        // lexicon, the phrase sets it may start and whether it is a function word. They are written in place in the
        // reader's slabs when the most a block can have (a word and a term per character) fits in a chunk, else in
        // working buffers copied out at the exact size at the end.
        bool inPlace = scratch.Ints.TryReserve(3 * text.Length, out var ints, out int intBase)
            & scratch.TermSlab.TryReserve(text.Length, out var terms, out int termBase);
        var sink = inPlace
            ? new WordSink { Ints = ints, IntBase = intBase, Terms = terms, TermBase = termBase, TermCount = termBase, InPlace = true, ReadLexicons = readLexicons, Scratch = scratch }
            : new WordSink { Ints = scratch.Bounds(3), Terms = scratch.Terms(1), ReadLexicons = readLexicons, Scratch = scratch };
        bool spaceless = false;
        int wordStart = -1, letters = 0, shapeWords = 0, ideographs = 0, breaks = 0;  // wordStart: of a word still open at the end of a chunk
        ulong wordCarry = 0, spacelessCarry = 0, shapeCarry = 0;  // bit 0: the previous chunk's last character
        for (int at = 0; at < lower.Length; at += CharClassMasks.Width)
        {
            int length = Math.Min(CharClassMasks.Width, lower.Length - at);
            var masks = CharClassMasks.Of(text.AsSpan(at, length), lower.Slice(at, length));
            ulong valid = length == CharClassMasks.Width ? ulong.MaxValue : (1UL << length) - 1;
            letters += BitOperations.PopCount(masks.Word);
            ideographs += BitOperations.PopCount(masks.Ideograph);
            spaceless |= masks.Spaceless != 0;

            // A shape word (TextShape.Words) is a run of characters other than spaces and ideographs.
            ulong shapeChars = valid & ~masks.Space & ~masks.Ideograph;
            shapeWords += BitOperations.PopCount(shapeChars & ~((shapeChars << 1) | shapeCarry));

            // A word starts or ends where the word mask changes, and is split where a script written without spaces
            // and another one meet ("关注我们的facebook" is two words).
            ulong previousWord = (masks.Word << 1) | wordCarry;
            ulong split = masks.Word & previousWord & (masks.Spaceless ^ ((masks.Spaceless << 1) | spacelessCarry));
            // Starts and ends alternate (a split is both), so each end takes the next start: the one left open by the
            // previous chunk first.
            ulong edges = ((masks.Word ^ previousWord) | split) & valid;
            ulong starts = edges & masks.Word;
            ulong ends = edges & previousWord;
            if (ends != 0)
            {
                int closed = BitOperations.PopCount(ends);
                if (sink.IntBase + 3 * (sink.Count + closed) > sink.Ints.Length || sink.TermCount + closed > sink.Terms.Length) MakeRoom(ref sink, closed);
                ReadWords(ref sink, padded, ends, (masks.Spaceless << 1) | spacelessCarry, ref starts, ref wordStart, at);
            }
            if (starts != 0) wordStart = at + BitOperations.TrailingZeroCount(starts);
            for (ulong stops = masks.Stop; stops != 0; stops &= stops - 1)
            {
                if (TextShape.BreaksAt(text, at + BitOperations.TrailingZeroCount(stops), contentEnd)) breaks++;
            }
            wordCarry = masks.Word >> (length - 1) & 1;
            spacelessCarry = masks.Spaceless >> (length - 1) & 1;
            shapeCarry = shapeChars >> (length - 1) & 1;
        }
        if (wordCarry != 0)
        {
            // The text ends in a word: it ends at the first character past the text (bit 1 after its last character).
            if (sink.IntBase + 3 * (sink.Count + 1) > sink.Ints.Length || sink.TermCount + 1 > sink.Terms.Length) MakeRoom(ref sink, 1);
            ulong none = 0;
            ReadWords(ref sink, padded, 2, spacelessCarry << 1, ref none, ref wordStart, lower.Length - 1);
        }
        int count = sink.Count;
        Memory<int> intPiece;
        Memory<Term> termPiece;
        if (sink.InPlace)
        {
            intPiece = scratch.Ints.Commit(count * 3);
            termPiece = scratch.TermSlab.Commit(sink.TermCount - sink.TermBase);
        }
        else
        {
            intPiece = scratch.Ints.Take(count * 3);
            sink.Ints.AsSpan(0, count * 3).CopyTo(intPiece.Span);
            termPiece = scratch.TermSlab.Take(sink.TermCount);
            sink.Terms.AsSpan(0, sink.TermCount).CopyTo(termPiece.Span);
        }
        Terms = termPiece;
        _lowerPiece = lowerPiece;
        _length = text.Length;
        if (!MemoryMarshal.TryGetArray<int>(intPiece, out var segment)) throw new InvalidOperationException("Slab pieces are arrays.");
        _ints = segment.Array!;
        _start = segment.Offset;
        Count = count;
        LexiconMask = readLexicons ? sink.LexiconMask & LexiconIndex.FirstWordBits : ulong.MaxValue;
        AnchorMask = readLexicons ? (sink.Anchors & ~LexiconIndex.StopwordFlag) >> LexiconIndex.AnchorShift : ulong.MaxValue;
        HasSpacelessScript = spaceless;
        WordChars = letters;
        Shape = TextShape.From(text, shapeWords + (ideographs + 1) / 2, breaks, contentEnd);
    }

    /// <summary>What <see cref="ReadWords"/> writes as it reads a block's words, carried from one chunk of characters to the next.</summary>
    private struct WordSink
    {
        public int[] Ints;          // start, length and hash of each word, from IntBase
        public int IntBase;
        public int Count;
        public Term[] Terms;        // the terms, from TermBase
        public int TermBase;
        public int TermCount;       // the end of the terms (from the array's start)
        public bool InPlace;        // Ints and Terms are room in the reader's slabs, enough for any block of its length
        public ulong LexiconMask;   // the flags of the words in the LexiconIndex
        public ulong Anchors;       // the flags of the character pairs of runs of a script without spaces
        public bool ReadLexicons;
        public BlockScratch Scratch;
    }

    /// <summary>
    /// Reads the words that end in the chunk of characters at <paramref name="at"/> (<paramref name="ends"/>: one bit
    /// per word end, relative to <paramref name="at"/>; each word starts at <paramref name="wordStart"/> when a word is
    /// open from an earlier chunk, else at the next bit of <paramref name="starts"/>) in the lower-cased text
    /// (<paramref name="padded"/>: followed by <see cref="PackSlack"/> characters of room). For each: its start, length
    /// and hash; its topic terms; unless the sink's ReadLexicons is false, its flags in the <see cref="LexiconIndex"/>
    /// (first words in LexiconMask, the anchors among its character pairs in Anchors). The caller made room for one
    /// word and one term per end (a run of a script without spaces, which gives a term per pair of characters, makes
    /// its own): the loop writes without bounds checks, and the room is checked when it ends. The state is in locals
    /// while the words are read, in the sink between chunks.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ReadWords(ref WordSink sink, Span<char> padded, ulong ends, ulong spacelessBefore, ref ulong starts, ref int wordStart, int at)
    {
        ref char text = ref MemoryMarshal.GetReference(padded);
        ref int intsFrom = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(sink.Ints), sink.IntBase + 3 * sink.Count);
        ref int slot = ref intsFrom;
        ref Term termsFrom = ref MemoryMarshal.GetArrayDataReference(sink.Terms);  // the terms are counted from the array's start
        ref Term term = ref Unsafe.Add(ref termsFrom, sink.TermCount);
        // Words read without the index (its own phrases, while it is built) go through a gate that is closed.
        ref readonly ulong gate = ref sink.ReadLexicons ? ref LexiconIndex.GateStart : ref MemoryMarshal.GetArrayDataReference(ClosedGate);
        int open = wordStart;
        ulong pending = starts;
        for (; ends != 0; ends &= ends - 1)
        {
            int start = open;
            if (start < 0)
            {
                start = at + BitOperations.TrailingZeroCount(pending);
                pending &= pending - 1;
            }
            open = -1;
            int length = at + BitOperations.TrailingZeroCount(ends) - start;
            ref char first = ref Unsafe.Add(ref text, start);
            var packed = Term.OfPadded(ref first, length);
            int hash = packed.GetHashCode();
            slot = start;
            Unsafe.Add(ref slot, 1) = length;
            Unsafe.Add(ref slot, 2) = hash;
            slot = ref Unsafe.Add(ref slot, 3);
            ulong flags = 0;
            if (LexiconIndex.MayHave(in gate, hash))
            {
                flags = LexiconIndex.Find(packed, hash);
                sink.LexiconMask |= flags;
            }
            if ((spacelessBefore & ends & (0 - ends)) != 0)
            {
                // A run of a script without spaces (the character before the end is one: the whole word is). Its
                // terms may need a larger array: the place of the next one is taken again from the sink.
                int termCount = (int)(Unsafe.ByteOffset(ref termsFrom, ref term) / Unsafe.SizeOf<Term>());
                termCount = AddSpacelessTerms(ref sink, MemoryMarshal.CreateReadOnlySpan(ref first, length), packed, flags, termCount, extra: BitOperations.PopCount(ends) - 1);
                termsFrom = ref MemoryMarshal.GetArrayDataReference(sink.Terms);
                term = ref Unsafe.Add(ref termsFrom, termCount);
            }
            else if (Cohesion.Terms.IsTopicWord(MemoryMarshal.CreateReadOnlySpan(ref first, length), flags))
            {
                term = Cohesion.Terms.Stem(packed);
                term = ref Unsafe.Add(ref term, 1);
            }
        }
        starts = pending;
        wordStart = open;
        sink.Count += (int)(Unsafe.ByteOffset(ref intsFrom, ref slot) / (3 * sizeof(int)));
        sink.TermCount = (int)(Unsafe.ByteOffset(ref termsFrom, ref term) / Unsafe.SizeOf<Term>());
        // The loop writes without bounds checks, into the room its callers made: that room is checked here.
        if (sink.IntBase + 3 * sink.Count > sink.Ints.Length || sink.TermCount > sink.Terms.Length) throw new InvalidOperationException("The words of a block were written past their room.");
    }

    /// <summary>Room for <paramref name="words"/> more words and terms in the working buffers (room in the slabs is never short: see <see cref="WordSink"/>.InPlace).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void MakeRoom(ref WordSink sink, int words)
    {
        if (sink.InPlace) throw new InvalidOperationException("The words of a block outgrew the room of a word and a term per character.");
        if (3 * (sink.Count + words) > sink.Ints.Length) sink.Ints = sink.Scratch.Bounds(3 * (sink.Count + words));
        if (sink.TermCount + words > sink.Terms.Length) sink.Terms = sink.Scratch.Terms(sink.TermCount + words);
    }

    /// <summary>A lexicon gate with no word (see <see cref="LexiconIndex.MayHave"/>).</summary>
    private static readonly ulong[] ClosedGate = new ulong[LexiconIndex.GateWords];

    /// <summary>A run of a script written without spaces: its terms are its character pairs, the anchors of the phrases searched in such text.</summary>
    /// <remarks>Makes room for its terms and for <paramref name="extra"/> more (one per word still to read in the chunk).</remarks>
    private static int AddSpacelessTerms(ref WordSink sink, ReadOnlySpan<char> word, Term packed, ulong flags, int termCount, int extra)
    {
        if (termCount + word.Length + extra > sink.Terms.Length)
        {
            // A term per character at most: room in the slabs (from the terms' start) is never short.
            if (sink.InPlace) throw new InvalidOperationException("The terms of a block outgrew the room of a term per character.");
            sink.Terms = sink.Scratch.Terms(termCount + word.Length + extra);
        }
        var terms = sink.Terms;
        int first = termCount;
        termCount = Cohesion.Terms.Add(word, packed, flags, spaceless: true, terms, termCount);
        if (sink.ReadLexicons)
        {
            foreach (var pair in terms.AsSpan(first, termCount - first)) sink.Anchors |= LexiconIndex.FlagsOf(pair, pair.GetHashCode());
        }
        return termCount;
    }

    /// <summary>What the text looks like (length in words, how it ends...), read in the same pass as the words.</summary>
    public TextShape Shape { get; }

    /// <summary>The text lower-cased (invariant culture), same length as the original.</summary>
    public ReadOnlySpan<char> Lower => _lowerPiece.Span[.._length];

    /// <summary>Gives the lower-cased text, bounds and hashes back to the reader's slabs: the words cannot be read afterwards.</summary>
    public void ReturnTo(BlockScratch scratch)
    {
        scratch.Chars.Return(_lowerPiece);
        scratch.Ints.Return(new ReadOnlyMemory<int>(_ints, _start, Count * 3));
    }

    /// <summary>
    /// The phrase sets (one bit per <see cref="LexiconId"/>) with a phrase whose first word may be one of the block's
    /// words, read from the <see cref="LexiconIndex"/> with the words, once for all the sets. A set whose bit is clear
    /// starts no phrase at any word; its phrases searched as substrings (scripts written without spaces, symbols) are
    /// not covered. All bits for the words of a lexicon's own phrases (see <see cref="WordsOf"/>).
    /// </summary>
    public ulong LexiconMask { get; }

    /// <summary>
    /// The phrase sets (one bit per <see cref="LexiconId"/>) with a phrase searched as a substring (in a script written
    /// without spaces) whose anchor is one of the block's character pairs; a set whose bit is clear has none of those
    /// phrases in the block (see <see cref="PhraseSet"/>). All bits for the words of a lexicon's own phrases.
    /// </summary>
    public ulong AnchorMask { get; }

    /// <summary>Number of words.</summary>
    public int Count { get; }

    /// <summary>The lower-cased word at <paramref name="index"/> (0 to <see cref="Count"/> - 1). A word is all of a script written without spaces, or none of it.</summary>
    public ReadOnlySpan<char> this[int index] => _lowerPiece.Span.Slice(_ints[_start + index * 3], _ints[_start + index * 3 + 1]);

    /// <summary>Where the word at <paramref name="index"/> starts in the text (the lower-cased text has the original's length: a place in one is the same place in the other).</summary>
    public int StartOf(int index) => _ints[_start + index * 3];

    /// <summary>The words in order, as strings (for tests and diagnostics; detectors read words in place).</summary>
    public IEnumerable<string> Words
    {
        get
        {
            for (int i = 0; i < Count; i++) yield return this[i].ToString();
        }
    }

    /// <summary>The hash of the word's first <see cref="Term.MaxChars"/> characters, as <see cref="Term.GetHashCode"/> gives it: lexicons use it to skip words that start none of their phrases.</summary>
    public int HashAt(int index) => _ints[_start + index * 3 + 2];

    /// <summary>The block's topic terms, in order (see <see cref="Cohesion.Terms"/>).</summary>
    public ReadOnlyMemory<Term> Terms { get; }

    /// <summary>True when the text has characters of a script written without spaces (Chinese, Japanese, Thai, Lao, Myanmar), whose words cannot be cut at spaces.</summary>
    public bool HasSpacelessScript { get; }

    /// <summary>Number of word characters (letters, digits, combining marks).</summary>
    public int WordChars { get; }

    /// <summary>The word characters (see <see cref="IsWordChar"/>) of the 64 from <paramref name="at"/> (a multiple of 64), one bit each.</summary>
    internal static ulong WordCharsAt(int at) => WordCharBits[at >> 6];

    /// <summary>True for letters, digits and combining marks (a word character).</summary>
    public static bool IsWordChar(char c) => (WordCharBits[c >> 6] & (1UL << c)) != 0;

    /// <summary>True for lower-case ASCII letters and the letters of other scripts (what <see cref="Cohesion.Terms"/> counts as a letter).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsLetter(char c) => c < 128 ? (uint)(c - 'a') <= 'z' - 'a' : (LetterBits[c >> 6] & (1UL << c)) != 0;

    /// <summary>One bit per UTF-16 code unit (8 KiB): <see cref="char.IsLetter(char)"/> (filled with <see cref="WordCharBits"/>).</summary>
    private static readonly ulong[] LetterBits = new ulong[(char.MaxValue + 1) / 64];

    /// <summary>One bit per UTF-16 code unit (8 KiB): <see cref="IsWordChar"/> is one load and a test instead of a Unicode category look-up.</summary>
    private static readonly ulong[] WordCharBits = BuildWordCharBits(LetterBits);

    /// <summary>The word characters' bits, and the letters' in <paramref name="letters"/>, from one category look-up per character.</summary>
    private static ulong[] BuildWordCharBits(ulong[] letters)
    {
        var bits = new ulong[(char.MaxValue + 1) / 64];
        for (int c = 0; c <= char.MaxValue; c++)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory((char)c);
            bool letter = category <= UnicodeCategory.OtherLetter;  // Lu, Ll, Lt, Lm, Lo: char.IsLetter
            if (letter) letters[c >> 6] |= 1UL << c;
            // char.IsLetterOrDigit, and the combining marks.
            if (letter || category is UnicodeCategory.DecimalDigitNumber or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
                bits[c >> 6] |= 1UL << c;
        }
        return bits;
    }

    public static bool IsSpacelessScript(char c) =>
        (c >= '\u3040' && c <= '\u30FF') || (c >= '\u3400' && c <= '\u9FFF') || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\u0E00' && c <= '\u0EFF') || (c >= '\u1000' && c <= '\u109F');
}
