namespace NewsParse.Cli.Evaluation;

/// <summary>The benchmark's precision and recall of one page, each 0 to 1.</summary>
internal readonly record struct PageScore(double Precision, double Recall)
{
    /// <summary>The harmonic mean of <see cref="Precision"/> and <see cref="Recall"/>.</summary>
    public double F1 => ShingleScorer.F1(Precision, Recall);
}
