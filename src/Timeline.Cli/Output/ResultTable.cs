using System.Collections.Immutable;
using System.Globalization;

namespace Timeline.Cli.Output;

/// <summary>Rows of results with named columns, ready for any output format. Cells are strings, whole numbers,
/// decimals or null.</summary>
internal sealed record ResultTable(ImmutableArray<string> Columns, ImmutableArray<ImmutableArray<object?>> Rows)
{
    public static string FormatCell(object? cell) => cell switch
    {
        null => string.Empty,
        string text => text,
        double number => number.ToString("0.0#", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? string.Empty,
    };
}
