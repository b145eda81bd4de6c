namespace NewsParse.Html;

/// <summary>
/// The verdicts of class and id values (see <see cref="ClassHints"/>), weighed once and shared by every page of the
/// process: pages repeat their class names (a menu's hundred items share one) and so do sites (the same themes and
/// frameworks), and a verdict follows from the value alone. Bounded: at most <see cref="SharedCapacity"/> values of at
/// most <see cref="SharedMaxChars"/> characters are shared (the first ones met; about 6 MB at most), the others are
/// kept for their page only. Before any of that, a value is looked for as written among the values already met on
/// its page (<see cref="TryRecall"/>): a menu's hundred items then cost one weighing and no lower-casing at all. One
/// instance per page, read by one thread, released when the page is indexed; the shared verdicts are thread-safe.
/// </summary>
internal sealed class ClassHintCache
{
    /// <summary>Slots of the table of the page's values as written (a power of two; a value whose slot is taken is weighed as if new).</summary>
    public const int PageSlots = 2048;

    private struct PageValue
    {
        public ReadOnlyMemory<char> Value;   // a slice of the page's markup: nothing is copied
        public ClassHints.Verdict Verdict;
        public bool CommentStem;
    }

    /// <summary>The thread's table of values as written and the slots used, reused page after page (emptied on release).</summary>
    [ThreadStatic] private static PageValue[]? t_values;
    [ThreadStatic] private static int[]? t_used;

    private PageValue[]? _values;
    private int[]? _used;
    private int _usedCount;

    /// <summary>The verdict of <paramref name="value"/> as written, and whether it holds a comment stem (<see cref="CommentNames.HasStem"/>), when it was met before on this page.</summary>
    public bool TryRecall(ReadOnlyMemory<char> value, out ClassHints.Verdict verdict, out bool commentStem)
    {
        if (_values is null)
        {
            // taken while in use, so a page indexed inside another on the same thread gets tables of its own
            _values = t_values ?? new PageValue[PageSlots];
            _used = t_used ?? new int[PageSlots];
            t_values = null;
            t_used = null;
        }
        ref var slot = ref _values[SlotOf(value.Span)];
        if (slot.Value.Length == value.Length && slot.Value.Span.SequenceEqual(value.Span))
        {
            verdict = slot.Verdict;
            commentStem = slot.CommentStem;
            return true;
        }
        verdict = default;
        commentStem = false;
        return false;
    }

    /// <summary>Keeps the verdict of <paramref name="value"/> as written and its comment stem for the rest of the page (after a <see cref="TryRecall"/> that failed).</summary>
    public void Remember(ReadOnlyMemory<char> value, ClassHints.Verdict verdict, bool commentStem)
    {
        int at = SlotOf(value.Span);
        ref var slot = ref _values![at];
        if (slot.Value.IsEmpty) _used![_usedCount++] = at;
        slot.Value = value;
        slot.Verdict = verdict;
        slot.CommentStem = commentStem;
    }

    /// <summary>Empties the page's table (it holds slices of the page) and gives it back to the thread.</summary>
    public void Release()
    {
        if (_values is null) return;
        foreach (int at in _used.AsSpan(0, _usedCount)) _values[at] = default;
        t_values = _values;
        t_used = _used;
        _values = null;
        _used = null;
        _usedCount = 0;
    }

    /// <summary>The slot of a value, from its length and its first, middle and last four characters (a constant cost: values of a page that share all of them share a slot).</summary>
    private static int SlotOf(ReadOnlySpan<char> value)
    {
        ulong hash = (ulong)value.Length * 0x9E3779B97F4A7C15;
        if (value.Length >= 4)
        {
            var words = System.Runtime.InteropServices.MemoryMarshal.Cast<char, ulong>(value[..(value.Length & ~3)]);
            var last = System.Runtime.InteropServices.MemoryMarshal.Read<ulong>(System.Runtime.InteropServices.MemoryMarshal.AsBytes(value[^4..]));
            hash = (hash ^ words[0]) * 0xFF51AFD7ED558CCD;
            hash = (hash ^ words[words.Length / 2]) * 0xC4CEB9FE1A85EC53;
            hash = (hash ^ last) * 0xFF51AFD7ED558CCD;
        }
        else
        {
            foreach (char c in value) hash = (hash ^ c) * 0xFF51AFD7ED558CCD;
        }
        return (int)((hash ^ hash >> 29 ^ hash >> 47) & (PageSlots - 1));
    }

    /// <summary>Most values whose verdicts are shared by every page of the process.</summary>
    public const int SharedCapacity = 16_384;

    /// <summary>Longest value shared; a longer one (a utility-class soup, unique to its page) is kept for its page only.</summary>
    public const int SharedMaxChars = 128;

    private static readonly ClassVerdictTable Shared = new(SharedCapacity);

    private Dictionary<string, ClassHints.Verdict>? _page;  // this page's values that are not shared

    /// <summary>The verdict of <paramref name="key"/> (a value lower-cased with each run of digits written as one '0'), weighed once per process while the shared verdicts have room, then once per page at most.</summary>
    public ClassHints.Verdict VerdictOf(ReadOnlySpan<char> key)
    {
        if (Shared.TryGet(key, out var verdict)) return verdict;
#if NET9_0_OR_GREATER
        if (_page is not null && _page.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out verdict)) return verdict;
        var name = key.ToString();
#else
        var name = key.ToString();
        if (_page is not null && _page.TryGetValue(name, out verdict)) return verdict;
#endif
        verdict = ClassHints.Weigh(key);
        if (name.Length > SharedMaxChars || !Shared.TryAdd(name, verdict))
            (_page ??= new Dictionary<string, ClassHints.Verdict>(StringComparer.Ordinal))[name] = verdict;
        return verdict;
    }
}
