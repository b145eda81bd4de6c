using NewsParse.Detection;
using Xunit;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// A slash between spaces joins co-authors when every piece is a full name ("E. Barreneche / J. I. da Silva"); single
/// words between slashes are categories or places, not names ("CSP / International / Photovoltaik"), and a slash
/// written close ("dpa/lno") is part of one name.
/// </summary>
public class SlashBylineTests
{
    [Theory]
    [InlineData("E. Barreneche / J. I. da Silva", new[] { "E. Barreneche", "J. I. da Silva" })]
    [InlineData("Von Anna Schmidt / Peter Müller", new[] { "Anna Schmidt", "Peter Müller" })]
    [InlineData("dpa/lno", new[] { "dpa/lno" })]
    public void A_slash_between_full_names_joins_co_authors(string line, string[] names)
    {
        var read = AuthorNames.Read(line, marked: true)!;
        Assert.Equal(names, read.Names);
    }

    [Fact]
    public void The_byline_keeps_the_slash_as_written()
    {
        Assert.Equal("E. Barreneche / J. I. da Silva", AuthorNames.Read("E. Barreneche / J. I. da Silva", marked: true)!.Line);
    }

    [Fact]
    public void Single_words_between_slashes_are_no_names()
    {
        Assert.Null(AuthorNames.Read("CSP / International / Photovoltaik / Solarthermie / Speicher / Top Solar News / Wirtschaft", marked: true));
    }
}
