using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Timeline.Storage.Sqlite;

/// <summary>Runs a query over a set of ids, <see cref="IdsPerStatement"/> at a time: the placeholder <c>{ids}</c> in
/// the SQL becomes a list of generated parameter names (<c>$id0, $id1, …</c>) and the ids travel as parameters.</summary>
internal static class IdListQuery
{
    /// <summary>How many ids one statement takes (SQLite allows 32,766 parameters).</summary>
    public const int IdsPerStatement = 500;

    private const string Placeholder = "{ids}";

    /// <summary>Calls <paramref name="row"/> for every row of every chunk; ids are de-duplicated first.</summary>
    [SuppressMessage("Security", "CA2100:Review SQL queries for security vulnerabilities",
        Justification = "The text is a constant with generated parameter names in place of the placeholder; every id is a parameter.")]
    public static void Run(SqliteConnection connection, string sql, IEnumerable<string> ids, Action<SqliteDataReader> row)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(row);
        foreach (var chunk in ids.Distinct(StringComparer.Ordinal).Chunk(IdsPerStatement))
        {
            using var command = connection.CreateCommand();
            var names = new string[chunk.Length];
            for (var i = 0; i < chunk.Length; i++)
            {
                names[i] = "$id" + i.ToString(CultureInfo.InvariantCulture);
                command.Parameters.AddWithValue(names[i], chunk[i]);
            }

            command.CommandText = sql.Replace(Placeholder, string.Join(", ", names), StringComparison.Ordinal);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                row(reader);
            }
        }
    }
}
