using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Timeline.Storage.Sqlite;

/// <summary>Runs a query over a set of ids that travel as one parameter, a JSON array read by SQLite's
/// <c>json_each</c>: the placeholder <c>{ids}</c> in the SQL becomes <see cref="JsonIds"/>. The statement text is the
/// same for any number of ids, and SQLite probes the index once per distinct id, as with a literal <c>IN</c> list.</summary>
internal static class IdListQuery
{
    /// <summary>The name of the one parameter of <see cref="JsonIds"/>.</summary>
    public const string JsonIdsParameter = "$ids";

    /// <summary>A subquery giving the ids of <see cref="JsonIdsParameter"/>, for <c>column IN (…)</c>.</summary>
    public const string JsonIds = "SELECT value FROM json_each(" + JsonIdsParameter + ")";

    private const string Placeholder = "{ids}";

    /// <summary>The ids as the JSON array <see cref="JsonIds"/> reads: quotes, backslashes and control characters
    /// escaped.</summary>
    public static string ToJson(IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var json = new StringBuilder("[");
        foreach (var id in ids)
        {
            json.Append(json.Length == 1 ? "\"" : ",\"");
            foreach (var c in id)
            {
                _ = c switch
                {
                    '"' => json.Append("\\\""),
                    '\\' => json.Append("\\\\"),
                    < ' ' => json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                    _ => json.Append(c),
                };
            }

            json.Append('"');
        }

        return json.Append(']').ToString();
    }

    /// <summary>Calls <paramref name="row"/> for every row; each id is looked up once.</summary>
    [SuppressMessage("Security", "CA2100:Review SQL queries for security vulnerabilities",
        Justification = "The text is a constant with a constant subquery in place of the placeholder; the ids are one parameter.")]
    public static void Run(SqliteConnection connection, string sql, IEnumerable<string> ids, Action<SqliteDataReader> row)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(row);
        var distinct = ids.Distinct(StringComparer.Ordinal).ToArray();
        if (distinct.Length == 0)
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = sql.Replace(Placeholder, JsonIds, StringComparison.Ordinal);
        command.Parameters.AddWithValue(JsonIdsParameter, ToJson(distinct));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            row(reader);
        }
    }
}
