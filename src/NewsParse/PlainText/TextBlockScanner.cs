using System.Text;
using NewsParse.Model;
using NewsParse.Reading;
using NewsParse.Text;

namespace NewsParse.PlainText;

/// <summary>
/// Turns the lines of a text dump into source blocks. A block is a line, or several lines when a line is visibly
/// wrapped (it breaks mid-sentence and the next starts in lower case). Consecutive list lines ("- ", "* ", "• ",
/// "1. ", "1) ") make one list, consecutive "> " lines one quote, lines between ``` fences one code block, and
/// Markdown "#" lines are headings of that level. Streaming: it holds the block being built and nothing else.
/// </summary>
internal sealed class TextBlockScanner(int maxBlockChars)
{
    private readonly StringBuilder _text = new();
    private string? _single;   // the pending text while it is one piece: kept as is, not copied into _text
    private readonly List<string> _items = [];
    private PendingKind _pending;
    private long _start;
    private long _end;
    private bool _ordered;
    private bool _inFence;
    private string? _fenceLanguage;

    private enum PendingKind { None, Paragraph, List, Quote, Code }

    public void Add(TextLine line, List<SourceBlock> output)
    {
        var raw = line.Text;
        if (_inFence)
        {
            if (raw.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                _inFence = false;
                _end = line.Span.End;
                Flush(output);
                return;
            }
            if (PendingLength > 0) Separate('\n');
            Append(raw, line.Start);
            _end = line.Span.End;
            return;
        }

        var trimmed = raw.AsSpan().Trim();
        if (trimmed.IsEmpty)
        {
            Flush(output);
            return;
        }
        if (trimmed.StartsWith("```"))
        {
            Flush(output);
            _inFence = true;
            _fenceLanguage = trimmed[3..].Trim().ToString() is { Length: > 0 } language ? language : null;
            Begin(PendingKind.Code, line.Start);
            return;
        }

        if (MarkdownHeadingLevel(trimmed, out int level, out var headingText))
        {
            Flush(output);
            var text = Whitespace.Collapse(headingText);
            if (text.Length > 0) output.Add(new SourceBlock(SourceBlockKind.Heading, text, line.Span) { Level = level });
            return;
        }

        if (ListItem(trimmed, out bool ordered, out var itemText))
        {
            if (_pending != PendingKind.List || _ordered != ordered)
            {
                Flush(output);
                Begin(PendingKind.List, line.Start);
                _ordered = ordered;
            }
            var item = Whitespace.Collapse(itemText);
            if (item.Length > 0) _items.Add(item);
            _end = line.Span.End;
            return;
        }

        if (trimmed.StartsWith(">"))
        {
            if (_pending != PendingKind.Quote)
            {
                Flush(output);
                Begin(PendingKind.Quote, line.Start);
            }
            else Separate(' ');
            Append(trimmed[1..].ToString(), line.Start);
            _end = line.Span.End;
            return;
        }

        // An untrimmed clean line is kept as the same string (no copy).
        var collapsed = trimmed.Length == raw.Length ? Whitespace.Collapse(raw) : Whitespace.Collapse(trimmed);
        if (collapsed.Length == 0)
        {
            Flush(output);
            return;
        }
        if (_pending == PendingKind.Paragraph && ContinuesWrappedLine(collapsed))
        {
            Separate(' ');
            Append(collapsed, line.Start);
            _end = line.Span.End;
            return;
        }
        Flush(output);
        Begin(PendingKind.Paragraph, line.Start);
        Append(collapsed, line.Start);
        _end = line.Span.End;
    }

    public void Complete(List<SourceBlock> output) => Flush(output);

    /// <summary>
    /// A hard-wrapped line goes on in the next: the block so far is long (40 characters or more), breaks mid-sentence,
    /// is not in Title Case (a headline followed by a line that happens to start in lower case, such as a brand name,
    /// is not a wrap), and the next line starts in lower case. Lines wrapped before a capitalised word stay separate
    /// blocks (no text is lost; see the README's limits).
    /// </summary>
    private bool ContinuesWrappedLine(string next)
    {
        if (PendingLength < 40 || !char.IsLower(next[0]) || next.StartsWith("http", StringComparison.Ordinal)) return false;
        var text = (_single ?? _text.ToString()).AsSpan();
        if (IsTitleCase(text)) return false;
        // A wrapped line is a full line of prose: a short title-like line followed by a lower-case fragment is two blocks.
        if (CountWords(text) < 10) return false;
        char last = text[^1];
        return last is not ('.' or '!' or '?' or ':' or ';' or '"' or '”' or '।' or '。' or '！' or '？');
    }

    private static int CountWords(ReadOnlySpan<char> text)
    {
        int words = 0;
        bool inWord = false;
        for (int i = 0; i < text.Length; i++)
        {
            bool space = text[i] == ' ';
            if (!space && !inWord) words++;
            inWord = !space;
        }
        return words;
    }

    /// <summary>True when most words of four letters or more start with a capital.</summary>
    private static bool IsTitleCase(ReadOnlySpan<char> text)
    {
        int words = 0, capitalised = 0, length = 0;
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
            if (length >= 4)
            {
                words++;
                if (char.IsUpper(first)) capitalised++;
            }
            length = 0;
        }
        return words > 0 && capitalised * 2 > words;
    }

    private void Begin(PendingKind kind, long start)
    {
        _pending = kind;
        _start = start;
        _text.Clear();
        _single = null;
        _items.Clear();
    }

    private int PendingLength => _single?.Length ?? _text.Length;

    private void Append(string text, long position)
    {
        if (PendingLength + text.Length > maxBlockChars) ThrowHelper.BlockTooLarge(maxBlockChars, position);
        if (PendingLength == 0)
        {
            _single = text;
            return;
        }
        Separate(null);
        _text.Append(text);
    }

    /// <summary>Moves a single pending piece into the builder, then appends the separator, if any.</summary>
    private void Separate(char? separator)
    {
        if (_single is not null)
        {
            _text.Append(_single);
            _single = null;
        }
        if (separator is { } c) _text.Append(c);
    }

    private string PendingText() => _single ?? _text.ToString();

    private void Flush(List<SourceBlock> output)
    {
        var span = new SourceSpan(_start, (int)Math.Min(int.MaxValue, _end - _start));
        switch (_pending)
        {
            case PendingKind.Paragraph when PendingLength > 0:
                output.Add(new SourceBlock(SourceBlockKind.TextLine, PendingText(), span));
                break;
            case PendingKind.List when _items.Count > 0:
                var list = new ListBlock(_ordered, _items, span);
                output.Add(new SourceBlock(SourceBlockKind.Content, list.Text, span) { Content = list });
                break;
            case PendingKind.Quote when PendingLength > 0:
                var quoteText = Whitespace.Collapse(PendingText());
                if (quoteText.Length > 0)
                    output.Add(new SourceBlock(SourceBlockKind.Content, quoteText, span) { Content = new QuoteBlock(quoteText, null, span) });
                break;
            case PendingKind.Code when PendingLength > 0:
                var code = PendingText();
                output.Add(new SourceBlock(SourceBlockKind.Content, code, span) { Content = new CodeBlock(code, _fenceLanguage, span) });
                break;
        }
        _pending = PendingKind.None;
        _text.Clear();
        _single = null;
        _items.Clear();
    }

    private static bool MarkdownHeadingLevel(ReadOnlySpan<char> line, out int level, out string text)
    {
        level = 0;
        while (level < line.Length && line[level] == '#') level++;
        text = string.Empty;
        if (level == 0 || level > 6 || level >= line.Length || line[level] != ' ') return false;
        text = line[(level + 1)..].TrimEnd('#').ToString();
        return true;
    }

    private static bool ListItem(ReadOnlySpan<char> line, out bool ordered, out string text)
    {
        ordered = false;
        text = string.Empty;
        if (line.Length >= 2 && line[0] is '-' or '*' or '•' or '·' or '▪' or '◦' or '‣' or '–' && line[1] == ' ')
        {
            text = line[2..].ToString();
            return true;
        }
        int digits = 0;
        while (digits < line.Length && digits < 4 && char.IsAsciiDigit(line[digits])) digits++;
        if (digits > 0 && digits + 1 < line.Length && line[digits] is '.' or ')' && line[digits + 1] == ' ')
        {
            ordered = true;
            text = line[(digits + 2)..].ToString();
            return true;
        }
        return false;
    }
}
