using System.Runtime.CompilerServices;

namespace NewsParse.Html;

/// <summary>
/// Finds, in one pass over a lower-cased class or id value, which groups of words occur in it: each position is looked
/// up by its first two characters in a table of the words starting with them, and only those few are compared. A word
/// counts where its <see cref="ClassWordPlace"/> says (anywhere, as a whole token, at a token's start), except where the
/// value goes on with the word's exception ("comment" but not "commentary"). Immutable and thread-safe once made.
/// </summary>
internal sealed class ClassWordMatcher
{
    /// <summary>Characters told apart in the first-two-characters table: a-z, 0-9, '-', and one for everything else.</summary>
    private const int Alphabet = 38;

    private readonly Pattern[][] _byPair = new Pattern[Alphabet * Alphabet][];
    private readonly ulong[] _pairsWithWords = new ulong[(Alphabet * Alphabet + 63) / 64];  // one bit per pair: some word starts with it

    private readonly record struct Pattern(string Word, ClassWordPlace Place, string? Except, ulong Groups);

    /// <summary>Makes the matcher for <paramref name="words"/>; the same word and place in several groups is compared once.</summary>
    /// <exception cref="ArgumentException">A word is shorter than two characters.</exception>
    public ClassWordMatcher(IEnumerable<(ClassGroup Group, ClassWordPlace Place, string Word, string? Except)> words)
    {
        var merged = new Dictionary<(string, ClassWordPlace, string?), ulong>();
        foreach (var (group, place, word, except) in words)
        {
            if (word.Length < 2) throw new ArgumentException($"\"{word}\" is shorter than two characters.", nameof(words));
            merged[(word, place, except)] = merged.GetValueOrDefault((word, place, except)) | 1UL << (int)group;
        }
        var lists = new List<Pattern>?[_byPair.Length];
        foreach (var ((word, place, except), groups) in merged)
        {
            int pair = Symbol(word[0]) * Alphabet + Symbol(word[1]);
            (lists[pair] ??= []).Add(new Pattern(word, place, except, groups));
        }
        for (int i = 0; i < lists.Length; i++)
        {
            _byPair[i] = lists[i]?.ToArray() ?? [];
            if (lists[i] is not null) _pairsWithWords[i >> 6] |= 1UL << i;
        }
    }

    /// <summary>The groups (bit 1 &lt;&lt; <see cref="ClassGroup"/>) with a word in <paramref name="value"/>, which must be lower-case.</summary>
    public ulong Match(ReadOnlySpan<char> value)
    {
        ulong found = 0;
        var pairsWithWords = _pairsWithWords;
        int next = value.IsEmpty ? 0 : Symbol(value[0]);
        for (int i = 0; i + 1 < value.Length; i++)
        {
            // Most pairs start no word: one bit says so, in a table small enough to stay in the nearest cache.
            int first = next;
            next = Symbol(value[i + 1]);
            int pair = first * Alphabet + next;
            if ((pairsWithWords[pair >> 6] & (1UL << pair)) == 0) continue;
            var candidates = _byPair[pair];
            foreach (var pattern in candidates)
            {
                if ((found | pattern.Groups) == found) continue;
                // The third character first (the two first are those of the table's entry): most candidates stop there.
                var word = pattern.Word;
                if (word.Length > 2 && (i + 2 >= value.Length || value[i + 2] != word[2])) continue;
                var rest = value[i..];
                if (!rest.StartsWith(word, StringComparison.Ordinal)) continue;
                if (pattern.Place != ClassWordPlace.Anywhere && i > 0 && char.IsLetterOrDigit(value[i - 1])) continue;
                int end = i + word.Length;
                if (pattern.Place == ClassWordPlace.Token && end < value.Length && char.IsLetterOrDigit(value[end])) continue;
                if (pattern.Except is not null && rest.StartsWith(pattern.Except, StringComparison.Ordinal)) continue;
                found |= pattern.Groups;
            }
        }
        return found;
    }

    /// <summary>The symbol of each ASCII character (see <see cref="Alphabet"/>); every other character is 37.</summary>
    private static ReadOnlySpan<byte> AsciiSymbols =>
    [
        37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37,
        37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 36, 37, 37, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 37, 37, 37, 37, 37, 37,
        37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37,
        37, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 37, 37, 37, 37, 37,
    ];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Symbol(char c) => c < 128 ? AsciiSymbols[c] : 37;
}
