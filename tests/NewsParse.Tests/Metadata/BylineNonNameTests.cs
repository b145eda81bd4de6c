using NewsParse.Detection;
using Xunit;

using static NewsParse.Tests.Metadata.MetadataPages;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// What a byline element holds besides names is none: a profile link's word ("Biography", "Profil"), a job title after
/// a comma ("AP National Political Writer", cut whole, not to "AP National"), what a date leaves in lower case beside
/// names with capitals ("ist" of "10:18am ist") or after a name ("(07:05 pm ET)"), and a phrase whose "and" joins adjectives ("The Russian and Syrian
/// defense ministries").
/// </summary>
public class BylineNonNameTests
{
    [Theory]
    [InlineData("Biography")]
    [InlineData("Profil")]
    [InlineData("Biografía")]
    public void A_profile_link_word_is_no_name(string word) => Assert.Null(AuthorNames.Read(word, marked: true));

    [Fact]
    public void An_author_menu_names_the_author_not_its_biography_link()
    {
        var page = "<article><h1>So many ways to play, and to pay</h1><div class=\"byline\"><span>By</span><div class=\"author hasMenu\"><span class=\"name\">Sarah Needle</span>"
            + "<ul class=\"author-info\"><div class=\"info-name\">Sarah Needle</div><div class=\"info-title\">The Daily Journal</div>"
            + "<li><a href=\"/news/author/1460\" class=\"author icon bio\">Biography</a><a href=\"/news/author/1460\" rel=\"author\">Sarah Needle</a></li>"
            + "<li><a href=\"mailto:sarah@example.com\" class=\"author icon email\">sarah@example.com</a></li></ul></div></div>"
            + Paragraphs(4) + "</article>";
        Assert.Equal("Sarah Needle", Parse(page).Byline);
    }

    [Theory]
    [InlineData("Steve Peoples, AP National Political Writer", "Steve Peoples")]
    [InlineData("Chris Cillizza, CNN Editor-at-large", "Chris Cillizza")]
    [InlineData("Jane Doe, Washington correspondent", "Jane Doe")]
    public void A_title_after_a_comma_goes_whole(string line, string name)
    {
        var read = AuthorNames.Read(line, marked: true)!;
        Assert.Equal([name], read.Names);
    }

    [Fact]
    public void What_a_date_leaves_in_lower_case_is_no_name()
    {
        Assert.Equal(["PTI", "Washington"], AuthorNames.Read("PTI, Washington, Nov 20 2019, 10:18am ist", marked: true)!.Names);
        Assert.Equal(["e. barreneche", "J. I. da silva"], AuthorNames.Read("e. barreneche / J. I. da silva", marked: true)!.Names);
    }

    [Fact]
    public void What_a_date_leaves_after_a_name_is_cut()
    {
        var page = "<article><h1>16-inch laptop review: the keyboard is enough</h1><p class=\"gray small byline\">By <a href=\"/cdn-cgi/l/email-protection\">Mike Wuerthele  and Malcolm Owen</a><br><span class=\"gray\">Monday, November 18, 2019, 04:05 pm PT (07:05 pm ET)</span></p>"
            + Paragraphs(4) + "</article>";
        Assert.Equal(["Mike Wuerthele", "Malcolm Owen"], Parse(page).Authors);
        Assert.Equal(["Detroit News wire services"], AuthorNames.Read("Detroit News wire services Published 11:11 PM EST Nov 19, 2019", marked: true)!.Names);
    }

    [Fact]
    public void A_phrase_joined_by_and_names_no_one()
    {
        Assert.Null(AuthorNames.Read("The Russian and Syrian defense ministries", marked: true));
        Assert.Equal(["Mike Wuerthele", "Malcolm Owen"], AuthorNames.Read("Mike Wuerthele and Malcolm Owen", marked: true)!.Names);
    }
}
