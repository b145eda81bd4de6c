using NewsParse.Detection;
using NewsParse.Html;
using NewsParse.Html.Dom;
using Xunit;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// The cheap tests the metadata readers run before an element's text is made: they may say yes where the reader then
/// finds nothing, never no where it would find something.
/// </summary>
public class MetadataPrefilterTests
{
    [Theory]
    [InlineData("By Jane Doe", true)]
    [InlineData("Posted by: admin", true)]
    [InlineData("Ein Artikel von Pamela Sladky", true)]
    [InlineData("ÉCRIT PAR Pierre Puchot", true)]
    [InlineData("12.03.2020 Von Anna Schmidt", true)]
    [InlineData("Maybe tomorrow, Jane", false)]
    [InlineData("Nearby: the Avon and the Parade", false)]
    [InlineData("Sandy Hook", false)]
    public void A_label_counts_only_as_a_word_of_its_own(string text, bool labelled)
    {
        Assert.Equal(labelled, AuthorNames.MayBeLabelled(text));
    }

    [Theory]
    [InlineData("By Jane Doe")]
    [InlineData("Von Anna Schmidt und Peter Uhr, 9. März 2025")]
    [InlineData("Text: Harald Willenbrock")]
    public void Every_line_read_as_labelled_passes_the_prefilter(string line)
    {
        Assert.True(AuthorNames.Read(line, marked: false) is { Labelled: true });
        Assert.True(AuthorNames.MayBeLabelled(line));
    }

    [Theory]
    [InlineData("<p>Published <b>20</b>20-05-09</p>", true)]
    [InlineData("<p>Datum <span>25.01.2022</span></p>", true)]
    [InlineData("<p>Vor <i>3</i> Tagen, Seite 12</p>", false)]
    public void A_date_needs_four_digits_in_a_row_across_text_nodes(string html, bool mayHold)
    {
        var element = FirstParagraph(html);
        Assert.Equal(mayHold, ArticleHead.MayHoldDate(element));
        if (!mayHold) Assert.Null(NewsParse.Text.DateReader.Find(TextCollector.Flat(element)));
    }

    [Theory]
    [InlineData("<p><span>Von</span> <a href=\"/autor/x\">Jane Doe</a></p>", true)]
    [InlineData("<p>Maybe <em>Paradise</em></p>", false)]
    public void A_label_is_looked_for_in_the_text_nodes(string html, bool mayHold)
    {
        Assert.Equal(mayHold, ArticleHead.MayHoldLabel(FirstParagraph(html)));
    }

    [Fact]
    public void Squashed_names_and_word_sets_are_lower_cased_letters_and_digits()
    {
        Assert.Equal("popkulturde", TitleText.Squash("Popkultur.de"));
        Assert.Equal("", TitleText.Squash(" – "));
        Assert.Equal(new HashSet<string> { "new", "york", "2020" }, TitleText.WordSet("New York, NEW YORK 2020!"));
    }

    private static HtmlElement FirstParagraph(string html)
    {
        var document = HtmlDocument.Parse(("<html><body>" + html + "</body></html>").AsMemory(), 256);
        var index = PageIndex.Build(document, 256);
        return index.Nodes.First(node => node.Name == "p").Element;
    }
}
