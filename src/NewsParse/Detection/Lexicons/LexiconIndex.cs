using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NewsParse.Detection.Cohesion;

namespace NewsParse.Detection.Lexicons;

/// <summary>
/// The first words of every phrase set, the anchors of their phrases in scripts written without spaces and the function
/// words in one table, so that a word is looked up once for all the lexicons: a block knows which sets may match it
/// (<see cref="BlockWords.LexiconMask"/> and <see cref="BlockWords.AnchorMask"/>; a detector whose lexicon has nothing
/// in the block passes it by without reading a word) and which of its words are function words. A table from a word
/// (its first <see cref="Term.MaxChars"/> characters, packed in a <see cref="Term"/>) or a pair of characters to flags
/// (one bit per <see cref="LexiconId"/> for first words, the same shifted by <see cref="AnchorShift"/> for anchors, and
/// <see cref="StopwordFlag"/>), behind a gate of one bit per hash that turns most words away without reading the
/// table. Built once; read-only (thread-safe).
/// </summary>
internal static class LexiconIndex
{
    /// <summary>The flag of a function word (<see cref="Stopwords"/>), beside the sets' bits.</summary>
    public const ulong StopwordFlag = 1UL << 63;

    /// <summary>
    /// Where the sets' anchor bits start: bit <c>AnchorShift + k</c> when a pair of characters is the anchor of a phrase
    /// of the <c>k</c>-th set searched as a substring (see <see cref="BlockWords.AnchorMask"/>); bits 0 to 31 are the
    /// sets' first words.
    /// </summary>
    public const int AnchorShift = 32;

    /// <summary>The bits of first words (the low half of the flags).</summary>
    public const ulong FirstWordBits = (1UL << AnchorShift) - 1;

    private const int GateBits = 32768;

    private static readonly PhraseSet[] Sets =
    [
        AdvertisementLexicon.Labels,
        CookieLexicon.Cues,
        FaqLexicon.Titles,
        FooterLexicon.Rights,
        FooterLexicon.Links,
        NewsletterLexicon.Cues,
        PageLabelLexicon.CreditPrefixes,
        PageLabelLexicon.CreditNames,
        PageLabelLexicon.TagPrefixes,
        PageLabelLexicon.CommentTitles,
        PageLabelLexicon.NavigationLabels,
        PageLabelLexicon.AuthorBoxTitles,
        RelatedLexicon.Prefixes,
        ShareLexicon.Cues,
        SocialLexicon.Networks,
        SocialLexicon.Channels,
        SocialLexicon.CallVerbs,
        SocialLexicon.Requests,
        SocialLexicon.OwnWords,
        SocialLexicon.ReaderWords,
        TableOfContentsLexicon.Titles,
    ];

    private static readonly ulong[] Gate = new ulong[GateBits / 64];

    /// <summary>Number of 64-bit words of the gate (see <see cref="GateStart"/>).</summary>
    internal const int GateWords = GateBits / 64;

    /// <summary>
    /// The first of the <see cref="GateWords"/> words of the gate, read once by loops over many words
    /// (<see cref="MayHave"/>): one bit per hash value (its low bits), clear when no word of the table has that hash.
    /// </summary>
    internal static ref readonly ulong GateStart => ref MemoryMarshal.GetArrayDataReference(Gate);
    private static readonly (Term[] Keys, ulong[] Flags) Table = Build(Gate);  // flags 0: a free slot

    /// <summary>Fills the gate and returns the table of words and their flags.</summary>
    private static (Term[] Keys, ulong[] Flags) Build(ulong[] gate)
    {
        if (Enum.GetValues<LexiconId>().Length >= 63 - AnchorShift) throw new InvalidOperationException("Too many phrase sets for the index's flags.");
        var entries = new List<(Term Word, ulong Flag)>();
        ulong ids = 0;
        foreach (var set in Sets)
        {
            ulong flag = set.Id is { } id ? 1UL << (int)id : throw new InvalidOperationException("A phrase set of the lexicon index has no id.");
            if ((ids & flag) != 0) throw new InvalidOperationException($"Two phrase sets are {set.Id}.");
            ids |= flag;
            foreach (var word in set.FirstWords) entries.Add((Term.Of(word), flag));
            foreach (var anchor in set.SubstringAnchors) entries.Add((Term.Of(anchor), flag << AnchorShift));
        }
        if (ids != (1UL << Enum.GetValues<LexiconId>().Length) - 1) throw new InvalidOperationException("A phrase set is missing from the lexicon index.");
        foreach (var word in Stopwords.All)
        {
            // A word with the flag is then the function word itself (see Stopwords.Contains).
            if (word.Length >= Term.MaxChars) throw new InvalidOperationException($"The function word \"{word}\" is too long for the index.");
            entries.Add((Term.Of(word), StopwordFlag));
        }
        int size = 64;
        while (size < entries.Count * 3) size *= 2;
        var keys = new Term[size];
        var flags = new ulong[size];
        foreach (var (word, flag) in entries)
        {
            int hash = word.GetHashCode();
            int bit = hash & (GateBits - 1);
            gate[bit >> 6] |= 1UL << bit;
            int i = Slot(hash, size - 1);
            while (flags[i] != 0 && keys[i] != word) i = (i + 1) & (size - 1);
            keys[i] = word;
            flags[i] |= flag;
        }
        return (keys, flags);
    }

    /// <summary>
    /// The flags of <paramref name="word"/> (a word's first characters, or a pair of characters, packed;
    /// <paramref name="hash"/> is its hash): the sets (one bit per <see cref="LexiconId"/>) with a phrase whose first
    /// word begins with these characters, the sets with a phrase anchored on them (from bit <see cref="AnchorShift"/>),
    /// and <see cref="StopwordFlag"/> when they are a function word (see <see cref="Stopwords.Contains(ulong)"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong FlagsOf(Term word, int hash) => MayHave(in GateStart, hash) ? Find(word, hash) : 0;

    /// <summary>False when the gate (<see cref="GateStart"/>, or <see cref="GateWords"/> words of zeros that let no word through) has no word with <paramref name="hash"/>: its flags are 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool MayHave(ref readonly ulong gate, int hash) =>
        (Unsafe.Add(ref Unsafe.AsRef(in gate), (hash & (GateBits - 1)) >> 6) & (1UL << hash)) != 0;  // the shift takes the low six bits of the hash

    /// <summary>The flags of <paramref name="word"/> (see <see cref="FlagsOf"/>), looked up in the table.</summary>
    internal static ulong Find(Term word, int hash)
    {
        var (keys, flags) = Table;
        int mask = keys.Length - 1;
        for (int i = Slot(hash, mask); flags[i] != 0; i = (i + 1) & mask)
        {
            if (keys[i] == word) return flags[i];
        }
        return 0;
    }

    // The gate reads the low bits of the hash, the table the high ones: the words the gate lets through spread over the table.
    private static int Slot(int hash, int mask) => (int)((uint)hash >> 16) & mask;
}
