using NewsParse.Detection;
using Xunit;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// <see cref="AuthorNames"/> keeps the names it read from the texts it read last, for each way of reading: a text asked
/// again gives the same names, a text read one way gives nothing away to another way (a line without a label is no
/// labelled byline, whichever was asked first), and texts read after the store was emptied are read afresh.
/// </summary>
public class AuthorNamesRecentLinesTests
{
    [Fact]
    public void A_text_asked_again_gives_the_same_names()
    {
        var first = AuthorNames.Read("By Jane Doe and John Roe", marked: true)!;
        var again = AuthorNames.Read(new string("By Jane Doe and John Roe".AsSpan()), marked: true)!;
        Assert.Equal(["Jane Doe", "John Roe"], first.Names);
        Assert.Equal(first.Names, again.Names);
        Assert.Equal(first.Line, again.Line);
        Assert.True(again.Labelled);
    }

    [Fact]
    public void Each_way_of_reading_is_kept_apart()
    {
        Assert.Equal(["Jane Doe"], AuthorNames.Read("Jane Doe", marked: true)!.Names);
        Assert.Null(AuthorNames.ReadLabelled("Jane Doe"));
        Assert.Equal(["Jane Doe"], AuthorNames.Read("Jane Doe", marked: true)!.Names);
        Assert.Null(AuthorNames.ReadLabelled("Jane Doe"));
    }

    [Fact]
    public void Texts_past_the_stores_size_are_each_read_as_they_are()
    {
        string[] first = ["Anna", "Jane", "Maria", "Pierre", "Jan"];
        string[] last = ["Schmidt", "Doe", "Rossi", "Dubois", "Kowalski"];
        for (int k = 0; k < 1000; k++)
        {
            var name = $"{first[k % 5]} {last[k / 5 % 5]}{(k >= 25 ? "-" + last[k / 25 % 5] : "")}";
            var text = $"Von {name}" + new string(' ', k / 125);
            Assert.Equal([name], AuthorNames.Read(text, marked: false)!.Names);
        }
    }
}
