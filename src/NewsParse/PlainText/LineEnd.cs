namespace NewsParse.PlainText;

/// <summary>How a line of a text dump ends, for telling a wrapped line (it breaks off mid-sentence) from a whole one.</summary>
internal static class LineEnd
{
    /// <summary>A sentence end of any script, a closing quote after one included: . ! ? " ” । 。 ！ ？</summary>
    public static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or '"' or '”' or '।' or '。' or '！' or '？';

    /// <summary>A sentence end, or a colon or semicolon that leads into what follows: the line does not break off mid-sentence.</summary>
    public static bool IsClauseEnd(char c) => IsSentenceEnd(c) || c is ':' or ';';

    /// <summary>A sentence end that is not a question mark (a statement ends there).</summary>
    public static bool IsStatementEnd(char c) => IsSentenceEnd(c) && c is not ('?' or '？');
}
