using System.Globalization;
using System.Text;
using NewsParse.Model;

namespace NewsParse.Rendering;

/// <summary>
/// Writes a block's text with its <see cref="Inline"/> runs as CommonMark inlines: <c>*emphasis*</c>,
/// <c>**strong**</c>, <c>`code`</c>, <c>[text](url)</c>, <c>![alt](src)</c> and hard breaks (a backslash at the end of
/// the line). A character is backslash-escaped only where CommonMark would read it as markup there (see
/// <see cref="NeedsEscape"/>), so the text reads back as written, and nothing else is escaped: "3 * 4", "snake_case",
/// "a &lt; b", "[1]", "C#" and "AT&amp;T" are written as they are. Emphasis that CommonMark could not read where it
/// stands (its delimiters would not be left- and right-flanking) is written as plain text. Stateless and thread-safe.
/// </summary>
internal static class MarkdownInlines
{
    /// <summary>Where the text stands, for the rules that depend on it.</summary>
    public enum Place : byte
    {
        /// <summary>A paragraph, list item or quote line: block markers at the start of a line are escaped.</summary>
        Block,
        /// <summary>An ATX heading's text: one line, a closing run of "#" escaped.</summary>
        Heading,
        /// <summary>A table cell: "|" escaped too.</summary>
        Cell,
    }

    private readonly record struct Run(InlineKind Kind, int Start, int End, string? Target, string? Alt);

    /// <summary>Appends <paramref name="text"/> with its runs (null for plain text) to <paramref name="md"/>.</summary>
    public static void Write(StringBuilder md, string text, IReadOnlyList<Inline>? inlines, MarkdownOptions options, Place place)
    {
        var runs = Keep(text, inlines, options, place);
        var open = new Stack<Run>();
        int lineStart = md.Length;
        int escapeAt = place == Place.Block ? LineStartEscape(text, 0) : -1;
        int r = 0;
        for (int pos = 0; pos <= text.Length; pos++)
        {
            while (open.Count > 0 && open.Peek().End == pos) Close(md, open.Pop());
            for (; r < runs.Count && runs[r].Start == pos; r++)
            {
                var run = runs[r];
                switch (run.Kind)
                {
                    case InlineKind.Image:
                        md.Append("![");
                        Plain(md, run.Alt ?? string.Empty, place, link: true);
                        md.Append("](");
                        Destination(md, run.Target!);
                        md.Append(')');
                        continue;
                    case InlineKind.LineBreak:
                        continue;
                    case InlineKind.Code:
                        Code(md, text.AsSpan(run.Start, run.End - run.Start));
                        pos = run.End - 1;
                        r++;
                        goto next;
                }
                md.Append(Opener(run.Kind));
                open.Push(run);
            }
            if (pos == text.Length) break;
            if (IsBreak(runs, pos))
            {
                md.Append("\\\n");
                lineStart = md.Length;
                escapeAt = place == Place.Block ? LineStartEscape(text, pos + 1) : -1;
                continue;
            }
            char c = text[pos];
            char before = md.Length > lineStart ? md[^1] : ' ';
            bool inLink = open.Any(o => o.Kind == InlineKind.Link);
            if (pos == escapeAt || NeedsEscape(c, before, NextOut(text, runs, open, r, pos + 1), place, inLink, pos + 1 < text.Length ? text.AsSpan(pos + 1) : default))
                md.Append('\\');
            md.Append(c);
            if (place == Place.Heading && pos == text.Length - 1) EndHeading(md, text);
        next:;
        }
    }

    /// <summary>Appends plain text (no runs) with the escapes of <paramref name="place"/>.</summary>
    public static void Plain(StringBuilder md, string text, Place place, bool link = false)
    {
        int escapeAt = place == Place.Block && !link ? LineStartEscape(text, 0) : -1;
        for (int i = 0; i < text.Length; i++)
        {
            char before = i > 0 ? text[i - 1] : ' ';
            char after = i + 1 < text.Length ? text[i + 1] : (link ? ']' : '\n');
            if (i == escapeAt || NeedsEscape(text[i], before, after, place, link, text.AsSpan(i + 1))) md.Append('\\');
            md.Append(text[i]);
        }
        if (place == Place.Heading && !link) EndHeading(md, text);
    }

    /// <summary>
    /// True when <paramref name="c"/> must be escaped to be read as itself, given the characters written around it:
    /// a backslash before punctuation or at the end, a backtick, "*" and "_" that could open or close emphasis
    /// ("_" inside a word cannot), "[" and "]" inside link text and "]" before "(", "!" before a link's "[", "&lt;"
    /// that could start a tag or an autolink, "&amp;" that starts a character reference, and "|" in a table cell.
    /// </summary>
    public static bool NeedsEscape(char c, char before, char after, Place place, bool inLink, ReadOnlySpan<char> rest) => c switch
    {
        '\\' => IsAsciiPunctuation(after) || after == '\n',
        '`' => true,
        '*' => !(IsSpace(before) && IsSpace(after)),
        '_' => !(IsSpace(before) && IsSpace(after)) && !(char.IsLetterOrDigit(before) && char.IsLetterOrDigit(after)),
        '[' => inLink,
        ']' => inLink || after == '(',
        '!' => after == '[',
        '<' => char.IsAsciiLetter(after) || after is '/' or '!' or '?',
        '&' => StartsReference(rest),
        '|' => place == Place.Cell,
        _ => false,
    };

    /// <summary>
    /// Where a line starting at <paramref name="start"/> must be escaped not to open a block: "#" of an ATX heading,
    /// "-", "+", "*" of a list item or a thematic break, "=" of a setext underline, "&gt;" of a quote, the "." or
    /// ")" of an ordered item, a code fence, the "[" of a link reference definition; -1 when it needs none.
    /// </summary>
    public static int LineStartEscape(string text, int start)
    {
        if (start >= text.Length) return -1;
        int end = text.IndexOf('\n', start);
        var line = text.AsSpan(start, (end < 0 ? text.Length : end) - start);
        char first = line[0];
        switch (first)
        {
            case '#':
                int hashes = 0;
                while (hashes < line.Length && line[hashes] == '#') hashes++;
                return hashes <= 6 && (hashes == line.Length || line[hashes] == ' ') ? start : -1;
            case '>':
                return start;
            case '-' or '+' or '*' or '=' or '_':
                if (line.Length == 1 || (first is '-' or '+' or '*' && line[1] == ' ')) return start;
                return IsRule(line, first) ? start : -1;
            case '`' or '~':
                return line.StartsWith(first == '`' ? "```" : "~~~") ? start : -1;
            case '[':
                return line.IndexOf("]:") > 0 ? start : -1;
        }
        int digits = 0;
        while (digits < line.Length && char.IsAsciiDigit(line[digits])) digits++;
        if (digits is > 0 and <= 9 && digits < line.Length && line[digits] is '.' or ')' && (digits + 1 == line.Length || line[digits + 1] == ' '))
            return start + digits;
        return -1;
    }

    /// <summary>A thematic break ("---", "* * *") or a setext underline ("===") made of <paramref name="marker"/>.</summary>
    private static bool IsRule(ReadOnlySpan<char> line, char marker)
    {
        int count = 0;
        foreach (char c in line)
        {
            if (c == marker) count++;
            else if (c != ' ' || marker == '=') return false;
        }
        return marker == '=' || count >= 3;
    }

    /// <summary>A closing run of "#" would be taken off an ATX heading: one preceded by a space is escaped.</summary>
    private static void EndHeading(StringBuilder md, string text)
    {
        int hashes = 0;
        while (hashes < text.Length && text[^(hashes + 1)] == '#') hashes++;
        if (hashes == 0 || (hashes < text.Length && text[^(hashes + 1)] != ' ')) return;
        // the text is all '#' or ends in " ##": escape the first of the run (already written)
        int at = md.Length - hashes;
        if (at > 0 && md[at - 1] == '\\') return;
        md.Insert(at, '\\');
    }

    /// <summary>"&amp;" followed by a name or number and ";": CommonMark would read a character reference.</summary>
    private static bool StartsReference(ReadOnlySpan<char> rest)
    {
        int i = 0;
        if (rest.Length > 0 && rest[0] == '#')
        {
            i = 1;
            if (rest.Length > 1 && rest[1] is 'x' or 'X') i = 2;
            int digits = i;
            while (i < rest.Length && char.IsAsciiHexDigit(rest[i]) && i - digits < 8) i++;
            return i > digits && i < rest.Length && rest[i] == ';';
        }
        while (i < rest.Length && char.IsAsciiLetterOrDigit(rest[i]) && i < 32) i++;
        return i > 0 && i < rest.Length && rest[i] == ';' && char.IsAsciiLetter(rest[0]);
    }

    /// <summary>The runs that are written: links and images as the options say, none inside code, none overlapping partly; emphasis only where it can be read.</summary>
    private static List<Run> Keep(string text, IReadOnlyList<Inline>? inlines, MarkdownOptions options, Place place)
    {
        var runs = new List<Run>();
        if (inlines is null) return runs;
        var stack = new Stack<Run>();
        foreach (var inline in inlines)
        {
            int start = inline.Start, end = inline.Start + inline.Length;
            if (start < 0 || end > text.Length || inline.Length < 0) continue;
            switch (inline.Kind)
            {
                case InlineKind.Link when !options.Links || inline.Href is null || inline.Length == 0:
                case InlineKind.Image when !options.Images || inline.Source is null:
                case InlineKind.LineBreak when place != Place.Block || inline.Length != 1 || text[start] != ' ':
                case (InlineKind.Emphasis or InlineKind.Strong or InlineKind.Code) when inline.Length == 0:
                    continue;
            }
            while (stack.Count > 0 && stack.Peek().End <= start && !(stack.Peek().End == start && inline.Length == 0 && stack.Peek().Start < start)) stack.Pop();
            if (stack.Count > 0 && (end > stack.Peek().End || stack.Peek().Kind == InlineKind.Code)) continue;
            if (inline.Kind == InlineKind.Link && stack.Any(s => s.Kind == InlineKind.Link)) continue;
            var run = new Run(inline.Kind, start, end, inline.Kind == InlineKind.Image ? inline.Source : inline.Href, inline.Alt);
            runs.Add(run);
            if (inline.Length > 0 && inline.Kind != InlineKind.LineBreak) stack.Push(run);
        }
        runs.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : (b.End - b.Start).CompareTo(a.End - a.Start));
        // emphasis whose delimiters CommonMark would not read as such where they stand is left out
        runs.RemoveAll(run => run.Kind is InlineKind.Emphasis or InlineKind.Strong && !Readable(text, runs, run));
        return runs;
    }

    /// <summary>True when "*" before the run can open emphasis and "*" after it can close it (left- and right-flanking).</summary>
    private static bool Readable(string text, List<Run> runs, Run run)
    {
        if (char.IsWhiteSpace(text[run.Start]) || char.IsWhiteSpace(text[run.End - 1])) return false;
        bool innerAtStart = false, innerAtEnd = false, outerAtStart = false, outerAtEnd = false;
        foreach (var other in runs)
        {
            if (other.Equals(run) || other.Kind is InlineKind.LineBreak) continue;
            bool inside = other.Start >= run.Start && other.End <= run.End && !(other.Start == run.Start && other.End == run.End && runs.IndexOf(other) < runs.IndexOf(run));
            if (inside && other.Start == run.Start) innerAtStart = true;
            if (inside && other.End == run.End && other.Kind != InlineKind.Image) innerAtEnd = true;
            if (!inside && other.End == run.Start) outerAtStart = true;
            if (!inside && other.Start == run.End) outerAtEnd = true;
            if (!inside && other.Start <= run.Start && other.End >= run.End && other.Kind != InlineKind.Image)
            {
                if (other.Start == run.Start) outerAtStart = true;
                if (other.End == run.End) outerAtEnd = true;
            }
        }
        char before = outerAtStart ? '*' : run.Start > 0 ? text[run.Start - 1] : ' ';
        char first = innerAtStart ? '*' : text[run.Start];
        char last = innerAtEnd ? '*' : text[run.End - 1];
        char after = outerAtEnd ? '*' : run.End < text.Length ? text[run.End] : ' ';
        bool opens = !IsSpace(first) && (!IsPunctuation(first) || IsSpace(before) || IsPunctuation(before));
        bool closes = !IsSpace(last) && (!IsPunctuation(last) || IsSpace(after) || IsPunctuation(after));
        return opens && closes;
    }

    private static bool IsBreak(List<Run> runs, int pos)
    {
        foreach (var run in runs)
        {
            if (run.Start > pos) break;
            if (run.Start == pos && run.Kind == InlineKind.LineBreak) return true;
        }
        return false;
    }

    /// <summary>The character written after the text at <paramref name="pos"/>: a marker of a run that closes or opens there, or the text's.</summary>
    private static char NextOut(string text, List<Run> runs, Stack<Run> open, int r, int pos)
    {
        if (open.Count > 0 && open.Peek().End == pos) return Opener(open.Peek().Kind)[0];
        for (int i = r; i < runs.Count && runs[i].Start <= pos; i++)
        {
            if (runs[i].Start == pos) return runs[i].Kind == InlineKind.LineBreak ? '\\' : Opener(runs[i].Kind)[0];
        }
        return pos < text.Length ? text[pos] : '\n';
    }

    private static string Opener(InlineKind kind) => kind switch
    {
        InlineKind.Emphasis => "*",
        InlineKind.Strong => "**",
        InlineKind.Link => "[",
        InlineKind.Image => "!",
        _ => "`",
    };

    private static void Close(StringBuilder md, Run run)
    {
        switch (run.Kind)
        {
            case InlineKind.Emphasis: md.Append('*'); break;
            case InlineKind.Strong: md.Append("**"); break;
            case InlineKind.Link:
                md.Append("](");
                Destination(md, run.Target!);
                md.Append(')');
                break;
        }
    }

    /// <summary>A code span: a fence of backticks one longer than the longest run inside, padded with a space when the code starts or ends with a backtick or a space.</summary>
    private static void Code(StringBuilder md, ReadOnlySpan<char> code)
    {
        int longest = 0, current = 0;
        foreach (char c in code)
        {
            current = c == '`' ? current + 1 : 0;
            longest = Math.Max(longest, current);
        }
        var fence = new string('`', longest + 1);
        bool pad = code[0] == '`' || code[^1] == '`' || (code[0] == ' ' && code[^1] == ' ' && !code.Trim(' ').IsEmpty);
        md.Append(fence);
        if (pad) md.Append(' ');
        md.Append(code);
        if (pad) md.Append(' ');
        md.Append(fence);
    }

    /// <summary>A link destination: as it is when it has no space, parenthesis, angle bracket, backslash or control; else in angle brackets with "&lt;", "&gt;" and "\" escaped. "&amp;" that would start a reference is escaped.</summary>
    public static void Destination(StringBuilder md, string url)
    {
        bool pointy = url.Length == 0;
        foreach (char c in url)
        {
            if (c <= ' ' || c is '(' or ')' or '<' or '>' or '\\') pointy = true;
        }
        if (pointy) md.Append('<');
        for (int i = 0; i < url.Length; i++)
        {
            char c = url[i];
            if (c is '\n' or '\r') continue;
            if (pointy && c is '<' or '>' or '\\') md.Append('\\');
            // "&" that starts a reference is written as one ("&amp;"): a backslash is not honoured before it by every reader
            if (c == '&' && StartsReference(url.AsSpan(i + 1))) md.Append("&amp;");
            else md.Append(c);
        }
        if (pointy) md.Append('>');
    }

    private static bool IsSpace(char c) => c is '\n' or '\r' || char.IsWhiteSpace(c);

    private static bool IsPunctuation(char c) => char.IsPunctuation(c) || char.IsSymbol(c);

    private static bool IsAsciiPunctuation(char c) => c < 128 && (char.IsPunctuation(c) || char.IsSymbol(c));
}
