using System.Text.Json.Nodes;
using NewsParse.Model;
using NewsParse.Reading;
using NewsParse.Rendering;
using Xunit;

namespace NewsParse.Tests.Html;

/// <summary>
/// Headings no tag marks (issue 26): renditions of the seed article whose headings are bold paragraphs, font blocks,
/// classed divs, italic lines or table cells give the seed's section tree; bold lead-ins, bold links, captions,
/// bylines, date lines and labels are no headings; levels follow the tags and the visual weight of the lines.
/// </summary>
public class HeadingEvidenceTests
{
    private const string Text =
        "The harbour authority approved the new ferry terminal on Monday after two years of debate, and the first "
        + "boats should dock before the summer season, officials said at a crowded meeting in the town hall.";

    private static JsonNode ExpectedSeed() => JsonNode.Parse(Corpus.Read("seed", "xi-putin-moscow.wordpress.expected.json"))!;

    private static JsonObject ParseJson(string file) => JsonNode.Parse(ArticleJson.ToJson(NewsParser.Parse(Corpus.Read("html", file))))!.AsObject();

    /// <summary>The headings of the article as "level heading" lines, in order, nested sections included.</summary>
    private static List<string> Outline(Article article) =>
        article.AllSections().Where(s => s.Heading is not null).Select(s => $"{s.Level} {s.Heading}").ToList();

    private static Article Page(string body) => NewsParser.Parse($"<html><body><article>{body}</article></body></html>");

    private static string P(string extra = "") => $"<p>{Text}{extra}</p>";

    [Theory]
    [InlineData("xi-putin.headings-bold-paragraphs.html")]
    [InlineData("xi-putin.headings-font-blocks.html")]
    [InlineData("xi-putin.headings-magazine.html")]
    [InlineData("xi-putin.headings-classed-divs.html")]
    [InlineData("xi-putin.headings-italic-lines.html")]
    [InlineData("xi-putin.headings-table-layout.html")]
    public void Rendition_with_headings_set_apart_by_markup_gives_the_seed_tree(string file)
    {
        var expected = ExpectedSeed();
        var actual = ParseJson(file);
        Assert.Null(JsonSubset.FirstDifference(expected["sections"], actual["sections"], "$.sections"));
        Assert.Null(JsonSubset.FirstDifference(expected["faq"], actual["faq"], "$.faq"));
    }

    /// <summary>Each section as its heading and the text of its blocks, in reading order, nested sections included.</summary>
    private static List<string> Tree(Article article) =>
        article.AllSections().Select(s => $"{s.Heading} | {string.Join(" | ", s.Blocks.Select(b => $"{b.Type}: {b.Text}"))}").ToList();

    [Theory]
    [InlineData("lemonde-1.headings-tagged.html", "lemonde-1.headings-intertitre.html")]
    [InlineData("lemonde-1.headings-tagged.html", "lemonde-1.headings-bold-paragraphs.html")]
    [InlineData("aclu.headings-tagged.html", "aclu.headings-font-blocks.html")]
    public void Rendition_of_a_development_page_gives_the_tree_of_its_tagged_page(string tagged, string rendition)
    {
        var expected = NewsParser.Parse(Corpus.Read("readability", tagged));
        var actual = NewsParser.Parse(Corpus.Read("readability", rendition));
        Assert.True(expected.Sections.Count(s => s.Heading is not null) >= 7);
        Assert.Equal(Tree(expected), Tree(actual));
        // top-level sections at level 2, whatever the tag level of the reference
        Assert.All(actual.Sections.Where(s => s.Heading is not null), s => Assert.Equal(2, s.Level));
        var origins = ArticleParser.Default.ReadEvents(Corpus.Read("readability", rendition)).OfType<HeadingEvent>().Select(h => h.Origin).Distinct();
        Assert.Equal([HeadingOrigin.Markup], origins);
    }

    [Fact]
    public void French_page_keeps_its_bold_link_and_underlined_lead_in_as_paragraphs()
    {
        var article = NewsParser.Parse(Corpus.Read("readability", "lemonde-1.headings-intertitre.html"));
        Assert.Equal("Définition des objectifs des services", article.Sections[1].Heading);
        var intro = article.Sections[0];
        Assert.Null(intro.Heading);
        Assert.Contains(intro.Blocks, b => b is ParagraphBlock p && p.Text == "Revivez le direct du vote à l’Assemblée avec vos questions.");
        Assert.Contains(intro.Blocks, b => b is ParagraphBlock p && p.Text.StartsWith("Retour sur ses principales dispositions", StringComparison.Ordinal));
    }

    [Fact]
    public void Magazine_subsection_title_in_italics_is_a_nested_section_with_its_paragraphs()
    {
        var article = NewsParser.Parse(Corpus.Read("html", "xi-putin.headings-magazine.html"));
        var economic = article.Sections.Single(s => s.Heading == "Economic Lifelines and Strategic Leverage");
        var trade = Assert.Single(economic.Sections);
        Assert.Equal("China’s Trade Support Amid Sanctions", trade.Heading);
        Assert.Equal(3, trade.Level);
        Assert.Equal(3, trade.Blocks.Count);
        Assert.Empty(economic.Blocks);
    }

    [Fact]
    public void Counter_examples_are_not_headings_and_their_text_stays_in_the_body()
    {
        var article = NewsParser.Parse(Corpus.Read("html", "xi-putin.headings-counter-examples.html"));
        var seed = ExpectedSeed()["sections"]!.AsArray();
        var expected = new List<string>();
        var stack = new Stack<JsonNode>(seed.Reverse().Select(n => n!));
        while (stack.Count > 0)
        {
            var section = stack.Pop();
            if (section["heading"] is { } heading) expected.Add($"{(int)section["level"]!} {(string)heading!}");
            foreach (var child in section["sections"]!.AsArray().Reverse()) stack.Push(child!);
        }
        Assert.Equal(expected, Outline(article));

        var body = ArticleText.ToText(article);
        Assert.Contains("Moscow, May 9: In a politically charged moment", body);                     // a bold lead-in
        Assert.Contains("Xi Jinping and Vladimir Putin at the Kremlin on Friday", body);            // a bold caption under an image
        Assert.Contains("Soldiers rehearse for the Victory Day parade on Red Square", body);        // an italic caption
        Assert.Contains("Trade first. This trade relationship", body);
        Assert.DoesNotContain("Rafale Fighter Jets", body);                                          // a bold link
        Assert.DoesNotContain(article.AllSections(), s => s.Heading is "By Rahim Chowdhury" or "May 9, 2025" or "Advertisement");
        Assert.Contains(article.Boilerplate, b => b.Kind == BoilerplateKind.Advertisement && b.Text == "Advertisement");
    }

    [Fact]
    public void Bold_line_between_paragraphs_is_a_heading_explained_as_markup_evidence()
    {
        var events = ArticleParser.Default.ReadEvents($"<html><body><article>{P()}<p><b>What the works will change</b></p>{P()}</article></body></html>").ToList();
        var heading = Assert.Single(events.OfType<HeadingEvent>());
        Assert.Equal("What the works will change", heading.Text);
        Assert.Equal(2, heading.Level);
        Assert.Equal(HeadingOrigin.Markup, heading.Origin);
        Assert.StartsWith("set apart by bold; one short line (5 words) without sentence end; followed by longer text", heading.Reason);
        Assert.EndsWith("level 2: a top-level heading", heading.Reason);
        Assert.Contains("\"origin\":\"markup\"", ArticleJson.ToJson(heading));
    }

    [Fact]
    public void Tagged_and_text_headings_say_where_they_come_from()
    {
        var tagged = ArticleParser.Default.ReadEvents($"<html><body><article>{P()}<h2>The new terminal</h2>{P()}</article></body></html>");
        Assert.Equal(HeadingOrigin.Tag, Assert.Single(tagged.OfType<HeadingEvent>()).Origin);
        var text = ArticleParser.Default.ReadEvents($"Ferry terminal approved\n\n{Text}\n\nWhat the works will change\n\n{Text}\n");
        Assert.All(text.OfType<HeadingEvent>(), h => Assert.Equal(HeadingOrigin.TextLine, h.Origin));
    }

    [Fact]
    public void Bold_line_under_a_tagged_heading_is_one_level_deeper()
    {
        var article = Page($"{P()}<h2>The new terminal</h2>{P()}<p><strong>Piers and halls</strong></p>{P()}<h2>The cost</h2>{P()}");
        Assert.Equal(["2 The new terminal", "3 Piers and halls", "2 The cost"], Outline(article));
    }

    [Fact]
    public void Font_size_and_bold_outweigh_bold_alone_when_the_page_nests_them()
    {
        var big = (string t) => $"<p><span style=\"font-size:20px\"><b>{t}</b></span></p>";
        var bold = (string t) => $"<p><b>{t}</b></p>";
        var article = Page($"{P()}{big("The new terminal")}{bold("Piers and halls")}{P()}{bold("The waiting room")}{P()}{big("The cost")}{P()}{bold("Who pays")}{P()}");
        Assert.Equal(["2 The new terminal", "3 Piers and halls", "3 The waiting room", "2 The cost", "3 Who pays"], Outline(article));
    }

    [Fact]
    public void Size_counts_against_the_article_text_not_the_browser_default()
    {
        // a page pasted from a word processor: every paragraph sized, the headings only somewhat larger
        var para = $"<p style=\"font-size:12pt\">{Text}</p>";
        var article = Page($"{para}<p style=\"font-size:14pt\">The new terminal</p>{para}<p style=\"font-size:14pt\">The cost</p>{para}");
        Assert.Equal(["2 The new terminal", "2 The cost"], Outline(article));

        // the same line at the text's own size is no heading, and neither is fine print
        var flat = Page($"{para}<p style=\"font-size:12pt\">The new terminal</p>{para}<p><font size=\"2\">Printed on recycled paper</font></p>{para}");
        Assert.Empty(Outline(flat));
    }

    [Fact]
    public void On_a_page_written_in_bold_a_bold_line_sets_nothing_apart()
    {
        var bold = $"<p><b>{Text}</b></p>";
        var article = Page($"{bold}<p><b>The new terminal</b></p>{bold}{bold}");
        Assert.Empty(Outline(article));
    }

    [Fact]
    public void Italic_lines_are_headings_when_they_recur_not_once()
    {
        var once = Page($"{P()}<p><em>The new terminal</em></p>{P()}{P()}");
        Assert.Empty(Outline(once));
        var recurring = Page($"{P()}<p><em>The new terminal</em></p>{P()}<p><em>The cost</em></p>{P()}");
        Assert.Equal(["2 The new terminal", "2 The cost"], Outline(recurring));
    }

    [Fact]
    public void Classed_line_of_the_heading_family_is_a_heading_in_the_main_languages()
    {
        foreach (var name in new[] { "subhead", "zwischentitel", "intertitre", "sottotitolo", "tussenkop", "article__subtitle" })
        {
            var article = Page($"{P()}<div class=\"{name}\">Der neue Anleger</div>{P()}");
            Assert.Equal(["2 Der neue Anleger"], Outline(article));
        }
    }

    [Fact]
    public void Numbered_bold_lines_of_a_list_article_are_headings()
    {
        var item = (string t) => $"<p><strong><span style=\"color: #e50a8c;\">{t}</span></strong></p>{P()}";
        var article = Page($"{P()}{item("1. Christie Leigh Mueller")}{item("2. Sam Ponder")}{item("3. Kristi Dosh")}");
        Assert.Equal(["2 1. Christie Leigh Mueller", "2 2. Sam Ponder", "2 3. Kristi Dosh"], Outline(article));
    }

    [Fact]
    public void Italic_line_right_under_a_tagged_heading_is_its_subtitle()
    {
        var section = (string h, string kicker) => $"<h3><strong>{h}</strong></h3><p><em>{kicker}</em></p>{P()}";
        var article = Page($"{P()}{section("Pre-workout meal", "Eat 60 to 90 minutes before your workout")}{section("Workout supplement", "Drink during your workout")}");
        // the h3s are the shallowest headings of the body: top-level sections, level 2
        Assert.Equal(["2 Pre-workout meal", "2 Workout supplement"], Outline(article));
    }

    [Theory]
    [InlineData("<p><b>Harbour:</b> The authority approved the terminal on Monday.</p>")]           // a lead-in inside a paragraph
    [InlineData("<p><strong><a href=\"/other\">Ferry fares rise again this winter</a></strong></p>")] // a bold link
    [InlineData("<p><img src=\"/p.jpg\"><br><b>The new terminal seen from the bay</b></p>")]          // a caption under an image
    [InlineData("<p><strong>By Jane Doe</strong></p>")]                                               // a byline
    [InlineData("<p><em>C:/Users/Name/AppData/Local/Harbour</em></p>")]                               // a path
    [InlineData("<p><b>Monday, 5 May 2025</b></p>")]                                                  // a date line
    [InlineData("<p><b>This is a whole sentence in bold that says what the harbour authority decided today.</b></p>")]
    [InlineData("<p><b>Why did the harbour authority take two whole years to approve a terminal that everyone wanted?</b></p>")] // a reader's question
    public void Not_a_heading(string line)
    {
        var article = Page($"{P()}{P()}{line}{P()}{P()}");
        Assert.Empty(Outline(article));
    }

    [Fact]
    public void Bold_line_opening_a_section_after_a_gallery_of_another_box_is_a_heading_not_a_caption()
    {
        var gallery = "<div class=\"row\"><div class=\"col\"><div class=\"frame\"><a href=\"/a.jpg\"><img src=\"/a.jpg\"></a></div></div>"
            + "<div class=\"col\"><div class=\"frame\"><a href=\"/b.jpg\"><img src=\"/b.jpg\"></a></div></div></div>";
        var article = Page($"{P()}{P()}{gallery}<section><div class=\"text\"><p><strong>The new terminal</strong></p>{P()}</div></section>");
        Assert.Equal(["2 The new terminal"], Outline(article));

        // the same line in the image's own box is its caption
        var captioned = Page($"{P()}{P()}<div class=\"frame\"><a href=\"/a.jpg\"><img src=\"/a.jpg\"></a><p><strong>The new terminal</strong></p></div>{P()}");
        Assert.Empty(Outline(captioned));
    }

    [Fact]
    public void Lone_bold_line_above_the_text_is_a_standfirst_not_a_heading()
    {
        var article = Page($"<p><b>The harbour gets its ferry terminal after all</b></p>{P()}{P()}");
        Assert.Empty(Outline(article));
    }

    [Fact]
    public void Bold_line_with_nothing_after_it_is_no_heading()
    {
        var article = Page($"{P()}{P()}<p><b>Thanks for reading</b></p>");
        Assert.Empty(Outline(article));
    }
}
