using NewsParse.Detection;
using NewsParse.Detection.Cohesion;

namespace NewsParse.Reading;

/// <summary>
/// The reader's bounded window over the block stream. Block <c>i</c> is decided with, as context, the blocks before
/// it back to <see cref="NewsParserOptions.LookBehindChars"/> characters and the blocks after it up to and including
/// the first that brings the look-ahead to <see cref="NewsParserOptions.LookAheadChars"/> characters. The window is
/// defined by the block sequence alone, so the decisions do not depend on how the input was cut into chunks.
/// Memory: the blocks of the window, their term counts and the handles of the counted terms (see <see cref="TermCounts"/>), in the scratch it is given (used by this window alone).
/// </summary>
internal sealed class BlockWindow(int lookAheadChars, int lookBehindChars, BlockScratch scratch)
{
    private readonly List<WindowEntry> _entries = [];
    private readonly TermCounts _counts = scratch.Counts;
    private readonly Dictionary<string, int> _aheadTitles = new(StringComparer.Ordinal);
    private readonly BlockScratch _scratch = scratch;
    private int _head;          // list index of the entry at absolute index _ctxStart
    private long _ctxStart;     // first absolute index in the context
    private long _next;         // absolute index of the next block to decide
    private long _ctxEnd;       // absolute index just past the context
    private long _count;        // absolute number of blocks added
    private long _aheadChars;   // characters of entries in (_next, _ctxEnd)
    private long _behindChars;  // characters of entries in [_ctxStart, _next)
    private int _bodyInContext;
    private int _bodyAhead;     // body-like entries in (_next, _ctxEnd)

    public void Add(SourceBlock block)
    {
        _entries.Add(new WindowEntry(block, _scratch));
        _count++;
    }

    /// <summary>True when every block added has been decided.</summary>
    public bool IsDrained => _next >= _count;

    /// <summary>Gives the context to decide the next block, when enough look-ahead is in (or the input is final).</summary>
    public bool TryTake(bool isFinal, out DetectionContext? context)
    {
        context = null;
        if (_next >= _count) return false;
        if (_ctxEnd <= _next) Include(_next);
        while (_aheadChars < lookAheadChars && _ctxEnd < _count) Include(_ctxEnd);
        if (_aheadChars < lookAheadChars && !isFinal) return false;

        var entry = EntryAt(_next);
        int twins = entry.TitleKey is { } key && _aheadTitles.TryGetValue(key, out int n) ? n : 0;
        context = new DetectionContext
        {
            Block = entry.Block,
            Words = entry.Words,
            Shape = entry.Shape,
            Terms = entry.Terms,
            Context = _counts,
            SelfCounted = entry.BodyLike,
            LaterTwins = twins,
            ContextParagraphs = _bodyInContext,
            Index = _next,
            BodyBefore = _bodyInContext - _bodyAhead - (entry.BodyLike ? 1 : 0),
            BodyAfter = _bodyAhead,
        };
        return true;
    }

    /// <summary>Moves past the block just decided, dropping context that falls out of the look-behind.</summary>
    public void Advance()
    {
        var current = EntryAt(_next);
        current.Release(_scratch);
        _behindChars += current.Length;
        _next++;
        if (_next < _ctxEnd)
        {
            var now = EntryAt(_next);
            _aheadChars -= now.Length;
            if (now.BodyLike) _bodyAhead--;
            if (now.TitleKey is { } key) RemoveTitle(key);
        }
        while (_behindChars > lookBehindChars && _ctxStart < _next)
        {
            var old = EntryAt(_ctxStart);
            if (old.BodyLike)
            {
                _counts.Remove(old.Handles.Span);
                _scratch.Handles.Return(old.Handles);
                _bodyInContext--;
            }
            _scratch.TermSlab.Return(old.Terms);
            _behindChars -= old.Length;
            _ctxStart++;
            _head++;
        }
        if (_head > 1024 && _head * 2 > _entries.Count)
        {
            _entries.RemoveRange(0, _head);
            _head = 0;
        }
    }

    private WindowEntry EntryAt(long absolute) => _entries[_head + (int)(absolute - _ctxStart)];

    private void Include(long absolute)
    {
        var entry = EntryAt(absolute);
        if (entry.BodyLike)
        {
            var handles = _scratch.Handles.Take(entry.Terms.Length);
            _counts.Add(entry.Terms.Span, handles.Span);
            entry.Handles = handles;
            _bodyInContext++;
        }
        if (absolute > _next)
        {
            _aheadChars += entry.Length;
            if (entry.BodyLike) _bodyAhead++;
            if (entry.TitleKey is { } key) _aheadTitles[key] = _aheadTitles.TryGetValue(key, out int n) ? n + 1 : 1;
        }
        _ctxEnd = absolute + 1;
    }

    private void RemoveTitle(string key)
    {
        if (!_aheadTitles.TryGetValue(key, out int n)) return;
        if (n <= 1) _aheadTitles.Remove(key);
        else _aheadTitles[key] = n - 1;
    }
}
