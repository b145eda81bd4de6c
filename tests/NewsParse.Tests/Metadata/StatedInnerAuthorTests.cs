using Xunit;

using static NewsParse.Tests.Metadata.MetadataPages;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// Inside an element whose class names the author, the element the markup states is the author (itemprop=author,
/// rel=author) names the author, whatever the other elements named so hold (the publisher's name in an "authorinfo"
/// bar). Its counterpart: two stated authors keep the whole line (co-authors).
/// </summary>
public class StatedInnerAuthorTests
{
    [Fact]
    public void The_stated_author_beside_the_publisher_is_the_author()
    {
        var body = ""
            + "<header class=\"collection-headline\">\n"
            + "            <h1 itemprop=\"headline\" class=\"\">\n"
            + "                Nintendo's first iPhone game will launch in December\n"
            + "            </h1>\n"
            + "        </header>\n"
            + "\n"
            + "        <section class=\"Modelinfo\">\n"
            + "            <div class=\"authorinfo-bsb\" style=\"\">\n"
            + "                <div class=\"authorinfotb\">\n"
            + "                    <span class=\"partnerlogo-img\" itemprop=\"publisher\">\n"
            + "                        <a href=\"https://publisher.example\" target=\"_blank\" itemprop=\"url\">\n"
            + "                        <img alt=\"Tech Insider\" src=\"/logo.png\">\n"
            + "                    \n"
            + "                    </a>\n"
            + "                    </span>\n"
            + "                    <div class=\"sourcename-txt truncate\">\n"
            + "                        <a href=\"https://publisher.example\" target=\"_blank\" title=\"tech insider\" itemprop=\"url\">Tech Insider</a>\n"
            + "                    </div>\n"
            + "                    <div class=\"authorinfo-txt\">\n"
            + "                        <span class=\"authorname-txt\" itemprop=\"author\">\n"
            + "                            <span class=\"truncate\" itemprop=\"name\">Alex Perry</span>\n"
            + "                        </span>\n"
            + "                        <time datetime=\"2016-11-15T07:00:00.000Z\">1 day ago</time>\n"
            + "                    </div>\n"
            + "                </div>\n"
            + "                </div></section>\n"
            + "<main><article>" + Paragraphs(4) + "</article></main>";
        Assert.Equal("Alex Perry", Parse(body).Byline);
    }

    [Fact]
    public void Two_stated_authors_keep_the_line()
    {
        var body = "<header><h1>Nintendo's first iPhone game will launch in December</h1></header>"
            + "<section><div class=\"byline\">By <span itemprop=\"author\">Alex Perry</span> and <span itemprop=\"author\">Jane Roe</span></div></section>"
            + "<main><article>" + Paragraphs(4) + "</article></main>";
        Assert.Equal(["Alex Perry", "Jane Roe"], Parse(body).Authors);
    }
}
