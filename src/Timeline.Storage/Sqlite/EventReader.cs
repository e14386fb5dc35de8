using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Timeline.Core.Actors;
using Timeline.Core.Events;
using Timeline.Core.Graph;

namespace Timeline.Storage.Sqlite;

/// <summary>Timeline queries: selects events with one SQL statement built from fixed fragments (values are always
/// parameters), then attaches participants and mentions.</summary>
/// <remarks>For a single actor the plan is: <c>event_participants_by_actor</c> gives the actor's event ids, each event
/// row is one primary-key probe, and only that actor's events are sorted.</remarks>
internal sealed class EventReader : IDisposable
{
    private const string EventColumns =
        "e.id, e.type, e.mode, e.modality, e.start_day, e.end_day, e.granularity, e.value, e.confidence";

    private const string TimelineOrderBy = """
        ORDER BY e.start_day IS NULL, e.start_day, e.end_day - e.start_day,
            CASE WHEN e.start_day IS NULL THEN e.order_document END, CASE WHEN e.start_day IS NULL THEN e.order_offset END, e.id
        """;

    private static readonly string PrefixedMentionColumns =
        string.Join(", ", ReportReader.MentionColumns.Split(", ").Select(column => "m." + column));

    /// <summary>The selection of <see cref="BuildSelection"/> for a filter without conditions.</summary>
    private const string Unrestricted = "WHERE 1 = 1";

    /// <summary>How many events are completed (participants and mentions looked up) at a time.</summary>
    private const int IdsPerStatement = 500;

    private readonly SqliteConnection _connection;
    private readonly Statement _participantsOf;
    private readonly Statement _mentionsOf;

    public EventReader(SqliteConnection connection)
    {
        _connection = connection;

        // One constant statement each, prepared once: the ids travel as one JSON array parameter.
        _participantsOf = new(connection, $"SELECT event_id, actor_id, role FROM event_participants WHERE event_id IN ({IdListQuery.JsonIds})");
        _mentionsOf = new(connection, $"SELECT event_id, {ReportReader.MentionColumns} FROM event_mentions WHERE event_id IN ({IdListQuery.JsonIds})");
    }

    public void Dispose()
    {
        _participantsOf.Dispose();
        _mentionsOf.Dispose();
    }

    /// <summary>Events matching <paramref name="filter"/> in timeline order; with <paramref name="startsOnOrBefore"/> (an
    /// epoch day) only dated events starting by then that have a mention published by then.</summary>
    public IReadOnlyList<Event> Find(EventFilter filter, long? startsOnOrBefore = null) =>
        Read(filter, startsOnOrBefore, TimelineOrderBy).ToList();

    /// <summary>Events matching <paramref name="filter"/> in <see cref="Timeline.Core.Graph.SnapshotOrder.Events"/> order
    /// (dated by start, end, id; undated last by id), read lazily: memory holds one chunk of events at a time. The
    /// dated events come in the order of the <c>events_by_time</c> index (which ends with the primary key), so SQLite
    /// walks the index instead of sorting a million rows.</summary>
    /// <param name="filter">The selection.</param>
    /// <param name="parts">The parts to read: participants and mentions not asked for are left empty.</param>
    public IEnumerable<Event> Stream(EventFilter filter, EventParts parts = EventParts.All)
    {
        foreach (var e in Walk(filter, "AND e.start_day IS NOT NULL ORDER BY e.start_day, e.end_day, e.id", parts))
        {
            yield return e;
        }

        foreach (var e in Walk(filter, "AND e.start_day IS NULL ORDER BY e.id", parts))
        {
            yield return e;
        }
    }

    /// <summary>How many events and participations match <paramref name="filter"/>.</summary>
    public (int Events, int Participations) Count(EventFilter filter)
    {
        var (where, parameters) = BuildSelection(filter, null);

        // Unrestricted: every participant row belongs to an event (a foreign key), so the tables are counted as they
        // are instead of looking up a million ids.
        using var command = CreateCommand(
            parameters.Count == 0 && where == Unrestricted
                ? "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM event_participants)"
                : $"SELECT count(*), (SELECT count(*) FROM events e JOIN event_participants p ON p.event_id = e.id {where}) FROM events e {where}",
            parameters);
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt32(0), reader.GetInt32(1));
    }

    /// <summary>The ids of the actors taking part in, and of the documents mentioning, the events matching
    /// <paramref name="filter"/>, each sorted ordinally.</summary>
    public (List<string> Actors, List<string> Documents) Touched(EventFilter filter)
    {
        var (where, parameters) = BuildSelection(filter, null);
        return (
            Strings($"SELECT DISTINCT actor_id FROM event_participants WHERE event_id IN (SELECT e.id FROM events e {where})", parameters),
            Strings($"SELECT DISTINCT document_id FROM event_mentions WHERE event_id IN (SELECT e.id FROM events e {where})", parameters));
    }

    private List<string> Strings(string sql, List<(string Name, object Value)> parameters)
    {
        using var command = CreateCommand(sql, parameters);
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        values.Sort(StringComparer.Ordinal);
        return values;
    }

    /// <summary>Up to three cursors in the same order, walked in lockstep: the events, their participants (events
    /// joined with participants) and their mentions (events joined with mentions), the last two only when
    /// <paramref name="parts"/> asks for them. Each join visits the events in the order of the outer index, so nothing
    /// is sorted or looked up by id lists; memory holds one event at a time.</summary>
    /// <param name="filter">The selection.</param>
    /// <param name="tail">A constant fragment: further conditions (starting with AND) and the ORDER BY over <c>e</c>.</param>
    /// <param name="parts">The parts to read besides the event rows.</param>
    private IEnumerable<Event> Walk(EventFilter filter, string tail, EventParts parts)
    {
        var (where, parameters) = BuildSelection(filter, null);
        using var eventCommand = CreateCommand($"SELECT {EventColumns} FROM events e {where} {tail}", parameters);
        using var participantCommand = parts.HasFlag(EventParts.Participants)
            ? CreateCommand($"SELECT p.event_id, p.actor_id, p.role FROM events e JOIN event_participants p ON p.event_id = e.id {where} {tail}", parameters)
            : null;
        using var mentionCommand = parts.HasFlag(EventParts.Mentions)
            ? CreateCommand($"SELECT m.event_id, {PrefixedMentionColumns} FROM events e JOIN event_mentions m ON m.event_id = e.id {where} {tail}", parameters)
            : null;
        using var events = eventCommand.ExecuteReader();
        using var participantRows = participantCommand?.ExecuteReader();
        using var mentionRows = mentionCommand?.ExecuteReader();
        var moreParticipants = participantRows?.Read() ?? false;
        var moreMentions = mentionRows?.Read() ?? false;
        while (events.Read())
        {
            var row = EventRow.Read(events);
            var participants = new List<Participant>(2);
            while (moreParticipants && SameEvent(participantRows!, row.Id))
            {
                participants.Add(ReadParticipant(participantRows!, 1));
                moreParticipants = participantRows!.Read();
            }

            var mentions = new List<EventMention>(1);
            while (moreMentions && SameEvent(mentionRows!, row.Id))
            {
                mentions.Add(ReportReader.ReadMention(mentionRows!, 1));
                moreMentions = mentionRows!.Read();
            }

            yield return mentionRows is null ? row.ToEventWithoutMentions(participants) : row.ToEvent(participants, mentions);
        }
    }

    private static bool SameEvent(SqliteDataReader reader, string id) => string.Equals(reader.GetString(0), id, StringComparison.Ordinal);

    /// <summary>Selects the events with one statement and, for every chunk of 500 of them, reads their participants
    /// with one statement and their mentions with another (instead of one lookup per event), then yields the chunk.</summary>
    /// <param name="filter">The selection.</param>
    /// <param name="startsOnOrBefore">An epoch day for as-of reads, else null.</param>
    /// <param name="tail">A constant fragment: further conditions (starting with AND) and the ORDER BY.</param>
    private IEnumerable<Event> Read(EventFilter filter, long? startsOnOrBefore, string tail)
    {
        var (where, parameters) = BuildSelection(filter, startsOnOrBefore);
        var ordered = $"{where} {tail}";
        if (filter.Limit is { } limit)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(limit);
            ordered += " LIMIT $limit";
            parameters.Add(("$limit", limit));
        }

        var rows = new List<EventRow>(IdsPerStatement);
        using var command = CreateCommand($"SELECT {EventColumns} FROM events e {ordered}", parameters);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows.Add(EventRow.Read(reader));
            if (rows.Count == IdsPerStatement)
            {
                foreach (var e in Complete(rows))
                {
                    yield return e;
                }

                rows.Clear();
            }
        }

        foreach (var e in Complete(rows))
        {
            yield return e;
        }
    }

    /// <summary>Attaches participants and mentions to one chunk of event rows.</summary>
    private List<Event> Complete(List<EventRow> rows)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var participants = rows.ToDictionary(r => r.Id, _ => new List<Participant>(2), StringComparer.Ordinal);
        var mentions = rows.ToDictionary(r => r.Id, _ => new List<EventMention>(1), StringComparer.Ordinal);
        var ids = IdListQuery.ToJson(rows.Select(r => r.Id));
        using (var reader = _participantsOf.Set(IdListQuery.JsonIdsParameter, ids).Read())
        {
            while (reader.Read())
            {
                participants[reader.GetString(0)].Add(ReadParticipant(reader, 1));
            }
        }

        using (var reader = _mentionsOf.Set(IdListQuery.JsonIdsParameter, ids).Read())
        {
            while (reader.Read())
            {
                mentions[reader.GetString(0)].Add(ReportReader.ReadMention(reader, 1));
            }
        }

        return rows.Select(r => r.ToEvent(participants[r.Id], mentions[r.Id])).ToList();
    }

    /// <summary>A participant from the columns <c>actor_id, role</c> starting at <paramref name="first"/>.</summary>
    private static Participant ReadParticipant(SqliteDataReader reader, int first) =>
        new(new ActorId(reader.GetString(first)), StoredValues.Role(reader.GetString(first + 1)));

    /// <summary>The WHERE clause for a filter, built from constant fragments and generated
    /// parameter names; the values travel as parameters.</summary>
    private static (string Selection, List<(string Name, object Value)> Parameters) BuildSelection(EventFilter filter, long? startsOnOrBefore)
    {
        var parameters = new List<(string Name, object Value)>();
        var sql = new StringBuilder(Unrestricted);
        string Add(string prefix, object value)
        {
            var name = "$" + prefix + parameters.Count.ToString(CultureInfo.InvariantCulture);
            parameters.Add((name, value));
            return name;
        }

        if (!filter.Actors.IsDefaultOrEmpty)
        {
            var names = filter.Actors.Select(a => a.Value).Distinct(StringComparer.Ordinal).Select(a => Add("actor", a)).ToArray();
            sql.Append(" AND e.id IN (SELECT event_id FROM event_participants WHERE actor_id IN (").AppendJoin(", ", names).Append("))");
        }

        if (filter.Between is var (first, second))
        {
            sql.Append(" AND e.id IN (SELECT event_id FROM event_participants WHERE actor_id = ").Append(Add("first", first.Value)).Append(')')
                .Append(" AND EXISTS (SELECT 1 FROM event_participants p2 WHERE p2.event_id = e.id AND p2.actor_id = ")
                .Append(Add("second", second.Value)).Append(')');
        }

        if (!filter.Types.IsDefaultOrEmpty)
        {
            var names = filter.Types.Distinct().Select(t => Add("type", t.ToWire())).ToArray();
            sql.Append(" AND e.type IN (").AppendJoin(", ", names).Append(')');
        }

        if (!filter.Modalities.IsDefaultOrEmpty)
        {
            var names = filter.Modalities.Distinct().Select(m => Add("modality", m.ToWire())).ToArray();
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
            sql.Append(" AND EXISTS (SELECT 1 FROM event_mentions m2 JOIN documents d ON d.id = m2.document_id WHERE m2.event_id = e.id AND d.source_key = ")
                .Append(Add("source", StoredValues.Key(source))).Append(')');
        }

        if (startsOnOrBefore is { } asOf)
        {
            var name = Add("as_of", asOf);
            sql.Append(" AND e.start_day <= ").Append(name)
                .Append(" AND EXISTS (SELECT 1 FROM event_mentions m2 JOIN documents d ON d.id = m2.document_id WHERE m2.event_id = e.id AND d.published_day <= ")
                .Append(name).Append(')');
        }

        return (sql.ToString(), parameters);
    }

    [SuppressMessage("Security", "CA2100:Review SQL queries for security vulnerabilities",
        Justification = "The text is concatenated from constant fragments and generated parameter names; every value is a parameter.")]
    private SqliteCommand CreateCommand(string sql, List<(string Name, object Value)> parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }

    /// <summary>An event's own columns, before its participants and mentions are attached.</summary>
    private sealed record EventRow(string Id, EventType Type, string? Mode, Modality Modality, Core.Time.EventTime? Time, double Confidence)
    {
        /// <summary>The row at the reader's position, selected with <see cref="EventColumns"/>.</summary>
        public static EventRow Read(SqliteDataReader reader) => new(
            reader.GetString(0),
            StoredValues.EventType(reader.GetString(1)),
            ReportReader.NullableString(reader, 2),
            StoredValues.Modality(reader.GetString(3)),
            StoredValues.Time(ReportReader.NullableLong(reader, 4), ReportReader.NullableLong(reader, 5),
                ReportReader.NullableString(reader, 6), ReportReader.NullableString(reader, 7)),
            reader.GetDouble(8));

        public Event ToEvent(List<Participant> participants, List<EventMention> mentions)
        {
            if (mentions.Count == 0)
            {
                throw new InvalidDataException($"event {Id} has no mentions");
            }

            return Build(participants, mentions);
        }

        /// <summary>The event for a reader that asked for no mentions: <see cref="Event.Mentions"/> is empty.</summary>
        public Event ToEventWithoutMentions(List<Participant> participants) => Build(participants, []);

        private Event Build(List<Participant> participants, List<EventMention> mentions) => new(
            new EventId(Id),
            Type,
            Mode,
            Modality,
            Time,
            Sorted(participants, EventAggregation.ParticipantOrder),
            Confidence,
            Sorted(mentions, EventAggregation.MentionOrder));

        private static ImmutableArray<T> Sorted<T>(List<T> items, IComparer<T> order)
        {
            if (items.Count == 0)
            {
                return [];
            }

            if (items.Count > 1)
            {
                items.Sort(order);
            }

            return [.. items];
        }
    }
}
