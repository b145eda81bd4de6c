using System.Text;
using Xunit;

namespace NewsParse.Tests.Hostile;

/// <summary>
/// Markup nested far deeper than any real page. No code may recurse over the tree, so these run the CLI as a child
/// process: a stack overflow there fails the test (with the trace on stderr) instead of killing the test host.
/// </summary>
public class DeepMarkupTests
{

    // Long enough for a page of two paragraphs to be an article (a page with less text reads as having none).
    private const string Sentence = "The committee published its findings on Tuesday after a long inquiry into the port. "
        + "Its members heard more than forty witnesses over six months and visited the docks twice. "
        + "The report asks the city to publish every contract signed with the operators since 2010.";

    [Fact]
    public void Two_hundred_thousand_nested_divs_do_not_overflow_the_stack()
    {
        var html = new StringBuilder("<html><body>");
        for (int i = 0; i < 200_000; i++) html.Append("<div>");
        html.Append("<p>").Append(Sentence).Append("</p>");
        for (int i = 0; i < 200_000; i++) html.Append("</div>");
        html.Append("<p>").Append(Sentence.Replace("port", "harbour", StringComparison.Ordinal)).Append("</p></body></html>");

        var outcome = CliRunner.RunOutOfProcess(Encoding.UTF8.GetBytes(html.ToString()));

        var json = CliRunner.AssertJsonOrOneLineError(outcome);
        Assert.NotNull(json);
        Assert.Contains("harbour", outcome.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hundred_thousand_unclosed_inline_tags_do_not_overflow_the_stack()
    {
        string[] tags = ["b", "i", "span", "em", "strong", "a", "font", "u"];
        var html = new StringBuilder("<html><body><p>").Append(Sentence);
        for (int i = 0; i < 100_000; i++) html.Append('<').Append(tags[i % tags.Length]).Append('>').Append(i % 1000 == 0 ? "word " : "");
        html.Append(Sentence.Replace("port", "harbour", StringComparison.Ordinal)).Append("</p></body></html>");

        var outcome = CliRunner.RunOutOfProcess(Encoding.UTF8.GetBytes(html.ToString()));

        var json = CliRunner.AssertJsonOrOneLineError(outcome);
        Assert.NotNull(json);
        Assert.Contains("harbour", outcome.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Deeply_nested_lists_and_tables_do_not_overflow_the_stack()
    {
        var html = new StringBuilder("<html><body>");
        for (int i = 0; i < 50_000; i++) html.Append(i % 2 == 0 ? "<ul><li>" : "<table><tr><td>");
        html.Append(Sentence).Append("</body></html>");

        var outcome = CliRunner.RunOutOfProcess(Encoding.UTF8.GetBytes(html.ToString()));

        CliRunner.AssertJsonOrOneLineError(outcome);
    }
}
