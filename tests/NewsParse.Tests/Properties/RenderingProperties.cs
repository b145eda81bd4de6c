using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using NewsParse.Model;
using NewsParse.Rendering;
using Xunit;

namespace NewsParse.Tests.Properties;

/// <summary>The renderers keep what they promise: JSON round-trips to an equal article; Markdown reads back (CommonMark, Markdig) to the same heading tree.</summary>
public class RenderingProperties
{
    private const int Runs = 200;

    [Property(MaxTest = Runs, Arbitrary = [typeof(ModelArbitraries)])]
    public void The_json_of_an_article_reads_back_into_an_equal_article(Article article)
    {
        Assert.Equal(article, ArticleJson.FromJson(ArticleJson.ToJson(article)));
        Assert.Equal(article, ArticleJson.FromJson(ArticleJson.ToJson(article, indented: false)));
    }

    [Property(MaxTest = Runs, Arbitrary = [typeof(ArticleArbitraries)])]
    public void The_json_of_a_parsed_article_reads_back_into_an_equal_article(ArticleSpec spec)
    {
        var article = NewsParser.ParseText(ArticleRenderers.ToText(spec, ArticleRenderers.TextStyle.BlankLineSeparated));
        Assert.Equal(article, ArticleJson.FromJson(ArticleJson.ToJson(article)));
    }

    [Property(MaxTest = Runs, Arbitrary = [typeof(ModelArbitraries)])]
    public void The_markdown_of_an_article_reads_back_to_the_same_heading_tree(Article article)
    {
        var markdown = ArticleMarkdown.ToMarkdown(article);
        var document = Markdown.Parse(markdown);
        var actual = document.Descendants<HeadingBlock>().Select(h => (h.Level, PlainText(h.Inline))).ToList();
        Assert.Equal(ExpectedHeadings(article), actual);
    }

    [Property(MaxTest = Runs, Arbitrary = [typeof(ModelArbitraries)])]
    public void The_markdown_of_paragraphs_reads_back_to_their_text_and_link_targets(Article article)
    {
        // the paragraphs alone, so that Markdig's paragraphs are the model's in order
        var paragraphs = article.AllBlocks().OfType<NewsParse.Model.ParagraphBlock>().ToList();
        var only = new Article { Sections = [new Section(null, null, [.. paragraphs])] };
        var document = Rich.MarkdownReadBack.Parse(ArticleMarkdown.ToMarkdown(only));
        var read = document.Descendants<Markdig.Syntax.ParagraphBlock>().ToList();
        Assert.Equal(paragraphs.Select(p => p.Text), read.Select(p => Rich.MarkdigText.Of(p.Inline)));
        Assert.Equal(Rich.MarkdownReadBack.ModelLinks(only), Rich.MarkdownReadBack.Links(document));
    }

    private static List<(int, string)> ExpectedHeadings(Article article)
    {
        var expected = new List<(int, string)>();
        if (article.Headline is not null) expected.Add((1, article.Headline));
        foreach (var section in article.AllSections())
        {
            if (section.Heading is not null) expected.Add((Math.Clamp(section.Level ?? 2, 1, 6), section.Heading));
        }
        if (article.Faq is { } faq)
        {
            expected.Add((2, faq.Heading ?? "FAQ"));
            foreach (var item in faq.Items) expected.Add((3, item.Question));
        }
        if (article.Comments.Count > 0) expected.Add((2, "Comments"));   // the reader comments follow under their heading
        return expected;
    }

    /// <summary>The text a CommonMark reader sees in a heading: literals, code, entities decoded, line breaks as spaces.</summary>
    private static string PlainText(ContainerInline? inline)
    {
        var text = new StringBuilder();
        if (inline is null) return "";
        foreach (var node in inline.Descendants())
        {
            switch (node)
            {
                case LiteralInline literal: text.Append(literal.Content.ToString()); break;
                case CodeInline code: text.Append(code.Content); break;
                case HtmlEntityInline entity: text.Append(entity.Transcoded.ToString()); break;
                case LineBreakInline: text.Append(' '); break;
                case HtmlInline html: text.Append(html.Tag); break;
                case AutolinkInline link: text.Append(link.Url); break;
                case DelimiterInline delimiter: text.Append(delimiter.ToLiteral()); break;
            }
        }
        return text.ToString();
    }
}
