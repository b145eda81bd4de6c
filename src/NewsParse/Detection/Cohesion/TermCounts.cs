using System.Runtime.CompilerServices;

namespace NewsParse.Detection.Cohesion;

/// <summary>
/// How often each term occurs in the context window of the block being decided. Grows and shrinks as the window
/// slides. An open-addressing table (linear probing; a count of 0 marks a free slot; removal shifts the entries after
/// it back, so no tombstones build up however long the window slides); a term and its count share a slot, so a
/// look-up reads one cache line. Memory: two slots per distinct term at most, plus growth; the table keeps its size
/// when the window shrinks.
/// </summary>
internal sealed class TermCounts
{
    private Slot[] _slots = new Slot[256];
    private int _distinct;

    private struct Slot
    {
        public Term Term;
        public int Count;
    }

    /// <summary>Distinct terms counted.</summary>
    public int Distinct => _distinct;

    /// <summary>Occurrences of <paramref name="term"/>; 0 when it is not counted.</summary>
    public int this[Term term]
    {
        get
        {
            var slots = _slots;
            int mask = slots.Length - 1;
            for (int i = Home(term, mask); slots[i].Count != 0; i = (i + 1) & mask)
            {
                if (slots[i].Term == term) return slots[i].Count;
            }
            return 0;
        }
    }

    /// <summary>Counts one more occurrence of each of <paramref name="terms"/>.</summary>
    public void Add(ReadOnlySpan<Term> terms)
    {
        foreach (var term in terms) Add(term);
    }

    /// <summary>Counts one occurrence less of each of <paramref name="terms"/> (nothing for a term not counted).</summary>
    public void Remove(ReadOnlySpan<Term> terms)
    {
        foreach (var term in terms) Remove(term);
    }

    /// <summary>Counts one more occurrence of <paramref name="term"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(Term term)
    {
        var slots = _slots;
        int mask = slots.Length - 1;
        int i = Home(term, mask);
        for (; slots[i].Count != 0; i = (i + 1) & mask)
        {
            if (slots[i].Term == term)
            {
                slots[i].Count++;
                return;
            }
        }
        Insert(i, term);
    }

    /// <summary>Counts one occurrence of <paramref name="term"/> less (nothing when it is not counted).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Remove(Term term)
    {
        var slots = _slots;
        int mask = slots.Length - 1;
        for (int i = Home(term, mask); slots[i].Count != 0; i = (i + 1) & mask)
        {
            if (slots[i].Term != term) continue;
            if (--slots[i].Count == 0) Free(i);
            return;
        }
    }

    /// <summary>Puts a term first seen in the free slot <paramref name="i"/>.</summary>
    private void Insert(int i, Term term)
    {
        _slots[i].Term = term;
        _slots[i].Count = 1;
        if (++_distinct * 2 > _slots.Length) Grow();
    }

    /// <summary>Frees slot <paramref name="i"/>, whose count fell to 0.</summary>
    private void Free(int i)
    {
        var slots = _slots;
        int mask = slots.Length - 1;
        _distinct--;
        // Shift back the entries of the run after the freed slot that may not stay behind it.
        int free = i;
        for (int j = (i + 1) & mask; slots[j].Count != 0; j = (j + 1) & mask)
        {
            int home = Home(slots[j].Term, mask);
            bool movable = free <= j ? home <= free || home > j : home <= free && home > j;
            if (!movable) continue;
            slots[free] = slots[j];
            slots[j].Count = 0;
            free = j;
        }
        slots[free] = default;
    }

    /// <summary>Forgets every term (the table keeps its size).</summary>
    public void Clear()
    {
        Array.Clear(_slots);
        _distinct = 0;
    }

    private static int Home(Term term, int mask) => term.GetHashCode() & mask;

    private void Grow()
    {
        var old = _slots;
        var slots = new Slot[old.Length * 2];
        int mask = slots.Length - 1;
        foreach (var slot in old)
        {
            if (slot.Count == 0) continue;
            int i = Home(slot.Term, mask);
            while (slots[i].Count != 0) i = (i + 1) & mask;
            slots[i] = slot;
        }
        _slots = slots;
    }
}
