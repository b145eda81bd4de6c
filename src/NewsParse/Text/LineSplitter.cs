namespace NewsParse.Text;

/// <summary>
/// Cuts decoded text, given in chunks of any size, into lines. Resumable: a line cut by a chunk boundary is carried
/// over, and a "\r\n" split between two chunks counts as one break. Line breaks: "\n", "\r\n", "\r".
/// A byte-order mark (U+FEFF) at offset 0 is skipped (it still counts in offsets).
/// Memory: the carried partial line only, bounded by <c>maxLineChars</c>.
/// </summary>
internal sealed class LineSplitter(int maxLineChars)
{
    private char[] _partial = [];  // a line that goes on in the next chunk; sized when first needed
    private int _partialLength;
    private long _partialStart;
    private long _position;
    private bool _skipLineFeed;

    /// <summary>Characters consumed so far.</summary>
    public long Position => _position;

    /// <summary>Appends a chunk; adds every line it completes to <paramref name="output"/>.</summary>
    public void Append(ReadOnlySpan<char> chunk, List<TextLine> output)
    {
        int i = 0;
        if (_position == 0 && chunk.Length > 0 && chunk[0] == '\uFEFF')
        {
            i = 1;
            _partialStart = 1;
        }
        if (_skipLineFeed && chunk.Length > i)
        {
            _skipLineFeed = false;
            if (chunk[i] == '\n')
            {
                i++;
                _partialStart = _position + i;
            }
        }
        int segmentStart = i;
        while (i < chunk.Length)
        {
            int rel = chunk[i..].IndexOfAny('\n', '\r');
            if (rel < 0)
            {
                Carry(chunk[segmentStart..]);
                break;
            }
            int breakAt = i + rel;
            if (_partialLength == 0)
            {
                // The whole line is in this chunk: made from it directly, without the carry-over copy.
                var line = chunk[segmentStart..breakAt];
                if (line.Length > maxLineChars) ThrowHelper.BlockTooLarge(maxLineChars, _partialStart);
                output.Add(new TextLine(line.IsEmpty ? string.Empty : new string(line), _partialStart));
            }
            else
            {
                Carry(chunk[segmentStart..breakAt]);
                output.Add(new TextLine(new string(_partial, 0, _partialLength), _partialStart));
                _partialLength = 0;
            }
            int next = breakAt + 1;
            if (chunk[breakAt] == '\r')
            {
                if (next < chunk.Length) { if (chunk[next] == '\n') next++; }
                else _skipLineFeed = true;
            }
            _partialStart = _position + next;
            i = segmentStart = next;
        }
        _position += chunk.Length;
    }

    /// <summary>Ends the input: the last line, if it has characters, is completed.</summary>
    public void Complete(List<TextLine> output)
    {
        if (_partialLength > 0) output.Add(new TextLine(new string(_partial, 0, _partialLength), _partialStart));
        _partialLength = 0;
    }

    private void Carry(ReadOnlySpan<char> segment)
    {
        if (segment.IsEmpty) return;
        int needed = _partialLength + segment.Length;
        if (needed > maxLineChars) ThrowHelper.BlockTooLarge(maxLineChars, _partialStart);
        if (needed > _partial.Length)
        {
            int size = (int)Math.Min(Math.Max((long)_partial.Length * 2, needed), Math.Max(maxLineChars, needed));
            Array.Resize(ref _partial, size);
        }
        segment.CopyTo(_partial.AsSpan(_partialLength));
        _partialLength = needed;
    }
}
