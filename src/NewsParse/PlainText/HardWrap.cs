using NewsParse.Text;

namespace NewsParse.PlainText;

/// <summary>
/// How a text dump is wrapped, as <see cref="WrapWidthProbe"/> found it from the first lines, and the rules that tell
/// whether a line goes on in the next. One per dump; it follows the dump's later lines (<see cref="See"/>).
/// </summary>
internal sealed class HardWrap(int width, bool blankSeparated)
{
    /// <summary>Most words on the second line of a wrapped title; more, and the line is read as a title of its own.</summary>
    public const int MaxTitleRestWords = 3;

    /// <summary>The wrap width; 0 when the dump is not hard-wrapped.</summary>
    public int Width { get; private set; } = width;

    /// <summary>True when the dump is hard-wrapped.</summary>
    public bool IsOn => Width > 0;

    /// <summary>True when the wrapped dump separates its blocks by blank lines: every line of a block goes on in the next.</summary>
    public bool BlankSeparated { get; } = blankSeparated;

    /// <summary>
    /// Follows a later line: one a little longer than the width found so far widens it (the first lines need not
    /// reach the width); one much longer means the dump was not wrapped after all (its first lines were short), unless
    /// its first word alone is longer than the width (an address a wrapper cannot cut).
    /// </summary>
    public void See(string line)
    {
        if (!IsOn || line.Length <= Width) return;
        int space = line.IndexOf(' ');
        if (space < 0 || space > Width) return;
        Width = line.Length <= Width + WrapWidthProbe.Overflow(Width) ? line.Length : 0;
    }

    /// <summary>True when the line reaches the wrap width (within its slack).</summary>
    public bool IsFull(string line) => line.Length >= Width - WrapWidthProbe.Slack(Width);

    /// <summary>
    /// True when a block whose last line is <paramref name="last"/> goes on in <paramref name="next"/>. Never before a
    /// short line with a date (the byline under a headline, a dateline). Else the line was broken because the next
    /// word did not fit (or, in a dump of blank-line separated blocks, the line is in the same block), and the last line
    /// is not a question alone on its line (<paramref name="lastIsWholeBlock"/>), nor a title followed by a capitalised
    /// line (unless that line is the short rest of the title), nor, in a script without case, a line of its own opening
    /// with a label, nor a sentence end followed by a capitalised line or by a short line that reads as a title or a
    /// question (a new paragraph, a heading, another article's headline, an FAQ question).
    /// </summary>
    public bool GoesOn(string last, bool lastIsWholeBlock, string next)
    {
        if (!IsOn) return false;
        if (!IsFull(next) && DateReader.Find(next) is not null) return false;
        int firstWord = next.IndexOf(' ') is var space and >= 0 ? space : next.Length;
        if (!BlankSeparated && last.Length + 1 + firstWord <= Width) return false;
        if (lastIsWholeBlock && last[^1] is '?' or '？' or '؟') return false;
        if (BlankSeparated) return true;
        if (TitleLine.Is(last) && StartsUpper(next))
            return !IsFull(next) && TitleLine.Is(next) && WordCount(next) <= MaxTitleRestWords && next[^1] is not ('.' or '!' or '?' or ':');
        // In a script without case there is no Title Case to go by: a line of its own that opens with a label
        // ("यह भी पढ़ें: ...", "另见：...") is a teaser or a caption, not the start of a wrapped paragraph.
        if (lastIsWholeBlock && !HasCase(last) && OpensWithLabel(last)) return false;
        if (!LineEnd.IsSentenceEnd(last[^1])) return true;
        // After a sentence end, a capitalised line may start a new paragraph or be a title: splitting a paragraph at a
        // sentence costs less than merging a title into it.
        if (StartsUpper(next)) return false;
        return IsFull(next) || LineEnd.IsStatementEnd(next[^1]);
    }

    private static bool HasCase(string line)
    {
        foreach (char c in line)
        {
            if (char.IsUpper(c) || char.IsLower(c)) return true;
        }
        return false;
    }

    /// <summary>A colon (or full-width colon) after at most three words at the start of the line.</summary>
    private static bool OpensWithLabel(string line)
    {
        int spaces = 0;
        for (int i = 0; i < line.Length && spaces <= 3; i++)
        {
            if (line[i] == ' ') spaces++;
            else if (line[i] is ':' or '：') return i > 0;
        }
        return false;
    }

    private static bool StartsUpper(string line)
    {
        foreach (char c in line)
        {
            if (char.IsLetter(c)) return char.IsUpper(c);
        }
        return false;
    }

    /// <summary>Runs of characters between spaces.</summary>
    public static int WordCount(ReadOnlySpan<char> line)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in line)
        {
            bool space = c == ' ';
            if (!space && !inWord) words++;
            inWord = !space;
        }
        return words;
    }
}
