using NewsParse.Model;
using NewsParse.Rendering;
using Xunit;

namespace NewsParse.Tests.Headings;

/// <summary>
/// Tagged headings that are no section headings: the titles of a teaser box set in the text (headings and an image or
/// a linked title, nothing to read) are boilerplate and the text after the box stays in its section; a paragraph set
/// as a heading (more words than a heading has, a sentence) is a paragraph. Counter-examples: a heading alone in its
/// wrapper, two headings in a wrapper with no image or link, a long question heading.
/// </summary>
public class TaggedHeadingTests
{
    private const string Text =
        "The harbour authority approved the new ferry terminal on Monday after two years of debate, and the first "
        + "boats should dock before the summer season, officials said at a crowded meeting in the town hall.";

    private static Article Page(string body) => NewsParser.Parse($"<html><body><article><h1>Ferry terminal approved</h1>{body}</article></body></html>");

    private static List<string> Headings(Article article) => article.AllSections().Where(s => s.Heading is not null).Select(s => s.Heading!).ToList();

    [Fact]
    public void Teaser_box_in_the_text_is_boilerplate_and_the_text_after_it_stays_in_its_section()
    {
        var article = Page($"<h2>What changed</h2><p>{Text}</p>"
            + "<div class=\"callout\"><div role=\"heading\" aria-level=\"4\">Keep Reading</div><figure><img src=\"a.jpg\" alt=\"\"></figure>"
            + "<div role=\"heading\" aria-level=\"5\">The latest on <a href=\"/ai\">artificial intelligence</a>, from machine learning to vision</div></div>"
            + $"<p>{Text} After the box.</p>");
        Assert.Equal(["What changed"], Headings(article));
        // both paragraphs in the section the box stands in (the box's image stays with them, as content)
        Assert.Equal([Text, Text + " After the box."], article.Sections.Single(s => s.Heading == "What changed").Blocks.OfType<ParagraphBlock>().Select(p => p.Text));
        Assert.Contains(article.Boilerplate, b => b.Kind == BoilerplateKind.RelatedLink && b.Text == "Keep Reading");
    }

    [Theory]
    // a heading alone in its wrapper
    [InlineData("<div class=\"heading-wrap\"><h2>What changed</h2></div>")]
    // two headings in a wrapper, no image, no link: a title and its subtitle
    [InlineData("<div class=\"title-group\"><h2>What changed</h2><h3>And what did not</h3></div>")]
    // a heading and an image of its own with text in the box
    [InlineData("<div class=\"part\"><h2>What changed</h2><img src=\"a.jpg\" alt=\"\"><p>" + Text + "</p></div>")]
    public void Heading_in_a_wrapper_of_its_own_stays_a_heading(string box)
    {
        var article = Page($"<p>{Text}</p>{box}<p>{Text}</p>");
        Assert.Equal("What changed", Headings(article)[0]);
    }

    [Fact]
    public void Paragraph_set_as_a_heading_is_a_paragraph()
    {
        const string standfirst = "Malgré les acquis réalisés au profit de la femme depuis l’indépendance, la participation de la femme à la vie "
            + "économique et politique a connu un certain recul, selon le dernier rapport du Forum économique mondial.";
        var article = Page($"<h2>{standfirst}</h2><p>{Text}</p><h2>Des actions à entreprendre</h2><p>{Text}</p>");
        Assert.Equal(["Des actions à entreprendre"], Headings(article));
        Assert.Equal(standfirst, article.Sections[0].Blocks[0].Text);
        Assert.Contains(standfirst, ArticleText.ToText(article));
    }

    [Fact]
    public void Long_question_heading_stays_a_heading()
    {
        const string question = "Was ist, wenn der Schutz des Blasius-Segens in diesem Jahr nicht funktioniert, weil niemand in die Kirche kommen darf?";
        var article = Page($"<p>{Text}</p><h3>{question}</h3><p>{Text}</p>");
        Assert.Equal([question], Headings(article));
    }
}
