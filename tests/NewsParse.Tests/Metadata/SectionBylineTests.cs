using Xunit;

using static NewsParse.Tests.Metadata.MetadataPages;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// The article's section, as its <c>article:section</c> meta tag names it, is never an author: a byline element that
/// links the category beside the date names nobody. Its counterpart: the author named in the same element is kept.
/// </summary>
public class SectionBylineTests
{
    private const string Head = "<meta property=\"article:section\" content=\"Wein &amp; Geschmack\">";

    [Fact]
    public void A_byline_element_naming_the_section_names_no_author()
    {
        var body = "<article><h1>Wein dekantieren: Alles Wissenswerte</h1><div class=\"byline\"><a href=\"/wein-geschmack/\" class=\"cat\">Wein &amp; Geschmack</a> · <time>14. Oktober 2021</time></div>"
            + Paragraphs(4) + "</article>";
        Assert.Null(Parse(body, Head, "de").Byline);
    }

    [Fact]
    public void An_author_beside_the_section_is_kept()
    {
        var body = "<article><h1>Wein dekantieren: Alles Wissenswerte</h1><div class=\"byline\">Von <a href=\"/autor/susanne\">Susanne Börsch</a> · <time>14. Oktober 2021</time></div>"
            + Paragraphs(4) + "</article>";
        Assert.Equal("Susanne Börsch", Parse(body, Head, "de").Byline);
    }
}
