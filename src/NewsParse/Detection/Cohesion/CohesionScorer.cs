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

    /// <summary>
    /// The score, 0 to 1, and the number of distinct terms it was computed from (0 gives a score of 1: no evidence).
    /// When <paramref name="selfCounted"/> is true the context includes the block's own terms, which are discounted.
    /// </summary>
    public static (double Score, int Terms) Score(ReadOnlySpan<Term> blockTerms, TermCounts context, bool selfCounted)
    {
        if (blockTerms.IsEmpty) return (1, 0);
        double sum = 0;
        int distinct = 0;
        HashSet<Term>? seen = blockTerms.Length > 32 ? new HashSet<Term>(blockTerms.Length) : null;
        for (int i = 0; i < blockTerms.Length; i++)
        {
            var term = blockTerms[i];
            if (seen is not null ? !seen.Add(term) : blockTerms[..i].Contains(term)) continue;
            distinct++;
            int n = context[term];
            if (selfCounted)
            {
                foreach (var own in blockTerms) if (own == term) n--;
            }
            sum += Math.Min(Math.Max(n, 0), Saturation) / (double)Saturation;
        }
        return (sum / distinct, distinct);
    }
}
