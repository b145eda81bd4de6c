using System.Globalization;
using System.Numerics;
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
    private readonly ReadOnlyMemory<char> _lower;
    private readonly int[] _ints;   // from _start: start and length of each word in the lower-cased text, then each word's hash
    private readonly int _start;

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
        var lowerMemory = scratch.Chars.Take(text.Length);
        var lower = lowerMemory.Span;
        int contentEnd = TextShape.ContentEnd(text);
        var bounds = scratch.Bounds(Math.Min(text.Length + 2, 512)); // word bounds while the block is read, copied out at the exact size
        int count = 0, wordStart = -1, letters = 0, shapeWords = 0, ideographs = 0, breaks = 0;  // wordStart: of a word still open at the end of a chunk
        ulong wordCarry = 0, spacelessCarry = 0, shapeCarry = 0;  // bit 0: the previous chunk's last character
        bool spaceless = false;
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
            int room = count * 2 + 2 * BitOperations.PopCount(ends);  // for the words that end in the chunk
            if (room > bounds.Length) bounds = scratch.Bounds(room);
            for (; ends != 0; ends &= ends - 1)
            {
                int start = wordStart;
                if (start < 0)
                {
                    start = at + BitOperations.TrailingZeroCount(starts);
                    starts &= starts - 1;
                }
                wordStart = -1;
                bounds[count * 2] = start;
                bounds[count * 2 + 1] = at + BitOperations.TrailingZeroCount(ends) - start;
                count++;
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
            if (count * 2 + 2 > bounds.Length) bounds = scratch.Bounds(count * 2 + 2);
            bounds[count * 2] = wordStart;
            bounds[count * 2 + 1] = lower.Length - wordStart;
            count++;
        }
        // Each word packed once (ReadWords): its hash, its topic terms and, in one look-up for every lexicon, the phrase
        // sets it may start and whether it is a function word.
        var ints = scratch.Ints.Take(count * 3);
        var data = ints.Span;
        bounds.AsSpan(0, count * 2).CopyTo(data);
        var terms = scratch.Terms(spaceless ? lower.Length : count);
        int termCount = ReadWords(lower, data[..(count * 2)], data.Slice(count * 2, count), terms, spaceless, readLexicons, out ulong lexiconMask, out ulong anchorMask);
        var termPiece = scratch.TermSlab.Take(termCount);
        terms.AsSpan(0, termCount).CopyTo(termPiece.Span);
        Terms = termPiece;
        _lower = lowerMemory;
        if (!MemoryMarshal.TryGetArray<int>(ints, out var segment)) throw new InvalidOperationException("Slab pieces are arrays.");
        _ints = segment.Array!;
        _start = segment.Offset;
        Count = count;
        LexiconMask = readLexicons ? lexiconMask & LexiconIndex.FirstWordBits : ulong.MaxValue;
        AnchorMask = readLexicons ? anchorMask : ulong.MaxValue;
        HasSpacelessScript = spaceless;
        WordChars = letters;
        Shape = TextShape.From(text, shapeWords + (ideographs + 1) / 2, breaks, contentEnd);
    }

    /// <summary>
    /// Packs each word of <paramref name="lower"/> (at <paramref name="bounds"/>: start and length of each) into a term,
    /// writes its hash in <paramref name="hashes"/> and its topic terms in <paramref name="terms"/> (returns their count),
    /// and gives the union of the words' flags in the <see cref="LexiconIndex"/> (all of them when the index is not read).
    /// </summary>
    private static int ReadWords(ReadOnlySpan<char> lower, ReadOnlySpan<int> bounds, Span<int> hashes, Span<Term> terms, bool spaceless, bool readLexicons, out ulong lexiconMask, out ulong anchorMask)
    {
        int termCount = 0;
        ulong mask = 0, anchors = 0;
        for (int w = 0; w < hashes.Length; w++)
        {
            var word = lower.Slice(bounds[w * 2], bounds[w * 2 + 1]);
            var packed = Term.Of(word);
            int hash = packed.GetHashCode();
            hashes[w] = hash;
            ulong flags = readLexicons ? LexiconIndex.FlagsOf(packed, hash) : 0;
            mask |= flags;
            if (spaceless && IsSpacelessScript(word[0]))
            {
                // A run of a script written without spaces: its terms are its character pairs, the anchors of the phrases searched in such text.
                int first = termCount;
                termCount = Cohesion.Terms.Add(word, packed, flags, spaceless: true, terms, termCount);
                if (readLexicons)
                {
                    foreach (var pair in terms[first..termCount]) anchors |= LexiconIndex.FlagsOf(pair, pair.GetHashCode());
                }
            }
            else termCount = Cohesion.Terms.Add(word, packed, flags, spaceless: false, terms, termCount);
        }
        lexiconMask = mask;
        anchorMask = (anchors & ~LexiconIndex.StopwordFlag) >> LexiconIndex.AnchorShift;
        return termCount;
    }

    /// <summary>What the text looks like (length in words, how it ends...), read in the same pass as the words.</summary>
    public TextShape Shape { get; }

    /// <summary>The text lower-cased (invariant culture), same length as the original.</summary>
    public ReadOnlySpan<char> Lower => _lower.Span;

    /// <summary>Gives the lower-cased text, bounds and hashes back to the reader's slabs: the words cannot be read afterwards.</summary>
    public void ReturnTo(BlockScratch scratch)
    {
        scratch.Chars.Return(_lower);
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
    public ReadOnlySpan<char> this[int index] => _lower.Span.Slice(_ints[_start + index * 2], _ints[_start + index * 2 + 1]);

    /// <summary>The words in order, as strings (for tests and diagnostics; detectors read words in place).</summary>
    public IEnumerable<string> Words
    {
        get
        {
            for (int i = 0; i < Count; i++) yield return this[i].ToString();
        }
    }

    /// <summary>The hash of the word's first <see cref="Term.MaxChars"/> characters, as <see cref="Term.GetHashCode"/> gives it: lexicons use it to skip words that start none of their phrases.</summary>
    public int HashAt(int index) => _ints[_start + Count * 2 + index];

    /// <summary>The block's topic terms, in order (see <see cref="Cohesion.Terms"/>).</summary>
    public ReadOnlyMemory<Term> Terms { get; }

    /// <summary>True when the text has characters of a script written without spaces (Chinese, Japanese, Thai, Lao, Myanmar), whose words cannot be cut at spaces.</summary>
    public bool HasSpacelessScript { get; }

    /// <summary>Number of word characters (letters, digits, combining marks).</summary>
    public int WordChars { get; }

    /// <summary>True for letters, digits and combining marks (a word character).</summary>
    public static bool IsWordChar(char c) => (WordCharBits[c >> 6] & (1UL << c)) != 0;

    /// <summary>One bit per UTF-16 code unit (8 KiB): <see cref="IsWordChar"/> is one load and a test instead of a Unicode category look-up.</summary>
    private static readonly ulong[] WordCharBits = BuildWordCharBits();

    private static ulong[] BuildWordCharBits()
    {
        var bits = new ulong[(char.MaxValue + 1) / 64];
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (char.IsLetterOrDigit((char)c)
                || CharUnicodeInfo.GetUnicodeCategory((char)c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
                bits[c >> 6] |= 1UL << c;
        }
        return bits;
    }

    public static bool IsSpacelessScript(char c) =>
        (c >= '\u3040' && c <= '\u30FF') || (c >= '\u3400' && c <= '\u9FFF') || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\u0E00' && c <= '\u0EFF') || (c >= '\u1000' && c <= '\u109F');
}
