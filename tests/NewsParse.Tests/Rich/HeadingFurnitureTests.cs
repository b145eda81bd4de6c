using NewsParse.Model;
using NewsParse.Reading;
using Xunit;

namespace NewsParse.Tests.Rich;

/// <summary>Headings lose their page furniture (permalinks, edit links, markers) and get normalised levels.</summary>
public class HeadingFurnitureTests
{
    private const string Sentence = "The council approved the new budget on Tuesday, after a long debate about schools, roads and the harbour. ";

    private static string Body(string heading) =>
        $"<p>{Sentence}{Sentence}</p>{heading}<p>{Sentence}{Sentence}{Sentence}</p><p>{Sentence}{Sentence}</p>";

    private static Article Html(string body) =>
        NewsParser.Parse($"<!DOCTYPE html><html lang=\"en\"><head><title>Council approves budget</title></head><body><article>{body}</article></body></html>");

    private static Section OnlyHeaded(Article article) => Assert.Single(article.AllSections(), s => s.Heading is not null);

    [Theory]
    [InlineData("<h2>Budget details<span class=\"mw-editsection\"><span>[</span><a href=\"/w/index.php?action=edit&amp;section=1\">edit</a><span>]</span></span></h2>")]
    [InlineData("<h2>Budget details<span class=\"x\">[<a href=\"/edit/1\">bearbeiten</a> | <a href=\"/edit/1?src\">Quelltext bearbeiten</a>]</span></h2>")]
    [InlineData("<h2>Budget details<a class=\"headerlink\" href=\"#budget-details\">¶</a></h2>")]
    [InlineData("<h2><a href=\"#budget-details\" aria-hidden=\"false\">#</a> Budget details</h2>")]
    [InlineData("<h2>Budget details <a href=\"#budget\"><svg><path d=\"M0\"/></svg></a></h2>")]
    [InlineData("<h2>Budget details #</h2>")]
    [InlineData("<h2>Budget details ¶</h2>")]
    public void Furniture_is_taken_out_of_the_heading(string heading)
    {
        var section = OnlyHeaded(Html(Body(heading)));
        Assert.Equal("Budget details", section.Heading);
    }

    [Fact]
    public void The_reason_says_what_was_taken_out()
    {
        var parser = new ArticleParser();
        var html = $"<html><head><title>Council approves budget</title></head><body><article>{Body("<h2>Budget details<a href=\"#b\">¶</a></h2>")}</article></body></html>";
        var heading = Assert.Single(parser.ReadEvents(html).OfType<HeadingEvent>());
        Assert.Contains("permalink", heading.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<h2>Learning C#</h2>", "Learning C#")]
    [InlineData("<h2>Notes [1]</h2>", "Notes [1]")]
    [InlineData("<h2>Rule <a href=\"#r\">12</a></h2>", "Rule 12")]
    [InlineData("<h2>See <a href=\"/other\">[the other story]</a></h2>", "See [the other story]")]
    [InlineData("<h2>#</h2>", "#")]
    public void Words_of_the_heading_stay(string heading, string expected)
    {
        var section = OnlyHeaded(Html(Body(heading)));
        Assert.Equal(expected, section.Heading);
    }

    [Fact]
    public void The_shallowest_heading_of_the_body_is_level_2_and_the_rest_keep_their_depth()
    {
        var body = $"<p>{Sentence}{Sentence}</p><h4>First</h4><p>{Sentence}{Sentence}</p><h5>Inner</h5><p>{Sentence}</p>"
            + $"<h4>Second</h4><p>{Sentence}{Sentence}</p>";
        var article = Html(body);
        var top = article.Sections.Where(s => s.Heading is not null).ToList();
        Assert.Equal(["First", "Second"], top.Select(s => s.Heading));
        Assert.All(top, s => Assert.Equal(2, s.Level));
        Assert.Equal(3, Assert.Single(top[0].Sections).Level);
    }

    [Fact]
    public void A_skipped_level_keeps_its_distance_and_a_shallower_heading_later_is_top_level_too()
    {
        var body = $"<p>{Sentence}{Sentence}</p><h3>Deep start</h3><p>{Sentence}{Sentence}</p><h5>Two below</h5><p>{Sentence}</p>"
            + $"<h2>Shallower later</h2><p>{Sentence}{Sentence}</p><h3>Under it</h3><p>{Sentence}{Sentence}</p>";
        var article = Html(body);
        var top = article.Sections.Where(s => s.Heading is not null).ToList();
        Assert.Equal(["Deep start", "Shallower later"], top.Select(s => s.Heading));
        Assert.All(top, s => Assert.Equal(2, s.Level));
        Assert.Equal(4, Assert.Single(top[0].Sections).Level);
        Assert.Equal(3, Assert.Single(top[1].Sections).Level);
    }
}
