using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsParse.Text;
using Xunit;

namespace NewsParse.Tests.Text;

/// <summary>The ISO date scan finds what the pattern it replaces finds: the same first match, bounds and parts.</summary>
public class IsoDateMatchTests
{
    /// <summary>The pattern the scan stands for (DateReader's before the scan replaced it).</summary>
    private static readonly Regex Pattern = new(
        @"(?<y>[0-9]{4})-(?<m>[0-9]{1,2})-(?<d>[0-9]{1,2})(?:[T ](?<h>[0-9]{1,2}):(?<min>[0-9]{2})(?::(?<s>[0-9]{2}))?(?:\.[0-9]+)?\s?(?<z>Z|[+-][0-9]{2}:?[0-9]{2})?)?",
        RegexOptions.CultureInvariant);

    private static readonly string[] Pieces =
    [
        "2024", "20245", "1", "12", "05", "123", "-", "--", "T", " ", ":", ".", "Z", "+", "-", "0530", "05:30", "05:3", "\u00A0", "\t",
        "x", "年", "+05", "00", ".5", "T9:", "t", "2024-05-06", "2024-5-6T7:08", "12:30:45", "\u2003",
    ];

    public static Arbitrary<string> Lines() => Arb.From(Gen.Elements(Pieces).ListOf().Select(l => string.Concat(l)));

    [Property(MaxTest = 3000, Arbitrary = [typeof(IsoDateMatchTests)])]
    public void Finds_what_the_pattern_finds(string line) => AssertSame(line);

    [Theory]
    [InlineData("Published 2024-05-06T09:30:00+02:00 by the desk")]
    [InlineData("2024-05-06T09:30:00.123Z")]
    [InlineData("2024-05-06 9:30 +0530")]
    [InlineData("2024-05-06T09:30 \u00A0x")]
    [InlineData("2024-05-06T09:30 +05:3")]
    [InlineData("12024-05-066")]
    [InlineData("2024-123-05 2024-12-05")]
    [InlineData("2024-05-06T123:45")]
    [InlineData("2024-05-06T12:34:5")]
    [InlineData("2024-05-06t12:34")]
    [InlineData("2024-5-")]
    [InlineData("")]
    public void Finds_what_the_pattern_finds_on_written_lines(string line) => AssertSame(line);

    private static void AssertSame(string line)
    {
        var expected = Pattern.Match(line);
        bool found = IsoDateMatch.TryFind(line, out var match);
        Assert.Equal(expected.Success, found);
        if (!found) return;
        Assert.Equal(expected.Index, match.Index);
        Assert.Equal(expected.Length, match.Length);
        Assert.Equal(expected.Groups["y"].Value, line.Substring(match.YearStart, 4));
        Assert.Equal(expected.Groups["m"].Value, line.Substring(match.MonthStart, match.MonthLength));
        Assert.Equal(expected.Groups["d"].Value, line.Substring(match.DayStart, match.DayLength));
        Assert.Equal(expected.Groups["h"].Value, match.HourLength > 0 ? line.Substring(match.HourStart, match.HourLength) : "");
        Assert.Equal(expected.Groups["min"].Value, match.HourLength > 0 ? line.Substring(match.MinuteStart, 2) : "");
        Assert.Equal(expected.Groups["s"].Value, match.SecondLength > 0 ? line.Substring(match.SecondStart, 2) : "");
        Assert.Equal(expected.Groups["z"].Value, match.ZoneLength > 0 ? line.Substring(match.ZoneStart, match.ZoneLength) : "");
    }
}
