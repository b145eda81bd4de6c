using NewsParse.Detection;
using Xunit;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// Chinese news credit the article's responsible editor ("责任编辑：孔德明") where no reporter is named: opening a line, the
/// label goes and the name is the byline; after a reporter's name it is another role, and cuts the line there.
/// </summary>
public class ChineseEditorLabelTests
{
    [Theory]
    [InlineData("责任编辑：孔德明", "孔德明")]
    [InlineData("責任編輯：王小明", "王小明")]
    public void The_responsible_editor_label_opens_a_byline(string line, string name) => Assert.Equal(name, AuthorNames.Read(line, marked: true)?.Line);

    [Fact]
    public void After_a_reporters_name_the_editor_is_another_role() => Assert.Equal("王敬照", AuthorNames.Read("记者 王敬照 责任编辑：孔德明", marked: true)?.Line);
}
