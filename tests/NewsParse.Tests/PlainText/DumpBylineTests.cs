using NewsParse.Model;
using Xunit;

namespace NewsParse.Tests.PlainText;

/// <summary>
/// The byline and date of a whole page copied as text (<c>Detection/DumpByline</c>, the byline window of
/// <c>StructureTracker</c>): a date written with the day's stop ("14. November 2019") is no list item; a date line
/// with the author after a label further on; a line of full names right over a line that is a date alone; a date or
/// name the page repeats further down (a contents entry by that rule); the date line over the headline (two lines at
/// most; the author only when labelled and right over it); the other half of a byline on the line after the window; a
/// byline label alone on its line over the names; one
/// word each beside a date is a list of categories; a page's first line over the day's date is not its headline.
/// </summary>
public sealed class DumpBylineTests
{
    private const string Menu = "Skip to content\nHome\nNews\nSport\nWeather\nLogin\n";

    private const string Prose =
        "The city council of Riverton voted on Tuesday to rebuild the old harbour bridge, which has been closed to traffic since the storm of last winter damaged two of its pillars.\n"
        + "Engineers told the council that repairs would cost less than a new bridge, but that the harbour would have to close for six months while the pillars are replaced.\n";

    private const string Headline = "Riverton council votes to rebuild the harbour bridge";

    private static Article Page(string top, string under, string after = "") =>
        NewsParser.ParseText(Menu + top + Headline + "\n" + under + Prose + after);

    [Theory]
    [InlineData("14. November 2019", "2019-11-14")]
    [InlineData("3. August 2015 · Filed under Reisen", "2015-08-03")]
    [InlineData("04. November 2021 | PAID CONTENT", "2021-11-04")]
    public void A_date_with_the_days_stop_is_no_list_item(string line, string date)
    {
        var article = Page("", line + "\n");
        Assert.Equal(Headline, article.Headline);
        Assert.Equal(date, article.Published?[..10]);
    }

    [Fact]
    public void A_numbered_list_is_still_a_list()
    {
        var article = NewsParser.ParseText(Headline + "\n" + Prose + "1. First the pillars are replaced\n2. Then the bridge is opened\n");
        Assert.Contains(article.AllSections().SelectMany(s => s.Blocks), b => b is ListBlock { Ordered: true, Items.Count: 2 });
    }

    [Theory]
    [InlineData("Veröffentlicht am 17. Dezember 2019 von Simon Dückert", "Simon Dückert", "2019-12-17")]
    [InlineData("Posted 11. April 2018 by Walter Aachen", "Walter Aachen", "2018-04-11")]
    [InlineData("Publié le 3 mars 2021 par Claire Martin", "Claire Martin", "2021-03-03")]
    [InlineData("Veröffentlicht am 10. Februar 2019 von Heiko", "Heiko", "2019-02-10")]
    public void A_date_line_gives_the_author_after_its_label(string line, string author, string date)
    {
        var article = Page("", line + "\n");
        Assert.Equal(author, article.Byline);
        Assert.Equal(date, article.Published?[..10]);
    }

    [Theory]
    [InlineData("HVW-Verband, Presse, Allgemein 12.05.2022")]
    [InlineData("Jane Whitfield Politik, Justiz 12.05.2022")]
    public void Words_of_one_each_beside_a_date_are_categories(string line)
    {
        var article = Page("", line + "\n");
        Assert.Null(article.Byline);
        Assert.Equal("2022-05-12", article.Published?[..10]);
    }

    [Theory]
    [InlineData("Edward Russell\nOct 13, 2020\n", "Edward Russell")]
    [InlineData("Dominique Wehrmann\nam 13. Oktober 2020 um 11:23\n", "Dominique Wehrmann")]
    [InlineData("Sadhbh O'Sullivan, Elisabeth Kochan\nOct 13, 2020\n", "Sadhbh O'Sullivan, Elisabeth Kochan")]
    public void Full_names_over_a_date_alone_are_the_byline(string lines, string author)
    {
        var article = Page("", lines);
        Assert.Equal(author, article.Byline);
        Assert.Equal("2020-10-13", article.Published?[..10]);
    }

    [Theory]
    [InlineData("Ort Saarbrücken\nDatum 13.10.2020\n")]       // a table of facts: a field over a labelled date
    [InlineData("Redaktion\nOct 13, 2020\n")]                 // one word: a desk or a section as often as a person
    [InlineData("Magazin, News\nOct 13, 2020\n")]             // categories
    [InlineData("© Stephan Höferer\nOct 13, 2020\n")]         // a credit
    [InlineData("Oct 13, 2020\nTweet This\n")]                // under the date line: a prompt, a category
    public void Other_lines_by_a_date_are_no_byline(string lines)
    {
        var article = Page("", lines);
        Assert.Null(article.Byline);
        Assert.Equal("2020-10-13", article.Published?[..10]);
    }

    [Fact]
    public void A_date_the_page_repeats_further_down_is_still_the_date()
    {
        // the same date line comes back as the title of a teaser: the contents-entry rule takes it, the byline window reads it
        var article = Page("", "10 April 2020\n", "More stories\n10 April 2020\nRiverton opens its new library\n" + Prose);
        Assert.Equal("2020-04-10", article.Published?[..10]);
    }

    [Theory]
    [InlineData("12.12.2022 12:22\n", null)]
    [InlineData("Ehrenamt Jugendverbände 12.12.2022\n", null)]      // a section's name over the title: the date only
    [InlineData("von Juliane Ziegengeist\n12.12.2022\n", null)]     // a byline two lines over the title: not read
    [InlineData("12.12.2022 · von Juliane Ziegengeist\n", "Juliane Ziegengeist")]
    public void The_date_line_right_over_the_headline(string top, string? author)
    {
        var article = Page(top, "");
        Assert.Equal(Headline, article.Headline);
        Assert.Equal(author, article.Byline);
        Assert.Equal("2022-12-12", article.Published?[..10]);
    }

    [Theory]
    [InlineData("12.12.2022\nLocal politics\n", null)]                             // a kicker between the date and the title
    [InlineData("Gespeichert von human am 12.12.2022\nLocal politics\n", null)]     // further up than right over the title: the date only
    public void The_date_line_two_lines_over_the_headline(string top, string? author)
    {
        var article = Page(top, "");
        Assert.Equal(Headline, article.Headline);
        Assert.Equal(author, article.Byline);
        Assert.Equal("2022-12-12", article.Published?[..10]);
    }

    [Theory]
    [InlineData("Repairs will take six months.\nBy Jane Whitfield\nMarch 4, 2025\n")]
    [InlineData("Repairs will take six months.\nMarch 4, 2025\nBy Jane Whitfield\n")]
    public void The_other_half_of_a_byline_may_stand_on_the_next_line(string under)
    {
        // a standfirst, then the byline and the date on two lines: the window of two lines grows by one for the other half
        var article = Page("", under);
        Assert.Equal("Jane Whitfield", article.Byline);
        Assert.Equal("2025-03-04", article.Published?[..10]);
    }

    [Theory]
    [InlineData("By\nAriel Hart\nMarch 4, 2025\n", "Ariel Hart")]
    [InlineData("Von:\nGötz Warnke\nMarch 4, 2025\n", "Götz Warnke")]
    [InlineData("Von\nClaus Boelen-Theile\nMarch 4, 2025\n", "Claus Boelen-Theile")]
    public void A_byline_label_alone_on_its_line_gives_the_names_under_it(string under, string author)
    {
        var article = Page("", under);
        Assert.Equal(author, article.Byline);
        Assert.Equal("2025-03-04", article.Published?[..10]);
    }

    [Fact]
    public void A_byline_label_over_no_names_gives_no_byline()
    {
        var article = Page("", "By\nthe numbers\nMarch 4, 2025\n");
        Assert.Null(article.Byline);
    }

    [Fact]
    public void A_date_under_the_headline_comes_before_the_one_over_it()
    {
        var article = Page("11.12.2022\n", "12.12.2022\n");
        Assert.Equal("2022-12-12", article.Published?[..10]);
    }

    [Fact]
    public void A_pages_first_line_over_the_days_date_is_not_its_headline()
    {
        var article = NewsParser.ParseText("Zum Inhalt springen\nFebruary 18, 2020\n" + Menu + Headline + "\nJane Whitfield | 12.05.2022\n" + Prose);
        Assert.Equal(Headline, article.Headline);
        Assert.Equal("Jane Whitfield", article.Byline);
    }
}
