using NewsParse.Html;
using Xunit;

using static NewsParse.Tests.Metadata.MetadataPages;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// A news article whose text opens with a dateline crediting an agency ("Hamburg (dpa/lno) – …", "WASHINGTON (AP) — …")
/// and that shows no byline is credited to that agency. Its counterparts: a place's gloss in parentheses ("Rostow
/// (Russland) –") is no credit, and a byline shown on the page wins over the credit.
/// </summary>
public class DatelineCreditTests
{
    private const string Rest = "The council approved the new budget on Tuesday, after a long debate about schools, roads and the harbour.";

    [Fact]
    public void The_agency_in_the_opening_dateline_is_the_author_when_no_byline_is_shown()
    {
        var body = "<article><h1>Council approves the budget</h1><p>Hamburg (dpa/lno) – " + Rest + " " + Rest + "</p>" + Paragraphs(3) + "</article>";
        Assert.Equal("dpa/lno", Parse(body).Byline);
    }

    [Fact]
    public void A_byline_shown_wins_over_the_credit()
    {
        var body = "<article><h1>Council approves the budget</h1><p class=\"byline\">By Jane Doe</p><p>WASHINGTON (AP) — " + Rest + " " + Rest + "</p>" + Paragraphs(3) + "</article>";
        Assert.Equal("Jane Doe", Parse(body).Byline);
    }

    [Fact]
    public void A_place_gloss_in_parentheses_credits_no_one()
    {
        var body = "<article><h1>Council approves the budget</h1><p>Rostow (Russland) - " + Rest + " " + Rest + "</p>" + Paragraphs(3) + "</article>";
        Assert.Null(Parse(body).Byline);
    }

    [Theory]
    [InlineData("Hamburg (dpa/lno) – Trotz eines Gespräches", "dpa/lno")]
    [InlineData("NAPA COUNTY, Calif. (KGO) -- A fire", null)]
    [InlineData("WASHINGTON (AP) — The Senate", "AP")]
    [InlineData("Frankfurt/Main (dpa) - Der", "dpa")]
    [InlineData("Body Condition Score (BCS)- ein Wert", null)]
    [InlineData("Rostow (Russland) - Der", null)]
    [InlineData("Die Stadt (dpa) hat", null)]
    public void Reads_the_credit_of_an_opening_dateline(string text, string? credit) => Assert.Equal(credit, DatelineCredit.Read(text)?.Line);
}
