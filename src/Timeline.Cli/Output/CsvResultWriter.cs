namespace Timeline.Cli.Output;

/// <summary>RFC 4180 CSV with a header row; fields with commas, quotes or line breaks are quoted.</summary>
internal sealed class CsvResultWriter : IResultWriter
{
    public void Write(ResultTable table, TextWriter output)
    {
        output.WriteLine(string.Join(',', table.Columns.Select(Quote)));
        foreach (var row in table.Rows)
        {
            output.WriteLine(string.Join(',', row.Select(cell => Quote(ResultTable.FormatCell(cell)))));
        }
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
