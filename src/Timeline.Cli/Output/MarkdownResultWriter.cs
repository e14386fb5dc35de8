namespace Timeline.Cli.Output;

/// <summary>A Markdown (GitHub) table: one line per row, so it also greps well.</summary>
internal sealed class MarkdownResultWriter : IResultWriter
{
    public void Write(ResultTable table, TextWriter output)
    {
        output.WriteLine("| " + string.Join(" | ", table.Columns) + " |");
        output.WriteLine("|" + string.Concat(table.Columns.Select(_ => "---|")));
        foreach (var row in table.Rows)
        {
            output.WriteLine("| " + string.Join(" | ", row.Select(cell => Escape(ResultTable.FormatCell(cell)))) + " |");
        }
    }

    private static string Escape(string cell) =>
        cell.Replace("|", "\\|", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
