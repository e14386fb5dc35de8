using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Timeline.Storage.Sqlite;

/// <summary>A parameterised SQL statement prepared once and executed many times with new values: the ingest hot path
/// reuses these within a transaction. Values only ever travel as parameters (<c>$name</c>).</summary>
/// <remarks>Microsoft.Data.Sqlite's async methods run synchronously, so the store calls the synchronous ones and avoids
/// a task per row. Not thread-safe; the store serialises access.</remarks>
internal sealed partial class Statement : IDisposable
{
    private readonly SqliteCommand _command;

    public Statement(SqliteConnection connection, string sql)
    {
        _command = connection.CreateCommand();
        _command.CommandText = sql;
        foreach (var name in ParameterName().Matches(sql).Select(m => m.Value).Distinct(StringComparer.Ordinal))
        {
            _command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
        }
    }

    public SqliteTransaction? Transaction
    {
        set => _command.Transaction = value;
    }

    public Statement Set(string name, object? value)
    {
        _command.Parameters[name].Value = value ?? DBNull.Value;
        return this;
    }

    public int Execute() => _command.ExecuteNonQuery();

    public object? Scalar() => _command.ExecuteScalar();

    public SqliteDataReader Read() => _command.ExecuteReader();

    public void Dispose() => _command.Dispose();

    [GeneratedRegex(@"\$[A-Za-z_][A-Za-z0-9_]*", RegexOptions.CultureInvariant)]
    private static partial Regex ParameterName();
}
