using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Timeline.Core.Actors;
using Timeline.Core.Events;

namespace Timeline.Storage.Sqlite;

/// <summary>Timeline queries: selects events with one SQL statement built from fixed fragments (values are always
/// parameters), then attaches participants and mentions.</summary>
/// <remarks>For a single actor the plan is: <c>event_participants_by_actor</c> gives the actor's event ids, each event
/// row is one primary-key probe, and only that actor's events are sorted.</remarks>
internal sealed class EventReader : IDisposable
{
    /// <summary>Above this many events, participants and mentions are read in one scan of their tables instead of
    /// one lookup per event.</summary>
    private const int BulkLoadThreshold = 20_000;

    private const string EventColumns =
        "e.id, e.type, e.mode, e.modality, e.start_day, e.end_day, e.granularity, e.value, e.confidence";

    private const string TimelineOrderBy = """
        ORDER BY e.start_day IS NULL, e.start_day, e.end_day - e.start_day,
            CASE WHEN e.start_day IS NULL THEN e.order_document END, CASE WHEN e.start_day IS NULL THEN e.order_offset END, e.id
        """;

    private readonly SqliteConnection _connection;
    private readonly Statement _participants;
    private readonly Statement _mentions;

    public EventReader(SqliteConnection connection)
    {
        _connection = connection;
        _participants = new(connection, "SELECT actor_id, role FROM event_participants WHERE event_id = $event");
        _mentions = new(connection, $"SELECT {ReportReader.MentionColumns} FROM event_mentions WHERE event_id = $event");
    }

    /// <summary>Events matching <paramref name="filter"/> in timeline order; with <paramref name="startsOnOrBefore"/> (an
    /// epoch day) only dated events starting by then that have a mention published by then.</summary>
    public IReadOnlyList<Event> Find(EventFilter filter, long? startsOnOrBefore = null)
    {
        using var command = BuildQuery(filter, startsOnOrBefore);
        var rows = new List<EventRow>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                rows.Add(new EventRow(
                    reader.GetString(0),
                    StoredValues.EventType(reader.GetString(1)),
                    ReportReader.NullableString(reader, 2),
                    StoredValues.Modality(reader.GetString(3)),
                    StoredValues.Time(ReportReader.NullableLong(reader, 4), ReportReader.NullableLong(reader, 5),
                        ReportReader.NullableString(reader, 6), ReportReader.NullableString(reader, 7)),
                    reader.GetDouble(8)));
            }
        }

        return rows.Count > BulkLoadThreshold ? AttachInBulk(rows) : AttachOneByOne(rows);
    }

    public void Dispose()
    {
        _participants.Dispose();
        _mentions.Dispose();
    }

    [SuppressMessage("Security", "CA2100:Review SQL queries for security vulnerabilities",
        Justification = "The text is concatenated from constant fragments and generated parameter names; every value is a parameter.")]
    private SqliteCommand BuildQuery(EventFilter filter, long? startsOnOrBefore)
    {
        var command = _connection.CreateCommand();
        var sql = new StringBuilder($"SELECT {EventColumns} FROM events e WHERE 1 = 1");
        string Add(string prefix, object value)
        {
            var name = "$" + prefix + command.Parameters.Count.ToString(CultureInfo.InvariantCulture);
            command.Parameters.AddWithValue(name, value);
            return name;
        }

        if (!filter.Actors.IsDefaultOrEmpty)
        {
            var names = filter.Actors.Select(a => a.Value).Distinct(StringComparer.Ordinal).Select(a => Add("actor", a));
            sql.Append(" AND e.id IN (SELECT event_id FROM event_participants WHERE actor_id IN (").AppendJoin(", ", names).Append("))");
        }

        if (filter.Between is var (first, second))
        {
            sql.Append(" AND e.id IN (SELECT event_id FROM event_participants WHERE actor_id = ").Append(Add("first", first.Value)).Append(')')
                .Append(" AND EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = e.id AND p.actor_id = ")
                .Append(Add("second", second.Value)).Append(')');
        }

        if (!filter.Types.IsDefaultOrEmpty)
        {
            var names = filter.Types.Distinct().Select(t => Add("type", t.ToWire()));
            sql.Append(" AND e.type IN (").AppendJoin(", ", names).Append(')');
        }

        if (!filter.Modalities.IsDefaultOrEmpty)
        {
            var names = filter.Modalities.Distinct().Select(m => Add("modality", m.ToWire()));
            sql.Append(" AND e.modality IN (").AppendJoin(", ", names).Append(')');
        }

        if (filter.From is not null || filter.To is not null || !filter.IncludeUndated || startsOnOrBefore is not null)
        {
            sql.Append(" AND e.start_day IS NOT NULL");
        }

        if (filter.From is { } from)
        {
            sql.Append(" AND e.end_day >= ").Append(Add("from", EpochDays.From(from)));
        }

        if (filter.To is { } to)
        {
            sql.Append(" AND e.start_day <= ").Append(Add("to", EpochDays.From(to)));
        }

        if (filter.MinConfidence > 0)
        {
            sql.Append(" AND e.confidence >= ").Append(Add("confidence", filter.MinConfidence));
        }

        if (filter.Source is { } source)
        {
            sql.Append(" AND EXISTS (SELECT 1 FROM event_mentions m JOIN documents d ON d.id = m.document_id WHERE m.event_id = e.id AND d.source_key = ")
                .Append(Add("source", StoredValues.Key(source))).Append(')');
        }

        if (startsOnOrBefore is { } asOf)
        {
            var name = Add("as_of", asOf);
            sql.Append(" AND e.start_day <= ").Append(name)
                .Append(" AND EXISTS (SELECT 1 FROM event_mentions m JOIN documents d ON d.id = m.document_id WHERE m.event_id = e.id AND d.published_day <= ")
                .Append(name).Append(')');
        }

        sql.Append(' ').Append(TimelineOrderBy);
        if (filter.Limit is { } limit)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(limit);
            sql.Append(" LIMIT ").Append(Add("limit", limit));
        }

        command.CommandText = sql.ToString();
        return command;
    }

    private List<Event> AttachOneByOne(List<EventRow> rows)
    {
        var events = new List<Event>(rows.Count);
        foreach (var row in rows)
        {
            var participants = new List<Participant>();
            using (var reader = _participants.Set("$event", row.Id).Read())
            {
                while (reader.Read())
                {
                    participants.Add(new Participant(new ActorId(reader.GetString(0)), StoredValues.Role(reader.GetString(1))));
                }
            }

            var mentions = new List<EventMention>();
            using (var reader = _mentions.Set("$event", row.Id).Read())
            {
                while (reader.Read())
                {
                    mentions.Add(ReportReader.ReadMention(reader, 0));
                }
            }

            events.Add(row.ToEvent(participants, mentions));
        }

        return events;
    }

    private List<Event> AttachInBulk(List<EventRow> rows)
    {
        var participants = rows.ToDictionary(r => r.Id, _ => new List<Participant>(), StringComparer.Ordinal);
        var mentions = rows.ToDictionary(r => r.Id, _ => new List<EventMention>(), StringComparer.Ordinal);
        using (var command = _connection.CreateCommand())
        {
            command.CommandText = "SELECT event_id, actor_id, role FROM event_participants";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                if (participants.TryGetValue(reader.GetString(0), out var list))
                {
                    list.Add(new Participant(new ActorId(reader.GetString(1)), StoredValues.Role(reader.GetString(2))));
                }
            }
        }

        using (var command = _connection.CreateCommand())
        {
            command.CommandText = $"SELECT event_id, {ReportReader.MentionColumns} FROM event_mentions";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                if (mentions.TryGetValue(reader.GetString(0), out var list))
                {
                    list.Add(ReportReader.ReadMention(reader, 1));
                }
            }
        }

        return rows.Select(r => r.ToEvent(participants[r.Id], mentions[r.Id])).ToList();
    }

    /// <summary>An event's own columns, before its participants and mentions are attached.</summary>
    private sealed record EventRow(string Id, EventType Type, string? Mode, Modality Modality, Core.Time.EventTime? Time, double Confidence)
    {
        public Event ToEvent(List<Participant> participants, List<EventMention> mentions)
        {
            if (mentions.Count == 0)
            {
                throw new InvalidDataException($"event {Id} has no mentions");
            }

            return new Event(
                new EventId(Id),
                Type,
                Mode,
                Modality,
                Time,
                participants.Order(EventAggregation.ParticipantOrder).ToImmutableArray(),
                Confidence,
                mentions.Order(EventAggregation.MentionOrder).ToImmutableArray());
        }
    }
}
