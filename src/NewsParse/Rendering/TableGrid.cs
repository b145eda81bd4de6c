using NewsParse.Model;

namespace NewsParse.Rendering;

/// <summary>
/// A table laid out on a grid, as a browser lays it out: each cell in the first column its row leaves free (cells of
/// rows above that span into the row take theirs), a cell spanning columns or rows leaving empty places (null) where
/// it spans. A plain table (no <see cref="TableBlock.Cells"/>) is its rows as they are. Stateless and thread-safe.
/// </summary>
internal static class TableGrid
{
    /// <summary>The grid of <paramref name="table"/>: one list per row, every row as wide as the widest.</summary>
    public static List<TableCell?[]> Of(TableBlock table)
    {
        var grid = new List<List<TableCell?>>(table.Rows.Count);
        if (table.Cells is not { } rows)
        {
            foreach (var row in table.Rows) grid.Add(row.Select(text => (TableCell?)new TableCell(text)).ToList());
            return Pad(grid);
        }
        var carry = new List<int>();   // per column, how many rows below still lie under a cell spanning rows
        var covered = new List<bool>();
        foreach (var row in rows)
        {
            var line = new List<TableCell?>();
            covered.Clear();
            for (int c = 0; c < carry.Count; c++)
            {
                covered.Add(carry[c] > 0);
                if (carry[c] > 0) carry[c]--;
            }
            int column = 0;
            foreach (var cell in row)
            {
                while (column < covered.Count && covered[column]) column++;
                int columns = cell.ColumnSpan ?? 1;
                for (int k = 0; k < columns; k++)
                {
                    int at = column + k;
                    while (line.Count <= at) line.Add(null);
                    line[at] = k == 0 ? cell : null;
                    while (carry.Count <= at) carry.Add(0);
                    carry[at] = (cell.RowSpan ?? 1) - 1;
                }
                column += columns;
            }
            while (line.Count < covered.Count) line.Add(null);
            grid.Add(line);
        }
        return Pad(grid);
    }

    private static List<TableCell?[]> Pad(List<List<TableCell?>> grid)
    {
        int width = Math.Max(1, grid.Count == 0 ? 0 : grid.Max(r => r.Count));
        var rows = new List<TableCell?[]>(grid.Count);
        foreach (var row in grid)
        {
            while (row.Count < width) row.Add(null);
            rows.Add([.. row]);
        }
        return rows;
    }
}
