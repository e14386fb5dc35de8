namespace Timeline.Cli.Output;

/// <summary>How query results are printed.</summary>
internal enum OutputFormat
{
    Table,
    Json,
    Csv,
    Markdown,
}

/// <summary>Parses <c>--format</c> values and picks the writer for a format.</summary>
internal static class OutputFormats
{
    public static bool TryParse(string? value, out OutputFormat format)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case "table":
                format = OutputFormat.Table;
                return true;
            case "json":
                format = OutputFormat.Json;
                return true;
            case "csv":
                format = OutputFormat.Csv;
                return true;
            case "markdown" or "md":
                format = OutputFormat.Markdown;
                return true;
            default:
                format = default;
                return false;
        }
    }

    /// <summary>The format to use: the one asked for, else a table on a terminal and Markdown (one line per row) elsewhere.</summary>
    public static OutputFormat Choose(OutputFormat? requested, bool isTerminal) =>
        requested ?? (isTerminal ? OutputFormat.Table : OutputFormat.Markdown);

    /// <summary>Writes <paramref name="table"/> to the context's output in the requested format, else the default one.</summary>
    public static void Write(ResultTable table, OutputFormat? requested, CliContext context) =>
        WriterFor(Choose(requested, context.IsOutputTerminal)).Write(table, context.Output);

    public static IResultWriter WriterFor(OutputFormat format) => format switch
    {
        OutputFormat.Table => new TableResultWriter(),
        OutputFormat.Json => new JsonResultWriter(),
        OutputFormat.Csv => new CsvResultWriter(),
        OutputFormat.Markdown => new MarkdownResultWriter(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };
}
