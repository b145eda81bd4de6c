namespace NewsParse.Model;

/// <summary>The model's lists of <see cref="Inline"/> runs: a read-only copy compared by value, or null for none.</summary>
internal static class InlineList
{
    /// <summary>A read-only copy of <paramref name="runs"/>; null or empty gives null (a plain text).</summary>
    /// <exception cref="ArgumentException">A run is null.</exception>
    public static IReadOnlyList<Inline>? From(IEnumerable<Inline>? runs, string name)
    {
        var list = ValueList.From(runs, name);
        return list.Count == 0 ? null : list;
    }
}
