using Xunit;

using static NewsParse.Tests.Metadata.MetadataPages;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// JSON-LD as pages write it and browsers and search engines still read: a raw line break inside a string, and a
/// schema.org object in a script that has no type. Each has its counterpart that must stay unread.
/// </summary>
public class LenientJsonLdTests
{
    private static readonly string Body = "<h1>Council approves the harbour budget</h1>" + Paragraphs(4);

    [Fact]
    public void A_raw_line_break_inside_a_string_does_not_lose_the_script()
    {
        var head = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
            + "\"description\":\"The council met.\nIt approved the budget.\",\"datePublished\":\"2022-02-02T11:14:00+01:00\"}</script>";
        Assert.Equal("2022-02-02T11:14:00+01:00", Parse(Body, head).Published);
    }

    [Fact]
    public void A_script_that_is_not_json_even_without_control_characters_gives_nothing()
    {
        var head = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\n"
            + "\"datePublished\":\"2022-02-02T11:14:00+01:00\" \"headline\":}</script>";
        Assert.Null(Parse(Body, head).Published);
    }

    [Fact]
    public void A_schema_org_object_in_a_script_without_a_type_is_read()
    {
        var head = "<script>{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", \"headline\": \"Council approves the harbour budget\","
            + " \"datePublished\": \"2022-01-28T06:00:00+01:00\"}</script>";
        Assert.Equal("2022-01-28T06:00:00+01:00", Parse(Body, head).Published);
    }

    [Fact]
    public void A_script_program_that_holds_a_schema_org_object_is_not_read()
    {
        var head = "<script>var ld = {\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", \"datePublished\": \"2022-01-28T06:00:00+01:00\"};</script>";
        Assert.Null(Parse(Body, head).Published);
    }
}
