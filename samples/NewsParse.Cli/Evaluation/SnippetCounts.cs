namespace NewsParse.Cli.Evaluation;

/// <summary>Snippets of one page or of a corpus: with-snippets found (tp) and missed (fn), without-snippets found (fp) and not (tn).</summary>
internal readonly record struct SnippetCounts(int Tp, int Fp, int Fn, int Tn)
{
    /// <summary>The counts of both.</summary>
    public static SnippetCounts operator +(SnippetCounts a, SnippetCounts b) => new(a.Tp + b.Tp, a.Fp + b.Fp, a.Fn + b.Fn, a.Tn + b.Tn);

    /// <summary>tp / (tp + fp), 0 when nothing was found.</summary>
    public double Precision => Tp + Fp == 0 ? 0 : (double)Tp / (Tp + Fp);

    /// <summary>tp / (tp + fn), 0 when nothing was to be found.</summary>
    public double Recall => Tp + Fn == 0 ? 0 : (double)Tp / (Tp + Fn);

    /// <summary>2tp / (2tp + fp + fn), 0 when all are 0.</summary>
    public double F1 => 2 * Tp + Fp + Fn == 0 ? 0 : 2.0 * Tp / (2 * Tp + Fp + Fn);

    /// <summary>(tp + tn) / all, 0 when there is nothing.</summary>
    public double Accuracy => Tp + Fp + Fn + Tn == 0 ? 0 : (double)(Tp + Tn) / (Tp + Fp + Fn + Tn);
}
