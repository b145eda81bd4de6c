using System.Text;
using NewsParse.Html.Dom;
using Xunit;

namespace NewsParse.Tests.Html.Dom;

/// <summary>The HTML5 tree construction: the trees real pages rely on, the bugs of the former simplified builder, the deliberate deviation, and the limits.</summary>
public class HtmlTreeBuilderTests
{
    [Theory]
    [InlineData("<p>one<p>two", "<p>one</p><p>two</p>")]
    [InlineData("<p>one<div>block</div>", "<p>one</p><div>block</div>")]
    [InlineData("<p>one<h2>title</h2>", "<p>one</p><h2>title</h2>")]
    [InlineData("<ul><li>a<li>b</ul>", "<ul><li>a</li><li>b</li></ul>")]
    [InlineData("<ul><li>a<ul><li>b</ul><li>c</ul>", "<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>")]
    [InlineData("<dl><dt>q<dd>a<dt>r<dd>b</dl>", "<dl><dt>q</dt><dd>a</dd><dt>r</dt><dd>b</dd></dl>")]
    [InlineData("<h2>one<h3>two</h3>", "<h2>one</h2><h3>two</h3>")]
    [InlineData("<a href=1>one<a href=2>two</a>", "<a>one</a><a>two</a>")]
    [InlineData("<select><option>a<option>b</select>", "<select><option>a</option><option>b</option></select>")]
    public void Implied_end_tags_close_what_pages_leave_open(string html, string expected) =>
        Assert.Equal(expected, TreeDump.Body(html));

    [Theory]
    [InlineData("<div>a</span>b</div>", "<div>ab</div>")]
    [InlineData("<span><div>a</span>b</div>", "<span><div>ab</div></span>")]
    [InlineData("<p>a</div>b</p>", "<p>ab</p>")]
    public void Stray_end_tags_never_close_a_block(string html, string expected) =>
        Assert.Equal(expected, TreeDump.Body(html));

    [Theory]
    [InlineData("<b><i>a</b>c</i>", "<b><i>a</i></b><i>c</i>")]                      // within a block: reopened, as the standard says
    [InlineData("<p><b>1<i>2</b>3</i></p>", "<p><b>1<i>2</i></b><i>3</i></p>")]
    [InlineData("<b>1<i>2</b></i>3", "<b>1<i>2</i></b>3")]                           // an end tag takes a closed one out of the list
    public void Formatting_elements_misnested_in_a_block_are_reopened_in_it(string html, string expected) =>
        Assert.Equal(expected, TreeDump.Body(html));

    [Theory]
    [InlineData("<p><b>bold</p><p>plain</p>", "<p><b>bold</b></p><p>plain</p>")]
    [InlineData("<div><b>1<i>2</b></div>3", "<div><b>1<i>2</i></b></div>3")]
    [InlineData("<table><tr><td><b>x</td><td>y</td></tr></table>z", "<table><tbody><tr><td><b>x</b></td><td>y</td></tr></tbody></table>z")]
    public void Formatting_elements_closed_with_a_block_are_not_reopened_after_it(string html, string expected) =>
        Assert.Equal(expected, TreeDump.Body(html));

    // Regressions of the simplified builder this one replaced (issue 20): each snippet is a shape of real pages, and
    // each expected tree is the standard's (the one AngleSharp builds; the html5lib and AngleSharp tests hold the rest).

    [Theory]
    [InlineData("<div><a href=1>Menu<div><ul><li><a href=2>Item</a></li></ul></div></a><p>Story</p></div><footer>F</footer>",
        "<div><a>Menu</a><div><a></a><ul><a></a><li><a></a><a>Item</a></li></ul></div><p>Story</p></div><footer>F</footer>")]
    [InlineData("<a name=s><h2><a href=/x>Heading</a> by Author</h2></a>", "<a></a><h2><a></a><a>Heading</a> by Author</h2>")]
    [InlineData("<b><p>Speaker: </b>Long paragraph.</p><p>Next.</p>", "<b></b><p><b>Speaker: </b>Long paragraph.</p><p>Next.</p>")]
    [InlineData("<div><i>x<p>y</i>z</p></div>", "<div><i>x</i><p><i>y</i>z</p></div>")]
    public void Bug1_a_nested_link_or_an_inline_end_tag_after_a_block_keeps_the_blocks_whole(string html, string expected) =>
        Assert.Equal(expected, TreeDump.Body(html));

    [Theory]
    [InlineData("<table><tr><td>Nav</td></tr><p>Article</p></table>", "<p>Article</p><table><tbody><tr><td>Nav</td></tr></tbody></table>")]
    [InlineData("<table>Lost text<tr><td>cell</td></tr></table>", "Lost text<table><tbody><tr><td>cell</td></tr></tbody></table>")]
    [InlineData("<table>\n <tr>\n <td>cell</td> </tr>\n</table>", "<table>\n <tbody><tr>\n <td>cell</td> </tr>\n</tbody></table>")]
    [InlineData("<div><table><tr><div>Article</div><td>x</td></tr></table></div>", "<div><div>Article</div><table><tbody><tr><td>x</td></tr></tbody></table></div>")]
    public void Bug2_text_and_elements_misplaced_in_a_table_are_foster_parented_before_it(string html, string expected) =>
        Assert.Equal(expected, TreeDump.Body(html));

    [Theory]
    [InlineData("<!DOCTYPE html><p>a<table><tr><td>b</table>", "NoQuirks", "<p>a</p><table><tbody><tr><td>b</td></tr></tbody></table>")]
    [InlineData("\n  <!DOCTYPE html><p>a<table><tr><td>b</table>", "NoQuirks", "<p>a</p><table><tbody><tr><td>b</td></tr></tbody></table>")]
    [InlineData("<p>a<table><tr><td>b</table>", "Quirks", "<p>a<table><tbody><tr><td>b</td></tr></tbody></table></p>")]
    [InlineData("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.0 Transitional//EN\"><p>a<table><tr><td>b</table>", "Quirks",
        "<p>a<table><tbody><tr><td>b</td></tr></tbody></table></p>")]
    [InlineData("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\"><p>a<table></table>",
        "LimitedQuirks", "<p>a</p><table></table>")]
    [InlineData("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\"><p>a<table></table>", "Quirks", "<p>a<table></table></p>")]
    [InlineData("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\" \"http://www.w3.org/TR/html4/loose.dtd\"><p>a<table></table>",
        "LimitedQuirks", "<p>a</p><table></table>")]
    [InlineData("<!DOCTYPE html SYSTEM \"about:legacy-compat\"><p>a<table></table>", "NoQuirks", "<p>a</p><table></table>")]
    [InlineData("<!DOCTYPE svg><p>a<table></table>", "Quirks", "<p>a<table></table></p>")]
    public void Bug3_the_doctype_decides_the_quirks_mode_and_white_space_before_it_is_ignored(string html, string mode, string expected)
    {
        var document = HtmlDocument.Parse(html, 256);
        Assert.Equal(Enum.Parse<HtmlQuirksMode>(mode), document.QuirksMode);
        Assert.Equal(expected, TreeDump.Children(document.Body));
    }

    [Theory]
    [InlineData("<div><form><div>Field</form></div><p>After</p></div>", "<div><form><div>Field</div></form><p>After</p></div>")]
    [InlineData("<form id=a><div><form id=b><input></form>x</div>y", "<form><div><input>x</div></form>y")]
    [InlineData("<table><tr><form><td>cell</td></form></tr></table>", "<table><tbody><tr><form></form><td>cell</td></tr></tbody></table>")]
    public void Bug4_a_form_end_tag_closes_the_form_alone_and_a_nested_form_is_ignored(string html, string expected) =>
        Assert.Equal(expected, TreeDump.Body(html));

    [Theory]
    [InlineData("<!--document.write('<script src=x></script>');//-->", "<!--document.write('<script src=x></script>');//-->")]
    [InlineData("<!-- if (a) { w('<script>x</script>'); } --> var b = 1;", "<!-- if (a) { w('<script>x</script>'); } --> var b = 1;")]
    [InlineData("<!--<script>-->", "<!--<script>-->")]                     // "-->" ends the nested section too
    [InlineData("<!--<script></script>--></script", "<!--<script></script>--></script")]   // "</script" then "<" is text
    [InlineData("x = '<!--'; </script >", "x = '<!--'; ")]
    public void Bug5_a_script_s_escaped_section_holds_script_tags(string content, string text)
    {
        var document = HtmlDocument.Parse("<body><script>" + content + "</script><p>Text</p>", 256);
        var script = FirstElement(document.Body, "script");
        Assert.NotNull(script);
        Assert.Equal(text, script.TextContent);
        Assert.EndsWith("<p>Text</p>", TreeDump.Children(document.Body), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<div>a</p>b</div>", "<div>a<p></p>b</div>")]
    [InlineData("<p>a</p></p>", "<p>a</p><p></p>")]
    public void Bug6_a_stray_p_end_tag_stands_for_an_empty_paragraph(string html, string expected) =>
        Assert.Equal(expected, TreeDump.Body(html));

    [Fact]
    public void An_unclosed_inline_element_ends_with_its_block_parent()
    {
        Assert.Equal("<div><p><b>bold</b></p></div><p>plain</p>", TreeDump.Body("<div><p><b>bold</div><p>plain"));
    }

    [Fact]
    public void Rows_and_cells_close_the_open_ones_and_imply_tbody_and_tr()
    {
        Assert.Equal("<table><tbody><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></tbody></table><p>after</p>",
            TreeDump.Body("<table><td>a<td>b<tr><td>c</table><p>after"));
        Assert.Equal("<table><tbody><tr><td><div>x</div></td><td>y</td></tr></tbody></table>",
            TreeDump.Body("<table><tr><td><div>x<td>y</table>"));
    }

    [Fact]
    public void A_div_end_tag_inside_a_cell_does_not_close_the_cell_s_table()
    {
        Assert.Equal("<div><table><tbody><tr><td>a</td></tr></tbody></table>b</div>",
            TreeDump.Body("<div><table><tr><td>a</div></td></tr></table>b</div>"));
    }

    [Fact]
    public void A_stray_end_tag_ignored_once_closes_its_element_once_the_stack_changed()
    {
        var stray = string.Concat(Enumerable.Repeat("</div>", 1000));
        Assert.Equal("<div><table><tbody><tr><td><span>xy</span></td></tr></tbody></table></div>",
            TreeDump.Body("<div><table><tr><td><span>x" + stray + "y"));
        Assert.Equal("<div><table><tbody><tr><td>a</td></tr></tbody></table></div>b",
            TreeDump.Body("<div><table><tr><td>a</div></div></table></div>b"));
    }

    [Fact]
    public void Void_elements_hold_nothing_and_self_closing_html_tags_stay_open()
    {
        Assert.Equal("<p>a<br>b<img>c</p>", TreeDump.Body("<p>a<br>b<img src=x>c"));
        Assert.Equal("<div>a</div>", TreeDump.Body("<div/>a</div>"));
        Assert.Equal("<svg><path></path><g>x</g></svg>", TreeDump.Body("<svg><path/><g>x</g></svg>"));
    }

    [Fact]
    public void Raw_text_elements_read_to_their_end_tag()
    {
        var document = HtmlDocument.Parse("<script>if (a < b && c) document.write('<p>x</p>')</script><p>after</p>", 256);
        var script = FirstElement(document.Head, "script") ?? FirstElement(document.Body, "script");
        Assert.NotNull(script);
        Assert.Equal("if (a < b && c) document.write('<p>x</p>')", script.TextContent);
        Assert.Equal("<p>after</p>", TreeDump.Children(document.Body));
        var area = HtmlDocument.Parse("<p>x</p><textarea><b>&amp;</b></textarea><style>p > a { }</style>", 256);
        Assert.Equal("<p>x</p><textarea><b>&</b></textarea><style>p > a { }</style>", TreeDump.Children(area.Body));
    }

    [Theory]
    [InlineData("a</scrip</script >b", "a</scrip")]          // an end tag of another name, then the one with a space
    [InlineData("x<</SCRIPT>b", "x<")]                      // '<' right before the end tag; any case
    [InlineData("< /script></script>", "< /script>")]       // "< /" is not an end tag
    [InlineData("var s = '</scripts>';</script/>", "var s = '</scripts>';")]
    [InlineData("<<<</script\n>", "<<<")]
    public void A_script_ends_at_the_first_end_tag_of_its_name(string content, string text)
    {
        var document = HtmlDocument.Parse("<body><script>" + content + "<p>after</p>", 256);
        var script = FirstElement(document.Body, "script");
        Assert.NotNull(script);
        Assert.Equal(text, script.TextContent);
    }

    [Fact]
    public void A_script_without_its_end_tag_runs_to_the_end()
    {
        var document = HtmlDocument.Parse("<body><script>a < b </scrip", 256);
        Assert.Equal("a < b </scrip", FirstElement(document.Body, "script")!.TextContent);
    }

    [Fact]
    public void Noscript_is_markup_because_scripting_is_off()
    {
        Assert.Equal("<noscript><p>text</p></noscript>", TreeDump.Body("<body><noscript><p>text</p></noscript>"));
        // in the head only head content stays in it: the rest closes it and starts the body
        var document = HtmlDocument.Parse("<head><noscript><link rel=x><img src=y>text</noscript>", 256);
        Assert.Equal("<noscript><link></noscript>", TreeDump.Children(document.Head));
        Assert.Equal("<img>text", TreeDump.Children(document.Body));
    }

    [Fact]
    public void Svg_and_math_are_foreign_until_an_html_tag_breaks_out()
    {
        var document = HtmlDocument.Parse("<body><svg><title>t</title><foreignObject><p>in</p></foreignObject><g><p>out", 256);
        Assert.Equal("<svg><title>t</title><foreignobject><p>in</p></foreignobject><g></g></svg><p>out</p>", TreeDump.Children(document.Body));
        var svg = FirstElement(document.Body, "svg")!;
        Assert.Equal(HtmlNamespace.Svg, svg.Namespace);
        Assert.Equal(HtmlNamespace.Html, FirstElement(svg, "p")!.Namespace);
        Assert.Equal(HtmlNamespace.MathMl, FirstElement(HtmlDocument.Parse("<math><mi>x</mi></math>", 256).Body, "mi")!.Namespace);
        // an annotation-xml lets HTML in by its encoding
        Assert.Equal("<math><annotation-xml><div>x</div></annotation-xml></math>",
            TreeDump.Body("<math><annotation-xml encoding=\"text/html\"><div>x</div></annotation-xml></math>"));
        Assert.Equal("<math><annotation-xml></annotation-xml></math><div>x</div>",
            TreeDump.Body("<math><annotation-xml><div>x</div></annotation-xml></math>"));
    }

    [Fact]
    public void Repeated_body_tags_add_the_attributes_the_body_lacks_up_to_a_bound()
    {
        var html = new StringBuilder("<body class=a>");
        for (int i = 0; i < 1000; i++) html.Append("<body class=b data-n").Append(i).Append("=x>");
        var body = HtmlDocument.Parse(html.Append("text").ToString(), 256).Body;
        Assert.Equal("a", body.GetAttribute("class"));
        Assert.Equal("x", body.GetAttribute("data-n0"));
        Assert.True(body.AttributeCount <= 64, $"{body.AttributeCount} attributes");
        Assert.Equal("text", body.TextContent);
    }

    [Fact]
    public void A_frameset_page_has_its_frameset_for_a_body()
    {
        var document = HtmlDocument.Parse("<!DOCTYPE html><frameset><frame src=a><noframes><p>old</p></noframes></frameset>", 256);
        Assert.Equal("frameset", document.Body.LocalName);
        Assert.Same(document.Frameset, document.Body);
        // text first makes it a page with a body, where a later frameset is ignored
        Assert.Equal("body", HtmlDocument.Parse("text<frameset><frame></frameset>", 256).Body.LocalName);
    }

    [Fact]
    public void Head_content_goes_to_the_head_and_the_body_is_implied()
    {
        var document = HtmlDocument.Parse("<!doctype html><title>T &amp; U</title><meta name=a content=b><p>text", 256);
        Assert.Equal("T & U", FirstElement(document.Head, "title")!.TextContent);
        Assert.Equal("b", FirstElement(document.Head, "meta")!.GetAttribute("content"));
        Assert.Equal("<p>text</p>", TreeDump.Children(document.Body));
    }

    [Fact]
    public void Html_and_body_attributes_are_kept_from_the_first_tags()
    {
        var document = HtmlDocument.Parse("<html lang=fr><body class=\"post single\"><p>x", 256);
        Assert.Equal("fr", document.Root.GetAttribute("lang"));
        Assert.Equal("post single", document.Body.GetAttribute("class"));
    }

    [Fact]
    public void Comments_doctype_bogus_comments_and_cdata_outside_svg_give_no_text()
    {
        Assert.Equal("<p>ab</p>", TreeDump.Body("<!DOCTYPE html><p>a<!-- <p>hidden</p> -->b<!--></p>"));
        Assert.Equal("<p>ab</p>", TreeDump.Body("<p>a<?php echo 1 ?><![CDATA[x]]>b</p>"));
        Assert.Equal("<p>a < b</p>", TreeDump.Body("<p>a < b</p>"));
    }

    [Fact]
    public void Tags_cut_by_the_end_of_the_page_are_dropped()
    {
        Assert.Equal("<p>text</p>", TreeDump.Body("<p>text<a href=\"unterminated"));
        Assert.Equal("<p>text</p>", TreeDump.Body("<p>text<div class=x"));
    }

    [Fact]
    public void Elements_deeper_than_the_limit_are_dropped_and_their_text_kept()
    {
        var html = new StringBuilder();
        for (int i = 0; i < 10; i++) html.Append("<div>");
        html.Append("deep<span>er</span>");
        for (int i = 0; i < 10; i++) html.Append("</div>");
        html.Append("<p>after</p>");
        var document = HtmlDocument.Parse(html.ToString(), 5);
        Assert.True(document.DepthExceeded);
        // html(0) > body(1) > div(2..5): four divs fit, the rest of the tags are dropped
        Assert.Equal("<div><div><div><div>deeper</div></div></div></div><p>after</p>", TreeDump.Children(document.Body));
    }

    [Fact]
    public void Two_hundred_thousand_unclosed_inline_tags_build_a_bounded_tree()
    {
        var html = new StringBuilder("<p>start");
        for (int i = 0; i < 200_000; i++) html.Append("<b>");
        html.Append("end</p><p>next</p>");
        var document = HtmlDocument.Parse(html.ToString(), 256);
        Assert.True(document.DepthExceeded);
        Assert.True(document.ElementCount < 300, $"{document.ElementCount} elements");
        Assert.Contains("end", document.Body.TextContent, StringComparison.Ordinal);
        Assert.EndsWith("next", document.Body.TextContent, StringComparison.Ordinal);
    }

    private static HtmlElement? FirstElement(HtmlElement root, string name)
    {
        var stack = new Stack<HtmlElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (element.LocalName == name) return element;
            for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
            {
                if (child is HtmlElement e) stack.Push(e);
            }
        }
        return null;
    }
}
