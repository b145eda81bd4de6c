using Xunit;

using static NewsParse.Tests.Metadata.MetadataPages;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// A byline element whose class hides it from readers ("vcard rich-snippet-hidden": a theme's copy for machines) is no
/// byline shown; the byline the page shows is read instead. Its counterpart: a class that hides it on one kind of
/// screen only ("mobile-hidden"), or that hides its label ("field--label-hidden"), still shows it.
/// </summary>
public class HiddenBylineTests
{
    private static string Page(string metaClass) =>
        "<article><h1>Parkplätze am Waldrand gesperrt</h1><div class=\"meta-info\"><span class=\"" + metaClass + "\"><span class=\"fn\"><a href=\"/author/lutz-molter/\">Lutz Molter</a></span></span></div>"
        + "<p><strong>Von Anna Berger</strong></p>" + Paragraphs(4) + "</article>";

    [Fact]
    public void A_hidden_copy_of_the_byline_gives_way_to_the_shown_one() => Assert.Equal("Anna Berger", Parse(Page("vcard rich-snippet-hidden"), lang: "de").Byline);

    [Theory]
    [InlineData("vcard mobile-hidden")]
    [InlineData("vcard field--label-hidden")]
    [InlineData("vcard hidden lg:flex")]
    public void A_byline_hidden_on_phones_only_or_without_its_label_is_shown(string metaClass) => Assert.Equal("Lutz Molter", Parse(Page(metaClass), lang: "de").Byline);
}
