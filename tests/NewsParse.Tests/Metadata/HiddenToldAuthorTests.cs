using Xunit;

using static NewsParse.Tests.Metadata.MetadataPages;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// A name the metadata tells is kept when the page shows it; a copy in the article's head whose class hides it from
/// readers ("vcard rich-snippet-hidden", a theme's copy for machines) does not show it. The same copy without the hiding
/// class does.
/// </summary>
public class HiddenToldAuthorTests
{
    private static string Page(string cls) =>
        "<article><h1>Parkplätze am Waldrand gesperrt</h1><div class=\"meta-info\"><span class=\"" + cls + "\"><span class=\"fn\"><a href=\"/?p=12\">Lutz Molter</a></span></span> | 14. Mai 2021</div>"
        + Paragraphs(4) + "</article>";

    private const string Head = "<meta name=\"author\" content=\"Lutz Molter\">";

    [Fact]
    public void A_told_name_only_in_a_hidden_copy_is_not_shown() => Assert.Null(Parse(Page("vcard rich-snippet-hidden"), Head, "de").Byline);

    [Fact]
    public void A_told_name_in_a_shown_copy_is_the_author() => Assert.Equal("Lutz Molter", Parse(Page("vcard"), Head, "de").Byline);
}
