namespace NewsParse.Html;

/// <summary>A fixed list of words looked for in class and id values, with the filter keys of <see cref="ClassNames"/> computed once. Immutable.</summary>
internal sealed class ClassWords
{
    private readonly string[] _words;
    private readonly (int Pair, int Triple)[] _keys;

    /// <summary>Makes the list.</summary>
    public ClassWords(params string[] words)
    {
        _words = words;
        _keys = Array.ConvertAll(words, ClassNames.KeyOf);
    }

    /// <summary>The number of words.</summary>
    public int Count => _words.Length;

    /// <summary>The word at <paramref name="index"/>.</summary>
    public string this[int index] => _words[index];

    /// <summary>The filter key of the word at <paramref name="index"/>.</summary>
    public (int Pair, int Triple) KeyAt(int index) => _keys[index];
}
