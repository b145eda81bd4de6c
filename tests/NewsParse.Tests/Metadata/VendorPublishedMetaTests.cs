using Xunit;

using static NewsParse.Tests.Metadata.MetadataPages;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// A meta tag whose name ends with a publication time's name after a vendor's prefix ("sw-pubdate",
/// "og:article:published_time") gives the date when no listed tag does; a name that only contains such a word
/// ("pubdate-format") or a listed tag's date is not overruled.
/// </summary>
public class VendorPublishedMetaTests
{
    private static readonly string Body = "<h1>Council approves the harbour budget</h1>" + Paragraphs(4);

    [Fact]
    public void A_vendor_prefixed_pubdate_meta_gives_the_date()
    {
        Assert.Equal("2021-11-19", Parse(Body, "<meta name='sw-pubdate' content='2021-11-19'>").Published);
        Assert.Equal("2020-03-02T10:00:00+01:00", Parse(Body, "<meta property='og:article:published_time' content='2020-03-02T10:00:00+01:00'>").Published);
    }

    [Fact]
    public void A_name_that_does_not_end_with_a_publication_time_gives_none()
    {
        Assert.Null(Parse(Body, "<meta name='sw-pubdate-format' content='2021-11-19'>").Published);
        Assert.Null(Parse(Body, "<meta name='swpubdate' content='2021-11-19'>").Published);
    }

    [Fact]
    public void A_listed_meta_tag_comes_first()
    {
        var head = "<meta name='sw-pubdate' content='2021-11-19'><meta property='article:published_time' content='2021-11-18T09:00:00+01:00'>";
        Assert.Equal("2021-11-18T09:00:00+01:00", Parse(Body, head).Published);
    }
}
