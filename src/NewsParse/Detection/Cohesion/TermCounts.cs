using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsParse.Detection.Cohesion;

/// <summary>
/// How often each term occurs in the context window of the block being decided. Grows and shrinks as the window
/// slides. A chained hash table whose entries keep their place while they are counted: adding a term gives its
/// <em>handle</em> (the entry's index), and the window takes the occurrence back with the handle alone (a decrement, no
/// hashing and no search) when the block leaves it. An entry whose count falls to 0 is unlinked and its place used
/// again. Memory: one entry (the term, its count and a link) per distinct term counted and two buckets per entry at
/// most, plus growth; the table keeps its size when the window shrinks.
/// </summary>
internal sealed class TermCounts
{
    private Entry[] _entries = new Entry[128];
    private int[] _buckets = new int[256];  // 1 + the index of the chain's first entry; 0: empty
    private int _used;      // entries handed out so far (free ones included)
    private int _free;      // 1 + the index of the first free entry; 0: none
    private int _distinct;

    private struct Entry
    {
        public Term Term;
        public int Count;   // 0: a free entry
        public int Next;    // 1 + the index of the next entry of the chain (of the free list for a free entry); 0: none
    }

    /// <summary>Distinct terms counted.</summary>
    public int Distinct => _distinct;

    /// <summary>Occurrences of <paramref name="term"/>; 0 when it is not counted.</summary>
    public int this[Term term]
    {
        get
        {
            var entries = _entries;
            for (int i = _buckets[term.GetHashCode() & (_buckets.Length - 1)] - 1; i >= 0; i = entries[i].Next - 1)
            {
                if (entries[i].Term == term) return entries[i].Count;
            }
            return 0;
        }
    }

    /// <summary>Counts one more occurrence of each of <paramref name="terms"/> (for tests and tools: the window keeps the handles, see <see cref="Add(ReadOnlySpan{Term}, Span{int})"/>).</summary>
    public void Add(ReadOnlySpan<Term> terms)
    {
        foreach (var term in terms) Add(term);
    }

    /// <summary>
    /// Counts one more occurrence of each of <paramref name="terms"/> and writes the handle of each in
    /// <paramref name="handles"/> (as long as <paramref name="terms"/>): <see cref="Remove(ReadOnlySpan{int})"/> takes
    /// them back.
    /// </summary>
    public void Add(ReadOnlySpan<Term> terms, Span<int> handles)
    {
        if (handles.Length != terms.Length) throw new ArgumentException("One handle per term.", nameof(handles));
        int k = 0;
        while (k < terms.Length)
        {
            k = CountCounted(terms, handles, k);
            if (k == terms.Length) break;
            // A term not counted yet: inserted out of the loop above, which then has no call to keep its values around.
            handles[k] = Insert(terms[k], terms[k].GetHashCode());
            k++;
        }
    }

    /// <summary>
    /// Counts the terms of <paramref name="terms"/> from <paramref name="k"/> that are counted already and writes their
    /// handles, up to the first that is not (its index is returned; the length when there is none).
    /// </summary>
    private int CountCounted(ReadOnlySpan<Term> terms, Span<int> handles, int k)
    {
        // References instead of indexing: chain links are places this table wrote (always inside its arrays).
        // (handles is as long as terms: checked by the caller.)
        ref Entry entries = ref MemoryMarshal.GetArrayDataReference(_entries);
        ref int buckets = ref MemoryMarshal.GetArrayDataReference(_buckets);
        ref readonly Term first = ref MemoryMarshal.GetReference(terms);
        ref int handle = ref MemoryMarshal.GetReference(handles);
        int mask = _buckets.Length - 1;
        for (; k < terms.Length; k++)
        {
            var term = Unsafe.Add(ref Unsafe.AsRef(in first), k);
            int i = Unsafe.Add(ref buckets, term.GetHashCode() & mask) - 1;
            while (i >= 0 && Unsafe.Add(ref entries, i).Term != term) i = Unsafe.Add(ref entries, i).Next - 1;
            if (i < 0) break;
            Unsafe.Add(ref entries, i).Count++;
            Unsafe.Add(ref handle, k) = i;
        }
        return k;
    }

    /// <summary>Counts one occurrence less of the term of each handle (given by <see cref="Add(Term)"/>, each once per occurrence it counted).</summary>
    public void Remove(ReadOnlySpan<int> handles)
    {
        // A reference instead of indexing: handles are places this table gave (inside its entries, which Free leaves where they are).
        ref Entry entries = ref MemoryMarshal.GetArrayDataReference(_entries);
        foreach (int handle in handles)
        {
            if (--Unsafe.Add(ref entries, handle).Count == 0) Free(handle);
        }
    }

    /// <summary>Counts one occurrence less of each of <paramref name="terms"/> (nothing for a term not counted; for tests and tools).</summary>
    public void Remove(ReadOnlySpan<Term> terms)
    {
        foreach (var term in terms) Remove(term);
    }

    /// <summary>Counts one occurrence of <paramref name="term"/> less (nothing when it is not counted).</summary>
    public void Remove(Term term)
    {
        var entries = _entries;
        for (int i = _buckets[term.GetHashCode() & (_buckets.Length - 1)] - 1; i >= 0; i = entries[i].Next - 1)
        {
            if (entries[i].Term != term) continue;
            if (--entries[i].Count == 0) Free(i);
            return;
        }
    }

    /// <summary>Counts one more occurrence of <paramref name="term"/> and returns its handle: the entry's place, valid while the term is counted.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Add(Term term)
    {
        var entries = _entries;
        int hash = term.GetHashCode();
        for (int i = _buckets[hash & (_buckets.Length - 1)] - 1; i >= 0; i = entries[i].Next - 1)
        {
            if (entries[i].Term != term) continue;
            entries[i].Count++;
            return i;
        }
        return Insert(term, hash);
    }

    /// <summary>Puts a term first seen in a free entry at the head of its chain.</summary>
    private int Insert(Term term, int hash)
    {
        int i;
        if (_free != 0)
        {
            i = _free - 1;
            _free = _entries[i].Next;
        }
        else
        {
            if (_used == _entries.Length) Array.Resize(ref _entries, _entries.Length * 2);
            i = _used++;
        }
        if (++_distinct * 2 > _buckets.Length) GrowBuckets();
        ref int bucket = ref _buckets[hash & (_buckets.Length - 1)];
        _entries[i] = new Entry { Term = term, Count = 1, Next = bucket };
        bucket = i + 1;
        return i;
    }

    /// <summary>Unlinks entry <paramref name="i"/>, whose count fell to 0, and puts it on the free list.</summary>
    private void Free(int i)
    {
        var entries = _entries;
        ref int link = ref _buckets[entries[i].Term.GetHashCode() & (_buckets.Length - 1)];
        while (link != i + 1) link = ref entries[link - 1].Next;
        link = entries[i].Next;
        entries[i] = new Entry { Next = _free };
        _free = i + 1;
        _distinct--;
    }

    /// <summary>Forgets every term (the table keeps its size).</summary>
    public void Clear()
    {
        Array.Clear(_entries, 0, _used);
        Array.Clear(_buckets);
        _used = 0;
        _free = 0;
        _distinct = 0;
    }

    /// <summary>Twice the buckets, the chains linked again: the entries keep their places (and their handles).</summary>
    private void GrowBuckets()
    {
        var buckets = new int[_buckets.Length * 2];
        int mask = buckets.Length - 1;
        var entries = _entries;
        for (int i = 0; i < _used; i++)
        {
            if (entries[i].Count == 0) continue;
            ref int bucket = ref buckets[entries[i].Term.GetHashCode() & mask];
            entries[i].Next = bucket;
            bucket = i + 1;
        }
        _buckets = buckets;
    }
}
