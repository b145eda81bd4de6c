using NewsParse.Rendering;
using Xunit;

namespace NewsParse.Tests.Rich;

/// <summary>The Markdown of every development page reads back (Markdig) to the model's heading tree, link targets and table shapes (skipped without ../shared).</summary>
public class MarkdownCorpusProperties
{
    [SharedCorpusFact("aeb-dev")]
    public void Markdown_of_every_page_reads_back_to_the_models_headings_links_and_tables()
    {
        var failures = new List<string>();
        int links = 0, pages = 0;
        foreach (var (name, path) in DevelopmentPages.All())
        {
            var article = DevelopmentPages.Parse(path);
            var document = MarkdownReadBack.Parse(ArticleMarkdown.ToMarkdown(article));
            pages++;
            var headings = MarkdownReadBack.Headings(document);
            var expected = MarkdownReadBack.ModelHeadings(article);
            if (!headings.SequenceEqual(expected))
                failures.Add($"{name}: headings differ at {Differ(expected.Select(h => h.ToString()).ToList(), headings.Select(h => h.ToString()).ToList())}");
            var modelLinks = MarkdownReadBack.ModelLinks(article);
            links += modelLinks.Count;
            var readLinks = MarkdownReadBack.Links(document);
            if (!readLinks.SequenceEqual(modelLinks)) failures.Add($"{name}: links differ at {Differ(modelLinks, readLinks)}");
            var tables = MarkdownReadBack.Tables(document);
            if (!tables.SequenceEqual(MarkdownReadBack.ModelTables(article))) failures.Add($"{name}: tables differ");
        }
        Assert.True(pages > 100 && links > 1000, $"{pages} pages, {links} links: the corpora were not read");
        Assert.True(failures.Count == 0, $"{failures.Count} pages:\n" + string.Join("\n", failures.Take(20)));
    }

    private static string Differ(List<string> expected, List<string> actual)
    {
        int i = 0;
        while (i < expected.Count && i < actual.Count && expected[i] == actual[i]) i++;
        return $"#{i}: expected {(i < expected.Count ? expected[i] : "(end)")}, read {(i < actual.Count ? actual[i] : "(end)")}";
    }
}
