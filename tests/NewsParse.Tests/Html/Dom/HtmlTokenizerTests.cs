using NewsParse.Html.Dom;
using Xunit;

namespace NewsParse.Tests.Html.Dom;

/// <summary>Attributes and character references as the HTML tokenizer reads them.</summary>
public class HtmlTokenizerTests
{
    private static HtmlElement First(string html)
    {
        var document = HtmlDocument.Parse("<body>" + html, 256);
        return (HtmlElement)document.Body.FirstChild!;
    }

    [Fact]
    public void Attributes_may_be_quoted_unquoted_or_valueless_and_names_ignore_case()
    {
        var element = First("<DIV Class='a \"b\"' id=main data-x = \"1 > 0\" hidden title=>x</DIV>");
        Assert.Equal("div", element.LocalName);
        Assert.Equal("a \"b\"", element.GetAttribute("class"));
        Assert.Equal("main", element.GetAttribute("id"));
        Assert.Equal("1 > 0", element.GetAttribute("data-x"));
        Assert.True(element.HasAttribute("hidden"));
        Assert.Equal("", element.GetAttribute("hidden"));
        Assert.Equal("", element.GetAttribute("title"));
        Assert.Null(element.GetAttribute("style"));
    }

    [Fact]
    public void Attributes_read_by_position_are_the_ones_read_by_name()
    {
        var element = First("<p Class='a &amp; b' ID=x class=second data-y=\"&lt;\" hidden>x</p>");
        Assert.Equal(5, element.AttributeCount);
        Assert.Equal(["Class", "ID", "class", "data-y", "hidden"], Enumerable.Range(0, 5).Select(k => element.AttributeNames[k].ToString()));
        Assert.Equal(5, element.AttributeNames.Count);
        Assert.Equal(element.GetAttribute("class"), element.AttributeValueAt(0));
        Assert.Equal("a & b", element.AttributeSpanAt(0).ToString());
        Assert.Equal("a & b", element.AttributeMemoryAt(0).ToString());
        Assert.Equal("x", element.AttributeMemoryAt(1).ToString());
        Assert.Equal("second", element.AttributeValueAt(2));
        Assert.Equal("<", element.AttributeMemoryAt(3).ToString());
        Assert.Equal("", element.AttributeValueAt(4));
        Assert.True(element.AttributeMemoryAt(4).IsEmpty);
        Assert.Throws<IndexOutOfRangeException>(() => element.AttributeNames[5].ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => element.AttributeValueAt(-1));
    }

    [Theory]
    [InlineData("div", "div", true)]
    [InlineData("DIV", "div", true)]
    [InlineData("dIv", "div", true)]
    [InlineData("H1", "h1", true)]
    [InlineData("AMP-IMG", "amp-img", true)]
    [InlineData("amp_img", "amp-img", false)]
    [InlineData("h\u0011", "h1", false)]   // the same hash as "h1" (a control character with bit 5 set is '1')
    [InlineData("d\u00EFv", "div", false)]
    [InlineData("divs", "div", false)]
    public void Tag_names_are_known_whatever_their_ASCII_case(string name, string known, bool found)
    {
        Assert.Equal(found, HtmlTagTable.TryLookup(name, out var interned, out _, out _) && interned == known);
        Assert.Equal(found, name.Equals(known, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_first_of_repeated_attributes_wins()
    {
        Assert.Equal("first", First("<p class=first class=second>x").GetAttribute("class"));
    }

    [Theory]
    [InlineData("a &amp; b", "a & b")]
    [InlineData("&lt;tag&gt;", "<tag>")]
    [InlineData("caf&eacute; &#233; &#xE9; &#XE9;", "café é é é")]
    [InlineData("&nbsp;", "\u00A0")]
    [InlineData("&hellip;&rsquo;", "…’")]
    [InlineData("&notit;", "¬it;")]
    [InlineData("&copy 2019", "© 2019")]
    [InlineData("&#150; &#0; &#x110000; &#xD800;", "\u2013 \uFFFD \uFFFD \uFFFD")]
    [InlineData("&unknown; & &#; &#x;", "&unknown; & &#; &#x;")]
    [InlineData("&#128512;", "😀")]
    public void Text_character_references_are_decoded(string raw, string expected)
    {
        Assert.Equal(expected, First("<p>" + raw + "</p>").TextContent);
    }

    [Fact]
    public void In_attributes_a_legacy_reference_before_a_letter_or_equals_is_left_as_written()
    {
        var element = First("<a href=\"/?a=1&copy=2&amp;b=3\" title=\"&copy; &amp\">x</a>");
        Assert.Equal("/?a=1&copy=2&b=3", element.GetAttribute("href"));
        Assert.Equal("© &", element.GetAttribute("title"));
    }

    [Fact]
    public void Script_text_is_never_decoded()
    {
        var document = HtmlDocument.Parse("<script type=\"application/ld+json\">{\"a\":\"&amp;\"}</script>", 256);
        var script = (HtmlElement)document.Head.FirstChild!;
        Assert.Equal("{\"a\":\"&amp;\"}", script.TextContent);
    }

    [Fact]
    public void Tokens_cover_the_page_once()
    {
        const string html = "<!doctype html><p class=x>a &amp; b<!-- c --><br/>d</p>";
        var tokenizer = new HtmlTokenizer(new HtmlDocument(html.AsMemory()));
        var kinds = new List<string>();
        while (tokenizer.Next())
        {
            kinds.Add(tokenizer.Kind switch
            {
                HtmlTokenKind.StartTag => "<" + tokenizer.Name + (tokenizer.SelfClosing ? "/" : "") + ">",
                HtmlTokenKind.EndTag => "</" + tokenizer.Name + ">",
                HtmlTokenKind.Text => html.Substring(tokenizer.Start, tokenizer.Length),
                _ => tokenizer.Kind.ToString(),
            });
        }
        Assert.Equal(["Doctype", "<p>", "a &amp; b", "<br/>", "d", "</p>"], kinds);
    }

    [Theory]
    [InlineData("<p>a<!-- x -->b</p>")]
    [InlineData("<p>a<!-- x --!>b</p>")]
    [InlineData("<p>a<!-->b</p>")]
    [InlineData("<p>a<!--->b</p>")]
    [InlineData("<p>a<!-- -- > --- ->b</p> -->b</p>")]
    [InlineData("<p>a<![CDATA[ x ]]>b</p>")]
    [InlineData("<p>a<?xml x?>b</p>")]
    [InlineData("<p>a</ x>b</p>")]
    public void Comments_and_bogus_comments_end_where_the_standard_ends_them(string html)
    {
        Assert.Equal("<p>ab</p>", TreeDump.Body(html));
    }

    [Theory]
    [InlineData("<script>x</script", "script", "x</script")]      // an end tag cut by the end of the page is text
    [InlineData("<script>x</script ", "script", "x")]             // a cut tag is dropped
    [InlineData("<title>a</title", "title", "a</title")]
    [InlineData("<style>a</styles></style>", "style", "a</styles>")]
    [InlineData("<textarea>\n\nline</textarea>", "textarea", "\nline")]   // the newline right after the tag is not content
    public void Raw_text_ends_at_a_whole_end_tag_of_its_element(string html, string name, string text)
    {
        var document = HtmlDocument.Parse(html, 256);
        var element = document.Head.FirstChild as HtmlElement ?? (HtmlElement)document.Body.FirstChild!;
        Assert.Equal(name, element.LocalName);
        Assert.Equal(text, element.TextContent);
    }

    [Fact]
    public void A_null_character_is_dropped_from_text_and_replaced_elsewhere()
    {
        Assert.Equal("ab", First("<p>a\0b</p>").TextContent);
        Assert.Equal("\uFFFD", First("<p title=\"\0\">x</p>").GetAttribute("title"));
        Assert.Equal("a\uFFFD", ((HtmlElement)HtmlDocument.Parse("<script>a\0</script>", 256).Head.FirstChild!).TextContent);
    }

    [Fact]
    public void Every_tag_id_names_its_tag()
    {
        foreach (var id in Enum.GetValues<HtmlTagId>().Where(id => id != HtmlTagId.Unknown))
        {
            var name = HtmlTagTable.NameOf(id);
            Assert.True(HtmlTagTable.TryLookup(name.ToUpperInvariant(), out var interned, out _, out var found), name);
            Assert.Equal(id, found);
            Assert.Same(name, interned);
            Assert.Equal(id.ToString(), name.Replace("-", "", StringComparison.Ordinal), ignoreCase: true);
        }
        Assert.False(HtmlTagTable.TryLookup("custom-element", out _, out _, out var unknown));
        Assert.Equal(HtmlTagId.Unknown, unknown);
    }
}
