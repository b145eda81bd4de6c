namespace NewsParse.Detection.Lexicons;

/// <summary>
/// A set of phrases matched against a block's words (<see cref="BlockWords"/>): a phrase matches where its words
/// occur in a row, so matches fall on word boundaries and a block is looked at once per set, in time proportional to its
/// words. Phrases in scripts written without spaces (Chinese, Japanese, Thai) and phrases without letters ("©") are
/// found as substrings of the lower-cased text instead. Immutable and thread-safe.
/// </summary>
internal sealed class PhraseSet
{
    private readonly string[] _phrases;
    private readonly string[][] _words;
    private readonly int[] _lengths;
    private readonly Dictionary<string, int[]> _byFirstWord = new(StringComparer.Ordinal);
#if NET9_0_OR_GREATER
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstSpan;
#endif
    private readonly int[] _substring;
    private readonly string? _substringFirstChars;  // the first characters of the phrases searched as substrings (null: one is empty)
    private readonly bool _hasSymbolPhrases;  // phrases without a word ("©"), searched in every block
    private readonly string?[] _anchors;      // of each phrase searched as a substring: see AnchorOf (null: none, always searched)
    private readonly bool _hasUnanchored;     // a phrase searched as a substring has no anchor
    private readonly int _maxWords;

    // A gate before the dictionary: one bit per hash of the phrases' first words (their first Term.MaxChars
    // characters). Most words of a block start no phrase and are passed over at the cost of one bit test.
    private const int GateBits = 1024;
    private readonly ulong[] _gate = new ulong[GateBits / 64];

    /// <summary>A set of the lexicons, known to the <see cref="LexiconIndex"/> by <paramref name="id"/> (one set per id, listed in the index).</summary>
    public PhraseSet(LexiconId id, params string[] phrases) : this(phrases)
    {
        Id = id;
    }

    /// <summary>A set outside the <see cref="LexiconIndex"/> (tests, tools): every block's words are looked at.</summary>
    public PhraseSet(params string[] phrases)
    {
        _phrases = phrases.Select(p => p.ToLowerInvariant()).Distinct().ToArray();
        _words = _phrases.Select(BlockWords.WordsOf).ToArray();
        _lengths = _words.Select(w => w.Sum(x => x.Length)).ToArray();
        var substring = new List<int>();
        var byFirst = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        _anchors = new string?[_phrases.Length];
        for (int i = 0; i < _phrases.Length; i++)
        {
            if (_words[i].Length == 0 || _phrases[i].Any(BlockWords.IsSpacelessScript))
            {
                substring.Add(i);
                _anchors[i] = AnchorOf(_words[i]);
                continue;
            }
            if (!byFirst.TryGetValue(_words[i][0], out var list)) byFirst[_words[i][0]] = list = [];
            list.Add(i);
            int bit = (int)((uint)Cohesion.Term.Of(_words[i][0]).GetHashCode() % GateBits);
            _gate[bit >> 6] |= 1UL << (bit & 63);
            _maxWords = Math.Max(_maxWords, _words[i].Length);
        }
        foreach (var (word, list) in byFirst) _byFirstWord[word] = [.. list];
        _substring = [.. substring];
        _substringFirstChars = _substring.Any(i => _phrases[i].Length == 0) ? null : new string(_substring.Select(i => _phrases[i][0]).Distinct().ToArray());
        _hasSymbolPhrases = _substring.Any(i => _words[i].Length == 0);
        _hasUnanchored = _substring.Any(i => _anchors[i] is null);
#if NET9_0_OR_GREATER
        _byFirstSpan = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }

    /// <summary>Which set this is in the <see cref="LexiconIndex"/>; null for a set outside it.</summary>
    public LexiconId? Id { get; }

    /// <summary>The phrases, lower-cased.</summary>
    public IReadOnlyList<string> Phrases => _phrases;

    /// <summary>The first words of the phrases matched word by word (for the <see cref="LexiconIndex"/>).</summary>
    public IEnumerable<string> FirstWords => _byFirstWord.Keys;

    /// <summary>The anchors of the phrases searched as substrings (for the <see cref="LexiconIndex"/>): see <see cref="AnchorOf"/>.</summary>
    public IEnumerable<string> SubstringAnchors => _anchors.OfType<string>();

    /// <summary>
    /// The first two characters of the first word of a phrase in a script written without spaces, when that word has two
    /// characters or more: a block where the phrase occurs has that word inside one of its runs of such a script, so
    /// that pair is among the block's character pairs (see <see cref="BlockWords.AnchorMask"/>). Null otherwise: the
    /// phrase is then searched in every block that may hold it.
    /// </summary>
    private static string? AnchorOf(string[] words) =>
        words.FirstOrDefault(w => BlockWords.IsSpacelessScript(w[0])) is { Length: >= 2 } word ? word[..2] : null;

    /// <summary>False when no phrase of the set with an anchor can occur in the block (its anchors are none of the block's character pairs).</summary>
    private bool MayOccurIn(BlockWords block) => Id is not { } id || (block.AnchorMask & (1UL << (int)id)) != 0;

    /// <summary>False when no word of the block starts a phrase of the set (see <see cref="BlockWords.LexiconMask"/>): the words need not be read.</summary>
    private bool MayStartIn(BlockWords block) => Id is not { } id || (block.LexiconMask & (1UL << (int)id)) != 0;

    /// <summary>The phrases (by index) whose first word is the block's word at <paramref name="at"/>; null when none.</summary>
    private int[]? StartingAt(BlockWords block, int at)
    {
        int bit = (int)((uint)block.HashAt(at) % GateBits);
        if ((_gate[bit >> 6] & (1UL << (bit & 63))) == 0) return null;
#if NET9_0_OR_GREATER
        return _byFirstSpan.TryGetValue(block[at], out var candidates) ? candidates : null;
#else
        return _byFirstWord.TryGetValue(block[at].ToString(), out var candidates) ? candidates : null;
#endif
    }

    /// <summary>True when the block is exactly one of the phrases, punctuation aside.</summary>
    public bool IsWhole(BlockWords block)
    {
        if (block.Count == 0) return false;
        if (block.Count <= _maxWords && MayStartIn(block) && StartingAt(block, 0) is { } candidates)
        {
            foreach (int i in candidates)
            {
                if (_words[i].Length == block.Count && MatchesAt(block, 0, _words[i])) return true;
            }
        }
        // The phrases searched as substrings are in a script written without spaces or have no letters (symbols): a
        // block without such a script can be one of the latter only.
        if (!block.HasSpacelessScript && !_hasSymbolPhrases) return false;
        var core = block.Lower.Trim(" \t:：.!-–—|•·*#()[]\"'“”«»");
        foreach (int i in _substring)
        {
            if (core.SequenceEqual(_phrases[i])) return true;
        }
        return false;
    }

    /// <summary>
    /// True when <see cref="Scan"/> would find nothing without reading the block: no word starts a phrase, and no phrase
    /// searched as a substring applies (those in scripts without spaces need such a script in the block and their
    /// anchor among its character pairs; those without letters apply to every block).
    /// </summary>
    private bool NothingToScan(BlockWords block) =>
        !MayStartIn(block) && (block.HasSpacelessScript ? !_hasUnanchored && (_substring.Length == 0 || !MayOccurIn(block)) : !_hasSymbolPhrases);

    /// <summary>Number of distinct phrases found in the block.</summary>
    public int CountDistinct(BlockWords block)
    {
        if (NothingToScan(block)) return 0;
        int count = 0;
        Span<bool> found = _phrases.Length <= 256 ? stackalloc bool[_phrases.Length] : new bool[_phrases.Length];
        Scan(block, found, everyOccurrence: false);
        foreach (bool f in found) if (f) count++;
        return count;
    }

    /// <summary>The first phrase of the set (in lexicon order) found in the block, or null.</summary>
    public string? FindFirst(BlockWords block)
    {
        if (NothingToScan(block)) return null;
        Span<bool> found = _phrases.Length <= 256 ? stackalloc bool[_phrases.Length] : new bool[_phrases.Length];
        Scan(block, found, everyOccurrence: false);
        for (int i = 0; i < found.Length; i++) if (found[i]) return _phrases[i];
        return null;
    }

    /// <summary>The longest phrase the block starts with ("photo credit" rather than "photo"), or null.</summary>
    public string? FindPrefix(BlockWords block)
    {
        if (block.Count > 0 && MayStartIn(block) && StartingAt(block, 0) is { } candidates)
        {
            int best = -1;
            foreach (int i in candidates)
            {
                if (MatchesAt(block, 0, _words[i]) && (best < 0 || _words[i].Length > _words[best].Length)) best = i;
            }
            if (best >= 0) return _phrases[best];
        }
        if (_substring.Length == 0) return null;
        var lower = block.Lower;
        int first = lower.IndexOfAnyExcept(PrefixLeadIns);
        // Most blocks start with none of the first characters of the phrases searched as substrings.
        if (_substringFirstChars is not null && (first < 0 || _substringFirstChars.IndexOf(lower[first]) < 0)) return null;
        var core = first < 0 ? [] : lower[first..];
        foreach (int i in _substring)
        {
            if (core.StartsWith(_phrases[i], StringComparison.Ordinal)) return _phrases[i];
        }
        return null;
    }

    /// <summary>
    /// The longest phrase matched word by word that starts at the block's word <paramref name="at"/>, or null (phrases
    /// searched as substrings are not looked at: see <see cref="FindIn"/>). <paramref name="words"/> is its length in words.
    /// </summary>
    public string? MatchAt(BlockWords block, int at, out int words)
    {
        words = 0;
        int best = -1;
        if (MayStartIn(block) && StartingAt(block, at) is { } candidates)
        {
            foreach (int i in candidates)
            {
                if (_words[i].Length > words && MatchesAt(block, at, _words[i]))
                {
                    best = i;
                    words = _words[i].Length;
                }
            }
        }
        return best < 0 ? null : _phrases[best];
    }

    /// <summary>
    /// The first occurrence, at or after <paramref name="from"/>, of a phrase searched as a substring (a phrase in a
    /// script written without spaces: see the class remarks) in <paramref name="lower"/>, lower-cased text such as a
    /// run of such a script; -1 when none. <paramref name="phrase"/> is the phrase found (the longest at that place).
    /// </summary>
    public int FindIn(ReadOnlySpan<char> lower, int from, out string? phrase)
    {
        phrase = null;
        int found = -1;
        foreach (int i in _substring)
        {
            if (_words[i].Length == 0) continue;
            int hit = lower[from..].IndexOf(_phrases[i].AsSpan(), StringComparison.Ordinal);
            if (hit < 0) continue;
            hit += from;
            if (found < 0 || hit < found || (hit == found && _phrases[i].Length > phrase!.Length))
            {
                found = hit;
                phrase = _phrases[i];
            }
        }
        return found;
    }

    /// <summary>What may stand before a prefix at the start of a block (dashes, bullets, brackets, quotes): <see cref="FindPrefix"/> looks past them.</summary>
    private static readonly System.Buffers.SearchValues<char> PrefixLeadIns = System.Buffers.SearchValues.Create(" \t-–—|•·*#([\"'“«»");

    /// <summary>Word characters covered by the phrases' occurrences in the block (every occurrence counts).</summary>
    public int CoveredChars(BlockWords block)
    {
        if (NothingToScan(block)) return 0;
        Span<bool> found = _phrases.Length <= 256 ? stackalloc bool[_phrases.Length] : new bool[_phrases.Length];
        return Scan(block, found, everyOccurrence: true);
    }

    /// <summary>Marks the phrases found; with <paramref name="everyOccurrence"/>, also sums the characters of every occurrence.</summary>
    private int Scan(BlockWords block, Span<bool> found, bool everyOccurrence)
    {
        int covered = 0;
        for (int at = 0, words = MayStartIn(block) ? block.Count : 0; at < words; at++)
        {
            if (StartingAt(block, at) is not { } candidates) continue;
            foreach (int i in candidates)
            {
                if (!MatchesAt(block, at, _words[i])) continue;
                found[i] = true;
                covered += _lengths[i];
            }
        }
        bool anchoredMayOccur = MayOccurIn(block);
        foreach (int i in _substring)
        {
            if (_words[i].Length > 0 && !block.HasSpacelessScript) continue;
            if (_anchors[i] is not null && !anchoredMayOccur) continue;
            int from = 0;
            while (true)
            {
                int hit = block.Lower[from..].IndexOf(_phrases[i].AsSpan(), StringComparison.Ordinal);
                if (hit >= 0) hit += from;
                if (hit < 0) break;
                found[i] = true;
                if (!everyOccurrence) break;
                covered += _phrases[i].Length;
                from = hit + _phrases[i].Length;
            }
        }
        return covered;
    }

    private static bool MatchesAt(BlockWords block, int at, string[] phrase)
    {
        if (at + phrase.Length > block.Count) return false;
        for (int k = 0; k < phrase.Length; k++)
        {
            if (!block[at + k].SequenceEqual(phrase[k])) return false;
        }
        return true;
    }
}
