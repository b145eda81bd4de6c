namespace NewsParse.PlainText;

/// <summary>
/// A line in Title Case, strictly: at most one word of four letters or more in lower case (a brand such as "vivo"),
/// two capitalised words or more, and neither a last word in lower case nor a comma at the end; prose that names
/// many people and places ("President Xi Jinping stood beside...") or German prose, whose nouns are capitalised,
/// is not one. Used to tell a wrapped line from a title in hard-wrapped dumps.
/// </summary>
internal static class TitleLine
{
    public static bool Is(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd();
        // A line that ends with a comma, a semicolon or a word in lower case breaks off mid-sentence.
        if (text.IsEmpty || text[^1] is ',' or ';' or '，' or '、') return false;
        int lastWord = text.Length;
        while (lastWord > 0 && !char.IsWhiteSpace(text[lastWord - 1])) lastWord--;
        foreach (char c in text[lastWord..])
        {
            if (!char.IsLetter(c)) continue;
            if (char.IsLower(c)) return false;
            break;
        }
        var (capitalised, _, lowerLong) = CountWords(text);
        return lowerLong <= 1 && capitalised >= 2;
    }

    /// <summary>True when most words of four letters or more start with a capital (the looser test for a line that wraps before a lower-case word).</summary>
    public static bool IsMostlyCapitalised(ReadOnlySpan<char> text)
    {
        var (_, capitalisedLong, lowerLong) = CountWords(text);
        return capitalisedLong + lowerLong > 0 && capitalisedLong > lowerLong;
    }

    /// <summary>Words by their first letter: capitalised ones, capitalised ones of four letters or more, lower-case ones of four letters or more.</summary>
    private static (int Capitalised, int CapitalisedLong, int LowerLong) CountWords(ReadOnlySpan<char> text)
    {
        int capitalised = 0, capitalisedLong = 0, lowerLong = 0, length = 0;
        char first = '\0';
        for (int i = 0; i <= text.Length; i++)
        {
            char c = i < text.Length ? text[i] : ' ';
            if (char.IsLetter(c))
            {
                if (length == 0) first = c;
                length++;
                continue;
            }
            if (length > 0 && char.IsUpper(first))
            {
                capitalised++;
                if (length >= 4) capitalisedLong++;
            }
            else if (length >= 4) lowerLong++;
            length = 0;
        }
        return (capitalised, capitalisedLong, lowerLong);
    }
}
