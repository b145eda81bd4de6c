namespace NewsParse.Html;

/// <summary>
/// Follows, while the <see cref="BlockWriter"/> walks the content, the cues and the font size of the elements open
/// around the text (<see cref="HeadingMarkup"/>), and keeps for the paragraph being built the cues that hold for every
/// piece of its text and the smallest size any piece has: a block is bold when all of it is, larger when all of it is.
/// Constant work per element and per piece of text. One per page; not thread-safe.
/// </summary>
internal sealed class HeadingCueTracker
{
    private const HeadingCues All = (HeadingCues)0xFF;

    private readonly Stack<(HeadingCues Cues, int Size)> _saved = new(16);
    private HeadingCues _active;
    private int _activeSize = HeadingMarkup.NormalSize;
    private HeadingCues _paragraph = All;
    private int _paragraphSize = int.MaxValue;

    /// <summary>Opens <paramref name="info"/>: true when it sets a cue or a size, and <see cref="Exit"/> must be called when it ends.</summary>
    public bool Enter(NodeInfo info)
    {
        var (cues, size) = HeadingMarkup.Of(info, _activeSize);
        if (cues == HeadingCues.None && size == 0) return false;
        _saved.Push((_active, _activeSize));
        _active |= cues;
        if (size > 0) _activeSize = size;
        return true;
    }

    /// <summary>Closes the element opened last by a successful <see cref="Enter"/>.</summary>
    public void Exit() => (_active, _activeSize) = _saved.Pop();

    /// <summary>A visible piece of text was added to the paragraph under the open elements.</summary>
    public void Text()
    {
        _paragraph &= _active;
        if (_activeSize < _paragraphSize) _paragraphSize = _activeSize;
    }

    /// <summary>The cues and size of the paragraph so far (<see cref="HeadingMarkup.NormalSize"/> when it has no text), kept for it.</summary>
    public (HeadingCues Cues, int Size) Peek() =>
        _paragraphSize == int.MaxValue ? (HeadingCues.None, HeadingMarkup.NormalSize) : (_paragraph, _paragraphSize);

    /// <summary>The paragraph's cues and size (<see cref="HeadingMarkup.NormalSize"/> when it has no text), and a fresh start for the next one.</summary>
    public (HeadingCues Cues, int Size) TakeParagraph()
    {
        var taken = _paragraphSize == int.MaxValue ? (HeadingCues.None, HeadingMarkup.NormalSize) : (_paragraph, _paragraphSize);
        _paragraph = All;
        _paragraphSize = int.MaxValue;
        return taken;
    }
}
