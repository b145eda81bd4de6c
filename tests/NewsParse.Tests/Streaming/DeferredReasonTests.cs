using NewsParse.Reading;
using Xunit;

namespace NewsParse.Tests.Streaming;

/// <summary>
/// Reasons are written when read: events carry what their reason says and format it on the first read of
/// <see cref="ArticleEvent.Reason"/>, and still compare by value.
/// </summary>
public class DeferredReasonTests
{
    private const string Text = "Officials met on Monday to discuss the budget. They agreed on most points.\n\n"
        + "What Comes Next\n\n"
        + "The budget goes to a vote next week. Several members said they would support it.\n";

    [Fact]
    public void Events_Reasons_AreWrittenOnlyWhenRead()
    {
        var parser = new ArticleParser(NewsParserOptions.Default with { Format = InputFormat.Text });
        var events = parser.ReadEvents(Text).ToList();

        var paragraphs = events.OfType<BlockEvent>().ToList();
        var heading = Assert.Single(events.OfType<HeadingEvent>());
        Assert.NotEmpty(paragraphs);
        Assert.All(paragraphs, e => Assert.False(e.Why.IsWritten));
        Assert.False(heading.Why.IsWritten);

        Assert.Equal("running text: 13 words, 2 sentence(s)", paragraphs[0].Reason);
        Assert.True(paragraphs[0].Why.IsWritten);
        Assert.False(paragraphs[1].Why.IsWritten);
        Assert.StartsWith("a title-like line: 3 words, no sentence end", heading.Reason, StringComparison.Ordinal);
        Assert.EndsWith("; level 2: a top-level heading", heading.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Events_WithDeferredAndWrittenReasons_CompareByText()
    {
        var parser = new ArticleParser(NewsParserOptions.Default with { Format = InputFormat.Text });
        var deferred = parser.ReadEvents(Text).OfType<BlockEvent>().First();
        var written = deferred with { Reason = "running text: 13 words, 2 sentence(s)" };
        var other = deferred with { Reason = "running text: 13 words, 3 sentence(s)" };

        Assert.False(deferred.Why.IsWritten);
        Assert.Equal(written, deferred);
        Assert.Equal(written.GetHashCode(), deferred.GetHashCode());
        Assert.NotEqual(other, deferred);
    }

    [Fact]
    public void ReasonText_Joined_WritesBothParts()
    {
        ReasonText first = Detection.ShapeReason.TitleLine(4, 0.5, 2);
        ReasonText joined = new JoinedReason(first, "level 2: a top-level heading");

        Assert.False(joined.IsWritten);
        Assert.Equal("a title-like line: 4 words, no sentence end; cohesion 0.50 with the article; level 2: a top-level heading", joined.ToString());
        Assert.Equal("a short line ending with a question mark", Detection.ShapeReason.Question(1, 0).Text);
    }
}
