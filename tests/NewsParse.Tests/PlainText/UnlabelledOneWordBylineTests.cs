using Xunit;

namespace NewsParse.Tests.PlainText;

/// <summary>
/// A date line under a text dump's headline with one word beside the date and no byline label ("Crime Published On May
/// 10, 2022", "News 06 May 2022") names a section, not an author: the date is read, no byline. With a label the one
/// name stays ("Posted by Konstantin 21.10.2019"), and two words beside a date still read as a person's name.
/// </summary>
public sealed class UnlabelledOneWordBylineTests
{
    private const string Body =
        "Federal agents intercepted a vessel returning to the island with a large load of cocaine on board, the customs office said on Tuesday afternoon.\n"
        + "The crew of three was arrested and the boat was taken to the harbour, where investigators searched it for the rest of the day.\n";

    private static NewsParse.Model.Article Parse(string dateLine) =>
        NewsParser.ParseText("Vessel with cocaine intercepted near the island\n" + dateLine + "\n" + Body);

    [Theory]
    [InlineData("Crime Published On May 10, 2022 01:52 PM")]
    [InlineData("News 10 May 2022")]
    [InlineData("Beginndatum 10. Mai 2022")]
    public void One_word_beside_a_date_without_a_label_is_no_author(string line)
    {
        var article = Parse(line);
        Assert.Null(article.Byline);
        Assert.Equal("2022-05-10", article.Published?[..10]);
    }

    [Theory]
    [InlineData("Posted by Konstantin 10.05.2022", "Konstantin")]
    [InlineData("Jane Whitfield | May 10, 2022", "Jane Whitfield")]
    public void A_labelled_name_or_two_words_beside_a_date_are_the_author(string line, string author)
    {
        var article = Parse(line);
        Assert.Equal(author, article.Byline);
        Assert.Equal("2022-05-10", article.Published?[..10]);
    }
}
