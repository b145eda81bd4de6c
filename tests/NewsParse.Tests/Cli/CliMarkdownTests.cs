using NewsParse.Model;
using NewsParse.Rendering;
using Xunit;

namespace NewsParse.Tests.Cli;

/// <summary>
/// <c>--format markdown</c> is valid CommonMark whose heading tree is the article's: read back with Markdig, the
/// headings (level and text, in order) are the headline, the sections depth first and the FAQ, and nothing else.
/// </summary>
public class CliMarkdownTests
{
    [Fact]
    public void Markdown_of_the_bundled_sample_has_the_articles_heading_tree()
    {
        var run = CliRun.Of("--format", "markdown");
        Assert.Equal(0, run.ExitCode);
        var article = NewsParser.Parse(File.ReadAllBytes(Corpus.PathOf("seed", "xi-putin-moscow.txt")));
        Assert.Contains(article.AllSections(), s => s.Level == 3);
        Assert.Equal(ExpectedHeadings(article), MarkdownHeadings.Of(run.Stdout));
    }

    [Fact]
    public void Markdown_keeps_the_heading_tree_when_texts_look_like_markup()
    {
        var article = new Article
        {
            Headline = "C# 12 *and* F# #",
            Byline = "Jane_Doe",
            Published = "2025-05-09",
            Sections =
            [
                new Section(null, null, [new ParagraphBlock("# not a heading"), new ParagraphBlock("1. not a list")]),
                new Section("Costs & <benefits> [1]", 2,
                    [
                        new ParagraphBlock("==="),
                        new ParagraphBlock("---"),
                        new ListBlock(false, ["- item", "# item"]),
                        new QuoteBlock("> quoted", "Someone"),
                    ],
                    [
                        new Section("Deep `code` heading", 3, [new CodeBlock("# comment\nx = 1", "python")],
                            [new Section("Deeper still ####", 4, [new ParagraphBlock("text")])]),
                    ]),
                new Section("Last one", 2, [new TableBlock([["a", "b"], ["c", "d"]], "a table"), new FigureBlock("a figure", "img.png")]),
            ],
            Faq = new Faq("FAQ: what *is* it?", [new FaqItem("Why #1?", "Because.\n\nAnd more."), new FaqItem("How_now?", "Like so.")]),
            Boilerplate = [new BoilerplateBlock(BoilerplateKind.ShareBar, "Share this", "a share bar")],
        };

        var markdown = ArticleMarkdown.ToMarkdown(article);
        Assert.Equal(ExpectedHeadings(article), MarkdownHeadings.Of(markdown));
        Assert.DoesNotContain("Share this", markdown);
    }

    /// <summary>The headings the article should render to: headline (1), sections depth first (their level), FAQ (2) and its questions (3).</summary>
    private static List<(int Level, string Text)> ExpectedHeadings(Article article)
    {
        var headings = new List<(int, string)>();
        if (article.Headline is not null) headings.Add((1, article.Headline));
        foreach (var section in article.AllSections())
        {
            if (section.Heading is not null) headings.Add((Math.Clamp(section.Level ?? 2, 1, 6), section.Heading));
        }
        if (article.Faq is { } faq)
        {
            headings.Add((2, faq.Heading ?? "FAQ"));
            headings.AddRange(faq.Items.Select(i => (3, i.Question)));
        }
        return headings;
    }
}
