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

    /// <summary>
    /// Each piece of <paramref name="text"/> between <paramref name="separator"/>s (the lines of a quote, the paragraphs
    /// of an FAQ answer), with the runs of <paramref name="runs"/> that fall inside it, offsets into the piece (null
    /// when none). A run that crosses a separator belongs to no piece; an image standing at a piece's end is its own.
    /// </summary>
    public static IEnumerable<(string Piece, List<Inline>? Runs)> Split(string text, IReadOnlyList<Inline>? runs, string separator)
    {
        int start = 0;
        while (start <= text.Length)
        {
            int end = text.IndexOf(separator, start, StringComparison.Ordinal);
            if (end < 0) end = text.Length;
            List<Inline>? inside = null;
            if (runs is not null)
            {
                foreach (var run in runs)
                {
                    if (run.Start < start || run.Start + run.Length > end) continue;
                    (inside ??= []).Add(start == 0 ? run : run with { Start = run.Start - start });
                }
            }
            yield return (text[start..end], inside);
            start = end + separator.Length;
        }
    }
}
