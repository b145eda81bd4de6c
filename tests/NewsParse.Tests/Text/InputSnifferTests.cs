using NewsParse.Text;
using Xunit;

namespace NewsParse.Tests.Text;

/// <summary>
/// Binary input is told from text by the share of control and replacement characters; HTML from a text dump by markup
/// at the start, or by a run of markup after leading junk (and a text dump that mentions tags stays a text dump).
/// </summary>
public sealed class InputSnifferTests
{
    private const string Head = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Council approves budget</title>\n</head>\n";

    private const string Body = "<body><article><h1>Council approves budget</h1>"
        + "<p>The council approved the new budget on Tuesday, after a long debate about schools, roads and the harbour.</p>"
        + "<p>The mayor said the budget was what the town needed, and the opposition said it would vote against it next year.</p>"
        + "<p>Work on the harbour starts in the spring, and the schools get new roofs before the winter comes.</p></article></body></html>";

    // Regression: a page with a few bytes of junk before <html> was read as a text dump.
    [Theory]
    [InlineData("\u00EF\u00BB\u00BF")]                                   // a UTF-8 BOM read as windows-1252
    [InlineData("\0\0junk")]
    [InlineData("x")]
    [InlineData("Warning: mysql_connect(): Access denied for user 'www'@'localhost' in /var/www/index.php on line 12\n")]
    [InlineData("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5120\r\n\r\n")]
    [InlineData("Array\n(\n    [0] => 1\n)\n\n")]
    public void Markup_after_leading_junk_is_html(string junk)
    {
        Assert.True(InputSniffer.LooksLikeHtml(junk + Head + Body));
        var article = NewsParser.Parse(junk + Head + Body);
        Assert.Equal("Council approves budget", article.Headline);
        Assert.DoesNotContain(article.AllBlocks(), b => b.Text.Contains("<p>") || b.Text.Contains("<meta"));
        var fromBytes = NewsParser.Parse(System.Text.Encoding.UTF8.GetBytes(junk + Head + Body));
        Assert.Equal("Council approves budget", fromBytes.Headline);
    }

    [Fact]
    public void A_fragment_after_junk_on_its_own_line_is_html()
    {
        Assert.True(InputSniffer.LooksLikeHtml("garbage line\n<div class=\"story\">\n<h2>Budget</h2>\n<p>Text.</p>\n</div>"));
    }

    [Theory]
    // Prose about HTML: tags are mentioned inside sentences, far apart from each other.
    [InlineData("How to write a web page\n\nEvery page starts with <html>. Inside it, <head> holds the title and the metadata, and <body> holds what the reader sees, such as <p> paragraphs.\n\nSave the file and open it in a browser.\n")]
    // A line that starts with a tag, followed by prose.
    [InlineData("Markup basics\n\n<html> is the root element of a page; the browser builds everything else below it, whatever the page holds.\n<body> comes after the head, and holds the visible part of the page, the text, the images and the links.\n")]
    // Tags at line starts, but each with a sentence of text: a list of elements, not markup.
    [InlineData("Elements you will use\n<div> groups other elements for layout, and has no meaning of its own in the document, for readers or for search engines.\n<span> does the same inside a line of text, around a few words that need a style of their own, such as a colour.\n<p> holds a paragraph of text, and browsers leave a blank line before and after it when they show the page.\n<a> makes a link to another page, and its href attribute says where the link goes when a reader clicks on it.\n")]
    // A comparison sign and an e-mail address in angle brackets.
    [InlineData("Prices rose 3% (x < 5) in May.\nContact: Jane Doe <jane@example.com>\n<b>Not a page</b> but a line with bold markers in a mail.\n")]
    public void A_text_dump_that_mentions_tags_is_not_html(string dump)
    {
        Assert.False(InputSniffer.LooksLikeHtml(dump));
    }

    [Fact]
    public void Every_code_unit_counts_as_odd_as_the_definition_says()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            bool odd = (c < ' ' && c is not ('\t' or '\n' or '\r' or '\f')) || c == '\uFFFD';
            // Eleven in a hundred: binary when each is odd; one in a hundred: text either way.
            var many = new string((char)c, 11) + new string('a', 89);
            var one = new string('a', 60) + (char)c + new string('a', 39);
            Assert.True(odd == InputSniffer.LooksBinary(many), $"U+{c:X4}");
            // After the sixteen-at-a-time part, and in a text too short for it.
            Assert.True(odd == InputSniffer.LooksBinary(new string('a', 16) + new string((char)c, 3)), $"U+{c:X4} in the tail");
            Assert.True(odd == InputSniffer.LooksBinary("abcd" + (char)c), $"U+{c:X4} in a short text");
            Assert.False(InputSniffer.LooksBinary(one), $"U+{c:X4}");
        }
    }

    [Fact]
    public void The_threshold_is_a_tenth()
    {
        Assert.False(InputSniffer.LooksBinary(""));
        Assert.False(InputSniffer.LooksBinary(new string('\0', 10) + new string('a', 90)));
        Assert.True(InputSniffer.LooksBinary(new string('\0', 11) + new string('a', 89)));
        Assert.True(InputSniffer.LooksBinary("\uFFFD\u0001"));
    }
}
