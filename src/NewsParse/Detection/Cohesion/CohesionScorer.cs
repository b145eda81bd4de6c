namespace NewsParse.Detection.Cohesion;

/// <summary>
/// Lexical cohesion of a block with the article around it: the share of the block's distinct topic terms that the
/// context also uses, each weighted by how often the context uses it (a term seen three times or more counts fully,
/// once a third). An on-topic heading scores 0.5 to 1; the headline of another article injected in the text, 0 to 0.2.
/// </summary>
internal static class CohesionScorer
{
    /// <summary>Occurrences in the context at which a term counts fully.</summary>
    public const int Saturation = 3;

    /// <summary>The score, 0 to 1, and the number of distinct terms it was computed from (0 gives a score of 1: no evidence).</summary>
    public static (double Score, int Terms) Score(IReadOnlyList<string> blockTerms, TermCounts context, IReadOnlyList<string>? excluded = null)
    {
        var distinct = new HashSet<string>(blockTerms, StringComparer.Ordinal);
        if (distinct.Count == 0) return (1, 0);
        double sum = 0;
        foreach (var term in distinct)
        {
            int n = context[term];
            if (excluded is not null)
            {
                foreach (var e in excluded) if (e == term) n--;
            }
            sum += Math.Min(Math.Max(n, 0), Saturation) / (double)Saturation;
        }
        return (sum / distinct.Count, distinct.Count);
    }
}
