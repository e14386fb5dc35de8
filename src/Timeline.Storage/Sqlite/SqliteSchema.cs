using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Timeline.Storage.Sqlite;

/// <summary>Creates the schema or migrates it, from the embedded <c>Vnnn_*.sql</c> scripts in this folder. Each script
/// sets <c>PRAGMA user_version</c> to its number and runs in one transaction, so a crash mid-migration leaves the
/// previous version intact.</summary>
internal static class SqliteSchema
{
    /// <summary>'TLG1', set by the first script.</summary>
    public const long ApplicationId = 1414285105;

    private const string ResourcePrefix = "Timeline.Storage.Sqlite.V";

    /// <summary>The scripts by version, ascending.</summary>
    public static IReadOnlyList<(int Version, string Name)> Migrations { get; } = typeof(SqliteSchema).Assembly
        .GetManifestResourceNames()
        .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
        .Select(n => (Version: int.Parse(n.AsSpan(ResourcePrefix.Length, 3), NumberStyles.None, CultureInfo.InvariantCulture), Name: n))
        .OrderBy(m => m.Version)
        .ToArray();

    public static int LatestVersion => Migrations[^1].Version;

    /// <summary>Checks that the open file is empty or a Timeline store this build can read, then migrates it.</summary>
    /// <exception cref="StoreException">Another application's database, or a newer schema.</exception>
    public static void Migrate(SqliteConnection connection, string path) => Migrate(connection, path, LatestVersion);

    /// <summary>Migrates up to <paramref name="targetVersion"/> only: tests build stores of older versions with it.</summary>
    public static void Migrate(SqliteConnection connection, string path, int targetVersion)
    {
        // Read the header before anything writes: a file that is not a database fails here untouched (SQLITE_NOTADB).
        var version = ScalarLong(connection, "PRAGMA user_version");
        var applicationId = ScalarLong(connection, "PRAGMA application_id");
        var objects = ScalarLong(connection, "SELECT count(*) FROM sqlite_schema");
        if (applicationId != ApplicationId && (objects > 0 || version != 0))
        {
            throw new StoreException($"{path}: not a Timeline store (an SQLite database of another application); choose another --store file");
        }

        if (version > LatestVersion)
        {
            throw new StoreException(
                $"{path}: the store has schema version {version.ToString(CultureInfo.InvariantCulture)}, newer than this timeline "
                + $"understands ({LatestVersion.ToString(CultureInfo.InvariantCulture)}); upgrade timeline");
        }

        var pending = Migrations.Where(m => m.Version > version && m.Version <= targetVersion).ToArray();
        if (pending.Length == 0)
        {
            return;
        }

        // Rebuilding a table (create, copy, drop, rename) needs foreign keys off: dropping a parent table with them on
        // fails. They can only be switched outside a transaction; each migration checks them before it commits.
        var enforced = ScalarLong(connection, "PRAGMA foreign_keys") == 1;
        Execute(connection, "PRAGMA foreign_keys = OFF");
        try
        {
            foreach (var (migrationVersion, name) in pending)
            {
                using var transaction = connection.BeginTransaction();
                using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = ReadScript(name);
                command.ExecuteNonQuery();
                var reached = ScalarLong(connection, "PRAGMA user_version", transaction);
                if (reached != migrationVersion)
                {
                    throw new InvalidOperationException($"Migration {name} must set user_version to {migrationVersion}.");
                }

                if (ScalarLong(connection, "SELECT count(*) FROM pragma_foreign_key_check", transaction) != 0)
                {
                    throw new InvalidOperationException($"Migration {name} would leave rows without their parent rows.");
                }

                transaction.Commit();
            }
        }
        finally
        {
            if (enforced)
            {
                Execute(connection, "PRAGMA foreign_keys = ON");
            }
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static long ScalarLong(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static string ReadScript(string resourceName)
    {
        using var stream = typeof(SqliteSchema).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Missing embedded resource {resourceName}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
