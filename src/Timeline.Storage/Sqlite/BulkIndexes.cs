using Microsoft.Data.Sqlite;

namespace Timeline.Storage.Sqlite;

/// <summary>For a batch that at least doubles the store's documents (a bulk load, above all into an empty store): drops the
/// secondary indexes that only readers use, inside the batch's transaction, and builds them again before it commits.
/// Building an index from the finished table sorts once; keeping it while loading inserts every row at a random
/// place. The drop and the rebuild are part of the transaction, so a reader (another process) never sees the store
/// without them, and a rolled-back batch gets them back with everything else.</summary>
internal static class BulkIndexes
{
    /// <summary>A batch of fewer documents is written with the indexes in place (the drop and rebuild would cost
    /// more than they save).</summary>
    public const int MinimumDocuments = 100;

    /// <summary>The indexes no write reads or enforces: the writer looks rows up by primary and unique keys only.</summary>
    private static readonly string[] Names =
    [
        "events_by_time", "event_participants_by_actor", "actor_names_by_key", "actor_aliases_by_key",
        "relations_by_source", "relations_by_target",
    ];

    /// <summary>Drops the indexes when the batch's <paramref name="documents"/> are at least
    /// <see cref="MinimumDocuments"/> and at least as many as the documents stored, and returns their definitions (to
    /// pass to <see cref="Restore"/>); otherwise returns an empty list and changes nothing.</summary>
    public static IReadOnlyList<string> DropForBulkLoad(SqliteConnection connection, SqliteTransaction transaction, int documents)
    {
        if (documents < MinimumDocuments)
        {
            return [];
        }

        using var command = connection.CreateCommand();
        command.Transaction = transaction;

        // documents is a rowid table: its largest rowid bounds the number of documents from above, in one B-tree
        // descent instead of a count over every row.
        command.CommandText = "SELECT ifnull(max(rowid), 0) FROM documents";
        var stored = Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        if (documents < stored)
        {
            return [];
        }

        var definitions = new List<string>(Names.Length);
        command.CommandText = "SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = $name AND sql IS NOT NULL";
        var name = command.Parameters.Add("$name", SqliteType.Text);
        foreach (var index in Names)
        {
            name.Value = index;
            if (command.ExecuteScalar() is string sql)
            {
                definitions.Add(sql);
            }
        }

        command.Parameters.Clear();
        foreach (var index in Names)
        {
            // Names are constants of this class, never input.
            command.CommandText = "DROP INDEX IF EXISTS " + index;
            command.ExecuteNonQuery();
        }

        return definitions;
    }

    /// <summary>Builds the dropped indexes again from their stored definitions, in the same transaction.</summary>
    public static void Restore(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<string> definitions)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        foreach (var sql in definitions)
        {
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
    }
}
