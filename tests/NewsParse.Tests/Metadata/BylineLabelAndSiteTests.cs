using Xunit;

using static NewsParse.Tests.Metadata.MetadataPages;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// A gender-inclusive label ("AUTOR/IN", "Autor*in") is a label, not a name beside the author's; an author meta tag
/// that holds the site's part of the title ("Headline | Site") names the site, not a writer, while one that names a
/// person shown in the article's head is kept.
/// </summary>
public class BylineLabelAndSiteTests
{
    [Fact]
    public void A_gender_inclusive_label_is_no_name()
    {
        var body = "<article><h1>Volleyball: Meister im fünften Satz</h1><div class=\"meta\"><dl class=\"meta-authors\">"
            + "<dt class=\"meta-author-name\">AUTOR/IN</dt><dd class=\"meta-author-name\" itemprop=\"author\">Julius Richter</dd></dl></div>"
            + Paragraphs(4) + "</article>";
        var article = Parse(body, lang: "de");
        Assert.Equal("Julius Richter", article.Byline);
        Assert.Equal(["Julius Richter"], article.Authors);
    }

    [Fact]
    public void A_label_with_a_gender_star_opens_a_byline()
    {
        var body = "<article><h1>Volleyball: Meister im fünften Satz</h1><p>Autor*in: Julia Berger</p>" + Paragraphs(4) + "</article>";
        Assert.Equal("Julia Berger", Parse(body, lang: "de").Byline);
    }

    [Fact]
    public void An_author_meta_tag_holding_the_sites_part_of_the_title_names_no_author()
    {
        var head = "<title>Rioja Reserva im Test | Iberische Weine in Berlin</title>"
            + "<meta name=\"author\" content=\"Iberische Weine in Berlin - Vinos Y Tapas\">";
        var body = "<div class=\"top\"><div class=\"brand\">Iberische Weine in Berlin</div></div><article><h1>Rioja Reserva im Test</h1>"
            + "<p class=\"meta\">Iberische Weine in Berlin</p>" + Paragraphs(4) + "</article>";
        Assert.Null(Parse(body, head, lang: "de").Byline);
    }

    [Fact]
    public void An_author_meta_tag_naming_someone_else_than_the_title_is_kept_when_shown()
    {
        var head = "<title>Rioja Reserva im Test | Iberische Weine in Berlin</title><meta name=\"author\" content=\"André Hartmann\">";
        var body = "<article><h1>Rioja Reserva im Test</h1><p class=\"meta\">André Hartmann</p>" + Paragraphs(4) + "</article>";
        Assert.Equal("André Hartmann", Parse(body, head, lang: "de").Byline);
    }
}
