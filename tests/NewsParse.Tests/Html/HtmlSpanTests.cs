using System.Net;
using System.Text.RegularExpressions;
using NewsParse.Model;
using Xunit;

namespace NewsParse.Tests.Html;

/// <summary>
/// Blocks read from HTML say where they stand in the page: their span (UTF-16 units of the decoded page) covers the
/// markup they were read from, so a caller can highlight or cut the source.
/// </summary>
public sealed class HtmlSpanTests
{
    public static TheoryData<string> Pages() =>
    [
        "seed/xi-putin-moscow.wordpress.html",
        "aeb/healthline-binge-eating.html",
        "aeb/vox-delhi-air.html",
        "aeb/nytimes-trade-war.html",
        "aeb/cbssports-euro-2020.html",
        "aeb/gto-normativy-skyrim.html",
        "aeb/entermedia-korean.html",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_body_block_and_heading_spans_the_markup_it_was_read_from(string file)
    {
        var page = Corpus.Read(file.Split('/'));
        var article = NewsParser.Parse(page);
        var checkedBlocks = 0;
        long previous = -1;
        foreach (var (span, text) in BodyInOrder(article))
        {
            Assert.True(span.Length > 0, $"no span for \"{Short(text)}\"");
            Assert.InRange(span.Start + span.Length, 1, page.Length);
            var source = Visible(page.Substring((int)span.Start, span.Length));
            foreach (var word in Words(text).Take(3)) Assert.Contains(word, source, StringComparison.Ordinal);
            Assert.True(span.Start >= previous, $"\"{Short(text)}\" starts before the block read before it");
            previous = span.Start;
            checkedBlocks++;
        }
        Assert.True(checkedBlocks >= 5, $"{checkedBlocks} blocks checked");
        foreach (var item in article.Faq?.Items ?? [])
        {
            if (item.Span.Length == 0) continue;   // an FAQ known only from structured data has no place in the page
            Assert.Contains(Words(item.Question).First(), Visible(page.Substring((int)item.Span.Start, item.Span.Length)), StringComparison.Ordinal);
        }
    }

    private static IEnumerable<(SourceSpan Span, string Text)> BodyInOrder(Article article)
    {
        var stack = new Stack<Section>(article.Sections.Reverse());
        while (stack.Count > 0)
        {
            var section = stack.Pop();
            if (section.Heading is { } heading) yield return (section.Span, heading);
            foreach (var block in section.Blocks) yield return (block.Span, block.Text);
            foreach (var sub in section.Sections.Reverse()) stack.Push(sub);
        }
    }

    /// <summary>
    /// The page's text in a span: tags removed, character references decoded, white space removed (a drop cap such as
    /// "&lt;span&gt;Ev&lt;/span&gt;en" is one word on screen; the words looked for have no space either).
    /// </summary>
    private static string Visible(string html) =>
        Regex.Replace(WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]*>", "", RegexOptions.None, TimeSpan.FromSeconds(5))), @"\s+", "",
            RegexOptions.None, TimeSpan.FromSeconds(5));

    /// <summary>Words of four letters or more (no punctuation to trip on entities or quotes).</summary>
    private static IEnumerable<string> Words(string text) =>
        Regex.Matches(text, @"\p{L}{4,}", RegexOptions.None, TimeSpan.FromSeconds(5)).Select(m => m.Value);

    private static string Short(string text) => text.Length <= 60 ? text : text[..60];
}
