using NewsParse.Text;
using Xunit;

namespace NewsParse.Tests.Globalization;

/// <summary>The clock time after a date, in the ways the seven languages write it, reads into the ISO date.</summary>
public class ClockTimeTests
{
    [Theory]
    [InlineData("9. März 2025, 14:05 Uhr", "2025-03-09T14:05:00")]
    [InlineData("9. März 2025, 14.05 Uhr", "2025-03-09T14:05:00")]
    [InlineData("9 mai 2025 à 14h05", "2025-05-09T14:05:00")]
    [InlineData("9 mai 2025 à 14H05", "2025-05-09T14:05:00")]
    [InlineData("9 mai 2025 à 14h", "2025-05-09T14:00:00")]
    [InlineData("9 de maio de 2025 às 9h05", "2025-05-09T09:05:00")]
    [InlineData("9 de mayo de 2025 a las 14:05", "2025-05-09T14:05:00")]
    [InlineData("9 maggio 2025 ore 14:05", "2025-05-09T14:05:00")]
    [InlineData("9 mei 2025 om 14:05 uur", "2025-05-09T14:05:00")]
    [InlineData("May 9, 2025 11:42 a.m. EDT", "2025-05-09T11:42:00")]
    [InlineData("May 9, 2025 11:42 (UTC+6)", "2025-05-09T11:42:00+06:00")]
    [InlineData("May 9, 2025 11:42 (GMT-05:00)", "2025-05-09T11:42:00-05:00")]
    [InlineData("May 9, 2025 11:42 (+05:30)", "2025-05-09T11:42:00+05:30")]
    [InlineData("May 9, 2025 11:42 UTC+6", "2025-05-09T11:42:00+06:00")]
    public void A_clock_time_after_the_date_is_read(string line, string iso)
    {
        Assert.Equal(iso, DateReader.Find(line)?.Iso);
    }

    [Theory]
    [InlineData("9 mai 2025 à 25h05", "2025-05-09")]     // no such hour
    [InlineData("9 mai 2025 à 14h65", "2025-05-09")]     // no such minute
    [InlineData("9 mai 2025, 14hours", "2025-05-09")]    // a word, not "14h"
    [InlineData("May 9, 2025 11:42 (UTC+6", "2025-05-09T11:42:00")]   // an unclosed parenthesis is not read as an offset
    public void What_is_not_a_clock_time_leaves_the_date_alone(string line, string iso)
    {
        Assert.Equal(iso, DateReader.Find(line)?.Iso);
    }
}
