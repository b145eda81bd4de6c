namespace NewsParse.Detection.Lexicons;

/// <summary>
/// Function words of the main Latin-script languages of news sites. They carry no topic, so the cohesion evidence
/// ignores them. Other scripts rely on the frequency weighting of <see cref="Cohesion.CohesionScorer"/> instead.
/// </summary>
internal static class Stopwords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        // English
        "the", "and", "for", "with", "from", "that", "this", "these", "those", "are", "was", "were", "been", "being", "have", "has", "had",
        "not", "but", "its", "their", "they", "them", "you", "your", "our", "his", "her", "she", "him", "who", "whom", "whose", "what",
        "which", "when", "where", "why", "how", "all", "any", "each", "every", "some", "such", "than", "then", "there", "here", "into",
        "onto", "over", "under", "about", "after", "before", "more", "most", "only", "own", "same", "too", "very", "just", "also", "can",
        "could", "should", "would", "will", "may", "might", "must", "does", "did", "doing", "done", "out", "off", "amid", "among", "via",
        "new", "get", "got", "one", "two", "now", "yet", "still", "why", "per",
        // German
        "der", "die", "das", "und", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen", "ist", "sind", "war", "mit",
        "von", "für", "auf", "aus", "bei", "nach", "über", "unter", "vor", "zum", "zur", "auch", "nicht", "sich", "wie", "was", "wird",
        // French
        "les", "des", "une", "est", "sont", "dans", "pour", "par", "sur", "avec", "qui", "que", "quoi", "aux", "du", "pas", "plus", "son", "ses",
        // Spanish, Portuguese, Italian
        "los", "las", "del", "una", "uno", "por", "para", "con", "como", "más", "sus", "que", "qué", "são", "não", "com", "uma", "dos", "das",
        "pelo", "pela", "nos", "nas", "gli", "della", "delle", "degli", "nel", "nella", "per", "non", "sono", "che", "come",
        // Dutch
        "het", "een", "van", "voor", "met", "zijn", "niet", "ook", "als", "naar", "bij",
    };

    /// <summary>The words as terms, in a table built once and only read afterwards (thread-safe).</summary>
    private static readonly Cohesion.TermCounts Packed = Build();

    private static readonly int MaxLength = Words.Max(w => w.Length);

    /// <summary>True when the lower-cased word is a function word.</summary>
    public static bool Contains(string lowerWord) => Contains(lowerWord.AsSpan());

    /// <summary>As <see cref="Contains(string)"/>, for a lower-cased span (no string made).</summary>
    public static bool Contains(ReadOnlySpan<char> lowerWord) => Contains(lowerWord.Length, Cohesion.Term.Of(lowerWord));

    /// <summary>As <see cref="Contains(string)"/>, for a word of <paramref name="length"/> characters already packed in a term.</summary>
    public static bool Contains(int length, Cohesion.Term word)
    {
        if (length > MaxLength) return false;
        // A bit per hash first: most topic words are turned away without a table look-up.
        int bit = word.GetHashCode() & (GateBits - 1);
        return (Gate[bit >> 6] & (1UL << bit)) != 0 && Packed[word] != 0;
    }

    private const int GateBits = 4096;

    private static readonly ulong[] Gate = BuildGate();

    private static Cohesion.TermCounts Build()
    {
        var table = new Cohesion.TermCounts();
        foreach (var word in Words) table.Add(Cohesion.Term.Of(word));
        return table;
    }

    private static ulong[] BuildGate()
    {
        var gate = new ulong[GateBits / 64];
        foreach (var word in Words)
        {
            int bit = Cohesion.Term.Of(word).GetHashCode() & (GateBits - 1);
            gate[bit >> 6] |= 1UL << bit;
        }
        return gate;
    }
}
