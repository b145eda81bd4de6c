using NewsParse.Text;
using Xunit;

namespace NewsParse.Tests.Text;

/// <summary>Text collapsed as it is written is the collapse of the whole, however it is cut into pieces; a cap keeps its first characters.</summary>
public sealed class CollapsingWriterTests
{
    [Fact]
    public void Pieces_collapse_as_the_whole_and_a_cap_keeps_the_start()
    {
        var random = new Random(20261128);
        const string alphabet = "ab \t\n\r\u00A0\u200B\u00ADé东\u3000\u0001";
        for (int round = 0; round < 4000; round++)
        {
            var pieces = new List<string>();
            for (int p = random.Next(0, 6); p > 0; p--)
            {
                var chars = new char[random.Next(0, 700)];   // past the first array's 256 characters at times
                for (int i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
                pieces.Add(new string(chars));
            }
            var whole = Whitespace.Collapse(string.Concat(pieces));
            int cap = random.Next(0, 40) switch { 0 => 0, < 20 => random.Next(1, 50), _ => int.MaxValue };
            var writer = new CollapsingWriter(cap);
            foreach (var piece in pieces)
            {
                if (piece.Length % 3 == 0) foreach (char c in piece) writer.Append(c);
                else writer.Append(piece);
            }
            Assert.Equal(pieces.Sum(p => p.Length), writer.RawLength);
            var text = writer.ToStringAndReturn();
            if (cap == int.MaxValue || whole.Length <= cap) Assert.Equal(whole, text);
            else
            {
                Assert.True(text.Length == cap || text.Length == cap + 1, $"{text.Length} for a cap of {cap}");
                Assert.StartsWith(text, whole, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void A_writer_is_empty_again_after_its_text_is_taken_or_dropped()
    {
        var writer = new CollapsingWriter(int.MaxValue);
        writer.Append("  first  text ");
        Assert.Equal("first text", writer.ToStringAndReturn());
        writer.Append("dropped ");
        writer.Reset();
        Assert.Equal(0, writer.RawLength);
        writer.Append(' ');
        writer.Append("second\n");
        writer.Append("clean piece");
        Assert.Equal("second clean piece", writer.ToStringAndReturn());
    }

    [Fact]
    public void Nothing_written_gives_the_empty_text() => Assert.Equal("", new CollapsingWriter(int.MaxValue).ToStringAndReturn());
}
