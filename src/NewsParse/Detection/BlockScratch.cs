using NewsParse.Detection.Cohesion;

namespace NewsParse.Detection;

/// <summary>
/// Working buffers that <see cref="BlockWords"/> fills while it reads a block, then copies out at the exact size. A
/// reader keeps one for all its blocks (no pool, no thread-local look-up per block); not thread-safe.
/// </summary>
internal sealed class BlockScratch
{
    private int[] _bounds = new int[64];
    private Term[] _terms = new Term[32];

    /// <summary>Room for at least <paramref name="ints"/> word bounds.</summary>
    public int[] Bounds(int ints)
    {
        if (_bounds.Length < ints) Array.Resize(ref _bounds, Math.Max(ints, _bounds.Length * 2));
        return _bounds;
    }

    /// <summary>Room for at least <paramref name="terms"/> terms.</summary>
    public Term[] Terms(int terms)
    {
        if (_terms.Length < terms) _terms = new Term[Math.Max(terms, _terms.Length * 2)];
        return _terms;
    }
}
