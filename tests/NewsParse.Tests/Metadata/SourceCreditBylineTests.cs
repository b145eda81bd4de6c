using Xunit;

using static NewsParse.Tests.Metadata.MetadataPages;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// What an element marked as the author may hold that names no author: a source's credit ("Źródło: Statista.com",
/// "Quelle: dpa"), a photo's courtesy ("Cortesía"), and a link in running text whose address happens to hold an author
/// path ("…/bill/member/2019/…" behind a verb of the text).
/// </summary>
public class SourceCreditBylineTests
{
    [Theory]
    [InlineData("<span class=\"sourcesLabel\">Źródło:</span> <span>Statista.com</span>")]
    [InlineData("Quelle: Montanuniversität Leoben")]
    [InlineData("Fuente: Europa Press")]
    public void A_sources_credit_is_no_byline(string credit)
    {
        var body = "<article><h1>Ile jest warta godzina pracy</h1>" + Paragraphs(4) + "<div class=\"authorsSources\">" + credit + "</div></article>";
        Assert.Null(Parse(body, lang: "pl").Byline);
    }

    [Fact]
    public void A_photos_courtesy_is_no_byline()
    {
        var body = "<article><h1>Nicaragua cerró 2021 con deuda externa</h1><div class=\"photo\"><img src=\"/media/a.jpg\" alt=\"\"><span class=\"img-author\">Cortesía</span></div>"
            + Paragraphs(4) + "</article>";
        Assert.Null(Parse(body, lang: "es").Byline);
    }

    [Fact]
    public void A_link_in_running_text_is_no_byline()
    {
        var body = "<article><h1>Nowa Zelandia: płatny urlop</h1>" + Paragraphs(4)
            + "<p>Ustawa Holidays Amendment Bill <a href=\"https://www.legislation.example/bill/member/2019/0159/latest.html\">przewiduje</a> płatny urlop zarówno dla osób w związkach sformalizowanych, jak i tych funkcjonujących w relacjach nieformalnych. To prawo przysługuje zarówno matce, jak i ojcu dziecka.</p></article>";
        Assert.Null(Parse(body, lang: "pl").Byline);
    }
}
