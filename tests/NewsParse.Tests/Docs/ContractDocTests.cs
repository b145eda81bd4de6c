using System.Text;
using FsCheck.Xunit;
using NewsParse.Model;
using NewsParse.Reading;
using NewsParse.Rendering;
using NewsParse.Tests.Cli;
using NewsParse.Tests.Properties;
using NewsParse.Tests.Warc;
using Xunit;

namespace NewsParse.Tests.Docs;

/// <summary>
/// docs/contract.md names every word of the JSON contract that the code writes: the members and tag values of the
/// seed article (text dump and page), of generated rich articles, of the reader's events and of the CLI's JSON Lines
/// records. A member added to the model without a line in the doc fails here.
/// </summary>
public class ContractDocTests
{
    private static readonly string Contract = RepositoryFiles.Read("docs", "contract.md");

    private static void AssertDocumented(IEnumerable<string> words, string what)
    {
        var missing = JsonVocabulary.NotNamedIn(Contract, words);
        Assert.True(missing.Count == 0, $"docs/contract.md does not name {string.Join(", ", missing.Select(m => $"`{m}`"))} ({what})");
    }

    [Theory]
    [InlineData("xi-putin-moscow.txt")]
    [InlineData("xi-putin-moscow.wordpress.html")]
    public void Every_member_of_the_seed_article_is_in_the_contract(string seed)
    {
        var article = NewsParser.Parse(Corpus.Read("seed", seed));
        var words = JsonVocabulary.Of(ArticleJson.ToJson(article));
        Assert.Contains("sections", words);
        Assert.Contains("boilerplate", words);
        AssertDocumented(words, seed);
    }

    [Property(MaxTest = 100, Arbitrary = [typeof(ModelArbitraries)])]
    public void Every_member_of_a_generated_rich_article_is_in_the_contract(Article generated)
    {
        var article = generated with { Comments = [new Comment("A reply.", "Tom", "2025-05-09", depth: 1, new SourceSpan(9, 8))] };
        AssertDocumented(JsonVocabulary.Of(ArticleJson.ToJson(article)), "a generated article");
    }

    [Fact]
    public void Every_optional_member_of_the_model_is_in_the_contract()
    {
        var text = "See the bridge now";
        var article = new Article
        {
            Sections =
            [
                new Section("Pictures", 2,
                [
                    new ParagraphBlock(text)
                    {
                        Inlines =
                        [
                            new Inline(InlineKind.Link, 0, 3) { Href = "https://example.com/" },
                            new Inline(InlineKind.Strong, 4, 3),
                            new Inline(InlineKind.Emphasis, 8, 6),
                            new Inline(InlineKind.Code, 8, 6),
                            new Inline(InlineKind.LineBreak, 14, 1),
                            new Inline(InlineKind.Image, 18, 0) { Source = "https://example.com/b.jpg", Alt = "the bridge" },
                        ],
                    },
                    new QuoteBlock(text, "The mayor") { Inlines = [new Inline(InlineKind.Emphasis, 0, 3)] },
                    new FigureBlock("The bridge", "https://example.com/b.jpg") { Alt = "the bridge", Width = 640, Height = 480 },
                ]),
            ],
            Comments = [new Comment("First!", "Ann", "2025-05-09T12:00:00+02:00")],
        };
        var words = JsonVocabulary.Of(ArticleJson.ToJson(article));
        foreach (var word in new[] { "inlines", "href", "source", "alt", "width", "height", "comments", "depth", "lineBreak", "image" })
            Assert.Contains(word, words);
        AssertDocumented(words, "an article with every optional member");
    }

    [Fact]
    public void Every_name_of_the_contract_enums_is_in_the_contract()
    {
        var names = Names<BoilerplateKind>().Concat(Names<DiagnosticCode>()).Concat(Names<InlineKind>()).Concat(Names<BlockType>())
            .Concat(Names<ArticleEventKind>()).Concat(Names<MetadataField>()).Concat(Names<HeadingOrigin>());
        AssertDocumented(names, "the enums' JSON names");
    }

    [Fact]
    public void Every_member_of_the_seed_events_is_in_the_contract()
    {
        var lines = new StringBuilder();
        foreach (var seed in new[] { "xi-putin-moscow.txt", "xi-putin-moscow.wordpress.html" })
        {
            foreach (var e in ArticleParser.Default.ReadEvents(Corpus.Read("seed", seed)))
                lines.Append(ArticleJson.ToJson(e)).Append('\n');
        }
        var words = JsonVocabulary.OfLines(lines.ToString());
        foreach (var word in new[] { "event", "metadata", "heading", "block", "faqStart", "faqItem", "boilerplate", "reason" })
            Assert.Contains(word, words);
        AssertDocumented(words, "the seed's events");
    }

    [Fact]
    public void Every_member_of_the_cli_records_is_in_the_contract()
    {
        var folder = Directory.CreateTempSubdirectory("newsparse-contract-").FullName;
        try
        {
            var page = Corpus.PathOf("seed", "xi-putin-moscow.wordpress.html");
            var records = Path.Combine(folder, "records.jsonl");
            File.WriteAllText(records, "{\"url\": \"https://example.com/a\", \"text\": \"A line.\"}\nnot json\n");
            using (var warc = new WarcBuilder(gzip: true))
            {
                warc.Response("https://example.com/seed", File.ReadAllBytes(page), "Content-Type: text/html; charset=utf-8");
                File.WriteAllBytes(Path.Combine(folder, "crawl.warc.gz"), warc.ToArray());
            }
            var batch = CliRun.Of(page, records, "--format", "jsonl");
            var archive = CliRun.Of(Path.Combine(folder, "crawl.warc.gz"), "--format", "jsonl");
            var words = JsonVocabulary.OfLines(batch.Stdout + archive.Stdout);
            foreach (var word in new[] { "source", "article", "error", "offset", "url", "date" })
                Assert.Contains(word, words);
            AssertDocumented(words, "the CLI's JSON Lines records");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_member_left_out_of_the_doc_is_reported()
    {
        var words = JsonVocabulary.Of("""{"headline": null, "sections": [{"type": "paragraph", "newMember": 1}]}""");
        Assert.Equal(["headline", "newMember", "paragraph", "sections", "type"], words);
        Assert.Equal(["newMember"], JsonVocabulary.NotNamedIn("`headline` `sections` `type` `paragraph`", words));
        Assert.Equal(["newMember"], JsonVocabulary.NotNamedIn(Contract, words));
    }

    private static IEnumerable<string> Names<T>() where T : struct, Enum =>
        Enum.GetNames<T>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]);
}
