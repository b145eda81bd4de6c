using System.Collections.Concurrent;
using NewsParse.Detection;

namespace NewsParse.Reading;

/// <summary>
/// The working memory of finished readers (<see cref="BlockScratch"/>: slabs and term counts), kept by a parser for
/// its next documents: a parser that reads many short documents then allocates per document little more than the
/// article itself. Thread-safe. Memory: at most <see cref="Capacity"/> scratches, each under 1 MB (slab chunks of 16K
/// elements and the term table of the largest window seen: 557 KB after 130 articles of 8 KB, 894 KB after a 16 MB dump)
/// plus, after HTML, the cleared array of the largest page it read, up to 8 MB (see <see cref="Detection.BlockScratch.MaxKeptPageChars"/>).
/// </summary>
internal sealed class ScratchPool
{
    private readonly ConcurrentStack<BlockScratch> _free = new();

    /// <summary>Most scratches kept: two per core (more readers at once simply allocate their own).</summary>
    public static int Capacity { get; } = Environment.ProcessorCount * 2;

    /// <summary>A scratch for one reader: a kept one, reset, or a new one.</summary>
    public BlockScratch Rent()
    {
        if (!_free.TryPop(out var scratch)) return BlockScratch.Pooled();
        scratch.Reset();
        return scratch;
    }

    /// <summary>Keeps the scratch of a reader that has finished (nothing it handed out is read any more).</summary>
    public void Return(BlockScratch scratch)
    {
        if (_free.Count < Capacity) _free.Push(scratch);
    }
}
