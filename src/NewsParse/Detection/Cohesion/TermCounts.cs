namespace NewsParse.Detection.Cohesion;

/// <summary>
/// How often each term occurs in the context window of the block being decided. Grows and shrinks as the window
/// slides. An open-addressing table (linear probing; a count of 0 marks a free slot; removal shifts the entries after
/// it back, so no tombstones build up however long the window slides), as cheap as a bit of arithmetic per term.
/// Memory: two slots per distinct term at most, plus growth; the table keeps its size when the window shrinks.
/// </summary>
internal sealed class TermCounts
{
    private Term[] _terms = new Term[256];
    private int[] _counts = new int[256];
    private int _distinct;

    /// <summary>Distinct terms counted.</summary>
    public int Distinct => _distinct;

    /// <summary>Occurrences of <paramref name="term"/>; 0 when it is not counted.</summary>
    public int this[Term term]
    {
        get
        {
            int mask = _counts.Length - 1;
            for (int i = Home(term, mask); _counts[i] != 0; i = (i + 1) & mask)
            {
                if (_terms[i] == term) return _counts[i];
            }
            return 0;
        }
    }

    public void Add(ReadOnlySpan<Term> terms)
    {
        foreach (var term in terms) Add(term);
    }

    public void Remove(ReadOnlySpan<Term> terms)
    {
        foreach (var term in terms) Remove(term);
    }

    /// <summary>Counts one more occurrence of <paramref name="term"/>.</summary>
    public void Add(Term term)
    {
        int mask = _counts.Length - 1;
        int i = Home(term, mask);
        for (; _counts[i] != 0; i = (i + 1) & mask)
        {
            if (_terms[i] == term)
            {
                _counts[i]++;
                return;
            }
        }
        _terms[i] = term;
        _counts[i] = 1;
        if (++_distinct * 2 > _counts.Length) Grow();
    }

    /// <summary>Counts one occurrence of <paramref name="term"/> less (nothing when it is not counted).</summary>
    public void Remove(Term term)
    {
        int mask = _counts.Length - 1;
        int i = Home(term, mask);
        for (; _counts[i] != 0; i = (i + 1) & mask)
        {
            if (_terms[i] != term) continue;
            if (--_counts[i] > 0) return;
            _distinct--;
            // Shift back the entries of the run after the freed slot that may not stay behind it.
            int free = i;
            for (int j = (i + 1) & mask; _counts[j] != 0; j = (j + 1) & mask)
            {
                int home = Home(_terms[j], mask);
                bool movable = free <= j ? home <= free || home > j : home <= free && home > j;
                if (!movable) continue;
                _terms[free] = _terms[j];
                _counts[free] = _counts[j];
                _counts[j] = 0;
                free = j;
            }
            _terms[free] = default;
            return;
        }
    }

    private static int Home(Term term, int mask) => term.GetHashCode() & mask;

    private void Grow()
    {
        var terms = _terms;
        var counts = _counts;
        _terms = new Term[terms.Length * 2];
        _counts = new int[counts.Length * 2];
        int mask = _counts.Length - 1;
        for (int k = 0; k < counts.Length; k++)
        {
            if (counts[k] == 0) continue;
            int i = Home(terms[k], mask);
            while (_counts[i] != 0) i = (i + 1) & mask;
            _terms[i] = terms[k];
            _counts[i] = counts[k];
        }
    }
}
