using Xunit;

using static NewsParse.Tests.Metadata.MetadataPages;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// A short &lt;aside&gt; whose class names the post's meta ("meta", "entry-meta") is the article's own meta line set
/// beside its text: its &lt;time datetime&gt; is the publication, before a bare "date" meta tag. An aside of any other
/// name (a sidebar of events or related posts) is chrome, and its dates are never read.
/// </summary>
public class MetaAsideDateTests
{
    private static string Page(string aside) =>
        "<article><header><h1>Quantum Free: das Beste aus Touring und Freeride</h1></header><div class=\"article__wrap\"><div class=\"article__intro\"><p>"
        + MetadataPages.Sentence + "</p></div>" + aside + "<div class=\"text\">" + Paragraphs(4) + "</div></div></article>";

    private const string DateMeta = "<meta name=\"date\" content=\"2022-01-26T14:32:06+02:00\">";

    [Fact]
    public void The_time_in_a_meta_aside_is_the_publication()
    {
        var article = Parse(Page("<aside class=\"meta\"><div class=\"meta__row\"><p><time datetime=\"2022-01-21\">21.01.2022 - 13:30</time></p></div><div class=\"meta__row\">Text: Redaktion</div></aside>"), DateMeta, "de");
        Assert.Equal("2022-01-21", article.Published);
    }

    [Fact]
    public void The_time_in_a_sidebar_aside_is_not_read()
    {
        var article = Parse(Page("<aside class=\"sidebar\"><ul><li><time datetime=\"2020-04-04T18:00\">04.04.2020 18:00 Uhr</time> Weinprobe</li></ul></aside>"), DateMeta, "de");
        Assert.Equal("2022-01-26T14:32:06+02:00", article.Published);
    }
}
