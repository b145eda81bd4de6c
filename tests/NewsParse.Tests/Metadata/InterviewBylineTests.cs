using NewsParse.Detection;
using Xunit;

using static NewsParse.Tests.Metadata.MetadataPages;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// An interviewer's label ("Ein Interview von", "Propos recueillis par", "Interview by") names the interviewer; who
/// follows "mit", "with", "avec"… was interviewed and is no author. Without such a label, "with" is left as it was.
/// </summary>
public class InterviewBylineTests
{
    [Theory]
    [InlineData("Ein Interview von Eugen Zentner mit Sonja Silberhorn.", "Eugen Zentner")]
    [InlineData("Interview by Jane Doe with John Roe", "Jane Doe")]
    [InlineData("Propos recueillis par Pierre Puchot", "Pierre Puchot")]
    [InlineData("Entrevista realizada por Ana López con Luis Pérez", "Ana López")]
    public void The_interviewer_is_the_author(string line, string name)
    {
        Assert.Equal([name], AuthorNames.ReadLabelled(line)!.Names);
    }

    [Fact]
    public void An_interview_line_under_the_headline_names_the_interviewer()
    {
        var body = "<article><h1>Interview mit Schriftstellerin Sonja Silberhorn</h1><div class=\"content\">"
            + "<p><em>Ein Interview von <a href=\"/tag/eugen-zentner/\">Eugen Zentner</a> mit Sonja Silberhorn.</em></p>" + Paragraphs(4) + "</div></article>";
        Assert.Equal("Eugen Zentner", Parse(body, lang: "de").Byline);
    }
}
