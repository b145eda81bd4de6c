using NewsParse.Detection;
using Xunit;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// A name is read as a reader sees it: soft hyphens and zero-width spaces inside its words ("Mat&amp;shy;thi&amp;shy;as",
/// written for line breaking) are no part of it.
/// </summary>
public class InvisibleCharacterNameTests
{
    [Theory]
    [InlineData("Von Mat\u00ADthi\u00ADas Lauerer")]
    [InlineData("Von Matthias Lau\u200Berer")]
    public void Invisible_characters_are_no_part_of_a_name(string line) => Assert.Equal("Matthias Lauerer", AuthorNames.Read(line, marked: false)?.Line);
}
