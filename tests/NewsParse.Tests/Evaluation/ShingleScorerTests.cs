using NewsParse.Cli.Evaluation;
using Xunit;

namespace NewsParse.Tests.Evaluation;

/// <summary>The benchmark's shingle measure on small cases computed by hand.</summary>
public class ShingleScorerTests
{
    [Fact]
    public void Tokens_are_unicode_word_runs_with_case_kept()
    {
        Assert.Equal(["Hello", "wörld", "x_y", "42", "Привет", "日本語"], ShingleScorer.Tokens("Hello, wörld! x_y 42 — Привет 日本語."));
    }

    [Fact]
    public void Shingles_are_overlapping_four_grams_counted_as_a_multiset()
    {
        var shingles = ShingleScorer.Shingles("a b c d a b c d");
        // a b c d | b c d a | c d a b | d a b c | a b c d
        Assert.Equal(4, shingles.Count);
        Assert.Equal(2, shingles["a\u0001b\u0001c\u0001d"]);
    }

    [Fact]
    public void Short_text_is_one_shorter_shingle_and_empty_text_none()
    {
        Assert.Single(ShingleScorer.Shingles("two words"));
        Assert.Empty(ShingleScorer.Shingles(" ... "));
    }

    [Fact]
    public void Identical_texts_score_one()
    {
        var score = ShingleScorer.Score("one two three four five", "one two three four five");
        Assert.Equal(1, score.Precision);
        Assert.Equal(1, score.Recall);
    }

    [Fact]
    public void Extra_and_missing_text_are_counted_by_shingle()
    {
        // expected: a b c d e -> {abcd, bcde}; predicted: a b c d x y -> {abcd, bcdx, cdxy}
        var score = ShingleScorer.Score("a b c d e", "a b c d x y");
        Assert.Equal(1.0 / 3, score.Precision, 10); // tp 1, fp 2
        Assert.Equal(1.0 / 2, score.Recall, 10);    // tp 1, fn 1
        Assert.Equal(2 * (1.0 / 3) * 0.5 / (1.0 / 3 + 0.5), score.F1, 10);
    }

    [Fact]
    public void Repeated_shingles_count_up_to_the_smaller_count()
    {
        // expected has abcd once; predicted twice (and the bridging shingles): tp 1, fp 4
        var score = ShingleScorer.Score("a b c d", "a b c d a b c d");
        Assert.Equal(1.0 / 5, score.Precision, 10);
        Assert.Equal(1, score.Recall, 10);
    }

    [Fact]
    public void Edge_cases_follow_the_benchmark()
    {
        var bothEmpty = ShingleScorer.Score("", "");
        Assert.Equal((1.0, 1.0), (bothEmpty.Precision, bothEmpty.Recall));
        var nothingPredicted = ShingleScorer.Score("some expected words here", "");
        Assert.Equal((0.0, 0.0), (nothingPredicted.Precision, nothingPredicted.Recall));
        var nothingExpected = ShingleScorer.Score("", "some predicted words here");
        Assert.Equal((0.0, 0.0), (nothingExpected.Precision, nothingExpected.Recall));
        Assert.Equal(0, ShingleScorer.F1(0, 0));
    }
}
