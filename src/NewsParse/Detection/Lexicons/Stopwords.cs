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

    /// <summary>The function words (lower case).</summary>
    public static IEnumerable<string> All => Words;

    /// <summary>
    /// True when a lower-cased word whose flags were read from the <see cref="LexiconIndex"/> is a function word (they
    /// are held there, with the first words of the lexicons). The index compares a word's first
    /// <see cref="Cohesion.Term.MaxChars"/> characters; every function word is shorter than that, so a word with the flag
    /// is the function word itself, not a longer word that starts with it.
    /// </summary>
    public static bool Contains(ulong flags) => (flags & LexiconIndex.StopwordFlag) != 0;
}
