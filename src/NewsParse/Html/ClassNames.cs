namespace NewsParse.Html;

/// <summary>
/// A lower-cased class or id value with the set of its character pairs and (hashed) triples, so that most of the many
/// words <see cref="ClassHints"/> looks for are ruled out by one bit test instead of a substring search: a word can
/// only occur when its first two (three) characters occur next to each other. Lives on the stack for one verdict.
/// </summary>
internal readonly ref struct ClassNames
{
    /// <summary>Characters told apart in pairs: a-z, 0-9, '-', and one for everything else.</summary>
    private const int Alphabet = 38;

    private const int PairWords = (Alphabet * Alphabet + 63) / 64;

    /// <summary>Bits of the hashed set of triples.</summary>
    private const int TripleBits = 2048;

    /// <summary>How many ulongs the pair and triple sets need.</summary>
    public const int Words = PairWords + TripleBits / 64;

    private readonly Span<ulong> _pairs;

    /// <summary>Reads <paramref name="text"/> (already lower-case) into <paramref name="pairs"/> (<see cref="Words"/> long, any content).</summary>
    public ClassNames(ReadOnlySpan<char> text, Span<ulong> pairs)
    {
        Text = text;
        _pairs = pairs;
        pairs.Clear();
        if (text.Length < 2) return;
        int previous = Symbol(text[1]);
        int pair = Symbol(text[0]) * Alphabet + previous;
        pairs[pair >> 6] |= 1UL << (pair & 63);
        for (int i = 2; i < text.Length; i++)
        {
            int symbol = Symbol(text[i]);
            int triple = PairWords * 64 + Triple(pair, symbol);
            pairs[triple >> 6] |= 1UL << (triple & 63);
            pair = previous * Alphabet + symbol;
            pairs[pair >> 6] |= 1UL << (pair & 63);
            previous = symbol;
        }
    }

    /// <summary>The lower-cased value.</summary>
    public ReadOnlySpan<char> Text { get; }

    private static int Symbol(char c) => c switch
    {
        >= 'a' and <= 'z' => c - 'a',
        >= '0' and <= '9' => 26 + c - '0',
        '-' => 36,
        _ => 37,
    };

    private static int Triple(int pair, int third) => (int)((uint)(pair * Alphabet + third) * 2654435761u >> 21) & (TripleBits - 1);

    /// <summary>The bits <see cref="MayContain(string)"/> tests for <paramref name="word"/> (-1: none), computed once for a fixed word list.</summary>
    public static (int Pair, int Triple) KeyOf(string word)
    {
        if (word.Length < 2) return (-1, -1);
        int pair = Symbol(word[0]) * Alphabet + Symbol(word[1]);
        return (pair, word.Length < 3 ? -1 : PairWords * 64 + Triple(pair, Symbol(word[2])));
    }

    /// <summary>False when <paramref name="word"/> cannot occur: its first pair (or triple) does not.</summary>
    private bool MayContain(string word) => MayContain(KeyOf(word));

    private bool MayContain((int Pair, int Triple) key) =>
        (key.Pair < 0 || (_pairs[key.Pair >> 6] & (1UL << (key.Pair & 63))) != 0)
        && (key.Triple < 0 || (_pairs[key.Triple >> 6] & (1UL << (key.Triple & 63))) != 0);

    /// <summary>True when <paramref name="word"/> occurs anywhere in the value.</summary>
    public bool Contains(string word) => MayContain(word) && Text.IndexOf(word, StringComparison.Ordinal) >= 0;

    /// <summary>True when one of <paramref name="words"/> occurs anywhere in the value.</summary>
    public bool ContainsAny(ClassWords words)
    {
        for (int i = 0; i < words.Count; i++)
        {
            if (MayContain(words.KeyAt(i)) && Text.IndexOf(words[i], StringComparison.Ordinal) >= 0) return true;
        }
        return false;
    }

    /// <summary>True when <paramref name="token"/> is one of the words of the value (split at anything but letters and digits).</summary>
    public bool HasToken(string token)
    {
        if (!MayContain(token)) return false;
        var names = Text;
        int at = names.IndexOf(token, StringComparison.Ordinal);
        while (at >= 0)
        {
            int end = at + token.Length;
            if ((at == 0 || !char.IsLetterOrDigit(names[at - 1])) && (end == names.Length || !char.IsLetterOrDigit(names[end]))) return true;
            int next = names[(at + 1)..].IndexOf(token, StringComparison.Ordinal);
            at = next < 0 ? -1 : at + 1 + next;
        }
        return false;
    }

    /// <summary>True when a word of the value starts with <paramref name="prefix"/>.</summary>
    public bool HasTokenPrefix(string prefix)
    {
        if (!MayContain(prefix)) return false;
        var names = Text;
        int at = names.IndexOf(prefix, StringComparison.Ordinal);
        while (at >= 0)
        {
            if (at == 0 || !char.IsLetterOrDigit(names[at - 1])) return true;
            int next = names[(at + 1)..].IndexOf(prefix, StringComparison.Ordinal);
            at = next < 0 ? -1 : at + 1 + next;
        }
        return false;
    }

    /// <summary>True when a word of the value starts with "comment" but not "commentar" (a commentary is an article).</summary>
    public bool HasCommentToken()
    {
        if (!MayContain("comment")) return false;
        var names = Text;
        int start = -1;
        for (int i = 0; i <= names.Length; i++)
        {
            bool word = i < names.Length && char.IsLetterOrDigit(names[i]);
            if (word && start < 0) start = i;
            else if (!word && start >= 0)
            {
                var token = names[start..i];
                if (token.StartsWith("comment", StringComparison.Ordinal) && !token.StartsWith("commentar", StringComparison.Ordinal)) return true;
                start = -1;
            }
        }
        return false;
    }
}
