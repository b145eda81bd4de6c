using Xunit;

using static NewsParse.Tests.Metadata.MetadataPages;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// A &lt;time&gt; marked itemprop=dateModified shows the last change, not the publication, even when it comes first
/// (a theme writes "<c>&lt;time class=updated itemprop=dateModified&gt;</c>" before "<c>&lt;time class='entry-date
/// published' itemprop=datePublished&gt;</c>"); a &lt;time&gt; that only has the class "updated" still counts (themes
/// write it on every post's one date).
/// </summary>
public class ModifiedTimeElementTests
{
    [Fact]
    public void A_time_marked_as_the_modification_is_not_the_publication()
    {
        var head = "<meta property=\"article:published_time\" content=\"2022-12-30T07:00:40+01:00\">";
        var body = "<article><h1>Five trends for the year ahead</h1><div class=\"entry-meta\"><span>Arne Sjöström</span> | "
            + "<time class=\"updated\" datetime=\"2022-12-29T15:36:19+01:00\" itemprop=\"dateModified\">29 December 2022</time>"
            + "<time class=\"entry-date published\" datetime=\"2022-12-30T07:00:40+01:00\" itemprop=\"datePublished\">30 December 2022</time></div>"
            + Paragraphs(4) + "</article>";
        Assert.Equal("2022-12-30T07:00:40+01:00", Parse(body, head).Published);
    }

    [Fact]
    public void A_time_named_updated_without_itemprop_is_still_the_posts_date()
    {
        var body = "<article><h1>Five trends for the year ahead</h1><div class=\"entry-meta\">"
            + "<time class=\"entry-date updated\" datetime=\"2022-12-29T15:36:19+01:00\">29 December 2022</time></div>"
            + Paragraphs(4) + "</article>";
        Assert.Equal("2022-12-29T15:36:19+01:00", Parse(body).Published);
    }
}
