using System.Collections.Immutable;
using Microsoft.Data.Sqlite;
using Timeline.Core.Documents;
using Timeline.Core.Events;

namespace Timeline.Storage.Sqlite;

/// <summary>Loads what each document reported about one event (its rows in <c>event_documents</c> and
/// <c>event_mentions</c>) as one <see cref="Event"/> per document: the input of <see cref="EventAggregation.Merge"/>.</summary>
internal sealed class ReportReader : IDisposable
{
    private readonly Statement _reports;
    private readonly Statement _mentions;

    public ReportReader(SqliteConnection connection)
    {
        _reports = new(connection, """
            SELECT r.document_id, r.type, r.mode, r.start_day, r.end_day, r.granularity, r.value, r.confidence, r.participants
            FROM event_documents r
            WHERE r.event_id = $event
              AND ($as_of IS NULL OR (SELECT d.published_day FROM documents d WHERE d.id = r.document_id) <= $as_of)
            ORDER BY r.document_id
            """);
        _mentions = new(connection, $"SELECT {MentionColumns} FROM event_mentions WHERE event_id = $event");
    }

    /// <summary>The columns <see cref="ReadMention"/> expects, in order.</summary>
    public const string MentionColumns =
        "document_id, sentence_begin, sentence_end, sentence_text, trigger, trigger_begin, trigger_end, modality, confidence, time_text, time_begin, time_end";

    public void Enlist(SqliteTransaction? transaction)
    {
        _reports.Transaction = transaction;
        _mentions.Transaction = transaction;
    }

    /// <summary>The reports of <paramref name="eventId"/>, by document id; with <paramref name="publishedOnOrBefore"/>
    /// (an epoch day) only those of documents published by then.</summary>
    public IReadOnlyList<Event> Load(string eventId, long? publishedOnOrBefore)
    {
        var mentionsByDocument = new Dictionary<string, List<EventMention>>(StringComparer.Ordinal);
        using (var reader = _mentions.Set("$event", eventId).Read())
        {
            while (reader.Read())
            {
                var mention = ReadMention(reader, 0);
                if (!mentionsByDocument.TryGetValue(mention.Document.Value, out var list))
                {
                    mentionsByDocument[mention.Document.Value] = list = [];
                }

                list.Add(mention);
            }
        }

        var reports = new List<Event>();
        using (var reader = _reports.Set("$event", eventId).Set("$as_of", publishedOnOrBefore).Read())
        {
            while (reader.Read())
            {
                var document = reader.GetString(0);
                if (!mentionsByDocument.TryGetValue(document, out var mentions))
                {
                    throw new InvalidDataException($"event {eventId}: the report of document '{document}' has no mentions");
                }

                var ordered = mentions.Order(EventAggregation.MentionOrder).ToImmutableArray();
                reports.Add(new Event(
                    new EventId(eventId),
                    StoredValues.EventType(reader.GetString(1)),
                    reader.IsDBNull(2) ? null : reader.GetString(2),
                    ordered[0].Modality,
                    StoredValues.Time(NullableLong(reader, 3), NullableLong(reader, 4), NullableString(reader, 5), NullableString(reader, 6)),
                    ParticipantCodec.Decode(reader.GetString(8), eventId),
                    reader.GetDouble(7),
                    ordered));
            }
        }

        return reports;
    }

    /// <summary>Reads an event mention from <see cref="MentionColumns"/> starting at <paramref name="first"/>.</summary>
    public static EventMention ReadMention(SqliteDataReader reader, int first)
    {
        TimeEvidence? time = reader.IsDBNull(first + 9)
            ? null
            : new TimeEvidence(reader.GetString(first + 9), new TextSpan(reader.GetInt32(first + 10), reader.GetInt32(first + 11)));
        return new EventMention(
            new DocumentId(reader.GetString(first)),
            new TextSpan(reader.GetInt32(first + 1), reader.GetInt32(first + 2)),
            reader.GetString(first + 3),
            reader.GetString(first + 4),
            new TextSpan(reader.GetInt32(first + 5), reader.GetInt32(first + 6)),
            StoredValues.Modality(reader.GetString(first + 7)),
            reader.GetDouble(first + 8),
            time);
    }

    public static long? NullableLong(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);

    public static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public void Dispose()
    {
        _reports.Dispose();
        _mentions.Dispose();
    }
}
