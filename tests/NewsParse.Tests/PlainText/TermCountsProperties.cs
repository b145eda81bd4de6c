using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsParse.Detection.Cohesion;
using Xunit;

namespace NewsParse.Tests.PlainText;

/// <summary>
/// <see cref="TermCounts"/> is a chained table whose entries keep their places (the handles the window takes terms back
/// with) while entries are freed, used again and the buckets grow: after any sequence of additions and removals, by
/// term or by handle, it counts what a dictionary counts. Terms are drawn from a small set so that chains, freeing and
/// growth all happen.
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

    [Property(MaxTest = 300)]
    public void Handles_take_back_what_was_added_whatever_is_freed_and_grown_in_between(int[] operations)
    {
        // Blocks of terms go in with their handles and come out by them, oldest first, as in the reader's window.
        var counts = new TermCounts();
        var expected = new Dictionary<Term, int>();
        var window = new Queue<(Term[] Terms, int[] Handles)>();
        foreach (int op in operations ?? [])
        {
            if (op % 4 == 0 && window.Count > 0)
            {
                var (terms, handles) = window.Dequeue();
                counts.Remove(handles);
                foreach (var t in terms) { if (--expected[t] == 0) expected.Remove(t); }
                continue;
            }
            var block = Enumerable.Range(0, Math.Abs(op % 7)).Select(k => Term.Of(Word(Math.Abs((op / 7 + k * 31) % 500)))).ToArray();
            var blockHandles = new int[block.Length];
            counts.Add(block, blockHandles);
            foreach (var t in block) expected[t] = expected.GetValueOrDefault(t) + 1;
            window.Enqueue((block, blockHandles));
        }
        Assert.Equal(expected.Count, counts.Distinct);
        foreach (var (term, n) in expected) Assert.Equal(n, counts[term]);
        for (int k = 0; k < 500; k++) Assert.Equal(expected.GetValueOrDefault(Term.Of(Word(k))), counts[Term.Of(Word(k))]);
    }

    [Fact]
    public void A_window_sliding_by_handles_over_many_blocks_keeps_exact_counts()
    {
        var counts = new TermCounts();
        var random = new Random(5);
        var blocks = Enumerable.Range(0, 3000).Select(_ => Enumerable.Range(0, random.Next(0, 60)).Select(_ => Term.Of("t" + random.Next(2000))).ToArray()).ToList();
        var handles = new List<int[]>();
        var expected = new Dictionary<Term, int>();
        for (int b = 0; b < blocks.Count; b++)
        {
            handles.Add(new int[blocks[b].Length]);
            counts.Add(blocks[b], handles[b]);
            foreach (var t in blocks[b]) expected[t] = expected.GetValueOrDefault(t) + 1;
            if (b >= 50)
            {
                counts.Remove(handles[b - 50]);
                foreach (var t in blocks[b - 50]) { if (--expected[t] == 0) expected.Remove(t); }
            }
            if (b % 500 == 0)
            {
                Assert.Equal(expected.Count, counts.Distinct);
                foreach (var (term, n) in expected) Assert.Equal(n, counts[term]);
            }
        }
        Assert.Equal(expected.Count, counts.Distinct);
        foreach (var (term, n) in expected) Assert.Equal(n, counts[term]);
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
