using Xunit;

using static NewsParse.Tests.Metadata.MetadataPages;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// The date of a head set beside or around the headline's header where chrome would otherwise stand: the post's meta
/// column in an &lt;aside&gt; right before the header, and a header written as the lead image's caption. A real sidebar
/// before the header, or a photo caption after it, is still not read.
/// </summary>
public class HeaderBesideDateTests
{
    private const string Header = "<header><h2>Council approves the harbour budget</h2><div class=\"intro\">A long debate about schools and roads ends.</div></header>";

    [Fact]
    public void The_meta_column_in_an_aside_beside_the_header_gives_the_date()
    {
        var body = "<article><div class=\"row\"><aside><ul class=\"content__meta\"><li>Politics</li><li class=\"content__meta__date\">26.02.2020</li><li>7 min read</li></ul></aside>"
            + Header + "</div><div class=\"text\">" + Paragraphs(5) + "</div></article>";
        Assert.Equal("2020-02-26", Parse(body).Published);
    }

    [Fact]
    public void A_sidebar_aside_before_the_header_gives_no_date()
    {
        var body = "<article><div class=\"row\"><aside class=\"sidebar\"><ul class=\"latest\"><li>Politics</li><li class=\"date\">26.02.2020</li><li>7 min read</li></ul></aside>"
            + Header + "</div><div class=\"text\">" + Paragraphs(5) + "</div></article>";
        Assert.Null(Parse(body).Published);
    }

    [Fact]
    public void A_header_written_as_the_lead_images_caption_gives_its_date()
    {
        var body = "<section class=\"news\"><div class=\"lead\"><figure><img src=\"a.jpg\" alt=\"\"></figure><figcaption><small>31.01.2022 Second League</small>"
            + "<h1>Council approves the harbour budget</h1><p>" + Sentence + Sentence + "</p></figcaption></div><div class=\"text\">" + Paragraphs(5) + "</div></section>";
        Assert.Equal("2022-01-31", Parse(body).Published);
    }

    [Fact]
    public void A_photo_caption_after_the_headline_gives_no_date()
    {
        var body = "<article><h1>Council approves the harbour budget</h1><figure><img src=\"a.jpg\" alt=\"\"><figcaption><small>31.01.2022 Second League</small></figcaption></figure>"
            + Paragraphs(5) + "</article>";
        Assert.Null(Parse(body).Published);
    }
}
