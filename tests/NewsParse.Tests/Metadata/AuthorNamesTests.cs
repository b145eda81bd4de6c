using NewsParse.Detection;
using NewsParse.Model;
using Xunit;

namespace NewsParse.Tests.Metadata;

/// <summary>Names read out of bylines: labels, dates and other roles taken out, several authors split, what is no name refused.</summary>
public class AuthorNamesTests
{
    [Theory]
    [InlineData("By Jane Doe and John Roe", new[] { "Jane Doe", "John Roe" })]
    [InlineData("Von Anna Schmidt und Peter Uhr, 9. März 2025, 14:05 Uhr", new[] { "Anna Schmidt", "Peter Uhr" })]
    [InlineData("CLARA LÖW, SIDDHARTH PRAKASH & KLAUS JACOB", new[] { "CLARA LÖW", "SIDDHARTH PRAKASH", "KLAUS JACOB" })]
    [InlineData("By Brenda Goodman, MA", new[] { "Brenda Goodman, MA" })]
    [InlineData("Ursula von der Leyen", new[] { "Ursula von der Leyen" })]
    [InlineData("Ein Artikel von Pamela Sladky | 27.01.2022 - 12:45", new[] { "Pamela Sladky" })]
    [InlineData("Text und Interview: Harald Willenbrock", new[] { "Harald Willenbrock" })]
    public void Names_are_split_and_cleaned(string line, string[] names)
    {
        Assert.Equal(names, AuthorNames.Read(line, marked: false)!.Names);
    }

    [Theory]
    [InlineData("作者： 记者王敬照", "王敬照")]
    [InlineData("文/张伟", "张伟")]
    [InlineData("بقلم: محمد علي", "محمد علي")]
    [InlineData("लेखक: राहुल शर्मा", "राहुल शर्मा")]
    [InlineData("Oleh Budi Santoso", "Budi Santoso")]
    [InlineData("記者 山田太郎", "山田太郎")]
    [InlineData("AUTOR/IN Julius Richter", "Julius Richter")]
    public void Labels_of_the_main_news_languages_are_taken_out(string line, string name)
    {
        Assert.Equal([name], AuthorNames.ReadLabelled(line)?.Names ?? AuthorNames.Read(line, marked: false)!.Names);
    }

    [Theory]
    [InlineData("Oleh karena itu kami menunggu")]
    [InlineData("文化部")]
    [InlineData("记者会上的讨论")]
    public void A_label_word_that_opens_a_sentence_names_no_one(string line)
    {
        Assert.Null(AuthorNames.ReadLabelled(line));
    }

    [Theory]
    [InlineData("Aylin sagt:")]
    [InlineData("NCWiensays:")]
    [InlineData("stephangoeldi said")]
    [InlineData("Name (erforderlich)")]
    [InlineData("Nom *")]
    [InlineData("Follow")]
    [InlineData("FAIL")]
    [InlineData("No Author")]
    [InlineData("admin")]
    [InlineData("Publiziert am")]
    [InlineData("Veröffentlicht am 19.10.19")]
    [InlineData("stunnel_rsync.html")]
    [InlineData("The council approved the budget. It was late.")]
    public void What_is_no_name_gives_none(string line)
    {
        Assert.Null(AuthorNames.Read(line, marked: true));
    }

    [Fact]
    public void A_name_in_lower_case_counts_only_where_the_markup_marks_it()
    {
        Assert.Equal(["giampiero maggio"], AuthorNames.Read("giampiero maggio", marked: true)!.Names);
        Assert.Null(AuthorNames.Read("giampiero maggio", marked: false));
    }

    [Theory]
    [InlineData("By Follow | May 9, 2025", null, "2025-05-09")]
    [InlineData("Jane Doe — 2025-05-09", "Jane Doe", "2025-05-09")]
    [InlineData("Name (erforderlich) 9. März 2025", null, "2025-03-09")]
    public void A_text_dump_byline_line_gives_no_author_that_is_no_name(string line, string? byline, string published)
    {
        var article = NewsParser.Parse("Stadtrat beschließt neue Brücke über den Fluss\n" + line + "\n\n"
            + "Der Stadtrat hat am Dienstag den Bau einer neuen Brücke beschlossen. Die Arbeiten beginnen im Frühjahr.\n\n"
            + "Die Kosten liegen nach Angaben der Stadt bei rund zwölf Millionen Euro. Der Bund übernimmt einen Teil davon.\n");
        Assert.Equal(byline, article.Byline);
        Assert.Equal(published, article.Published);
        Assert.Equal(byline is null ? [] : [byline], article.Authors);
    }

    [Fact]
    public void A_text_dump_byline_of_two_authors_gives_both_names()
    {
        Article article = NewsParser.Parse("Harbour Bridge Reopens After Two Years\nBy Jane Doe and John Roe | May 9, 2025\n\n"
            + "The bridge reopened on Monday after two years of repairs. Engineers replaced the cables and the deck.\n\n"
            + "The toll stays the same, the city said. Traffic is expected to return to its old level within weeks.\n");
        Assert.Equal("Jane Doe and John Roe", article.Byline);
        Assert.Equal(["Jane Doe", "John Roe"], article.Authors);
    }
}
