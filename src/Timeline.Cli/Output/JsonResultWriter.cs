using Newtonsoft.Json;

namespace Timeline.Cli.Output;

/// <summary>A JSON array with one object per row, keyed by column name.</summary>
internal sealed class JsonResultWriter : IResultWriter
{
    public void Write(ResultTable table, TextWriter output)
    {
        using var json = new JsonTextWriter(output) { Formatting = Formatting.Indented, Indentation = 2, CloseOutput = false };
        WriteArray(table, json);
        json.Flush();
        output.WriteLine();
    }

    /// <summary>One JSON object with a property per section, each an array of row objects.</summary>
    public static void WriteSections(IReadOnlyList<(string Title, ResultTable Table)> sections, TextWriter output)
    {
        using var json = new JsonTextWriter(output) { Formatting = Formatting.Indented, Indentation = 2, CloseOutput = false };
        json.WriteStartObject();
        foreach (var (title, table) in sections)
        {
            json.WritePropertyName(title);
            WriteArray(table, json);
        }

        json.WriteEndObject();
        json.Flush();
        output.WriteLine();
    }

    private static void WriteArray(ResultTable table, JsonTextWriter json)
    {
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
    }
}
