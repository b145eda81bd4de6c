namespace NewsParse.Detection.Cohesion;

/// <summary>How often each term occurs in the context window of the block being decided. Grows and shrinks as the window slides.</summary>
internal sealed class TermCounts
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    public int this[string term] => _counts.TryGetValue(term, out int n) ? n : 0;

    public void Add(IReadOnlyList<string> terms)
    {
        foreach (var term in terms)
        {
            _counts[term] = this[term] + 1;
        }
    }

    public void Remove(IReadOnlyList<string> terms)
    {
        foreach (var term in terms)
        {
            int n = this[term] - 1;
            if (n <= 0) _counts.Remove(term);
            else _counts[term] = n;
        }
    }
}
