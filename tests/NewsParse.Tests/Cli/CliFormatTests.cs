using System.Text;
using System.Text.Json.Nodes;
using NewsParse.Model;
using NewsParse.Rendering;
using Xunit;

namespace NewsParse.Tests.Cli;

/// <summary>The newsparse command's inputs (bundled sample, a file, standard input) and output formats.</summary>
public class CliFormatTests
{
    private static byte[] Seed => File.ReadAllBytes(Corpus.PathOf("seed", "xi-putin-moscow.txt"));

    private const string SmallDump = """
        Harbour Bridge Reopens After Two Years of Repairs

        The harbour bridge reopened to traffic on Monday after two years of repairs to its deck and cables.

        Engineers replaced more than four hundred cables and resurfaced the whole deck of the bridge.

        What changes for drivers

        Drivers will pay the same toll as before, and the bridge keeps its four lanes.

        """;

    [Fact]
    public void Without_a_file_on_a_terminal_it_parses_the_bundled_sample_to_the_seed_structure_and_says_so()
    {
        var run = CliRun.Of();
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("newsparse: no input given: parsing the bundled sample article", run.Stderr, StringComparison.Ordinal);
        Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var expected = JsonNode.Parse(Corpus.Read("seed", "xi-putin-moscow.expected.json"));
        Assert.Null(JsonSubset.FirstDifference(expected, JsonNode.Parse(run.Stdout)));
    }

    [Fact]
    public void Dash_reads_standard_input()
    {
        var bytes = Encoding.UTF8.GetBytes(SmallDump);
        var run = CliRun.Of(bytes, "-");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        Assert.Equal(ArticleJson.ToJson(NewsParser.Parse(bytes)) + "\n", run.Stdout);
        Assert.Contains("Engineers replaced more than four hundred cables", run.Stdout);
    }

    [Fact]
    public void A_file_is_read_from_its_path()
    {
        var run = CliRun.Of(Corpus.PathOf("seed", "xi-putin-moscow.txt"));
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(CliRun.Of().Stdout, run.Stdout);
    }

    [Theory]
    [InlineData("--format", "json")]
    [InlineData("-f", "json")]
    [InlineData("--format=json", null)]
    [InlineData("--format", "JSON")]
    public void Json_is_the_contract_and_the_default(string option, string? value)
    {
        var args = value is null ? new[] { "-", option } : new[] { "-", option, value };
        var run = CliRun.Of(Seed, args);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(ArticleJson.ToJson(NewsParser.Parse(Seed)) + "\n", run.Stdout);
        Assert.Equal(CliRun.Of(Seed, "-").Stdout, run.Stdout);
    }

    [Fact]
    public void Text_is_the_body_one_block_a_line_without_headline_or_boilerplate()
    {
        var article = NewsParser.Parse(Seed);
        var run = CliRun.Of(Seed, "-", "--format", "text");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        Assert.Equal(ArticleText.ToText(article), run.Stdout);

        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var body = new List<string>();
        foreach (var section in article.AllSections())
        {
            if (section.Heading is not null) body.Add(section.Heading);
            body.AddRange(section.Blocks.SelectMany(b => b.Text.Split('\n')).Select(l => l.Trim()).Where(l => l.Length > 0));
        }
        if (article.Faq is { } faq)
        {
            if (faq.Heading is not null) body.Add(faq.Heading);
            foreach (var item in faq.Items) body.AddRange([item.Question, .. item.Answer.Split("\n\n")]);
        }
        Assert.Equal(body, lines);
        Assert.NotEmpty(article.Boilerplate);
        foreach (var junk in article.Boilerplate) Assert.DoesNotContain(junk.Text, lines);
        if (article.Headline is not null) Assert.DoesNotContain(article.Headline, lines);
        var paragraphs = article.AllBlocks().OfType<ParagraphBlock>().Select(p => p.Text).ToList();
        Assert.NotEmpty(paragraphs);
        Assert.All(paragraphs, p => Assert.Contains(p, lines));
    }

    [Fact]
    public void Text_of_a_dump_with_a_headline_leaves_the_headline_out()
    {
        var bytes = Encoding.UTF8.GetBytes(SmallDump);
        var article = NewsParser.Parse(bytes);
        var run = CliRun.Of(bytes, "-", "--format", "text");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(ArticleText.ToText(article), run.Stdout);
        Assert.Contains("Drivers will pay the same toll as before, and the bridge keeps its four lanes.", run.Stdout.Split('\n'));
        if (article.Headline is not null) Assert.DoesNotContain(article.Headline, run.Stdout.Split('\n'));
    }

    [Fact]
    public void Markdown_is_the_markdown_renderer_output()
    {
        var run = CliRun.Of(Seed, "-", "--format", "markdown");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        Assert.Equal(ArticleMarkdown.ToMarkdown(NewsParser.Parse(Seed)), run.Stdout);
    }

    [Fact]
    public void Events_are_json_lines_one_per_reader_event()
    {
        var run = CliRun.Of(Seed, "-", "--format", "events");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        var expected = ArticleParser.Default.ReadEvents(new MemoryStream(Seed)).Select(ArticleJson.ToJson).ToList();
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expected, lines);
        Assert.All(lines, l => Assert.NotNull(JsonNode.Parse(l)!["event"]));
        Assert.Contains(lines, l => JsonNode.Parse(l)!["event"]!.GetValue<string>() == "heading");
        Assert.Contains(lines, l => JsonNode.Parse(l)!["event"]!.GetValue<string>() == "boilerplate");
    }

    [Fact]
    public void Help_prints_the_usage_on_standard_output()
    {
        var run = CliRun.Of("--help");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Usage: newsparse", run.Stdout, StringComparison.Ordinal);
        Assert.Equal("", run.Stderr);
    }
}
