using Xunit;

using static NewsParse.Tests.Metadata.MetadataPages;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// A date line the page writes as loose text right after the headline, in no element of its own (older layouts and
/// portals: "&lt;dl&gt;&lt;dt&gt;Headline&lt;/dt&gt;&lt;/dl&gt; 기사입력 :[ 2018-08-25 15:24 ] &lt;div&gt;…"), is the publication when the
/// head shows no other date; loose text that is a sentence, or that stands after other text, is not read.
/// </summary>
public class LooseDateLineTests
{
    private const string Title = "엘제이-류화영 진흙탕 싸움, 공적인 사안으로 봐야하는 이유";

    private static string Head => $"<title>{Title}</title>";

    [Fact]
    public void A_date_line_as_loose_text_under_the_headlines_block_is_the_publication()
    {
        var body = $"<div class=\"newsContent\"><dl class=\"newsTitle\"><dt>{Title}</dt></dl>\n   기사입력 :[ 2018-08-25 15:24 ]\n"
            + "<div class=\"newsArticle\"><div id=\"_article\">" + Paragraphs(4) + "</div></div></div>";
        Assert.Equal("2018-08-25T15:24:00", Parse(body, Head, "ko").Published);
    }

    [Fact]
    public void A_date_line_as_loose_text_after_an_h1_before_a_line_break_is_the_publication()
    {
        var body = "<div class=\"story\"><h1>Council approves the harbour budget</h1>Posted 12.03.2009<br>" + Paragraphs(4) + "</div>";
        Assert.Equal("2009-03-12", Parse(body).Published);
    }

    [Fact]
    public void A_sentence_as_loose_text_after_the_headline_is_no_date_line()
    {
        var body = "<div class=\"story\"><h1>Council approves the harbour budget</h1>On 12 March 2009 the council met in the town hall and voted for the new budget of the harbour.<br>"
            + Paragraphs(4) + "</div>";
        Assert.Null(Parse(body).Published);
    }

    [Fact]
    public void Loose_text_after_another_element_with_text_is_not_read()
    {
        var body = "<div class=\"story\"><h1>Council approves the harbour budget</h1><p class=\"teaser\">The council met on Tuesday.</p>Posted 12.03.2009<br>"
            + Paragraphs(4) + "</div>";
        Assert.Null(Parse(body).Published);
    }

    [Fact]
    public void A_loose_update_line_is_no_publication_date()
    {
        var body = "<div class=\"story\"><h1>Council approves the harbour budget</h1>Updated 12.03.2009<br>" + Paragraphs(4) + "</div>";
        Assert.Null(Parse(body).Published);
    }
}
