using NewsParse.Detection.Lexicons;

namespace NewsParse.Detection.Cohesion;

/// <summary>
/// Turns a block's words into topic terms for the lexical-cohesion evidence: lower-cased words cut to a five-character
/// stem; function words, numbers and words of one or two characters left out. Words of scripts written without spaces
/// (Chinese, Japanese, Thai) give overlapping character pairs instead.
/// </summary>
internal static class Terms
{
    public const int StemLength = 5;

    public static List<string> Of(string text) => Of(new BlockWords(text));

    public static List<string> Of(BlockWords block)
    {
        var terms = new List<string>(block.Words.Count);
        foreach (var word in block.Words)
        {
            if (block.HasSpacelessScript && HasSpaceless(word)) AddPairs(word, terms);
            else AddWord(word, terms);
        }
        return terms;
    }

    private static void AddWord(string word, List<string> terms)
    {
        if (word.Length < 3) return;
        bool hasLetter = false;
        foreach (char c in word)
        {
            if (char.IsLetter(c)) { hasLetter = true; break; }
        }
        if (!hasLetter || Stopwords.Contains(word)) return;
        terms.Add(word.Length <= StemLength ? word : word[..StemLength]);
    }

    private static void AddPairs(string word, List<string> terms)
    {
        if (word.Length == 1) { terms.Add(word); return; }
        for (int k = 0; k + 1 < word.Length; k++) terms.Add(word.Substring(k, 2));
    }

    private static bool HasSpaceless(string word)
    {
        foreach (char c in word)
        {
            if (BlockWords.IsSpacelessScript(c)) return true;
        }
        return false;
    }
}
