using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Timeline.Storage.Sqlite;

/// <summary>A parameterised SQL statement prepared once and executed many times with new values. Values only ever
/// travel as parameters (<c>$name</c>).</summary>
/// <remarks>
/// <see cref="Execute"/> and <see cref="Scalar"/> run the statement through SQLite's own prepared-statement API on
/// the connection's handle (bind, step, reset): the ingest hot path runs ten of these per event, and this halves the
/// per-call cost of going through <see cref="SqliteCommand"/>. They run inside whatever transaction the connection
/// has open. <see cref="Read"/> uses a <see cref="SqliteCommand"/>, which must be bound to that transaction
/// (<see cref="Transaction"/>). Not thread-safe; the store serialises access.
/// </remarks>
internal sealed partial class Statement : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly string _sql;
    private readonly string[] _names;
    private readonly Value[] _values;
    private sqlite3_stmt? _prepared;
    private int[]? _indexes;
    private SqliteCommand? _command;
    private SqliteTransaction? _transaction;

    public Statement(SqliteConnection connection, string sql)
    {
        _connection = connection;
        _sql = sql;
        // Interned, so that the literal names callers pass are found by reference first (see IndexOf).
        _names = ParameterName().Matches(sql).Select(m => string.Intern(m.Value)).Distinct(StringComparer.Ordinal).ToArray();
        _values = new Value[_names.Length];
    }

    public SqliteTransaction? Transaction
    {
        set
        {
            _transaction = value;
            _command?.Transaction = value;
        }
    }

    public Statement Set(string name, object? value)
    {
        _values[IndexOf(name)] = value switch
        {
            null => default,
            string text => Value.Of(text),
            int number => Value.Of(number),
            long number => Value.Of(number),
            double number => Value.Of(number),
            var other => throw new ArgumentException($"Cannot bind a {other.GetType().Name} to {name}.", nameof(value)),
        };
        return this;
    }

    // Typed overloads: the ingest path binds about sixty values per event, and these neither box nor allocate.
    public Statement Set(string name, string? value)
    {
        _values[IndexOf(name)] = value is null ? default : Value.Of(value);
        return this;
    }

    public Statement Set(string name, long value)
    {
        _values[IndexOf(name)] = Value.Of(value);
        return this;
    }

    public Statement Set(string name, long? value)
    {
        _values[IndexOf(name)] = value is { } number ? Value.Of(number) : default;
        return this;
    }

    public Statement Set(string name, int value)
    {
        _values[IndexOf(name)] = Value.Of(value);
        return this;
    }

    public Statement Set(string name, int? value)
    {
        _values[IndexOf(name)] = value is { } number ? Value.Of(number) : default;
        return this;
    }

    public Statement Set(string name, double value)
    {
        _values[IndexOf(name)] = Value.Of(value);
        return this;
    }

    /// <summary>Runs the statement and returns the number of rows it changed.</summary>
    /// <exception cref="SqliteException">SQLite refused it.</exception>
    public int Execute()
    {
        var (db, statement) = Bind();
        var result = raw.sqlite3_step(statement);
        if (result is not raw.SQLITE_DONE and not raw.SQLITE_ROW)
        {
            Fail(db, statement, result);
        }

        raw.sqlite3_reset(statement);
        return raw.sqlite3_changes(db);
    }

    /// <summary>The first column of the first row (long, double, string), or null when there is no row.</summary>
    public object? Scalar()
    {
        var (db, statement) = Bind();
        var result = raw.sqlite3_step(statement);
        object? value = null;
        if (result == raw.SQLITE_ROW)
        {
            value = raw.sqlite3_column_type(statement, 0) switch
            {
                raw.SQLITE_INTEGER => raw.sqlite3_column_int64(statement, 0),
                raw.SQLITE_FLOAT => raw.sqlite3_column_double(statement, 0),
                raw.SQLITE_TEXT => raw.sqlite3_column_text(statement, 0).utf8_to_string(),
                _ => null,
            };
        }
        else if (result != raw.SQLITE_DONE)
        {
            Fail(db, statement, result);
        }

        raw.sqlite3_reset(statement);
        return value;
    }

    /// <summary>Runs the statement and hands its first row, if any, to <paramref name="read"/> (through SQLite's own API,
    /// like <see cref="Execute"/>); the default of <typeparamref name="T"/> when there is no row.</summary>
    public T? First<T>(Func<StatementRow, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var (db, statement) = Bind();
        var result = raw.sqlite3_step(statement);
        if (result == raw.SQLITE_DONE)
        {
            raw.sqlite3_reset(statement);
            return default;
        }

        if (result != raw.SQLITE_ROW)
        {
            Fail(db, statement, result);
        }

        try
        {
            return read(new StatementRow(statement));
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }
    }

    public SqliteDataReader Read()
    {
        if (_command is null)
        {
            _command = _connection.CreateCommand();
            _command.CommandText = _sql;
            _command.Transaction = _transaction;
            foreach (var name in _names)
            {
                _command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
            }
        }

        for (var i = 0; i < _names.Length; i++)
        {
            _command.Parameters[i].Value = _values[i].Boxed() ?? DBNull.Value;
        }

        return _command.ExecuteReader();
    }

    public void Dispose()
    {
        _prepared?.Dispose();
        _command?.Dispose();
    }

    private static void Fail(sqlite3 db, sqlite3_stmt statement, int result)
    {
        raw.sqlite3_reset(statement);
        SqliteException.ThrowExceptionForRC(result, db);
        throw new InvalidOperationException($"SQLite result {result} without an error.");
    }

    private int IndexOf(string name)
    {
        for (var i = 0; i < _names.Length; i++)
        {
            if (ReferenceEquals(_names[i], name))
            {
                return i;
            }
        }

        for (var i = 0; i < _names.Length; i++)
        {
            if (string.Equals(_names[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new ArgumentException($"The statement has no parameter {name}.", nameof(name));
    }

    private (sqlite3 Db, sqlite3_stmt Statement) Bind()
    {
        var db = _connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        if (_prepared is null)
        {
            var prepared = raw.sqlite3_prepare_v2(db, _sql, out var statement);
            if (prepared != raw.SQLITE_OK)
            {
                statement.Dispose();
                SqliteException.ThrowExceptionForRC(prepared, db);
            }

            _prepared = statement;
            _indexes = _names.Select(n => raw.sqlite3_bind_parameter_index(statement, n)).ToArray();
        }

        for (var i = 0; i < _values.Length; i++)
        {
            var index = _indexes![i];
            var value = _values[i];
            var result = value.Kind switch
            {
                ValueKind.Integer => raw.sqlite3_bind_int64(_prepared, index, value.Integer),
                ValueKind.Real => raw.sqlite3_bind_double(_prepared, index, value.Real),
                // UTF-16 as it is: SQLite copies it and converts it to the file's UTF-8 itself, without a managed copy.
                ValueKind.Text => raw.sqlite3_bind_text16(_prepared, index, value.Text.AsSpan()),
                _ => raw.sqlite3_bind_null(_prepared, index),
            };
            if (result != raw.SQLITE_OK)
            {
                SqliteException.ThrowExceptionForRC(result, db);
            }
        }

        return (db, _prepared);
    }

    private enum ValueKind : byte
    {
        Null,
        Integer,
        Real,
        Text,
    }

    /// <summary>A bound value without boxing; the default is SQL null.</summary>
    private readonly record struct Value(ValueKind Kind, long Integer, double Real, string? Text)
    {
        public static Value Of(long number) => new(ValueKind.Integer, number, 0, null);

        public static Value Of(double number) => new(ValueKind.Real, 0, number, null);

        public static Value Of(string text) => new(ValueKind.Text, 0, 0, text);

        public object? Boxed() => Kind switch
        {
            ValueKind.Integer => Integer,
            ValueKind.Real => Real,
            ValueKind.Text => Text,
            _ => null,
        };
    }

    [GeneratedRegex(@"\$[A-Za-z_][A-Za-z0-9_]*", RegexOptions.CultureInvariant)]
    private static partial Regex ParameterName();
}
