using System.Runtime.InteropServices;

namespace NewsParse.Detection.Cohesion;

/// <summary>How often each term occurs in the context window of the block being decided. Grows and shrinks as the window slides.</summary>
internal sealed class TermCounts
{
    private readonly Dictionary<Term, int> _counts = new();

    public int this[Term term] => _counts.TryGetValue(term, out int n) ? n : 0;

    public void Add(ReadOnlySpan<Term> terms)
    {
        foreach (var term in terms)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(_counts, term, out _)++;
        }
    }

    public void Remove(ReadOnlySpan<Term> terms)
    {
        foreach (var term in terms)
        {
            ref int n = ref CollectionsMarshal.GetValueRefOrNullRef(_counts, term);
            if (System.Runtime.CompilerServices.Unsafe.IsNullRef(ref n)) continue;
            if (--n <= 0) _counts.Remove(term);
        }
    }
}
