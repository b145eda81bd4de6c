using Xunit;

namespace NewsParse.Tests.Limits;

/// <summary>Option values are checked when they are set: a limit below its minimum is an <see cref="ArgumentOutOfRangeException"/>.</summary>
public class OptionsValidationTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void Size_limits_below_one_are_rejected(int value)
    {
        Assert.Equal("MaxHtmlChars", Assert.Throws<ArgumentOutOfRangeException>(() => NewsParserOptions.Default with { MaxHtmlChars = value }).ParamName);
        Assert.Equal("MaxBlockChars", Assert.Throws<ArgumentOutOfRangeException>(() => NewsParserOptions.Default with { MaxBlockChars = value }).ParamName);
        Assert.Equal("MaxNestingDepth", Assert.Throws<ArgumentOutOfRangeException>(() => NewsParserOptions.Default with { MaxNestingDepth = value }).ParamName);
        Assert.Equal("MaxInputChars", Assert.Throws<ArgumentOutOfRangeException>(() => NewsParserOptions.Default with { MaxInputChars = value }).ParamName);
        Assert.Equal("MaxInputChars", Assert.Throws<ArgumentOutOfRangeException>(() => new NewsParserOptions { MaxInputChars = value }).ParamName);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void Negative_windows_are_rejected(int value)
    {
        Assert.Equal("LookAheadChars", Assert.Throws<ArgumentOutOfRangeException>(() => NewsParserOptions.Default with { LookAheadChars = value }).ParamName);
        Assert.Equal("LookBehindChars", Assert.Throws<ArgumentOutOfRangeException>(() => NewsParserOptions.Default with { LookBehindChars = value }).ParamName);
    }

    [Fact]
    public void An_undefined_format_is_rejected()
    {
        Assert.Equal("Format", Assert.Throws<ArgumentOutOfRangeException>(() => NewsParserOptions.Default with { Format = (InputFormat)42 }).ParamName);
    }

    [Fact]
    public void Minimal_values_are_accepted_and_kept()
    {
        var options = NewsParserOptions.Default with { MaxHtmlChars = 1, MaxBlockChars = 1, MaxNestingDepth = 1, MaxInputChars = 1, LookAheadChars = 0, LookBehindChars = 0 };
        Assert.Equal(1, options.MaxHtmlChars);
        Assert.Equal(1, options.MaxBlockChars);
        Assert.Equal(1, options.MaxNestingDepth);
        Assert.Equal(1, options.MaxInputChars);
        Assert.Equal(0, options.LookAheadChars);
        Assert.Equal(0, options.LookBehindChars);
    }

    [Fact]
    public void Defaults_are_the_documented_ones()
    {
        var d = NewsParserOptions.Default;
        Assert.Equal(InputFormat.Auto, d.Format);
        Assert.Equal(long.MaxValue, d.MaxInputChars);
        Assert.Equal(64 * 1024 * 1024, d.MaxHtmlChars);
        Assert.Equal(64 * 1024 * 1024, d.MaxBlockChars);
        Assert.Equal(256, d.MaxNestingDepth);
        Assert.Equal(32 * 1024, d.LookAheadChars);
        Assert.Equal(64 * 1024, d.LookBehindChars);
        Assert.Equal(d, new NewsParserOptions());
    }

    [Fact]
    public void A_rejected_value_leaves_the_original_options_unchanged()
    {
        var options = NewsParserOptions.Default with { MaxBlockChars = 500 };
        Assert.Throws<ArgumentOutOfRangeException>(() => options with { MaxBlockChars = 0 });
        Assert.Equal(500, options.MaxBlockChars);
    }
}
