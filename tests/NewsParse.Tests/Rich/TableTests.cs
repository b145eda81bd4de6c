using NewsParse.Model;
using NewsParse.Rendering;
using Xunit;

namespace NewsParse.Tests.Rich;

/// <summary>Tables keep their header cells, spans and cell runs; Markdown lays them out on their grid, HTML with th, thead, colspan and rowspan.</summary>
public class TableTests
{
    private const string Sentence = "The council approved the new budget on Tuesday, after a long debate about schools, roads and the harbour. ";

    private static TableBlock Table(string table)
    {
        var article = NewsParser.Parse($"<!DOCTYPE html><html lang=\"en\"><head><title>Council approves budget</title></head><body><article>"
            + $"<p>{Sentence}{Sentence}</p>{table}<p>{Sentence}{Sentence}{Sentence}</p></article></body></html>");
        return Assert.Single(article.AllBlocks().OfType<TableBlock>());
    }

    private const string Spanning =
        "<table><thead><tr><th rowspan=\"2\">Item</th><th colspan=\"2\">Amount</th></tr><tr><td>2024</td><td>2025</td></tr></thead>"
        + "<tbody><tr><td><a href=\"https://example.com/schools\">Schools</a></td><td>4m</td><td><b>5m</b></td></tr>"
        + "<tr><td colspan=\"3\">Roads are paid from another budget</td></tr></tbody></table>";

    [Fact]
    public void Header_cells_spans_and_runs_are_recorded_and_the_rows_keep_their_texts()
    {
        var table = Table(Spanning);
        Assert.Equal([["Item", "Amount"], ["2024", "2025"], ["Schools", "4m", "5m"], ["Roads are paid from another budget"]], table.Rows);
        var cells = Assert.IsAssignableFrom<IReadOnlyList<IReadOnlyList<TableCell>>>(table.Cells);
        Assert.Equal(table.Rows, cells.Select(r => r.Select(c => c.Text).ToList()));
        Assert.Equal(2, cells[0][0].RowSpan);
        Assert.Null(cells[0][0].ColumnSpan);
        Assert.Equal(2, cells[0][1].ColumnSpan);
        Assert.True(cells[0][0].Header && cells[0][1].Header);
        Assert.True(cells[1][0].Header, "a td of thead is a header cell");
        Assert.False(cells[2][0].Header);
        Assert.Equal("https://example.com/schools", Assert.Single(cells[2][0].Inlines!).Href);
        Assert.Equal(InlineKind.Strong, Assert.Single(cells[2][2].Inlines!).Kind);
        Assert.Equal(3, cells[3][0].ColumnSpan);
    }

    [Fact]
    public void The_markdown_lays_the_table_out_on_its_grid_and_reads_back_to_its_shape()
    {
        var table = Table(Spanning);
        var markdown = ArticleMarkdown.ToMarkdown(new Article { Sections = [new Section(null, null, [table])] });
        Assert.Equal(
            "| Item | Amount |  |\n| --- | --- | --- |\n|  | 2024 | 2025 |\n| [Schools](https://example.com/schools) | 4m | **5m** |\n| Roads are paid from another budget |  |  |\n\n",
            markdown);
        var document = MarkdownReadBack.Parse(markdown);
        Assert.Equal([(4, 3)], MarkdownReadBack.Tables(document));
        Assert.Equal(["https://example.com/schools"], MarkdownReadBack.Links(document));
    }

    [Fact]
    public void The_html_keeps_the_header_rows_header_cells_and_spans()
    {
        var html = ArticleHtml.ToHtml(new Article { Sections = [new Section(null, null, [Table(Spanning)])] });
        Assert.Contains("<table><thead><tr><th rowspan=\"2\">Item</th><th colspan=\"2\">Amount</th></tr><tr><th>2024</th><th>2025</th></tr></thead>"
            + "<tbody><tr><td><a href=\"https://example.com/schools\">Schools</a></td><td>4m</td><td><strong>5m</strong></td></tr>"
            + "<tr><td colspan=\"3\">Roads are paid from another budget</td></tr></tbody></table>", html);
    }

    [Fact]
    public void A_plain_table_has_no_cells_member()
    {
        var table = Table("<table><tr><td>Schools</td><td>4m</td></tr><tr><td>Roads</td><td>2m</td></tr></table>");
        Assert.Null(table.Cells);
        Assert.DoesNotContain("\"cells\"", ArticleJson.ToJson(new Article { Sections = [new Section(null, null, [table])] }), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0", null)]
    [InlineData("junk", null)]
    [InlineData(" 3 ", 3)]
    [InlineData("2abc", 2)]
    [InlineData("99999999999", TableCell.MaxColumnSpan)]
    public void A_colspan_is_read_as_the_html_standard_reads_it(string written, int? expected)
    {
        var table = Table($"<table><tr><th>Item</th><th>Amount</th><th>Year</th></tr><tr><td colspan=\"{written}\">Schools</td><td>4m</td></tr></table>");
        Assert.Equal(expected, table.Cells![1][0].ColumnSpan);
    }

    [Fact]
    public void A_span_outside_its_range_is_refused_by_the_model()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TableCell("x") { ColumnSpan = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new TableCell("x") { RowSpan = TableCell.MaxRowSpan + 1 });
        Assert.Null(new TableCell("x") { ColumnSpan = 1 }.ColumnSpan);
    }
}
