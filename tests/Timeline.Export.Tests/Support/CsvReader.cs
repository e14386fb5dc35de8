using System.Text;

namespace Timeline.Export.Tests.Support;

/// <summary>A strict RFC 4180 reader for checking the CSV export: quoted fields may hold commas, quotes and line
/// breaks; an unquoted empty field is null.</summary>
internal static class CsvReader
{
    public static List<string?[]> Read(string text)
    {
        var rows = new List<string?[]>();
        var row = new List<string?>();
        var i = 0;
        while (i < text.Length)
        {
            string? field;
            if (text[i] == '"')
            {
                var builder = new StringBuilder();
                i++;
                while (true)
                {
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            builder.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    builder.Append(text[i++]);
                }

                field = builder.ToString();
            }
            else
            {
                var start = i;
                while (i < text.Length && text[i] != ',' && text[i] != '\n')
                {
                    i++;
                }

                Assert.Equal(start, i);
                field = null;
            }

            row.Add(field);
            if (i < text.Length && text[i] == ',')
            {
                i++;
                continue;
            }

            Assert.Equal('\n', text[i]);
            i++;
            rows.Add([.. row]);
            row.Clear();
        }

        return rows;
    }
}
