using Xunit;

using static NewsParse.Tests.Metadata.MetadataPages;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// JSON-LD that an XHTML-era template wraps in a bare CDATA section (<c>&lt;![CDATA[ {…} ]]&gt;</c>, which an HTML
/// script keeps as text) is read as the JSON inside it; the section left open is no JSON and gives nothing.
/// </summary>
public class CdataJsonLdTests
{
    private static readonly string Body = "<h1>Three findings from our survey</h1>" + Paragraphs(4);

    private const string Json = "{\"@context\":\"https://schema.org\",\"@type\":\"BlogPosting\",\"headline\":\"Three findings from our survey\","
        + "\"datePublished\":\"2024-06-25T00:00:00+00:00\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"GitLab\"}}";

    [Fact]
    public void A_bare_cdata_section_around_the_json_is_taken_off()
    {
        var article = Parse(Body, $"<script type=\"application/ld+json\">\n  <![CDATA[\n  {Json}\n  ]]>\n</script>");
        Assert.Equal("GitLab", article.SiteName);
        Assert.Equal("2024-06-25T00:00:00+00:00", article.Published);
    }

    [Fact]
    public void Text_before_the_cdata_section_leaves_the_script_unread()
    {
        var article = Parse(Body, $"<script type=\"application/ld+json\">var x = <![CDATA[ {Json} ]]></script>");
        Assert.Null(article.SiteName);
    }
}
