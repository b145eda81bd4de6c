using System.Text;
using NewsParse.Model;
using NewsParse.Rendering;
using Xunit;

namespace NewsParse.Tests.Rich;

/// <summary>
/// A table of data — a list page's main table, a price list, a catalogue, a table cut into one table per row — is one
/// table block in the model, the Markdown and the HTML; a table used for layout is read as the blocks its cells hold.
/// </summary>
public class ListTableTests
{
    private const string Sentence = "The city council approved the new bus fares on Tuesday, after a long debate about students, pensioners and commuters. ";

    private static readonly string[] Cities = ["Dubai", "Shanghai", "Seoul", "New York City", "Taipei", "Chicago", "Hong Kong", "Moscow"];

    /// <summary>A list page as Wikipedia writes one: a line of introduction, then the list as a sortable table of 40 rows, most cells links or numbers.</summary>
    private static string WikipediaList()
    {
        var rows = new StringBuilder();
        for (int i = 0; i < 40; i++)
        {
            var city = Cities[i % Cities.Length];
            rows.Append($"<tr><td>{i + 1}</td><td><a href=\"/wiki/Tower_{i}\">Tower {i}</a></td><td><a href=\"/wiki/{city.Replace(' ', '_')}\">{city}</a></td>")
                .Append($"<td>{300 + (i * 37 % 500)}</td><td>{60 + (i * 13 % 100)}</td><td>{1990 + (i * 7 % 33)}</td></tr>");
        }
        var menu = string.Concat(Enumerable.Range(0, 15).Select(i => $"<li><a href=\"/wiki/Portal_{i}\">Portal {i}</a></li>"));
        return "<!DOCTYPE html><html lang=\"en\"><head><title>List of tallest buildings - Wikipedia</title></head><body>"
            + $"<div id=\"mw-panel\"><ul>{menu}</ul></div><div id=\"content\"><h1>List of tallest buildings</h1><div class=\"mw-parser-output\">"
            + "<p>This list ranks completed <a href=\"/wiki/Skyscraper\">skyscrapers</a> by height.</p><h2>Buildings</h2>"
            + "<table class=\"wikitable sortable\"><tbody><tr><th>Rank</th><th>Name</th><th>City</th><th>Height (m)</th><th>Floors</th><th>Year</th></tr>"
            + rows + "</tbody></table><h2>See also</h2><ul><li><a href=\"/wiki/A\">List of tallest structures</a></li><li><a href=\"/wiki/B\">List of tallest towers</a></li></ul>"
            + "</div></div><div id=\"footer\"><p>Text is available under the Creative Commons Attribution-ShareAlike License.</p></div></body></html>";
    }

    private static Article Parse(string html) => NewsParser.Parse(html, new NewsParserOptions { Url = new Uri("https://en.example.org/wiki/List") });

    [Fact]
    public void A_list_pages_main_table_is_one_table_with_its_rows_header_and_links()
    {
        var article = Parse(WikipediaList());
        var table = Assert.Single(article.AllBlocks().OfType<TableBlock>());
        Assert.Equal(41, table.Rows.Count);
        Assert.All(table.Rows, row => Assert.Equal(6, row.Count));
        Assert.Equal(["Rank", "Name", "City", "Height (m)", "Floors", "Year"], table.Rows[0]);
        var cells = Assert.IsAssignableFrom<IReadOnlyList<IReadOnlyList<TableCell>>>(table.Cells);
        Assert.All(cells[0], cell => Assert.True(cell.Header));
        Assert.Equal("https://en.example.org/wiki/Tower_3", Assert.Single(cells[4][1].Inlines!).Href);
        // no cell is a paragraph of its own, and no row is boilerplate
        Assert.DoesNotContain(article.AllBlocks().OfType<ParagraphBlock>(), p => p.Text.StartsWith("Tower", StringComparison.Ordinal));
        Assert.DoesNotContain(article.Boilerplate, b => b.Text.Contains("Tower 7", StringComparison.Ordinal));
    }

    [Fact]
    public void A_list_pages_main_table_is_a_gfm_table_in_markdown_and_a_table_in_html()
    {
        var article = Parse(WikipediaList());
        var document = MarkdownReadBack.Parse(ArticleMarkdown.ToMarkdown(article));
        Assert.Equal([(41, 6)], MarkdownReadBack.Tables(document));
        Assert.Contains("https://en.example.org/wiki/Hong_Kong", MarkdownReadBack.Links(document));
        var html = ArticleHtml.ToHtml(article);
        Assert.Contains("<table><thead><tr><th>Rank</th><th>Name</th>", html, StringComparison.Ordinal);
        Assert.Equal(41, html.Split("<tr>").Length - 1);
        var json = ArticleJson.ToJson(article);
        Assert.Equal(article, ArticleJson.FromJson(json));
    }

    [Fact]
    public void A_catalogue_whose_few_long_cells_stand_in_a_column_of_short_ones_is_a_table()
    {
        var rows = new StringBuilder("<tr><td></td><td>Owner</td><td>Motif</td><td>Technique</td><td>Year</td></tr>");
        for (int i = 0; i < 30; i++)
        {
            var motif = i % 8 == 3 ? string.Concat(Enumerable.Repeat("A reader in an armchair beside a window, books and a vase of flowers; ", 7)) : $"Motif number {i}";
            rows.Append($"<tr><td>{i + 1}</td><td>OWNER {i}</td><td>{motif}</td><td>C3</td><td>{1900 + i}</td></tr>");
        }
        var article = Parse($"<html><body><article><h1>Works of a bookplate artist</h1><div class=\"entry-content\">List of works<table><tbody>{rows}</tbody></table></div></article></body></html>");
        var table = Assert.Single(article.AllBlocks().OfType<TableBlock>());
        Assert.Equal(31, table.Rows.Count);
        Assert.DoesNotContain(article.AllBlocks().OfType<ParagraphBlock>(), p => p.Text.StartsWith("OWNER", StringComparison.Ordinal));
    }

    [Fact]
    public void A_price_table_in_an_article_is_a_table_between_its_paragraphs()
    {
        var article = Parse($"<html><body><article><h1>New bus fares from January</h1><p>{Sentence}{Sentence}</p>"
            + "<table><thead><tr><th>Ticket</th><th>Now</th><th>From January</th></tr></thead><tbody>"
            + "<tr><td>Single</td><td>$2.50</td><td>$2.75</td></tr><tr><td>Day pass</td><td>$6.00</td><td>$6.50</td></tr>"
            + "<tr><td>Month pass</td><td>$80.00</td><td>$86.00</td></tr></tbody></table>"
            + $"<p>{Sentence}{Sentence}</p></article></body></html>");
        var blocks = article.AllBlocks().ToList();
        Assert.Equal([BlockType.Paragraph, BlockType.Table, BlockType.Paragraph], blocks.Select(b => b.Type));
        var table = (TableBlock)blocks[1];
        Assert.Equal(["Month pass", "$80.00", "$86.00"], table.Rows[3]);
        Assert.True(table.Cells![0][2].Header);
    }

    private const string Paragraph = "<p>The harbour festival returns this weekend with boats, music and food stalls along the quay, organisers said on Monday. Thousands of visitors are expected.</p>";

    [Fact]
    public void A_page_laid_out_in_a_table_is_read_as_the_blocks_its_cells_hold()
    {
        var article = Parse("<html><head><title>Harbour festival returns</title></head><body><table width=\"100%\">"
            + "<tr><td colspan=\"2\">Harbour Times</td></tr>"
            + "<tr><td><a href=\"/\">Home</a><br><a href=\"/news\">News</a><br><a href=\"/sport\">Sport</a></td>"
            + $"<td><h1>Harbour festival returns</h1>{Paragraph}{Paragraph}{Paragraph}{Paragraph}</td></tr>"
            + "<tr><td colspan=\"2\">Copyright Harbour Times</td></tr></table></body></html>");
        Assert.Empty(article.AllBlocks().OfType<TableBlock>());
        Assert.Equal(4, article.AllBlocks().OfType<ParagraphBlock>().Count(p => p.Text.StartsWith("The harbour festival", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_grid_of_paragraphs_a_single_column_and_a_long_cell_holding_the_article_are_layout()
    {
        string Page(string table) => $"<html><body><article><h1>Harbour festival returns</h1>{Paragraph}{table}{Paragraph}</article></body></html>";
        var grid = Parse(Page($"<table><tr><td>{Paragraph}{Paragraph}</td><td>{Paragraph}{Paragraph}</td></tr><tr><td>{Paragraph}</td><td>{Paragraph}</td></tr></table>"));
        Assert.Empty(grid.AllBlocks().OfType<TableBlock>());
        var column = Parse(Page("<table><tr><td>Boats on the quay from nine</td></tr><tr><td>Music on the square from noon</td></tr><tr><td>Fireworks at ten</td></tr></table>"));
        Assert.Empty(column.AllBlocks().OfType<TableBlock>());
        Assert.Contains(column.AllBlocks(), b => b.Text == "Music on the square from noon");
        var text = string.Concat(Enumerable.Repeat("The harbour festival returns this weekend with boats, music and food stalls along the quay. ", 12));
        var longCell = Parse(Page($"<table><tr><td>Harbour Times</td><td>Today</td></tr><tr><td>Home News Sport</td><td>{text}</td></tr><tr><td>Contact</td><td>Copyright</td></tr></table>"));
        Assert.Empty(longCell.AllBlocks().OfType<TableBlock>());
    }

    [Fact]
    public void A_table_cut_into_one_table_per_row_is_one_table()
    {
        var parts = new StringBuilder("<table class=\"spip\"><thead><tr><th>Field</th><th>Articles</th><th>Authors</th></tr></thead><tbody></tbody></table>");
        string[] fields = ["General reviews", "Development", "Law and economics", "Finance", "Labour", "Public economics"];
        for (int i = 0; i < fields.Length; i++)
            parts.Append($"<table class=\"spip\"><tbody><tr><td>{fields[i]}</td><td>{100 + i}</td><td>{200 + i}</td></tr></tbody></table>\n");
        var article = Parse($"<html><body><article><h1>Journals and their authors</h1><p>{Sentence}{Sentence}</p>{parts}<p>{Sentence}</p></article></body></html>");
        var table = Assert.Single(article.AllBlocks().OfType<TableBlock>());
        Assert.Equal(7, table.Rows.Count);
        Assert.Equal(["Field", "Articles", "Authors"], table.Rows[0]);
        Assert.Equal(["Public economics", "105", "205"], table.Rows[6]);
        Assert.True(table.Cells![0][0].Header);
    }

    [Fact]
    public void Tables_of_other_widths_or_classes_or_with_their_own_header_are_not_joined()
    {
        const string Row = "<tr><td>Finance</td><td>100</td><td>200</td></tr>";
        string Page(string tables) => $"<html><body><article><h1>Journals and their authors</h1><p>{Sentence}{Sentence}</p>{tables}<p>{Sentence}</p></article></body></html>";
        var headed = Parse(Page(string.Concat(Enumerable.Repeat($"<table><tr><th>Field</th><th>Articles</th><th>Authors</th></tr>{Row}{Row}</table>", 2))));
        Assert.Equal(2, headed.AllBlocks().OfType<TableBlock>().Count());
        var classes = Parse(Page($"<table class=\"a\">{Row}{Row}</table><table class=\"b\">{Row}{Row}</table>"));
        Assert.Equal(2, classes.AllBlocks().OfType<TableBlock>().Count());
        var widths = Parse(Page($"<table>{Row}{Row}</table><table><tr><td>Finance</td><td>100</td></tr><tr><td>Labour</td><td>90</td></tr></table>"));
        Assert.Equal(2, widths.AllBlocks().OfType<TableBlock>().Count());
    }

    [Fact]
    public void A_layout_table_of_one_line_of_short_cells_is_one_paragraph()
    {
        var article = Parse($"<html><body><article><h1>Relay results</h1><p>{Sentence}{Sentence}</p>"
            + "<table><tr><td>1.</td><td>&nbsp;</td><td>TS Goeppingen I</td><td>50,59</td><td>sec.</td></tr></table>"
            + "<table><tr><td>2.</td><td>&nbsp;</td><td>TSV Langenau</td><td>54,18</td><td>sec.</td><td></td></tr></table>"
            + $"<p>{Sentence}</p></article></body></html>");
        Assert.Empty(article.AllBlocks().OfType<TableBlock>());
        var texts = article.AllBlocks().Select(b => b.Text).ToList();
        Assert.Contains("1. TS Goeppingen I 50,59 sec.", texts);
        Assert.Contains("2. TSV Langenau 54,18 sec.", texts);
    }

    [Fact]
    public void A_list_page_with_more_prose_in_a_notice_than_in_its_introduction_still_gives_its_table()
    {
        var notice = "<div class=\"sitenotice\"><p>" + string.Concat(Enumerable.Repeat("This wiki is written by volunteers, and anyone can edit it, as long as the edits follow the rules of the community. ", 3)) + "</p></div>";
        var article = Parse(WikipediaList().Replace("<div id=\"content\">", notice + "<div id=\"content\">", StringComparison.Ordinal));
        var table = Assert.Single(article.AllBlocks().OfType<TableBlock>());
        Assert.Equal(41, table.Rows.Count);
    }

    [Fact]
    public void A_pre_that_wraps_headings_and_tables_is_read_as_them_not_as_code()
    {
        var rows = string.Concat(Enumerable.Range(1, 4).Select(i => $"<tr><td>{i}.</td><td>Club {i}</td><td>5{i},09</td><td>sec.</td></tr>"));
        var article = Parse($"<html><body><article><h1>Relay results</h1><p>{Sentence}{Sentence}</p>"
            + $"<pre><span class=\"results\"><h3>Girls under 16</h3><table>{rows}</table></span></pre><p>{Sentence}</p></article></body></html>");
        Assert.Empty(article.AllBlocks().OfType<CodeBlock>());
        Assert.Equal(4, Assert.Single(article.AllBlocks().OfType<TableBlock>()).Rows.Count);
        var code = Parse($"<html><body><article><h1>Relay results</h1><p>{Sentence}{Sentence}</p><pre><span class=\"k\">var</span> x = 1;</pre><p>{Sentence}</p></article></body></html>");
        Assert.Equal("var x = 1;", Assert.Single(code.AllBlocks().OfType<CodeBlock>()).Text);
    }
}
