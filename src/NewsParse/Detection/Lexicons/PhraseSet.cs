namespace NewsParse.Detection.Lexicons;

/// <summary>
/// A set of lower-case phrases looked up in lower-cased text at word boundaries (a letter or digit may not touch
/// either end of the match). Phrases in scripts without spaces (Chinese, Japanese, Thai) match anywhere.
/// Immutable and thread-safe.
/// </summary>
internal sealed class PhraseSet
{
    private readonly string[] _phrases;
    private readonly bool[] _loose; // per phrase: NoSpaces(phrase), computed once

    public PhraseSet(params string[] phrases)
    {
        _phrases = phrases.Select(p => p.ToLowerInvariant()).Distinct().ToArray();
        _loose = Array.ConvertAll(_phrases, NoSpaces);
    }

    /// <summary>True when the whole of <paramref name="lowerText"/>, less surrounding punctuation, is one of the phrases.</summary>
    public bool IsWhole(string lowerText)
    {
        var core = lowerText.AsSpan().Trim(" \t:：.!-–—|•·*#()[]\"'“”«»");
        foreach (var phrase in _phrases)
        {
            if (core.SequenceEqual(phrase)) return true;
        }
        return false;
    }

    /// <summary>Number of distinct phrases found in <paramref name="lowerText"/>.</summary>
    public int CountDistinct(string lowerText)
    {
        int count = 0;
        for (int i = 0; i < _phrases.Length; i++)
        {
            if (IndexOf(lowerText, _phrases[i], _loose[i], 0) >= 0) count++;
        }
        return count;
    }

    /// <summary>The first phrase found in <paramref name="lowerText"/>, or null.</summary>
    public string? FindFirst(string lowerText)
    {
        for (int i = 0; i < _phrases.Length; i++)
        {
            if (IndexOf(lowerText, _phrases[i], _loose[i], 0) >= 0) return _phrases[i];
        }
        return null;
    }

    /// <summary>The phrase that <paramref name="lowerText"/> starts with (after leading punctuation), or null.</summary>
    public string? FindPrefix(string lowerText)
    {
        var core = lowerText.AsSpan().TrimStart(" \t-–—|•·*#([\"'“«»");
        for (int i = 0; i < _phrases.Length; i++)
        {
            var phrase = _phrases[i];
            if (core.StartsWith(phrase, StringComparison.Ordinal) && (core.Length == phrase.Length || !char.IsLetterOrDigit(core[phrase.Length]) || _loose[i]))
                return phrase;
        }
        return null;
    }

    /// <summary>Number of characters covered by matches of phrases, counting each phrase once.</summary>
    public int CoveredChars(string lowerText)
    {
        int covered = 0;
        for (int i = 0; i < _phrases.Length; i++)
        {
            var phrase = _phrases[i];
            int from = 0;
            while (from < lowerText.Length)
            {
                int at = IndexOf(lowerText, phrase, _loose[i], from);
                if (at < 0) break;
                covered += phrase.Length;
                from = at + phrase.Length;
            }
        }
        return covered;
    }

    private static int IndexOf(string text, string phrase, bool loose, int from)
    {
        while (from <= text.Length - phrase.Length)
        {
            int at = text.IndexOf(phrase, from, StringComparison.Ordinal);
            if (at < 0) return -1;
            bool leftOk = loose || at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            int end = at + phrase.Length;
            bool rightOk = loose || end == text.Length || !char.IsLetterOrDigit(text[end]);
            if (leftOk && rightOk) return at;
            from = at + 1;
        }
        return -1;
    }

    private static bool NoSpaces(string phrase)
    {
        foreach (char c in phrase)
        {
            if (c >= '\u2E80' || (c >= '\u0E00' && c <= '\u0E7F')) return true;
        }
        return false;
    }
}
