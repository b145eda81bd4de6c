namespace NewsParse.Detection;

/// <summary>
/// What a line of text looks like, script-independently: its length in words, how it ends, whether it reads as a
/// sentence, a question or a title. Computed once per block.
/// </summary>
internal readonly struct TextShape
{
    /// <summary>Longest line read as a heading, in characters.</summary>
    public const int MaxHeadingChars = 160;

    /// <summary>Most words of a line read as a heading.</summary>
    public const int MaxHeadingWords = 22;

    private TextShape(int words, bool endsSentence, bool isQuestion, bool endsWithColonOrComma, bool startsLower, int sentenceBreaks, int length)
    {
        Words = words;
        EndsSentence = endsSentence;
        IsQuestion = isQuestion;
        EndsWithColonOrComma = endsWithColonOrComma;
        StartsLower = startsLower;
        SentenceBreaks = sentenceBreaks;
        Length = length;
    }

    /// <summary>Number of words; a run of ideographs counts one word per two characters.</summary>
    public int Words { get; }

    /// <summary>Ends with a full stop or exclamation mark of any script (".", "!", "।", "。", "…").</summary>
    public bool EndsSentence { get; }

    /// <summary>Ends with a question mark of any script ("?", "؟", "？").</summary>
    public bool IsQuestion { get; }

    /// <summary>Ends with ":" "," ";" or a dash: the line leads into what follows.</summary>
    public bool EndsWithColonOrComma { get; }

    /// <summary>Starts with a lower-case letter (a continuation of a wrapped line).</summary>
    public bool StartsLower { get; }

    /// <summary>Sentence ends inside the text (a full stop followed by a space and a capital or another script's stop).</summary>
    public int SentenceBreaks { get; }

    /// <summary>Length in characters.</summary>
    public int Length { get; }

    /// <summary>Reads as a title: short, one phrase, not ending as a sentence (a question is allowed).</summary>
    public bool IsTitleLike =>
        Length <= MaxHeadingChars && Words <= MaxHeadingWords && Words >= 1 && !EndsSentence && !EndsWithColonOrComma && SentenceBreaks == 0;

    /// <summary>The shape of a text (read with its words: see <see cref="BlockWords.Shape"/>).</summary>
    public static TextShape Of(string text) => new BlockWords(text).Shape;

    /// <summary>
    /// The shape from what <see cref="BlockWords"/> counted in its pass over the text: <paramref name="words"/> (runs of
    /// characters other than spaces and ideographs, plus one per two ideographs) and <paramref name="sentenceBreaks"/>
    /// (positions where <see cref="BreaksAt"/> holds); <paramref name="contentEnd"/> is <see cref="ContentEnd"/>.
    /// </summary>
    internal static TextShape From(string text, int words, int sentenceBreaks, int contentEnd)
    {
        char last = contentEnd > 0 ? text[contentEnd - 1] : '\0';
        bool endsSentence = last is '.' or '!' or '।' or '॥' or '。' or '！' or '…' or '։' or '۔' or '።';
        bool isQuestion = last is '?' or '؟' or '？';
        bool lead = last is ':' or ',' or ';' or '：' or '，' or '、' or '-' or '–' or '—';
        char first = '\0';
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c)) { first = c; break; }
        }
        return new TextShape(words, endsSentence, isQuestion, lead, char.IsLower(first), sentenceBreaks, text.Length);
    }

    /// <summary>Where the text's last sentence ends: before closing quotes, brackets and a trailing address ("... on it: https://t.co/x").</summary>
    internal static int ContentEnd(string text)
    {
        int end = text.Length;
        int lastSpace = text.LastIndexOf(' ');
        if (lastSpace > 0 && IsAddress(text.AsSpan(lastSpace + 1))) end = lastSpace;
        while (end > 0 && IsClosing(text[end - 1])) end--;
        return end;
    }

    /// <summary>
    /// True when a sentence ends at <paramref name="i"/> inside the text: ". ", "! " or "? " followed by a capital (not
    /// after an abbreviation), or a stop of a script without spaces ("。", "।", "！", "？"), before <paramref name="contentEnd"/>.
    /// </summary>
    internal static bool BreaksAt(string text, int i, int contentEnd)
    {
        char c = text[i];
        if (c is '.' or '!' or '?')
            return i + 2 < text.Length && text[i + 1] == ' ' && char.IsUpper(text[i + 2]) && i + 1 < contentEnd && !IsAbbreviation(text, i);
        return c is '。' or '।' or '！' or '？' && i + 1 < contentEnd;
    }

    private static bool IsAddress(ReadOnlySpan<char> word) =>
        word.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || word.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || word.StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    private static bool IsClosing(char c) => c is '"' or '\'' or '”' or '’' or '»' or ')' or ']' or '」' or '』' or '）' or ' ' or '*';

    /// <summary>
    /// "U.S. calls", "Mr. Smith", "Rep. Omar", "No. 5": a full stop after a single letter, or after a capitalised word of
    /// up to three letters, is not a sentence end ("it." is).
    /// </summary>
    private static bool IsAbbreviation(string text, int dot)
    {
        int k = dot - 1;
        int letters = 0;
        while (k >= 0 && letters < 5 && char.IsLetter(text[k])) { letters++; k--; }  // five letters or more: not an abbreviation
        if (letters == 1 || (letters <= 4 && k >= 0 && text[k] == '.')) return true;
        return letters is >= 2 and <= 3 && char.IsUpper(text[k + 1]);
    }
}
