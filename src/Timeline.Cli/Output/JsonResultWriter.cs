using Newtonsoft.Json;

namespace Timeline.Cli.Output;

/// <summary>A JSON array with one object per row, keyed by column name.</summary>
internal sealed class JsonResultWriter : IResultWriter
{
    public void Write(ResultTable table, TextWriter output)
    {
        using var json = new JsonTextWriter(output) { Formatting = Formatting.Indented, Indentation = 2, CloseOutput = false };
        json.WriteStartArray();
        foreach (var row in table.Rows)
        {
            json.WriteStartObject();
            for (var i = 0; i < table.Columns.Length; i++)
            {
                json.WritePropertyName(table.Columns[i]);
                switch (row[i])
                {
                    case null:
                        json.WriteNull();
                        break;
                    case double number:
                        json.WriteRawValue(ResultTable.FormatCell(number));
                        break;
                    case long or int:
                        json.WriteValue(Convert.ToInt64(row[i], System.Globalization.CultureInfo.InvariantCulture));
                        break;
                    default:
                        json.WriteValue(ResultTable.FormatCell(row[i]));
                        break;
                }
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.Flush();
        output.WriteLine();
    }
}
