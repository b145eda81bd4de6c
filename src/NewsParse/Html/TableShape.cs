using System.Globalization;
using NewsParse.Html.Dom;
using NewsParse.Model;

namespace NewsParse.Html;

/// <summary>
/// The shape of a table (or of a run of sibling tables read as one, see <see cref="CanContinue"/>), gathered row by
/// row, and what it says: a table of data (rows of uniform width, cells of short text — a list page's main table, a
/// price list, a schedule) or a table used for layout, whose cells are read as the blocks they hold. Layout is one row
/// or one column; a cell holding whole blocks (a paragraph, division, list or table of more than
/// <see cref="MaxBlockChars"/> characters, several that hold more together, or any block in a cell longer than
/// <see cref="MaxShortCellChars"/>); or a long
/// cell of plain text, unless the rows are regular (<see cref="IsRegular"/>), long cells are at most a quarter of the
/// cells and no cell holds more than a third of the table's text (a catalogue's descriptions in a column, not an
/// article in a page grid). Only the rows of the table itself are read (a nested table's are not). One instance per
/// table; not thread-safe.
/// </summary>
internal sealed class TableShape(PageIndex index)
{
    /// <summary>Most characters of a cell of data; a longer cell is a long cell.</summary>
    public const int MaxShortCellChars = 400;

    /// <summary>Most characters of a block element inside a cell of data (a paragraph or division holding more makes the cell a layout cell).</summary>
    public const int MaxBlockChars = 200;

    /// <summary>Fewest rows with text for a table to be regular.</summary>
    public const int MinRegularRows = 3;

    private readonly List<(int Width, int Rows)> _widths = [];

    /// <summary>Rows holding text.</summary>
    public int Rows { get; private set; }

    /// <summary>Cells holding text.</summary>
    public int Cells { get; private set; }

    /// <summary>Cells of more than <see cref="MaxShortCellChars"/> characters.</summary>
    public int LongCells { get; private set; }

    /// <summary>Characters of the largest cell.</summary>
    public int MaxCellChars { get; private set; }

    /// <summary>Characters of all cells.</summary>
    public int TextChars { get; private set; }

    /// <summary>Characters of links in all cells.</summary>
    public int LinkChars { get; private set; }

    /// <summary>The widest row, in columns (a cell counts its <c>colspan</c>).</summary>
    public int MaxWidth { get; private set; }

    /// <summary>True when a cell holds whole blocks (see the type's summary).</summary>
    public bool HoldsBlocks { get; private set; }

    /// <summary>The width most rows have (the widest of equals); 0 before any row.</summary>
    public int CommonWidth
    {
        get
        {
            int width = 0, rows = 0;
            foreach (var (w, r) in _widths)
            {
                if (r > rows || (r == rows && w > width)) (width, rows) = (w, r);
            }
            return width;
        }
    }

    /// <summary>True when at least <see cref="MinRegularRows"/> rows hold text and three in four of them have the same width of two columns or more.</summary>
    public bool IsRegular
    {
        get
        {
            if (Rows < MinRegularRows) return false;
            int width = CommonWidth, rows = 0;
            foreach (var (w, r) in _widths)
            {
                if (w == width) rows = r;
            }
            return width >= 2 && rows * 4 >= Rows * 3;
        }
    }

    /// <summary>True when the table is read as the blocks its cells hold, not as a table (see the type's summary).</summary>
    public bool IsLayout => Rows <= 1 || MaxWidth <= 1 || HoldsBlocks
        || (LongCells > 0 && !(IsRegular && LongCells * 4 <= Cells && MaxCellChars * 3 <= TextChars));

    /// <summary>Most characters of a one-line layout table (<see cref="IsLine"/>).</summary>
    public const int MaxLineChars = 300;

    /// <summary>
    /// True for a layout table of one row of two or more short cells, without blocks, of at most
    /// <see cref="MaxLineChars"/> characters: a line the page sets in cells ("1. | Team | 53,09 | sec.", a quotation
    /// mark beside a quote), read as one paragraph rather than a paragraph per cell.
    /// </summary>
    public bool IsLine => Rows == 1 && Cells >= 2 && LongCells == 0 && !HoldsBlocks && TextChars <= MaxLineChars;

    /// <summary>Adds the rows of <paramref name="table"/>; returns this shape.</summary>
    public TableShape Add(HtmlElement table)
    {
        foreach (var row in RowsOf(table)) AddRow(row);
        return this;
    }

    /// <summary>True when every row with text of <paramref name="table"/> is <paramref name="width"/> columns wide and none is a header row.</summary>
    public bool AllRowsAre(HtmlElement table, int width)
    {
        foreach (var row in RowsOf(table))
        {
            if (index.Find(row) is not { TextChars: > 0 }) continue;
            if (row.Parent is HtmlElement { LocalName: "thead" }) return false;
            int columns = 0;
            bool data = false;
            foreach (var cell in row.Children)
            {
                if (cell.LocalName is not ("td" or "th")) continue;
                columns += CellSpan(cell, "colspan", TableCell.MaxColumnSpan) ?? 1;
                data |= cell.LocalName == "td";
            }
            if (columns != width || !data) return false;
        }
        return true;
    }

    private void AddRow(HtmlElement row)
    {
        if (index.Find(row) is not { TextChars: > 0 }) return;
        int width = 0;
        foreach (var cell in row.Children)
        {
            if (cell.LocalName is not ("td" or "th")) continue;
            width += CellSpan(cell, "colspan", TableCell.MaxColumnSpan) ?? 1;
            if (index.Find(cell) is not { TextChars: > 0 } info) continue;
            Cells++;
            TextChars += info.TextChars;
            LinkChars += info.LinkChars;
            MaxCellChars = Math.Max(MaxCellChars, info.TextChars);
            if (info.TextChars > MaxShortCellChars) LongCells++;
            if (!HoldsBlocks) HoldsBlocks = HoldsBlock(cell, info.TextChars > MaxShortCellChars ? 0 : MaxBlockChars);
        }
        Rows++;
        MaxWidth = Math.Max(MaxWidth, width);
        for (int i = 0; i < _widths.Count; i++)
        {
            if (_widths[i].Width != width) continue;
            _widths[i] = (width, _widths[i].Rows + 1);
            return;
        }
        _widths.Add((width, 1));
    }

    /// <summary>
    /// True when the block elements among the children of <paramref name="cell"/> hold more than
    /// <paramref name="maxChars"/> characters, one of them alone or two or more together (a cell of paragraphs).
    /// </summary>
    private bool HoldsBlock(HtmlElement cell, int maxChars)
    {
        int blocks = 0, chars = 0;
        foreach (var inner in cell.Children)
        {
            if (inner.LocalName is not ("p" or "div" or "table" or "ul" or "ol" or "dl" or "blockquote" or "section" or "article"
                    or "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
                || index.Find(inner) is not { TextChars: > 0 } info) continue;
            if (info.TextChars > maxChars) return true;
            blocks++;
            chars += info.TextChars;
        }
        return blocks >= 2 && chars > maxChars;
    }

    /// <summary>
    /// True when <paramref name="next"/>, the table right after <paramref name="first"/> (nothing but white space or line
    /// breaks between), continues it: a table cut into one table per row or group of rows, as some publishing systems
    /// write them. It must have the same class, no caption and no header row, and every row of it as wide as the common
    /// width of <paramref name="shape"/> (the run so far).
    /// </summary>
    public static bool CanContinue(TableShape shape, HtmlElement first, HtmlElement next)
    {
        if (!string.Equals(first.GetAttribute("class"), next.GetAttribute("class"), StringComparison.Ordinal)) return false;
        foreach (var child in next.Children)
        {
            if (child.LocalName == "caption") return false;
        }
        int width = shape.CommonWidth;
        return width >= 2 && shape.AllRowsAre(next, width);
    }

    /// <summary>The rows of a table: its own <c>tr</c> and those of its <c>thead</c>, <c>tbody</c> and <c>tfoot</c>, in order.</summary>
    public static IEnumerable<HtmlElement> RowsOf(HtmlElement table)
    {
        foreach (var child in table.Children)
        {
            if (child.LocalName == "tr") yield return child;
            else if (child.LocalName is "thead" or "tbody" or "tfoot")
            {
                foreach (var row in child.Children)
                {
                    if (row.LocalName == "tr") yield return row;
                }
            }
        }
    }

    /// <summary>A cell's <c>colspan</c> or <c>rowspan</c> as the HTML standard reads it (digits after white space, 0 and junk as one, capped at <paramref name="max"/>); null for one.</summary>
    public static int? CellSpan(HtmlElement cell, string attribute, int max)
    {
        if (cell.AttributeCount == 0 || cell.GetAttribute(attribute) is not { } written) return null;
        var digits = written.AsSpan().TrimStart();
        int length = 0;
        while (length < digits.Length && char.IsAsciiDigit(digits[length])) length++;
        if (length == 0) return null;
        digits = digits[..length].TrimStart('0');
        int span = digits.Length > 6 ? max : digits.IsEmpty ? 1 : Math.Min(int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture), max);
        return span <= 1 ? null : span;
    }
}
