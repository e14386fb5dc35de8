using Spectre.Console;

namespace Timeline.Cli.Output;

/// <summary>A boxed table for the terminal (Spectre.Console).</summary>
internal sealed class TableResultWriter : IResultWriter
{
    public void Write(ResultTable table, TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        var widget = new Table().Border(TableBorder.Rounded);
        foreach (var column in table.Columns)
        {
            widget.AddColumn(new TableColumn(Markup.Escape(column)));
        }

        foreach (var row in table.Rows)
        {
            widget.AddRow(row.Select(cell => (Spectre.Console.Rendering.IRenderable)new Text(ResultTable.FormatCell(cell))).ToArray());
        }

        console.Write(widget);
    }
}
