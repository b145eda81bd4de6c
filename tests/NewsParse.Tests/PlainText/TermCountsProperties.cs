using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsParse.Detection.Cohesion;
using Xunit;

namespace NewsParse.Tests.PlainText;

/// <summary>
/// <see cref="TermCounts"/> is an open-addressing table whose removals shift entries back: after any sequence of
/// additions and removals it counts what a dictionary counts. Terms are drawn from a small set so that probe runs,
/// wrap-around at the end of the table and growth all happen.
/// </summary>
public sealed class TermCountsProperties
{
    [Property(MaxTest = 300)]
    public void Counts_match_a_dictionary_after_any_additions_and_removals(int[] operations)
    {
        var counts = new TermCounts();
        var expected = new Dictionary<string, int>();
        foreach (int op in operations ?? [])
        {
            string word = Word(Math.Abs(op % 400));
            var term = Term.Of(word);
            if (op % 3 == 0)
            {
                counts.Remove(term);
                if (expected.TryGetValue(word, out int n)) { if (n == 1) expected.Remove(word); else expected[word] = n - 1; }
            }
            else
            {
                counts.Add(term);
                expected[word] = expected.GetValueOrDefault(word) + 1;
            }
        }
        Assert.Equal(expected.Count, counts.Distinct);
        for (int k = 0; k < 400; k++)
        {
            string word = Word(k);
            Assert.Equal(expected.GetValueOrDefault(word), counts[Term.Of(word)]);
        }
    }

    /// <summary>Terms of two to six characters (topic terms have up to five).</summary>
    private static string Word(int k) => (k % 3 == 0 ? "w" : k % 3 == 1 ? "wo" : "wor") + k.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void A_window_sliding_over_many_blocks_keeps_exact_counts()
    {
        var counts = new TermCounts();
        var random = new Random(3);
        var blocks = Enumerable.Range(0, 3000).Select(_ => Enumerable.Range(0, random.Next(1, 40)).Select(_ => Term.Of("t" + random.Next(900))).ToArray()).ToList();
        var expected = new Dictionary<Term, int>();
        for (int b = 0; b < blocks.Count; b++)
        {
            counts.Add(blocks[b]);
            foreach (var t in blocks[b]) expected[t] = expected.GetValueOrDefault(t) + 1;
            if (b >= 20)
            {
                counts.Remove(blocks[b - 20]);
                foreach (var t in blocks[b - 20]) { if (--expected[t] == 0) expected.Remove(t); }
            }
        }
        Assert.Equal(expected.Count, counts.Distinct);
        foreach (var (term, n) in expected) Assert.Equal(n, counts[term]);
    }

    [Theory]
    [InlineData("economy", 5, "econo")]
    [InlineData("moscow", 4, "mosc")]
    [InlineData("ab", 2, "ab")]
    [InlineData("sanctions", 8, "sanction")]
    public void A_prefix_of_a_term_is_the_term_of_the_prefix(string word, int chars, string prefix) =>
        Assert.Equal(Term.Of(prefix), Term.Of(word).Prefix(chars));
}
