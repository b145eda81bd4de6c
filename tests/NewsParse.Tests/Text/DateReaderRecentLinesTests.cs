using NewsParse.Text;
using Xunit;

namespace NewsParse.Tests.Text;

/// <summary>
/// <see cref="DateReader.Find"/> keeps the dates of the lines it read last: a line asked again gives the same date and
/// place, and lines read after the store was emptied are read afresh.
/// </summary>
public class DateReaderRecentLinesTests
{
    [Fact]
    public void A_line_asked_again_gives_the_same_date_and_place()
    {
        const string line = "Posted by Jane Doe on May 9, 2025 11:42";
        var first = DateReader.Find(line);
        var again = DateReader.Find(new string(line.AsSpan()));
        Assert.Equal(("2025-05-09T11:42:00", 22, 17), first);
        Assert.Equal(first, again);
    }

    [Fact]
    public void Lines_past_the_stores_size_are_each_read_as_they_are()
    {
        for (int k = 0; k < 1000; k++)
        {
            int day = k % 28 + 1;
            var line = $"Line {k}: {day:00}.05.2025";
            Assert.Equal($"2025-05-{day:00}", DateReader.Find(line)?.Iso);
            Assert.Null(DateReader.Find($"Line {k}: no date 20x5"));
        }
    }
}
