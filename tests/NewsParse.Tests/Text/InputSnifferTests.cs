using NewsParse.Text;
using Xunit;

namespace NewsParse.Tests.Text;

/// <summary>Binary input is told from text by the share of control and replacement characters.</summary>
public sealed class InputSnifferTests
{
    [Fact]
    public void Every_code_unit_counts_as_odd_as_the_definition_says()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            bool odd = (c < ' ' && c is not ('\t' or '\n' or '\r' or '\f')) || c == '\uFFFD';
            // Eleven in a hundred: binary when each is odd; one in a hundred: text either way.
            var many = new string((char)c, 11) + new string('a', 89);
            var one = new string('a', 60) + (char)c + new string('a', 39);
            Assert.True(odd == InputSniffer.LooksBinary(many), $"U+{c:X4}");
            // After the sixteen-at-a-time part, and in a text too short for it.
            Assert.True(odd == InputSniffer.LooksBinary(new string('a', 16) + new string((char)c, 3)), $"U+{c:X4} in the tail");
            Assert.True(odd == InputSniffer.LooksBinary("abcd" + (char)c), $"U+{c:X4} in a short text");
            Assert.False(InputSniffer.LooksBinary(one), $"U+{c:X4}");
        }
    }

    [Fact]
    public void The_threshold_is_a_tenth()
    {
        Assert.False(InputSniffer.LooksBinary(""));
        Assert.False(InputSniffer.LooksBinary(new string('\0', 10) + new string('a', 90)));
        Assert.True(InputSniffer.LooksBinary(new string('\0', 11) + new string('a', 89)));
        Assert.True(InputSniffer.LooksBinary("\uFFFD\u0001"));
    }
}
