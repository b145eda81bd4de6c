using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsParse.Model;
using Xunit;
using static NewsParse.Tests.Properties.ArticleRenderers;

namespace NewsParse.Tests.Properties;

/// <summary>
/// Parsing a rendered generated article recovers its structure, and every block of the input ends up exactly once in
/// the output (body, FAQ or boilerplate). Bounded runs (MaxTest 100) keep the suite fast.
/// </summary>
public class ParseProperties
{
    private const int Runs = 100;

    [Property(MaxTest = Runs, Arbitrary = [typeof(ArticleArbitraries)])]
    public void A_blank_line_separated_text_dump_gives_back_its_structure(ArticleSpec spec) =>
        AssertStructure(spec, NewsParser.ParseText(ToText(spec, TextStyle.BlankLineSeparated)), markdownLevels: false);

    [Property(MaxTest = Runs, Arbitrary = [typeof(ArticleArbitraries)])]
    public void A_one_block_a_line_text_dump_gives_back_its_structure(ArticleSpec spec) =>
        AssertStructure(spec, NewsParser.ParseText(ToText(spec, TextStyle.OneBlockALine)), markdownLevels: false);

    [Property(MaxTest = Runs, Arbitrary = [typeof(ArticleArbitraries)])]
    public void A_text_dump_with_markdown_headings_gives_back_its_structure(ArticleSpec spec) =>
        AssertStructure(spec, NewsParser.ParseText(ToText(spec, TextStyle.MarkdownHeadings)), markdownLevels: true);

    [Property(MaxTest = Runs, Arbitrary = [typeof(ArticleArbitraries)])]
    public void Every_block_of_a_text_dump_ends_up_exactly_once(ArticleSpec spec)
    {
        foreach (var style in Enum.GetValues<TextStyle>())
            AssertEveryBlockOnce(spec, NewsParser.Parse(ToText(spec, style)), $"text {style}");
    }

    // An HTML page needs some text to hold an article (Html.ContentSelector.MinArticleChars): below it the page reads as
    // having none and its text is summarised as page chrome. The HTML properties hold for pages that are articles.
    private const int MinHtmlArticleChars = 400;

    private static bool IsArticle(ArticleSpec spec) =>
        spec.Parts.OfType<SpecParagraph>().Sum(p => p.Text.Length) >= MinHtmlArticleChars;

    [Property(MaxTest = Runs, Arbitrary = [typeof(ArticleArbitraries)])]
    public void Every_block_of_a_semantic_html_page_ends_up_exactly_once(ArticleSpec spec)
    {
        if (IsArticle(spec)) AssertEveryBlockOnce(spec, NewsParser.Parse(ToHtml(spec, HtmlStyle.Semantic)), "semantic html");
    }

    [Property(MaxTest = Runs, Arbitrary = [typeof(ArticleArbitraries)])]
    public void Every_block_of_a_div_based_html_page_ends_up_exactly_once(ArticleSpec spec)
    {
        if (IsArticle(spec)) AssertEveryBlockOnce(spec, NewsParser.Parse(ToHtml(spec, HtmlStyle.DivBased)), "div html");
    }

    [Property(MaxTest = Runs, Arbitrary = [typeof(ArticleArbitraries)])]
    public void Every_block_of_an_html_page_with_chrome_ends_up_exactly_once(ArticleSpec spec)
    {
        if (IsArticle(spec)) AssertEveryBlockOnce(spec, NewsParser.Parse(ToHtml(spec, HtmlStyle.WithChrome)), "html with chrome");
    }

    [Property(MaxTest = Runs, Arbitrary = [typeof(ArticleArbitraries)])]
    public void A_semantic_html_page_gives_back_its_structure(ArticleSpec spec)
    {
        if (IsArticle(spec)) AssertStructure(spec, NewsParser.Parse(ToHtml(spec, HtmlStyle.Semantic)), markdownLevels: true);
    }

    /// <summary>The headline, the heading tree, the paragraphs and lists in order, the FAQ and the boilerplate.</summary>
    internal static void AssertStructure(ArticleSpec spec, Article article, bool markdownLevels)
    {
        Assert.Equal(spec.Headline, article.Headline);

        var expectedHeadings = new List<(string, int)>();
        int last = 0;
        bool lastWasHeading = false;
        foreach (var part in spec.Parts)
        {
            if (part is SpecHeading h)
            {
                int level = markdownLevels ? h.Level : lastWasHeading ? last + 1 : 2;
                expectedHeadings.Add((h.Text, level));
                last = level;
            }
            lastWasHeading = part is SpecHeading;
        }
        Assert.Equal(expectedHeadings, article.AllSections().Where(s => s.Heading is not null).Select(s => (s.Heading!, s.Level!.Value)).ToList());

        var expectedBlocks = spec.Parts.SelectMany(p => p switch
        {
            SpecParagraph para => [para.Text],
            SpecList list => [string.Join("\n", list.Items)],
            _ => Array.Empty<string>(),
        }).ToList();
        Assert.Equal(expectedBlocks, article.AllBlocks().Select(b => b.Text).ToList());
        Assert.All(article.AllBlocks().Zip(spec.Parts.Where(p => p is SpecParagraph or SpecList)),
            pair => Assert.Equal(pair.Second is SpecList ? BlockType.List : BlockType.Paragraph, pair.First.Type));

        var faq = spec.Parts.OfType<SpecFaq>().SingleOrDefault();
        if (faq is null) Assert.Null(article.Faq);
        else
        {
            Assert.NotNull(article.Faq);
            Assert.Equal(faq.Heading, article.Faq!.Heading);
            Assert.Equal(faq.Items.ToList(), article.Faq.Items.Select(i => (i.Question, i.Answer)).ToList());
        }

        Assert.Equal(spec.Parts.OfType<SpecBoilerplate>().Select(b => b.Text).ToList(), article.Boilerplate.Select(b => b.Text).ToList());
        Assert.DoesNotContain(article.Diagnostics, d => d.Code == DiagnosticCode.NoArticleFound);
    }

    /// <summary>
    /// Every line of the input (headline, headings, paragraphs, list items, FAQ heading, questions, answers, boilerplate)
    /// is found exactly once among the article's texts, whitespace collapsed; lines the renderer added around the
    /// article (page chrome) may only be boilerplate.
    /// </summary>
    internal static void AssertEveryBlockOnce(ArticleSpec spec, Article article, string what)
    {
        var expected = SpecLines(spec).GroupBy(l => l).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var actual = OutputLines(article).GroupBy(l => l).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var boilerplate = article.Boilerplate.SelectMany(b => Lines(b.Text)).ToHashSet(StringComparer.Ordinal);

        foreach (var (line, count) in expected)
        {
            actual.TryGetValue(line, out int found);
            Assert.True(count == found, $"{what}: \"{line}\" is in the input {count} time(s), in the output {found} time(s)");
        }
        foreach (var (line, _) in actual.Where(a => !expected.ContainsKey(a.Key)))
            Assert.True(boilerplate.Contains(line), $"{what}: \"{line}\" is in the output but not in the input, and is not boilerplate");
    }

    private static IEnumerable<string> SpecLines(ArticleSpec spec)
    {
        if (spec.Headline is not null) yield return spec.Headline;
        foreach (var part in spec.Parts)
        {
            switch (part)
            {
                case SpecHeading h: yield return h.Text; break;
                case SpecParagraph p: yield return p.Text; break;
                case SpecList l: foreach (var i in l.Items) yield return i; break;
                case SpecFaq f:
                    yield return f.Heading;
                    foreach (var (q, a) in f.Items) { yield return q; yield return a; }
                    break;
                case SpecBoilerplate b: yield return b.Text; break;
            }
        }
    }

    private static IEnumerable<string> OutputLines(Article article) => NewsParse.Tests.Hostile.ArticleTexts.All(article).SelectMany(Lines);

    private static IEnumerable<string> Lines(string text) =>
        text.Split('\n').Select(l => string.Join(' ', l.Split(' ', StringSplitOptions.RemoveEmptyEntries))).Where(l => l.Length > 0);
}

/// <summary>The arbitraries of the property tests.</summary>
public static class ArticleArbitraries
{
    public static Arbitrary<ArticleSpec> Articles() => ArticleGenerators.Articles();
}
