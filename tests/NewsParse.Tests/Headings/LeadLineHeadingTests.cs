using NewsParse.Model;
using NewsParse.Reading;
using NewsParse.Rendering;
using Xunit;

namespace NewsParse.Tests.Headings;

/// <summary>
/// A first line set apart and ended by a line break ("&lt;p&gt;&lt;strong&gt;Brut im Obstgarten&lt;/strong&gt;&lt;br&gt;Schon im …")
/// is weighed as a heading of its own, the rest of the paragraph being its first text; a bold label ending with a
/// colon standing alone ("Programm:") is a heading. Counter-examples: a bold lead-in sentence, a name over short
/// address lines, an italic first line, a colon label in italics, a bold label running on in its paragraph.
/// </summary>
public class LeadLineHeadingTests
{
    private const string Text =
        "The harbour authority approved the new ferry terminal on Monday after two years of debate, and the first "
        + "boats should dock before the summer season, officials said at a crowded meeting in the town hall.";

    private static Article Page(string body) => NewsParser.Parse($"<html><body><article>{body}</article></body></html>");

    /// <summary>Each section as "heading | block texts", in reading order, nested sections included.</summary>
    private static List<string> Tree(Article article) =>
        article.AllSections().Select(s => $"{s.Heading} | {string.Join(" | ", s.Blocks.Select(b => b.Text))}").ToList();

    [Fact]
    public void Bold_first_line_ended_by_a_break_heads_the_rest_of_its_paragraph()
    {
        var article = Page($"<p>{Text}</p><p><strong>Brut im Obstgarten</strong><br>\n{Text}</p><p><strong>Eine Infrastruktur für den Kauz</strong><br />{Text} Again.</p>");
        Assert.Equal(
            [$" | {Text}", $"Brut im Obstgarten | {Text}", $"Eine Infrastruktur für den Kauz | {Text} Again."],
            Tree(article));
        var headings = ArticleParser.Default.ReadEvents($"<html><body><article><p>{Text}</p><p><b>Grauer Norden</b><br>{Text}</p></article></body></html>").OfType<HeadingEvent>();
        var heading = Assert.Single(headings);
        Assert.Equal(HeadingOrigin.Markup, heading.Origin);
        Assert.Equal(2, heading.Level);
    }

    [Fact]
    public void Break_inside_the_bold_element_ends_the_line_too()
    {
        var article = Page($"<p>{Text}</p><p><strong>APPLE NEWS+ <br></strong> {Text}</p><p><strong>READLY<br></strong>{Text}</p>");
        Assert.Equal(["APPLE NEWS+", "READLY"], article.AllSections().Where(s => s.Heading is not null).Select(s => s.Heading));
    }

    [Theory]
    // a bold lead-in that is a sentence of the paragraph
    [InlineData("<p><b>The vote was close.</b><br>" + Text + "</p>")]
    // an italic first line (a credit, a caption)
    [InlineData("<p><i>Photo by the harbour authority</i><br>" + Text + "</p>")]
    // a bold line after a first line of plain text: no first line set apart
    [InlineData("<p>Plain words first<br><b>Then bold</b><br>" + Text + "</p>")]
    public void First_line_that_is_no_heading_stays_in_its_paragraph(string paragraph)
    {
        var article = Page($"<p>{Text}</p>{paragraph}<p>{Text}</p>");
        Assert.DoesNotContain(article.AllSections(), s => s.Heading is not null);
        Assert.Equal(3, article.Sections[0].Blocks.Count);
    }

    [Fact]
    public void Bold_name_over_short_address_lines_is_no_heading_and_keeps_its_text()
    {
        var article = Page($"<p>{Text}</p><p><strong>Felix Losada</strong><br>Pressesprecher<br>Tel. 040 30030</p><p>{Text}</p>");
        Assert.DoesNotContain(article.AllSections(), s => s.Heading is not null);
        // the lines stay one block (body text or contact boilerplate), the name with its lines
        var text = ArticleText.ToText(article) + "\n" + string.Join("\n", article.Boilerplate.Select(b => b.Text));
        Assert.Contains("Felix Losada Pressesprecher Tel. 040 30030", text);
    }

    [Fact]
    public void Bold_label_ending_with_a_colon_standing_alone_is_a_heading()
    {
        var article = Page($"<p>{Text}</p><p><strong>Programm:</strong></p><p>{Text}</p><p><b>Links zur Sendung:</b></p><ul><li>{Text}</li><li>{Text}</li></ul>");
        Assert.Equal(["Programm:", "Links zur Sendung:"], article.AllSections().Where(s => s.Heading is not null).Select(s => s.Heading));
    }

    [Theory]
    // italics alone do not make a label ending with a colon a heading
    [InlineData("<p><em>Programm:</em></p>")]
    // a bold label running on in its paragraph is a lead-in
    [InlineData("<p><b>Programm:</b> " + Text + "</p>")]
    public void Colon_label_that_is_no_heading_stays_a_paragraph(string block)
    {
        var article = Page($"<p>{Text}</p>{block}<p>{Text}</p>");
        Assert.DoesNotContain(article.AllSections(), s => s.Heading is not null);
        Assert.Contains("Programm:", ArticleText.ToText(article));
    }

    [Fact]
    public void Heading_found_above_the_first_tagged_heading_is_its_sibling_not_its_parent()
    {
        var article = Page($"<p>{Text}</p><p><b>Was euch erwartet</b></p><p>{Text}</p><h3>Teil eins</h3><p>{Text}</p><h3>Teil zwei</h3><p>{Text}</p>");
        Assert.Equal(["Was euch erwartet", "Teil eins", "Teil zwei"], article.Sections.Where(s => s.Heading is not null).Select(s => s.Heading));
        Assert.All(article.Sections.Where(s => s.Heading is not null), s => Assert.Equal(2, s.Level));
    }
}
