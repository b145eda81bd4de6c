using System.Text;
using NewsParse.Model;
using Xunit;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// Bylines that name the site: one that names only the publisher is read past for the author's shown after it, and a
/// site's name written with accents is the site's even where its host is written without them. Each has its
/// counterpart: no author when only the site is named, and a person's accented name is kept.
/// </summary>
public class SiteBylineTests
{
    private const string Sentence = "Indigenous peoples have managed landscapes sustainably for millennia, and new research suggests rights matter. ";

    private static string Paragraphs(int count)
    {
        var html = new StringBuilder();
        for (int i = 0; i < count; i++) html.Append("<p>").Append(Sentence).Append(Sentence).Append("</p>\n");
        return html.ToString();
    }

    private const string Head = "<meta property=\"og:site_name\" content=\"The Planetary Press\"><link rel=\"canonical\" href=\"https://theplanetarypress.example/forests/\">";

    private static Article Parse(string body, string head = Head, string lang = "en") =>
        NewsParser.Parse($"<!DOCTYPE html><html lang=\"{lang}\"><head>{head}</head><body>{body}</body></html>");

    [Fact]
    public void A_byline_naming_only_the_site_is_read_past_for_the_authors()
    {
        var body = "<article><h1>Forestlands Key to Protecting Climate</h1><div class=\"post-author-name\">By <a href=\"/author/press/\">The Planetary Press</a></div>"
            + "<div class=\"post-content\"><p><em>Courtesy of Forests News</em></p><p><em>Written by: <a href=\"https://news.example/julie\">Julie Mollins</a></em></p>" + Paragraphs(4) + "</div></article>";
        Assert.Equal("Julie Mollins", Parse(body).Byline);
    }

    [Fact]
    public void A_byline_naming_only_the_site_gives_no_author()
    {
        var body = "<article><h1>Forestlands Key to Protecting Climate</h1><div class=\"post-author-name\">By <a href=\"/author/press/\">The Planetary Press</a></div>"
            + "<div class=\"post-content\"><p><em>Courtesy of Forests News</em></p>" + Paragraphs(4) + "</div></article>";
        Assert.Null(Parse(body).Byline);
    }

    [Fact]
    public void A_sites_name_written_with_accents_is_no_author()
    {
        const string head = "<link rel=\"canonical\" href=\"https://larepublica.example/datos/2022/05/02/cronograma/\">";
        var body = "<article><h1>Cronograma escolar 2022: cuándo serán las vacaciones</h1><div class=\"author\"><a href=\"/autor/lr\">La República</a></div>"
            + Paragraphs(4) + "</article>";
        Assert.Null(Parse(body, head, "es").Byline);
    }

    [Fact]
    public void A_persons_accented_name_beside_such_a_site_is_an_author()
    {
        const string head = "<link rel=\"canonical\" href=\"https://larepublica.example/datos/2022/05/02/cronograma/\">";
        var body = "<article><h1>Cronograma escolar 2022: cuándo serán las vacaciones</h1><div class=\"author\"><a href=\"/autor/rl\">Rocío Latorre</a></div>"
            + Paragraphs(4) + "</article>";
        Assert.Equal("Rocío Latorre", Parse(body, head, "es").Byline);
    }
}
