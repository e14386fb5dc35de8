using SQLitePCL;

namespace Timeline.Storage.Sqlite;

/// <summary>The current row of a <see cref="Statement"/>, valid only inside <see cref="Statement.First{T}"/>.</summary>
internal readonly struct StatementRow
{
    private readonly sqlite3_stmt _statement;

    public StatementRow(sqlite3_stmt statement)
    {
        _statement = statement;
    }

    public bool IsNull(int column) => raw.sqlite3_column_type(_statement, column) == raw.SQLITE_NULL;

    public string GetString(int column) => raw.sqlite3_column_text(_statement, column).utf8_to_string();

    public long GetInt64(int column) => raw.sqlite3_column_int64(_statement, column);

    public int GetInt32(int column) => raw.sqlite3_column_int(_statement, column);

    public double GetDouble(int column) => raw.sqlite3_column_double(_statement, column);
}
