using System.Text;
using Xunit;

namespace NewsParse.Tests.Hostile;

/// <summary>
/// The largest hostile inputs, each run once, in their own class so that xunit runs them alongside the other classes.
/// No timing assertions: each must complete and keep every piece of text.
/// </summary>
public class LargeInputTests
{
    private const string Sentence = "The committee published its findings on Tuesday after a long inquiry into the port.";

    [Fact]
    public void A_50_MB_single_line_is_read_whole_as_one_block()
    {
        var line = new StringBuilder(50 * 1024 * 1024 + 100);
        while (line.Length < 50 * 1024 * 1024) line.Append(Sentence).Append(' ');
        var text = line.ToString().TrimEnd();

        var article = NewsParser.Parse(text);

        var all = ArticleTexts.All(article).ToList();
        Assert.Single(all);
        Assert.Equal(text, all[0]);
    }

    [Fact]
    public void Three_hundred_thousand_sibling_paragraphs_of_a_text_dump_are_all_kept()
    {
        var text = new StringBuilder();
        for (int i = 0; i < 300_000; i++) text.Append("Paragraph ").Append(i).Append(" tells how the port inquiry went on that day. It ended late.\n\n");

        var article = NewsParser.ParseText(text.ToString());

        var all = ArticleTexts.All(article).ToList();
        Assert.Equal(300_000, all.Count);
        Assert.Equal(300_000, all.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Three_hundred_thousand_sibling_html_paragraphs_complete_without_losing_text()
    {
        var html = new StringBuilder("<html><body><article>");
        for (int i = 0; i < 300_000; i++) html.Append("<p>Paragraph ").Append(i).Append(" tells how the port inquiry went on that day. It ended late.</p>");
        html.Append("</article></body></html>");

        var article = NewsParser.Parse(html.ToString());

        var all = ArticleTexts.Joined(article);
        Assert.Contains("Paragraph 0 tells", all, StringComparison.Ordinal);
        Assert.Contains("Paragraph 299999 tells", all, StringComparison.Ordinal);
        Assert.Equal(300_000, ArticleTexts.All(article).Count(t => t.StartsWith("Paragraph ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Two_hundred_thousand_heading_like_lines_complete_and_are_all_kept()
    {
        var text = new StringBuilder();
        for (int i = 0; i < 200_000; i++) text.Append("Port Inquiry Update ").Append(i).Append('\n');

        var article = NewsParser.ParseText(text.ToString());

        var all = ArticleTexts.All(article).ToList();
        Assert.Equal(200_000, all.Count);
        Assert.Contains("Port Inquiry Update 199999", all);
    }
}
