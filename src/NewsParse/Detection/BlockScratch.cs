using NewsParse.Detection.Cohesion;

namespace NewsParse.Detection;

/// <summary>
/// Where <see cref="BlockWords"/> reads blocks: slabs (see <see cref="Slab{T}"/>) that hold each block's lower-cased
/// text, word bounds and hashes until the block is decided (a block's words are written there in place when the most it
/// can have fits a chunk, else in working buffers copied out at the exact size),
/// and its topic terms (and the handles of their counts) until it leaves the window's look-behind. A reader keeps one for all its blocks and gives the
/// pieces back in reading order; not thread-safe. <see cref="Unpooled"/> gives every block arrays of its own. A parser
/// keeps the scratch of finished readers for its next documents (see <see cref="Reading.ScratchPool"/>).
/// </summary>
internal sealed class BlockScratch
{
    /// <summary>Elements per chunk of the reader's slabs.</summary>
    private const int ChunkElements = 16 * 1024;

    private int[] _bounds = new int[64];
    private Term[] _terms = new Term[32];

    private BlockScratch(int chunkElements)
    {
        Chars = new Slab<char>(chunkElements);
        Ints = new Slab<int>(chunkElements);
        TermSlab = new Slab<Term>(chunkElements);
        Handles = new Slab<int>(chunkElements);
    }

    /// <summary>For a reader: pieces come from chunks used again once their blocks are given back.</summary>
    public static BlockScratch Pooled() => new(ChunkElements);

    /// <summary>For a block read alone: its pieces are arrays of their own, never given back.</summary>
    public static BlockScratch Unpooled() => new(0);

    /// <summary>Lower-cased text of blocks not yet decided.</summary>
    public Slab<char> Chars { get; }

    /// <summary>Word bounds and hashes of blocks not yet decided.</summary>
    public Slab<int> Ints { get; }

    /// <summary>Topic terms of blocks still in the window.</summary>
    public Slab<Term> TermSlab { get; }

    /// <summary>Handles of the terms the window counted (see <see cref="TermCounts"/>), of blocks still in its context.</summary>
    public Slab<int> Handles { get; }

    /// <summary>Term counts of the window (see <see cref="TermCounts"/>).</summary>
    public TermCounts Counts => _counts ??= new();

    private TermCounts? _counts;  // made on first use: a block read alone needs none

    /// <summary>Longest page array kept for the next page (4 Mi characters, 8 MB); a longer one goes back to the shared pool.</summary>
    public const int MaxKeptPageChars = 4 * 1024 * 1024;

    private char[]? _page;  // the array of the last page read, kept for the next (see TakePage)
    private int _pageDirty;  // how much of it the last page wrote

    /// <summary>
    /// The array the last page was read in, when it holds <paramref name="chars"/> characters (no longer this
    /// scratch's); null otherwise. A parser reading page after page then holds one page array per reader at once, grown
    /// to the largest page, instead of one per size class of the shared pool. The array is not cleared: its first
    /// <paramref name="dirty"/> characters may hold the last page, which the taker clears before the array goes back to
    /// the shared pool (see <see cref="Reading.PageBuffer"/>).
    /// </summary>
    public char[]? TakePage(int chars, out int dirty)
    {
        var page = _page;
        dirty = 0;
        if (page is null || page.Length < chars) return null;
        _page = null;
        dirty = _pageDirty;
        _pageDirty = 0;
        return page;
    }

    /// <summary>
    /// Keeps a page's array for the next page read with this scratch, its first <paramref name="dirty"/> characters as
    /// the page left them (the next page writes over them; the text stays with this reader); false (not kept) when it
    /// is longer than <see cref="MaxKeptPageChars"/> or shorter than the one kept.
    /// </summary>
    public bool KeepPage(char[] page, int dirty)
    {
        if (page.Length > MaxKeptPageChars || (_page is not null && _page.Length >= page.Length)) return false;
        _page = page;
        _pageDirty = dirty;
        return true;
    }

    /// <summary>Makes the scratch ready for another document: every piece is taken back, the counts are cleared (a kept page array stays).</summary>
    public void Reset()
    {
        Chars.Reset();
        Ints.Reset();
        TermSlab.Reset();
        Handles.Reset();
        _counts?.Clear();
    }

    /// <summary>Room for at least <paramref name="ints"/> ints of word bounds and hashes (working buffer; what it held is kept when it grows).</summary>
    public int[] Bounds(int ints)
    {
        if (_bounds.Length < ints) Array.Resize(ref _bounds, Math.Max(ints, _bounds.Length * 2));
        return _bounds;
    }

    /// <summary>Room for at least <paramref name="terms"/> terms (working buffer; what it held is kept when it grows).</summary>
    public Term[] Terms(int terms)
    {
        if (_terms.Length < terms) Array.Resize(ref _terms, Math.Max(terms, _terms.Length * 2));
        return _terms;
    }
}
