using NewsParse.Model;
using Xunit;

namespace NewsParse.Tests.Rich;

/// <summary>Images in the content are figures, with or without caption; decoration is not.</summary>
public class FigureTests
{
    private const string Sentence = "The council approved the new budget on Tuesday, after a long debate about schools, roads and the harbour. ";

    private static Article Html(string middle) =>
        NewsParser.Parse("<!DOCTYPE html><html lang=\"en\"><head><title>Council approves budget</title><base href=\"https://news.example.org/a/\"></head><body><article>"
            + $"<p>{Sentence}{Sentence}</p>{middle}<p>{Sentence}{Sentence}{Sentence}</p></article></body></html>");

    [Fact]
    public void A_figure_without_caption_is_kept_with_its_resolved_source_alt_and_size()
    {
        var figure = Assert.Single(Html("<figure><img src=\"chart.png\" alt=\"Budget by year\" width=\"800\" height=\"450\"></figure>").AllBlocks().OfType<FigureBlock>());
        Assert.Null(figure.Caption);
        Assert.Equal("https://news.example.org/a/chart.png", figure.Source);
        Assert.Equal("Budget by year", figure.Alt);
        Assert.Equal((800, 450), (figure.Width, figure.Height));
    }

    [Fact]
    public void A_figure_with_caption_keeps_it_and_takes_the_largest_srcset_candidate()
    {
        var figure = Assert.Single(Html("<figure><img src=\"s.jpg\" srcset=\"s.jpg 1x, l.jpg 2x\"><figcaption>The harbour at dawn</figcaption></figure>").AllBlocks().OfType<FigureBlock>());
        Assert.Equal("The harbour at dawn", figure.Caption);
        Assert.Equal("https://news.example.org/a/l.jpg", figure.Source);
    }

    [Fact]
    public void An_image_standing_alone_between_paragraphs_is_a_figure()
    {
        var figure = Assert.Single(Html("<p><img src=\"data:image/gif;base64,R0lGOD\" data-src=\"/photo.jpg\" alt=\"The mayor\"></p>").AllBlocks().OfType<FigureBlock>());
        Assert.Equal("https://news.example.org/photo.jpg", figure.Source);
        Assert.Equal("The mayor", figure.Alt);
    }

    [Theory]
    [InlineData("<p><img src=\"/t.gif\" width=\"1\" height=\"1\"></p>")]
    [InlineData("<p><img src=\"/share.png\" width=\"24\" height=\"24\"></p>")]
    [InlineData("<p><img src=\"/u/jane-avatar.jpg\"></p>")]
    [InlineData("<p><img class=\"site-logo\" src=\"/brand.svg\"></p>")]
    [InlineData("<figure><img src=\"javascript:alert(1)\"></figure>")]
    public void Pixels_icons_avatars_logos_and_script_addresses_are_not_figures(string middle)
    {
        Assert.Empty(Html(middle).AllBlocks().OfType<FigureBlock>());
    }
}
