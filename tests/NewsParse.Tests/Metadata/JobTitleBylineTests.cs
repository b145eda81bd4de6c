using NewsParse.Detection;
using Xunit;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// A job title written after a name with a comma ("Jane Doe, Staff Writer", "Sarah Hinger, Staff Attorney, Sylvia
/// Torres-Guillén, Director of Education Equity") is no second author, nor what runs on from it; a desk whose name opens
/// with such a word ("Staff Reports") is still a name when nothing stands before it.
/// </summary>
public class JobTitleBylineTests
{
    [Theory]
    [InlineData("By Jane Doe, Staff Writer", new[] { "Jane Doe" })]
    [InlineData("Sarah Hinger, Staff Attorney, Sylvia Torres-Guillén, Director of Education Equity", new[] { "Sarah Hinger", "Sylvia Torres-Guillén" })]
    [InlineData("By Daniel Kahn Gillmor, Senior Staff Technologist, Privacy, and Technology Project", new[] { "Daniel Kahn Gillmor" })]
    [InlineData("Von Anna Schmidt, Redakteurin", new[] { "Anna Schmidt" })]
    [InlineData("Par Pierre Puchot, journaliste", new[] { "Pierre Puchot" })]
    public void A_job_title_after_a_name_is_no_author(string line, string[] names)
    {
        var read = AuthorNames.Read(line, marked: true)!;
        Assert.Equal(names, read.Names);
        Assert.Equal(string.Join(", ", names), read.Line);
    }

    [Fact]
    public void A_desk_named_with_a_role_word_is_a_name()
    {
        Assert.Equal(["Staff Reports"], AuthorNames.Read("Staff Reports", marked: true)!.Names);
    }
}
