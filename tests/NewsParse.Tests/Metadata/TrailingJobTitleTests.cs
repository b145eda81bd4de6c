using NewsParse.Detection;
using Xunit;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// A job title written after a name without a comma ("Ben Silverman Games Editor", "Lucy Akins eHow Contributor") is
/// cut off the name, and the byline is the names; a name of two words that ends in such a word is left as it is, and so
/// is a desk's name opening with a possessive ("Our Foreign Staff").
/// </summary>
public class TrailingJobTitleTests
{
    [Theory]
    [InlineData("Ben Silverman Games Editor", "Ben Silverman")]
    [InlineData("By Lucy Akins eHow Contributor", "Lucy Akins")]
    [InlineData("Jane Doe Editor", "Jane Doe")]
    [InlineData("Von Anna Schmidt Redakteurin", "Anna Schmidt")]
    public void A_job_title_after_a_name_is_cut_off(string line, string name)
    {
        var read = AuthorNames.Read(line, marked: true)!;
        Assert.Equal([name], read.Names);
        Assert.Equal(name, read.Line);
    }

    [Fact]
    public void A_name_of_two_words_is_left_as_it_is()
    {
        Assert.Equal(["John Writer"], AuthorNames.Read("By John Writer", marked: true)!.Names);
    }

    [Theory]
    [InlineData("By Our Foreign Staff")]
    [InlineData("Von unserem Korrespondenten Redakteur")]
    public void A_desk_opening_with_a_possessive_keeps_its_last_word(string line)
    {
        var expected = line[(line.IndexOf(' ') + 1)..];
        Assert.Equal([expected], AuthorNames.Read(line, marked: true)!.Names);
    }
}
