using NewsParse.Html;
using Xunit;

namespace NewsParse.Tests.Html;

/// <summary>The table of shared class verdicts: found by span as kept, first verdict kept, bounded, safe to read while others write.</summary>
public class ClassVerdictTableTests
{
    private static ClassHints.Verdict VerdictNo(int n) => new(n, HintFlags.None, null, null);

    [Fact]
    public void A_value_is_found_by_its_characters_with_its_first_verdict()
    {
        var table = new ClassVerdictTable(8);
        Assert.False(table.TryGet("menu-item", out _));
        Assert.True(table.TryAdd("menu-item", VerdictNo(1)));
        Assert.True(table.TryAdd("menu-item", VerdictNo(2)));   // kept already: the first verdict stays
        Assert.True(table.TryGet("a menu-item".AsSpan(2), out var verdict));
        Assert.Equal(1, verdict.Weight);
        Assert.False(table.TryGet("menu-items", out _));
        Assert.False(table.TryGet("menu-ite", out _));
        Assert.Equal(1, table.Count);
    }

    [Fact]
    public void A_full_table_keeps_what_it_has_and_refuses_new_values()
    {
        var table = new ClassVerdictTable(100);
        for (int i = 0; i < 100; i++) Assert.True(table.TryAdd("value-" + i, VerdictNo(i)));
        Assert.False(table.TryAdd("one-more", VerdictNo(-1)));
        Assert.False(table.TryGet("one-more", out _));
        for (int i = 0; i < 100; i++)
        {
            Assert.True(table.TryGet("value-" + i, out var verdict));
            Assert.Equal(i, verdict.Weight);
        }
        Assert.Equal(100, table.Count);
    }

    [Fact]
    public void Readers_see_whole_verdicts_while_writers_add()
    {
        var table = new ClassVerdictTable(4_000);
        var values = Enumerable.Range(0, 4_000).Select(i => $"class-{i}-name").ToArray();
        int wrong = 0;
        Parallel.For(0, 4, worker =>
        {
            for (int round = 0; round < 3; round++)
            {
                for (int i = worker; i < values.Length; i += 2)
                {
                    if (table.TryGet(values[i], out var seen) && seen.Weight != i) Interlocked.Increment(ref wrong);
                    else table.TryAdd(values[i], VerdictNo(i));
                }
            }
        });
        Assert.Equal(0, wrong);
        Assert.Equal(values.Length, table.Count);
        for (int i = 0; i < values.Length; i++)
        {
            Assert.True(table.TryGet(values[i], out var verdict));
            Assert.Equal(i, verdict.Weight);
        }
    }
}
