using System.Text.Json.Nodes;
using NewsParse.Model;
using NewsParse.Rendering;
using Xunit;

namespace NewsParse.Tests.PlainText;

/// <summary>
/// Variants of the seed dump that a real pipeline produces: other line breaks, blank-line separation, stray spaces,
/// a headline and byline on top, reworded boilerplate, related headlines moved, no FAQ. Each must give the same body.
/// </summary>
public class SeedVariantTests
{
    private static readonly string Seed = Corpus.Read("seed", "xi-putin-moscow.txt");
    private static readonly string[] Lines = Seed.Split('\n');
    private static readonly JsonNode Expected = JsonNode.Parse(Corpus.Read("seed", "xi-putin-moscow.expected.json"))!;
    private const string Rafale = "Rafale Fighter Jets: India’s High-Stakes Modernization Faces First Major Combat Test";
    private const string Vivo = "vivo X200 FE: Price, Specs, Features and Everything You Need to Know";

    [Theory]
    [InlineData("\n\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\r\n\r\n\r\n")]
    public void Line_breaks_and_blank_lines_do_not_change_the_article(string separator)
    {
        AssertSameAsSeed(NewsParser.Parse(string.Join(separator, Lines)));
    }

    [Fact]
    public void Byte_order_mark_and_stray_spaces_do_not_change_the_article()
    {
        var messy = "\uFEFF" + string.Join("\n", Lines.Select((l, i) => (i % 2 == 0 ? "  " : "\t") + l.Replace(" ", i % 3 == 0 ? "  " : " ") + "   "));
        AssertSameAsSeed(NewsParser.Parse(messy));
    }

    [Fact]
    public void Headline_and_byline_on_top_are_read_as_metadata()
    {
        var text = "Xi Jinping Stands With Putin in Moscow as China and Russia Mark 80 Years Since WWII\n"
            + "By Rahim Chowdhury | May 9, 2025 11:42 AM GMT+6\n" + Seed;
        var article = NewsParser.Parse(text);
        Assert.Equal("Xi Jinping Stands With Putin in Moscow as China and Russia Mark 80 Years Since WWII", article.Headline);
        Assert.Equal("Rahim Chowdhury", article.Byline);
        Assert.Equal("2025-05-09T11:42:00+06:00", article.Published);
        AssertSameAsSeed(article, ignoreMetadata: true);
    }

    [Fact]
    public void A_dump_that_starts_with_a_paragraph_has_no_headline()
    {
        var article = NewsParser.Parse(Seed);
        Assert.Null(article.Headline);
        Assert.Null(article.Byline);
    }

    [Fact]
    public void Reworded_boilerplate_is_still_recognised()
    {
        var text = Seed.Replace("Table of Contents", "Contents")
            .Replace(Rafale, "Apple Unveils Foldable iPhone With Titanium Hinge and Week-Long Battery")
            .Replace(Vivo, "Monsoon Forecast: Heavy Rainfall Expected Across Coastal Districts This Weekend")
            .Replace(Lines[^1], "Follow us on Facebook, X and Telegram for breaking news and exclusive stories.");
        var article = NewsParser.Parse(text);
        Assert.Equal(
            [BoilerplateKind.TableOfContents, BoilerplateKind.RelatedLink, BoilerplateKind.RelatedLink, BoilerplateKind.SocialPrompt],
            article.Boilerplate.Select(b => b.Kind));
        AssertSameBody(article);
    }

    [Fact]
    public void Related_headlines_moved_elsewhere_are_still_recognised()
    {
        var lines = Lines.Where(l => l != Rafale && l != Vivo).ToList();
        lines.Insert(lines.IndexOf("Putin and Xi: A United Front Against Western Influence") + 1, Rafale);
        lines.Insert(lines.IndexOf("FAQs about Xi Jinping"), Vivo);
        var article = NewsParser.Parse(string.Join("\n", lines));
        Assert.Equal([Rafale, Vivo], article.Boilerplate.Where(b => b.Kind == BoilerplateKind.RelatedLink).Select(b => b.Text));
        AssertSameBody(article);
    }

    [Fact]
    public void Related_headlines_next_to_each_other_are_both_recognised()
    {
        var lines = Lines.Where(l => l != Vivo).ToList();
        lines.Insert(lines.IndexOf(Rafale) + 1, Vivo);
        var article = NewsParser.Parse(string.Join("\n", lines));
        Assert.Equal([Rafale, Vivo], article.Boilerplate.Where(b => b.Kind == BoilerplateKind.RelatedLink).Select(b => b.Text));
        AssertSameBody(article);
    }

    [Fact]
    public void Without_faq_the_article_has_no_faq_and_the_same_body()
    {
        int faq = Array.IndexOf(Lines, "FAQs about Xi Jinping");
        var article = NewsParser.Parse(string.Join("\n", Lines[..faq].Append(Lines[^1])));
        Assert.Null(article.Faq);
        Assert.Equal(BoilerplateKind.SocialPrompt, article.Boilerplate[^1].Kind);
        AssertSameBody(article);
    }

    [Fact]
    public void Question_and_answer_prefixes_are_stripped()
    {
        var text = Seed.Replace("What is Xi Jinping’s role", "Q: What is Xi Jinping’s role")
            .Replace("Xi Jinping serves as the architect", "A: Xi Jinping serves as the architect");
        var article = NewsParser.Parse(text);
        Assert.Equal("What is Xi Jinping’s role in China’s global strategy?", article.Faq!.Items[0].Question);
        Assert.StartsWith("Xi Jinping serves as the architect", article.Faq.Items[0].Answer);
    }

    [Fact]
    public void An_answer_of_several_paragraphs_joins_them_with_a_blank_line()
    {
        var text = Seed.Replace("and geopolitical goals.", "and geopolitical goals.\nIt also gains a partner in its dispute with Western powers over trade, sanctions and technology.");
        var answer = NewsParser.Parse(text).Faq!.Items[3].Answer;
        Assert.EndsWith("geopolitical goals.\n\nIt also gains a partner in its dispute with Western powers over trade, sanctions and technology.", answer);
    }

    [Fact]
    public void A_line_broken_mid_sentence_before_a_lower_case_word_is_joined()
    {
        var broken = Seed.Replace("with the shadow of a war in Ukraine", "with the shadow\nof a war in Ukraine")
            .Replace("cutting off many Western markets", "cutting off many\r\nwestern markets");
        var article = NewsParser.Parse(broken);
        Assert.Equal(Expected["sections"]![0]!["blocks"]![0]!["text"]!.GetValue<string>(), article.Sections[0].Blocks[0].Text);
        Assert.Contains("cutting off many western markets", article.Sections[3].Sections[0].Blocks[0].Text);
    }

    private static void AssertSameAsSeed(Article article, bool ignoreMetadata = false)
    {
        var actual = JsonNode.Parse(ArticleJson.ToJson(article))!;
        var expected = Expected.DeepClone().AsObject();
        if (ignoreMetadata)
        {
            foreach (var field in new[] { "headline", "byline", "published" }) expected.Remove(field);
        }
        Assert.Null(JsonSubset.FirstDifference(expected, actual));
    }

    private static void AssertSameBody(Article article)
    {
        var actual = JsonNode.Parse(ArticleJson.ToJson(article))!;
        Assert.Null(JsonSubset.FirstDifference(Expected["sections"], actual["sections"], "$.sections"));
        if (article.Faq is not null) Assert.Null(JsonSubset.FirstDifference(Expected["faq"], actual["faq"], "$.faq"));
    }
}
