using System.Collections.Immutable;
using Microsoft.Data.Sqlite;
using Timeline.Core.Actors;

namespace Timeline.Storage.Sqlite;

/// <summary>Reads actors with their aliases: every other name a stored document gave the actor (as its name or an
/// alias), sorted ordinally, without the canonical name.</summary>
internal sealed class ActorReader : IDisposable
{
    private const string AllNames = "SELECT actor_id, alias FROM actor_aliases UNION SELECT actor_id, name FROM actor_names";

    private readonly SqliteConnection _connection;
    private readonly Statement _actor;
    private readonly Statement _names;
    private readonly Statement _find;

    public ActorReader(SqliteConnection connection)
    {
        _connection = connection;
        _actor = new(connection, "SELECT id, name, kind FROM actors WHERE id = $id");
        _names = new(connection, """
            SELECT alias FROM actor_aliases WHERE actor_id = $id UNION SELECT name FROM actor_names WHERE actor_id = $id
            """);

        // Rank 0: the id itself; 1: a name a document gave the actor; 2: an alias. Keys are lower-cased invariantly.
        _find = new(connection, """
            SELECT actor_id, min(rank) AS best FROM (
                SELECT id AS actor_id, 0 AS rank FROM actors WHERE id = $raw OR id = $key
                UNION ALL SELECT actor_id, 1 FROM actor_names WHERE name_key = $key
                UNION ALL SELECT actor_id, 2 FROM actor_aliases WHERE alias_key = $key)
            GROUP BY actor_id ORDER BY best, actor_id
            """);
    }

    public Actor? Load(string id)
    {
        string name;
        ActorKind kind;
        using (var reader = _actor.Set("$id", id).Read())
        {
            if (!reader.Read())
            {
                return null;
            }

            (name, kind) = (reader.GetString(1), StoredValues.ActorKind(reader.GetString(2)));
        }

        var aliases = new SortedSet<string>(StringComparer.Ordinal);
        using (var reader = _names.Set("$id", id).Read())
        {
            while (reader.Read())
            {
                aliases.Add(reader.GetString(0));
            }
        }

        aliases.Remove(name);
        return new Actor(new ActorId(id), name, kind, [.. aliases]);
    }

    public IReadOnlyList<Actor> Find(string nameOrAlias)
    {
        var ids = new List<string>();
        using (var reader = _find.Set("$raw", nameOrAlias).Set("$key", StoredValues.Key(nameOrAlias)).Read())
        {
            while (reader.Read())
            {
                ids.Add(reader.GetString(0));
            }
        }

        return ids.Select(Load).OfType<Actor>().ToArray();
    }

    /// <summary>The stored actors among <paramref name="ids"/>, by id; unknown ids are left out; aliases only with
    /// <paramref name="withAliases"/>.</summary>
    public IReadOnlyList<Actor> LoadMany(IEnumerable<string> ids, bool withAliases)
    {
        var wanted = ids.ToArray();
        var names = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        IdListQuery.Run(_connection, """
            SELECT actor_id, alias FROM actor_aliases WHERE actor_id IN ({ids})
            UNION SELECT actor_id, name FROM actor_names WHERE actor_id IN ({ids})
            """, withAliases ? wanted : [], reader =>
        {
            var id = reader.GetString(0);
            if (!names.TryGetValue(id, out var set))
            {
                names[id] = set = new SortedSet<string>(StringComparer.Ordinal);
            }

            set.Add(reader.GetString(1));
        });

        var actors = new List<Actor>();
        IdListQuery.Run(_connection, "SELECT id, name, kind FROM actors WHERE id IN ({ids})", wanted, reader =>
        {
            var (id, name) = (reader.GetString(0), reader.GetString(1));
            var aliases = names.TryGetValue(id, out var set) ? set.Where(a => !string.Equals(a, name, StringComparison.Ordinal)) : [];
            actors.Add(new Actor(new ActorId(id), name, StoredValues.ActorKind(reader.GetString(2)), [.. aliases]));
        });
        actors.Sort((x, y) => string.CompareOrdinal(x.Id.Value, y.Id.Value));
        return actors;
    }

    /// <summary>Every actor, by id.</summary>
    public IReadOnlyList<Actor> LoadAll()
    {
        var names = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        using (var command = _connection.CreateCommand())
        {
            command.CommandText = AllNames;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var id = reader.GetString(0);
                if (!names.TryGetValue(id, out var set))
                {
                    names[id] = set = new SortedSet<string>(StringComparer.Ordinal);
                }

                set.Add(reader.GetString(1));
            }
        }

        var actors = new List<Actor>();
        using (var command = _connection.CreateCommand())
        {
            command.CommandText = "SELECT id, name, kind FROM actors";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var (id, name) = (reader.GetString(0), reader.GetString(1));
                var aliases = names.TryGetValue(id, out var set) ? set.Where(a => !string.Equals(a, name, StringComparison.Ordinal)) : [];
                actors.Add(new Actor(new ActorId(id), name, StoredValues.ActorKind(reader.GetString(2)), [.. aliases]));
            }
        }

        actors.Sort((x, y) => string.CompareOrdinal(x.Id.Value, y.Id.Value));
        return actors;
    }

    /// <summary>Every actor with its counts and first/last event dates, by id.</summary>
    public IReadOnlyList<ActorSummary> Summarize()
    {
        var events = new Dictionary<string, (long Count, long? First, long? Last)>(StringComparer.Ordinal);
        using (var command = _connection.CreateCommand())
        {
            command.CommandText = """
                SELECT p.actor_id, count(DISTINCT p.event_id), min(e.start_day), max(e.end_day)
                FROM event_participants p JOIN events e ON e.id = p.event_id
                GROUP BY p.actor_id
                """;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                events[reader.GetString(0)] = (reader.GetInt64(1), ReportReader.NullableLong(reader, 2), ReportReader.NullableLong(reader, 3));
            }
        }

        var mentions = new Dictionary<string, long>(StringComparer.Ordinal);
        using (var command = _connection.CreateCommand())
        {
            command.CommandText = "SELECT actor_id, count(*) FROM actor_mentions GROUP BY actor_id";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                mentions[reader.GetString(0)] = reader.GetInt64(1);
            }
        }

        return LoadAll().Select(actor =>
        {
            var (count, first, last) = events.GetValueOrDefault(actor.Id.Value);
            return new ActorSummary(
                actor,
                count,
                mentions.GetValueOrDefault(actor.Id.Value),
                first is { } f ? EpochDays.ToDate(f) : null,
                last is { } l ? EpochDays.ToDate(l) : null);
        }).ToArray();
    }

    public void Dispose()
    {
        _actor.Dispose();
        _names.Dispose();
        _find.Dispose();
    }
}
