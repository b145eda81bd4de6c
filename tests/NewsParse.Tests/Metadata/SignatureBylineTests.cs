using Xunit;

using static NewsParse.Tests.Metadata.MetadataPages;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// A page that shows no byline may sign its text: the author's name alone in italics (or aligned right) on the text's
/// last line, after a line break or in a block of its own right under the last paragraphs. Its counterparts: a name in
/// bold (a heading written into the text), an epigraph's author above the text, and a list of several such names are no
/// signature.
/// </summary>
public class SignatureBylineTests
{
    private const string Headline = "<h1>Le marché du travail est-il trop rigide ?</h1>";

    [Fact]
    public void A_name_in_italics_after_the_last_line_break_signs_the_text()
    {
        var body = "<article>" + Headline + Paragraphs(4)
            + "<p>" + Sentence + Sentence + "<br><em>Claudia Duwe</em></p><p>Den ganzen Artikel finden Sie in unserer Ausgabe 1/2023 und im Shop.</p></article>";
        Assert.Equal("Claudia Duwe", Parse(body).Byline);
    }

    [Fact]
    public void A_name_aligned_right_under_the_last_paragraph_signs_the_text()
    {
        var body = "<article>" + Headline + Paragraphs(4)
            + "<p align=\"right\"><em><font size=\"2\">Denis Clerc</font></em></p><p>(1) Ces chiffres sont collectés par l'OCDE et Eurostat, et publiés chaque année.</p></article>";
        Assert.Equal("Denis Clerc", Parse(body).Byline);
    }

    [Fact]
    public void A_name_in_bold_is_a_heading_not_a_signature()
    {
        var body = "<article>" + Headline + Paragraphs(4) + "<p><b>Outdoor Days</b></p>" + Paragraphs(1) + "</article>";
        Assert.Null(Parse(body).Byline);
    }

    [Fact]
    public void An_epigraphs_author_above_the_text_is_no_signature()
    {
        var body = "<article>" + Headline + "<p>" + Sentence + "<br><em>Albert Camus</em></p>" + Paragraphs(5) + "</article>";
        Assert.Null(Parse(body).Byline);
    }

    [Fact]
    public void Two_names_set_apart_are_a_list_not_a_signature()
    {
        var body = "<article>" + Headline + Paragraphs(4)
            + "<p>" + Sentence + "<br><em>Claudia Duwe</em></p><p>" + Sentence + "<br><em>Anselm Grün</em></p></article>";
        Assert.Null(Parse(body).Byline);
    }
}
