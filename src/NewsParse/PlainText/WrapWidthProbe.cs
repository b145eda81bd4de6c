namespace NewsParse.PlainText;

/// <summary>
/// Tells a hard-wrapped dump (prose cut into lines of at most N characters, as mail, <c>fold</c> and terminal
/// browsers write it) from a dump with one line per paragraph, from its first lines: in a wrapped dump most lines
/// end close to one width, break mid-sentence and read as prose, not as titles. A dump with one line per paragraph
/// has lines of every length, most of them longer than any wrap width. Deciding from the
/// first lines keeps the scanner streaming (a bounded number of lines is held) and independent of chunking.
/// </summary>
internal static class WrapWidthProbe
{
    /// <summary>Lines looked at before deciding.</summary>
    public const int SampleLines = 16;

    /// <summary>Characters looked at before deciding, whatever the number of lines.</summary>
    public const int SampleChars = 8 * 1024;

    /// <summary>Widest wrap width recognised: longer lines are paragraphs of their own.</summary>
    public const int MaxWidth = 120;

    /// <summary>Narrowest wrap width recognised.</summary>
    public const int MinWidth = 30;

    /// <summary>Characters a later line may exceed the width found by the first lines (the width then grows); beyond, the dump is taken as not wrapped.</summary>
    public static int Overflow(int width) => Math.Max(8, width / 8);

    /// <summary>How far below the width a line may end and still be a wrapped (full) line.</summary>
    public static int Slack(int width) => Math.Max(10, width / 5);

    /// <summary>The wrap width of the dump whose first non-empty lines (collapsed) are <paramref name="lines"/>, or 0 when it is not hard-wrapped.</summary>
    public static int Decide(IReadOnlyList<string> lines)
    {
        if (lines.Count < 4) return 0;
        int width = 0;
        foreach (var line in lines) width = Math.Max(width, line.Length);
        if (width is > MaxWidth or < MinWidth) return 0;
        int slack = Slack(width), full = 0, open = 0, titles = 0;
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length < width - slack) continue;
            full++;
            if (TitleLine.Is(line)) titles++;
            if (!EndsSentence(line) && i + 1 < lines.Count && !StartsCapitalised(lines[i + 1])) open++;
        }
        // Most lines are full, several break mid-sentence (the next line goes on: it does not start with a capital,
        // unless its script has no case), and most full lines are prose rather than titles in Title Case: text cut at
        // a width, not a list of titles or of short prompts ("Subscribe to our newsletter") of similar length.
        bool wrapped = full * 2 >= lines.Count && open >= 2 && titles * 2 < full;
        return wrapped ? width : 0;
    }

    /// <summary>
    /// True when the wrapped dump whose first lines (collapsed, blank ones included) are <paramref name="lines"/>
    /// separates its blocks by blank lines: two blank lines or more between lines, and every short line that ends a
    /// sentence (the last line of a paragraph) followed by a blank line. Every line of a block then goes on in the next.
    /// </summary>
    public static bool SeparatesByBlankLines(IReadOnlyList<string> lines, int width)
    {
        int gaps = 0;
        for (int i = 0; i + 1 < lines.Count; i++)
        {
            if (lines[i].Length == 0)
            {
                if (i > 0 && lines[i - 1].Length > 0) gaps++;
                continue;
            }
            if (lines[i].Length < width - Slack(width) && EndsSentence(lines[i]) && lines[i + 1].Length > 0) return false;
        }
        return gaps >= 2;
    }

    private static bool EndsSentence(string line) => LineEnd.IsClauseEnd(line[^1]);

    private static bool StartsCapitalised(string line)
    {
        foreach (char c in line)
        {
            if (char.IsLetter(c)) return char.IsUpper(c);
        }
        return false;
    }

}
