using System.Text;
using NewsParse.Model;
using NewsParse.Reading;
using NewsParse.Text;

namespace NewsParse.PlainText;

/// <summary>
/// Turns the lines of a text dump into source blocks. A block is a line, or several lines when a line is visibly
/// wrapped: in a hard-wrapped dump (see <see cref="WrapWidthProbe"/>) every line that reaches the wrap width goes on
/// in the next; elsewhere a line that breaks mid-sentence goes on in a next line that starts in lower case.
/// Consecutive list lines ("- ", "* ", "• ", "1. ", "1) ") make one list, consecutive "> " lines one quote, lines
/// between ``` fences one code block, and Markdown "#" lines are headings of that level. Streaming: it holds the
/// block being built and, until it has decided whether the dump is hard-wrapped, its first lines (at most
/// <see cref="WrapWidthProbe.SampleLines"/> non-empty lines or about <see cref="WrapWidthProbe.SampleChars"/> characters).
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

    // Hard wrapping: decided from the first lines (see WrapWidthProbe), which are held until then.
    private HardWrap? _wrap;                  // null until decided
    private readonly List<TextLine> _held = [];
    private readonly List<string> _heldTexts = [];
    private int _heldChars;
    private string _lastLine = string.Empty;  // the last line added to the pending block, collapsed

    public void Add(TextLine line, List<SourceBlock> output)
    {
        if (_wrap is not null)
        {
            AddLine(line, output);
            return;
        }
        _held.Add(line);
        var text = Whitespace.Collapse(line.Text);
        if (text.Length > 0) _heldTexts.Add(text);
        _heldChars += line.Text.Length;
        if (_heldTexts.Count >= WrapWidthProbe.SampleLines || _heldChars >= WrapWidthProbe.SampleChars) Release(output);
    }

    public void Complete(List<SourceBlock> output)
    {
        if (_wrap is null) Release(output);
        Flush(output);
    }

    /// <summary>Decides whether the dump is hard-wrapped, then reads the lines held so far.</summary>
    private void Release(List<SourceBlock> output)
    {
        int width = WrapWidthProbe.Decide(_heldTexts);
        _wrap = new HardWrap(width, width > 0 && WrapWidthProbe.SeparatesByBlankLines(_held.Select(l => Whitespace.Collapse(l.Text)).ToList(), width));
        foreach (var held in _held) AddLine(held, output);
        _held.Clear();
        _heldTexts.Clear();
    }

    /// <summary>True when the dump is hard-wrapped and the pending block goes on in <paramref name="next"/> (see <see cref="HardWrap.GoesOn"/>).</summary>
    private bool WrapsInto(string next) => _wrap is { IsOn: true } wrap && wrap.GoesOn(_lastLine, _single is not null, next);

    private void AddLine(TextLine line, List<SourceBlock> output)
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

        // In a hard-wrapped dump, a line that only looks like a list item, a quote or a Markdown heading ("- ", "1. ",
        // "> ", "# ") because the wrap fell before the marker goes on the paragraph that broke mid-sentence.
        if (_pending == PendingKind.Paragraph && _wrap is { IsOn: true } && trimmed[0] is '-' or '*' or '•' or '>' or '#' or (>= '0' and <= '9')
            && _lastLine[^1] is not ('.' or '!' or '?' or ':' or ';') && Whitespace.Collapse(trimmed) is var marked && WrapsInto(marked))
        {
            Separate(' ');
            Append(marked, line.Start);
            _lastLine = marked;
            _end = line.Span.End;
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
            _lastLine = Whitespace.Collapse(trimmed);
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
        _wrap?.See(collapsed);
        if (_pending == PendingKind.List && _items.Count > 0 && WrapsInto(collapsed))
        {
            // A list item wrapped onto the next line.
            if (_items[^1].Length + collapsed.Length + 1 > maxBlockChars) ThrowHelper.BlockTooLarge(maxBlockChars, line.Start);
            _items[^1] = _items[^1] + " " + collapsed;
            _lastLine = collapsed;
            _end = line.Span.End;
            return;
        }
        if (_pending == PendingKind.Paragraph && (WrapsInto(collapsed) || ContinuesWrappedLine(collapsed)))
        {
            Separate(' ');
            Append(collapsed, line.Start);
            _lastLine = collapsed;
            _end = line.Span.End;
            return;
        }
        Flush(output);
        Begin(PendingKind.Paragraph, line.Start);
        Append(collapsed, line.Start);
        _lastLine = collapsed;
        _end = line.Span.End;
    }

    /// <summary>
    /// Outside a dump recognised as hard-wrapped, a line still goes on in the next when it visibly wraps: the block so
    /// far is long (40 characters or more), breaks mid-sentence, is not in Title Case (a headline followed by a line
    /// that happens to start in lower case, such as a brand name, is not a wrap), and the next line starts in lower
    /// case. Other lines stay separate blocks (no text is lost; see docs/architecture.md).
    /// </summary>
    private bool ContinuesWrappedLine(string next)
    {
        if (PendingLength < 40 || !char.IsLower(next[0]) || next.StartsWith("http", StringComparison.Ordinal)) return false;
        var text = (_single ?? _text.ToString()).AsSpan();
        if (TitleLine.IsMostlyCapitalised(text)) return false;
        // A wrapped line is a full line of prose: a short title-like line followed by a lower-case fragment is two blocks.
        if (HardWrap.WordCount(text) < 10) return false;
        char last = text[^1];
        return !LineEnd.IsClauseEnd(last);
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

    /// <summary>
    /// True when a line that opens like an ordered list item ("14. ") opens with a date: the day of "14. November 2019",
    /// "3. August 2015 · Filed under …" is no item number (German, Danish, Norwegian... write the day with a stop). Only a
    /// day (one or two digits and a stop) is read so, and only when <see cref="DateReader"/> finds the date right there.
    /// </summary>
    private static bool OpensWithDate(ReadOnlySpan<char> line, int digits) =>
        digits <= 2 && line[digits] == '.' && line.Length > digits + 2 && char.IsLetter(line[digits + 2])
        && DateReader.Find(line.ToString()) is { Index: 0 };

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
        if (digits > 0 && digits + 1 < line.Length && line[digits] is '.' or ')' && line[digits + 1] == ' ' && !OpensWithDate(line, digits))
        {
            ordered = true;
            text = line[(digits + 2)..].ToString();
            return true;
        }
        return false;
    }
}
