using System.Text;
using NewsParse.Tests.Hostile;
using Xunit;

namespace NewsParse.Tests.Limits;

/// <summary>The CLI runs with the default limits; exceeding one is a one-line error and exit code 1, never a stack trace.</summary>
public class CliLimitTests
{
    [Fact]
    public void A_line_longer_than_the_default_MaxBlockChars_is_a_one_line_error()
    {
        var bytes = new byte[NewsParserOptions.Default.MaxBlockChars + 10];
        bytes.AsSpan().Fill((byte)'x');

        var outcome = CliRunner.Run(bytes, "-", "--input", "text");

        CliRunner.AssertOneLineError(outcome);
        Assert.Contains("--max-block-chars", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_longer_than_the_default_MaxHtmlChars_is_a_one_line_error()
    {
        var bytes = new byte[NewsParserOptions.Default.MaxHtmlChars + 10];
        bytes.AsSpan().Fill((byte)' ');
        "<html><body><p>"u8.CopyTo(bytes);

        var outcome = CliRunner.Run(bytes, "-");

        CliRunner.AssertOneLineError(outcome);
        Assert.Contains("--max-html-chars", outcome.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("text")]
    [InlineData("markdown")]
    [InlineData("events")]
    public void Hostile_small_inputs_through_every_output_format_give_output_or_a_one_line_error(string format)
    {
        byte[][] inputs =
        [
            [],
            "   \n\t"u8.ToArray(),
            [0xFF, 0xFE, 0x00],
            [0xFE, 0xFF],
            [0xEF, 0xBB, 0xBF],
            [0xC3],
            "<p"u8.ToArray(),
            "<script>alert(1)"u8.ToArray(),
            Encoding.UTF8.GetBytes("Q: a question?\nA: \n# \n## #\n- \n> \n```\n"),
        ];
        foreach (var input in inputs)
        {
            var outcome = CliRunner.Run(input, "-", "--format", format);
            Assert.DoesNotContain("   at ", outcome.Stderr, StringComparison.Ordinal);
            if (outcome.ExitCode != 0) CliRunner.AssertOneLineError(outcome);
        }
    }
}
