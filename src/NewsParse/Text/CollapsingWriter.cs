namespace NewsParse.Text;

/// <summary>
/// Text collapsed as it is written, exactly as <see cref="Whitespace.Collapse(string)"/> collapses the whole of it
/// (see <see cref="Whitespace.AppendCollapsed"/>): a collector writes into it instead of building the raw text and
/// collapsing it after. It may stop reading at <c>maxChars</c> collapsed characters (the text made is then the first
/// <c>maxChars</c> or <c>maxChars + 1</c> characters of the whole); what is written after is counted, not read. Its
/// characters are held in an array the thread keeps for its next writer (at most <see cref="MaxKeptChars"/>), given
/// back by <see cref="ToStringAndReturn"/> as it is: it never goes to a pool other code rents from, so it needs no
/// clearing (which cost more than the collecting).
/// </summary>
internal struct CollapsingWriter(int maxChars) : ITextSink
{
    private char[]? _chars;
    private int _length;
    private bool _pendingSpace;

    /// <inheritdoc/>
    public int RawLength { get; private set; }

    /// <summary>How many collapsed characters are written (a pending space not counted).</summary>
    public readonly int Length => _length;

    /// <summary>The collapsed text written so far (a pending space not included); valid until the writer is written to, reset or returned.</summary>
    public readonly ReadOnlySpan<char> Written => _chars is null ? default : _chars.AsSpan(0, _length);

    /// <summary>The collapsed character at <paramref name="index"/> (below <see cref="Length"/>).</summary>
    public readonly char this[int index] => _chars![index];

    /// <inheritdoc/>
    public readonly bool IsFull => _length >= maxChars;

    /// <inheritdoc/>
    public void Append(ReadOnlySpan<char> text)
    {
        RawLength += text.Length;
        if (IsFull || text.IsEmpty) return;
        // Each character writes at most itself and a space pending from before: never more than one more than read.
        int room = (int)Math.Min((long)_length + text.Length + 1, (long)maxChars + 1);
        if (_chars is null || room > _chars.Length) Grow(room);
        var output = _chars.AsSpan();
        int length = _length;
        bool pending = _pendingSpace;
        // White space at the ends only sets the pending space; a middle that collapsing leaves alone (checked sixteen
        // characters at a time) is copied whole when it fits under the cap.
        int start = 0, end = text.Length;
        while (start < end && Whitespace.IsSpace(text[start])) start++;
        while (end > start && Whitespace.IsSpace(text[end - 1])) end--;
        if (start > 0) pending = length > 0;
        var middle = text[start..end];
        if (!middle.IsEmpty && (long)length + middle.Length + 1 <= maxChars && Whitespace.IsClean(middle))
        {
            if (pending) output[length++] = ' ';
            middle.CopyTo(output[length..]);
            length += middle.Length;
            pending = false;
        }
        else
        {
            foreach (char c in middle)
            {
                if (length >= maxChars) break;
                length = Whitespace.AppendCollapsed(c, output, length, ref pending);
            }
        }
        if (end < text.Length) pending = length > 0;
        _length = length;
        _pendingSpace = pending;
    }

    /// <inheritdoc/>
    public void Append(char c)
    {
        RawLength++;
        if (IsFull) return;
        if (_chars is null || _length + 2 > _chars.Length) Grow(_length + 2);
        _length = Whitespace.AppendCollapsed(c, _chars, _length, ref _pendingSpace);
    }

    /// <summary>The collapsed text; the array goes back to the thread (the writer is then empty).</summary>
    public string ToStringAndReturn()
    {
        var text = _chars is null ? "" : new string(_chars, 0, _length);
        Reset();
        return text;
    }

    /// <summary>Drops what was written; the array goes back to the thread (the writer is then empty).</summary>
    public void Reset()
    {
        RawLength = 0;
        _pendingSpace = false;
        if (_chars is null) return;
        GiveBack(_chars);
        _chars = null;
        _length = 0;
    }

    private void Grow(int needed)
    {
        int size = Math.Max(needed, _chars is null ? 256 : (int)Math.Min(Array.MaxLength, 2L * _chars.Length));
        char[] bigger;
        if (t_kept is { } kept && kept.Length >= size)
        {
            bigger = kept;
            t_kept = null;   // taken while in use: a writer opened inside another gets an array of its own
        }
        else bigger = new char[size];
        if (_chars is not null)
        {
            _chars.AsSpan(0, _length).CopyTo(bigger);
            GiveBack(_chars);
        }
        _chars = bigger;
    }

    /// <summary>Longest array a thread keeps for its next writer (characters; 128 KB).</summary>
    public const int MaxKeptChars = 65_536;

    /// <summary>The array the thread keeps for its next writer (the largest given back, up to <see cref="MaxKeptChars"/>).</summary>
    [ThreadStatic] private static char[]? t_kept;

    private static void GiveBack(char[] chars)
    {
        if (chars.Length <= MaxKeptChars && (t_kept is null || t_kept.Length < chars.Length)) t_kept = chars;
    }
}
