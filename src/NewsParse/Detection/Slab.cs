using System.Runtime.InteropServices;

namespace NewsParse.Detection;

/// <summary>
/// Hands out pieces of large arrays (chunks) and takes them back in the order it gave them (first in, first out), as
/// the reader's window does with its blocks: a chunk whose pieces are all back is used again. Blocks' per-word data then
/// costs no allocation once the first chunks exist, and the garbage collector sees a few long-lived arrays instead of
/// several short-lived ones per block. Chunks start small (a short document costs little) and double up to
/// <c>chunkSize</c>; a piece longer than that gets an array of its own. With a chunk size of 0 every piece is an array
/// of its own (for a block read alone). Not thread-safe.
/// </summary>
internal sealed class Slab<T>(int chunkSize)
{
    private const int FirstChunk = 256;

    private readonly Queue<Chunk> _chunks = new();  // chunks with pieces out, oldest first; the last is the current one
    private readonly Stack<T[]> _spare = new();
    private Chunk? _current;
    private int _nextChunk = Math.Min(FirstChunk, chunkSize);

    private sealed class Chunk(T[] array)
    {
        public T[] Array { get; } = array;
        public int Used { get; set; }
        public int Out { get; set; }
    }

    /// <summary>A piece of <paramref name="length"/> elements (contents undefined until written).</summary>
    public Memory<T> Take(int length)
    {
        if (length == 0) return Memory<T>.Empty;
        if (length > chunkSize) return new T[length];
        if (_current is null || _current.Used + length > _current.Array.Length) StartChunk(length);
        return Commit(length);
    }

    /// <summary>
    /// Room for up to <paramref name="most"/> elements, from <paramref name="offset"/> in <paramref name="array"/> to its
    /// end, at the end of the current chunk (a new one when it has not that much left): a piece whose length is known
    /// only once it is written is written there in place, then kept with <see cref="Commit"/> before anything else is
    /// taken. False (nothing reserved) when <paramref name="most"/> is 0 or more than a chunk.
    /// </summary>
    public bool TryReserve(int most, out T[] array, out int offset)
    {
        if (most <= 0 || most > chunkSize)
        {
            array = [];
            offset = 0;
            return false;
        }
        if (_current is null || _current.Used + most > _current.Array.Length) StartChunk(most);
        array = _current!.Array;
        offset = _current.Used;
        return true;
    }

    /// <summary>
    /// The first <paramref name="length"/> elements of the room of the last <see cref="TryReserve"/> (nothing taken
    /// since; at most what it reserved), as <see cref="Take"/> would give them.
    /// </summary>
    public Memory<T> Commit(int length)
    {
        if (length == 0) return Memory<T>.Empty;
        var piece = new Memory<T>(_current!.Array, _current.Used, length);
        _current.Used += length;
        _current.Out++;
        return piece;
    }

    /// <summary>
    /// Makes a chunk of at least <paramref name="length"/> elements the current one. A current chunk with no piece out
    /// (room reserved and not kept, or every piece back) is used again from its start when it is large enough; else it
    /// goes back at once when it is the oldest, or is passed over by <see cref="Return"/> when its turn comes (older
    /// chunks may still have pieces out: they come back first).
    /// </summary>
    private void StartChunk(int length)
    {
        if (_current is { Out: 0 } idle)
        {
            if (idle.Array.Length >= length)
            {
                idle.Used = 0;
                return;
            }
            if (ReferenceEquals(_chunks.Peek(), idle)) Recycle(_chunks.Dequeue());
        }
        _current = new Chunk(NewChunk(length));
        _chunks.Enqueue(_current);
    }

    /// <summary>Takes back the oldest piece still out (pieces come back in the order they were taken).</summary>
    public void Return(ReadOnlyMemory<T> piece)
    {
        if (piece.IsEmpty || piece.Length > chunkSize || !MemoryMarshal.TryGetArray(piece, out var segment)) return;
        // chunks left with no piece out (see StartChunk) are passed over
        while (_chunks.Count > 0 && _chunks.Peek() is { Out: 0 } idle && !ReferenceEquals(idle, _current)) Recycle(_chunks.Dequeue());
        if (_chunks.Count == 0) return;
        var oldest = _chunks.Peek();
        if (!ReferenceEquals(oldest.Array, segment.Array)) throw new InvalidOperationException("Slab pieces must come back in the order they were taken.");
        if (--oldest.Out == 0 && !ReferenceEquals(oldest, _current)) Recycle(_chunks.Dequeue());
    }

    /// <summary>Takes back every piece at once (their reader is done): all chunks become spares.</summary>
    public void Reset()
    {
        foreach (var chunk in _chunks) _spare.Push(chunk.Array);
        _chunks.Clear();
        _current = null;
    }

    private T[] NewChunk(int length)
    {
        while (_spare.Count > 0)
        {
            var spare = _spare.Pop();
            if (spare.Length >= length) return spare;  // smaller spares (from the first, small chunks) are let go
        }
        var chunk = new T[Math.Max(_nextChunk, length)];
        _nextChunk = Math.Min(_nextChunk * 2, chunkSize);
        return chunk;
    }

    private void Recycle(Chunk chunk)
    {
        if (ReferenceEquals(chunk, _current)) _current = null;
        _spare.Push(chunk.Array);
    }
}
