using NewsParse.Html;
using Xunit;

namespace NewsParse.Tests.Html;

/// <summary>The page statistics' tally of characters and commas gives the per-character definition for every code unit, wherever it stands.</summary>
public sealed class TextTallyTests
{
    [Fact]
    public void Counts_as_the_per_character_definition_every_code_unit_in_the_vector_part_and_the_tail()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            // At places 0, 7, 8 and 12 (the sixteen of a vector step) and 17 (the tail) of a text of 18 characters.
            foreach (int at in new[] { 0, 7, 8, 12, 17 })
            {
                var chars = "ab, \tcd\u00A0e,f gh\u3001ijk".ToCharArray();
                chars[at] = (char)c;
                var text = new string(chars);
                Assert.True(Expected(text) == TextTally.Of(text), $"U+{c:X4} at {at}");
            }
        }
    }

    [Fact]
    public void Counts_short_and_empty_texts()
    {
        Assert.Equal((0, 0), TextTally.Of(""));
        Assert.Equal((0, 0), TextTally.Of("\n\t\t   \r\n"));
        Assert.Equal((3, 1), TextTally.Of(" a,b "));
        Assert.Equal(Expected("Москва, 东京，مدينة، x"), TextTally.Of("Москва, 东京，مدينة، x"));
    }

    private static (int, int) Expected(string text)
    {
        int chars = 0, commas = 0;
        foreach (char c in text)
        {
            if (c <= ' ' || (c >= '\u0085' && char.IsWhiteSpace(c))) continue;
            chars++;
            if (c is ',' or '，' or '、' or '،') commas++;
        }
        return (chars, commas);
    }
}
