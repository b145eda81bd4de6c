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
    private readonly int[] _substring;
    private readonly HashSet<string> _whole = new(StringComparer.Ordinal);
    private readonly int _maxWords;

    public PhraseSet(params string[] phrases)
    {
        _phrases = phrases.Select(p => p.ToLowerInvariant()).Distinct().ToArray();
        _words = _phrases.Select(p => new BlockWords(p).Words.ToArray()).ToArray();
        _lengths = _words.Select(w => w.Sum(x => x.Length)).ToArray();
        var substring = new List<int>();
        var byFirst = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < _phrases.Length; i++)
        {
            if (_words[i].Length == 0 || _phrases[i].Any(BlockWords.IsSpacelessScript))
            {
                substring.Add(i);
                continue;
            }
            if (!byFirst.TryGetValue(_words[i][0], out var list)) byFirst[_words[i][0]] = list = [];
            list.Add(i);
            _whole.Add(string.Join(' ', _words[i]));
            _maxWords = Math.Max(_maxWords, _words[i].Length);
        }
        foreach (var (word, list) in byFirst) _byFirstWord[word] = [.. list];
        _substring = [.. substring];
    }

    /// <summary>True when the block is exactly one of the phrases, punctuation aside.</summary>
    public bool IsWhole(BlockWords block)
    {
        if (block.Words.Count == 0) return false;
        if (block.Words.Count <= _maxWords && _whole.Contains(string.Join(' ', block.Words))) return true;
        if (!block.HasSpacelessScript && _substring.Length == 0) return false;
        var core = block.Lower.AsSpan().Trim(" \t:：.!-–—|•·*#()[]\"'“”«»");
        foreach (int i in _substring)
        {
            if (core.SequenceEqual(_phrases[i])) return true;
        }
        return false;
    }

    /// <summary>Number of distinct phrases found in the block.</summary>
    public int CountDistinct(BlockWords block)
    {
        int count = 0;
        Span<bool> found = _phrases.Length <= 256 ? stackalloc bool[_phrases.Length] : new bool[_phrases.Length];
        Scan(block, found, null);
        foreach (bool f in found) if (f) count++;
        return count;
    }

    /// <summary>The first phrase of the set (in lexicon order) found in the block, or null.</summary>
    public string? FindFirst(BlockWords block)
    {
        Span<bool> found = _phrases.Length <= 256 ? stackalloc bool[_phrases.Length] : new bool[_phrases.Length];
        Scan(block, found, null);
        for (int i = 0; i < found.Length; i++) if (found[i]) return _phrases[i];
        return null;
    }

    /// <summary>The longest phrase the block starts with ("photo credit" rather than "photo"), or null.</summary>
    public string? FindPrefix(BlockWords block)
    {
        var words = block.Words;
        if (words.Count > 0 && _byFirstWord.TryGetValue(words[0], out var candidates))
        {
            int best = -1;
            foreach (int i in candidates)
            {
                if (MatchesAt(words, 0, _words[i]) && (best < 0 || _words[i].Length > _words[best].Length)) best = i;
            }
            if (best >= 0) return _phrases[best];
        }
        if (_substring.Length == 0) return null;
        var core = block.Lower.AsSpan().TrimStart(" \t-–—|•·*#([\"'“«»");
        foreach (int i in _substring)
        {
            if (core.StartsWith(_phrases[i], StringComparison.Ordinal)) return _phrases[i];
        }
        return null;
    }

    /// <summary>Word characters covered by the phrases' occurrences in the block (every occurrence counts).</summary>
    public int CoveredChars(BlockWords block)
    {
        int covered = 0;
        Span<bool> found = _phrases.Length <= 256 ? stackalloc bool[_phrases.Length] : new bool[_phrases.Length];
        Scan(block, found, length => covered += length);
        return covered;
    }

    private void Scan(BlockWords block, Span<bool> found, Action<int>? occurrence)
    {
        var words = block.Words;
        for (int at = 0; at < words.Count; at++)
        {
            if (!_byFirstWord.TryGetValue(words[at], out var candidates)) continue;
            foreach (int i in candidates)
            {
                if (!MatchesAt(words, at, _words[i])) continue;
                found[i] = true;
                occurrence?.Invoke(_lengths[i]);
            }
        }
        foreach (int i in _substring)
        {
            if (_words[i].Length > 0 && !block.HasSpacelessScript) continue;
            int from = 0;
            while (true)
            {
                int hit = block.Lower.IndexOf(_phrases[i], from, StringComparison.Ordinal);
                if (hit < 0) break;
                found[i] = true;
                if (occurrence is null) break;
                occurrence(_phrases[i].Length);
                from = hit + _phrases[i].Length;
            }
        }
    }

    private static bool MatchesAt(List<string> words, int at, string[] phrase)
    {
        if (at + phrase.Length > words.Count) return false;
        for (int k = 0; k < phrase.Length; k++)
        {
            if (!string.Equals(words[at + k], phrase[k], StringComparison.Ordinal)) return false;
        }
        return true;
    }
}
