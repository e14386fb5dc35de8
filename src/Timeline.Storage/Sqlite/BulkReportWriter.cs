using Microsoft.Data.Sqlite;
using Timeline.Core.Actors;
using Timeline.Core.Events;
using Timeline.Core.Time;

namespace Timeline.Storage.Sqlite;

/// <summary>Writes a batch's queued rows with one statement per table instead of one per row: the rows travel as one
/// JSON parameter (<see cref="JsonRows"/>) and SQLite inserts them with <c>INSERT … SELECT … FROM json_each($rows)</c>.
/// Used for the event reports of new documents whose events are not stored yet (their merge is folded here, exactly as
/// the incremental merge would do it report by report) and for new documents' actor mentions.</summary>
/// <remarks>A failing statement cannot tell which document's row it refused; the store then writes the batch again
/// one statement per row, which names the document (docs/storage.md).</remarks>
internal sealed class BulkReportWriter : IDisposable
{
    private const string EventColumns = "id, type, mode, modality, start_date, end_date, start_day, end_day, granularity, value, confidence, "
        + "order_document, order_offset, strongest_document, strongest_sentence_begin, strongest_sentence_end, "
        + "strongest_trigger_begin, strongest_trigger_end, strongest_confidence, report_confidence, doubt";

    private const string ReportColumns = "event_id, document_id, type, mode, start_date, end_date, start_day, end_day, granularity, value, confidence, participants";

    private const string MentionColumns = "event_id, document_id, sentence_begin, sentence_end, sentence_text, trigger, trigger_begin, trigger_end, "
        + "modality, confidence, time_text, time_begin, time_end";

    private const string ActorMentionColumns = "document_id, span_begin, span_end, actor_id, text, kind";

    private readonly Statement _storedEvents;
    private readonly Statement _insertEvents;
    private readonly Statement _insertParticipants;
    private readonly Statement _insertReports;
    private readonly Statement _insertMentions;
    private readonly Statement _insertActorMentions;
    private readonly Statement[] _all;
    private readonly JsonRows _ids = new();
    private readonly JsonRows _events = new();
    private readonly JsonRows _participants = new();
    private readonly JsonRows _reports = new();
    private readonly JsonRows _mentions = new();
    private readonly JsonRows _actorMentions = new();
    private readonly JsonRows[] _rows;
    private Event? _merged;
    private StoredAggregate? _aggregate;

    public BulkReportWriter(SqliteConnection connection)
    {
        _storedEvents = new(connection, """
            SELECT j.value ->> 0 FROM json_each($ids) AS j WHERE EXISTS (SELECT 1 FROM events AS e WHERE e.id = j.value ->> 0)
            """);
        _insertEvents = new(connection, $"INSERT INTO events ({EventColumns}) SELECT {Columns(21)} FROM json_each($rows)");
        _insertParticipants = new(connection, $"""
            INSERT INTO event_participants (event_id, actor_id, role) SELECT {Columns(3)} FROM json_each($rows) WHERE true
            ON CONFLICT DO NOTHING
            """);
        _insertReports = new(connection, $"INSERT INTO event_documents ({ReportColumns}) SELECT {Columns(12)} FROM json_each($rows)");
        _insertMentions = new(connection, $"""
            INSERT INTO event_mentions ({MentionColumns}) SELECT {Columns(13)} FROM json_each($rows) WHERE true
            ON CONFLICT DO NOTHING
            """);
        _insertActorMentions = new(connection, $"""
            INSERT INTO actor_mentions ({ActorMentionColumns}) SELECT {Columns(6)} FROM json_each($rows) WHERE true
            ON CONFLICT DO NOTHING
            """);
        _all = [_storedEvents, _insertEvents, _insertParticipants, _insertReports, _insertMentions, _insertActorMentions];
        _rows = [_ids, _events, _participants, _reports, _mentions, _actorMentions];
    }

    /// <summary>Whether rows are waiting for <see cref="Write"/>.</summary>
    public bool HasRows => _actorMentions.Count > 0 || _reports.Count > 0 || _merged is not null;

    /// <summary>Binds the statements to the transaction the next writes run in and forgets queued rows.</summary>
    public void Enlist(SqliteTransaction? transaction)
    {
        foreach (var statement in _all)
        {
            statement.Transaction = transaction;
        }

        foreach (var rows in _rows)
        {
            rows.Clear();
        }

        (_merged, _aggregate) = (null, null);
    }

    public void QueueActorMention(string document, Mention mention) =>
        _actorMentions.Row().Add(document).Add(mention.Span.Begin).Add(mention.Span.End).Add(mention.Actor.Value).Add(mention.Text)
            .Add(mention.Kind.ToWire());

    /// <summary>Which of these event ids are stored already (one statement).</summary>
    public HashSet<string> StoredEvents(IEnumerable<string> ids)
    {
        _ids.Clear();
        foreach (var id in ids)
        {
            _ids.Row().Add(id);
        }

        // One-element rows, unwrapped by the statement (value ->> 0).
        var stored = new HashSet<string>(StringComparer.Ordinal);
        if (_ids.Count > 0)
        {
            _storedEvents.SetUtf8("$ids", _ids.Finish()).ForEach(row => stored.Add(row.GetString(0)));
        }

        return stored;
    }

    /// <summary>Adds a new document's report of an event that is not stored. Reports must come sorted by event id and
    /// then document id, as the queue writes them; consecutive reports of one event are merged here, as the incremental
    /// merge would merge them one after the other.</summary>
    public void Add(string document, Event report)
    {
        var strongest = EventAggregation.Strongest([report]).Mention;
        if (_merged is not null && _merged.Id == report.Id)
        {
            var (next, confidence, stronger) = _aggregate!.Add(report, strongest);
            _merged = stronger ? report with { Modality = strongest.Modality, Confidence = confidence } : _merged with { Confidence = confidence };
            _aggregate = next;
        }
        else
        {
            FinishEvent();

            // EventAggregation.Merge of this one report, without its sorting: the report is normalised already.
            _merged = report with { Modality = strongest.Modality, Confidence = EventAggregation.Corroborate(report.Confidence, 0) };
            _aggregate = StoredAggregate.Of(report, strongest);
        }

        var id = report.Id.Value;
        Time(_reports.Row().Add(id).Add(document).Add(report.Type.ToWire()).Add(report.Mode), report.Time)
            .Add(report.Confidence).Add(ParticipantCodec.Encode(report.Participants));
        foreach (var mention in report.Mentions)
        {
            _mentions.Row().Add(id).Add(document).Add(mention.Sentence.Begin).Add(mention.Sentence.End).Add(mention.SentenceText)
                .Add(mention.Trigger).Add(mention.TriggerSpan.Begin).Add(mention.TriggerSpan.End).Add(mention.Modality.ToWire())
                .Add(mention.Confidence).Add(mention.TimeEvidence?.Text).Add(mention.TimeEvidence?.Span.Begin)
                .Add(mention.TimeEvidence?.Span.End);
        }
    }

    /// <summary>Runs one statement per table for the queued rows (events before the rows that refer to them) and
    /// forgets them.</summary>
    /// <exception cref="SqliteException">SQLite refused a row.</exception>
    public void Write()
    {
        FinishEvent();
        Run(_insertActorMentions, _actorMentions);
        Run(_insertEvents, _events);
        Run(_insertParticipants, _participants);
        Run(_insertReports, _reports);
        Run(_insertMentions, _mentions);
    }

    public void Dispose()
    {
        foreach (var statement in _all)
        {
            statement.Dispose();
        }

        foreach (var rows in _rows)
        {
            rows.Dispose();
        }
    }

    private static void Run(Statement statement, JsonRows rows)
    {
        if (rows.Count > 0)
        {
            statement.SetUtf8("$rows", rows.Finish()).Execute();
        }

        rows.Clear();
    }

    /// <summary><c>value ->> 0, value ->> 1, …</c>: the columns of a row of <see cref="JsonRows"/>.</summary>
    private static string Columns(int count) =>
        string.Join(", ", Enumerable.Range(0, count).Select(i => "value ->> " + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>Queues the merged row and participants of the event the last reports belonged to.</summary>
    private void FinishEvent()
    {
        if (_merged is not { } merged)
        {
            return;
        }

        var aggregate = _aggregate!;
        var strongest = aggregate.Strongest;
        var id = merged.Id.Value;
        Time(_events.Row().Add(id).Add(merged.Type.ToWire()).Add(merged.Mode).Add(merged.Modality.ToWire()), merged.Time)
            .Add(merged.Confidence).Add(aggregate.OrderDocument).Add(aggregate.OrderOffset).Add(strongest.Document.Value)
            .Add(strongest.Sentence.Begin).Add(strongest.Sentence.End).Add(strongest.TriggerSpan.Begin).Add(strongest.TriggerSpan.End)
            .Add(strongest.Confidence).Add(aggregate.ReportConfidence).Add(aggregate.Doubt);
        foreach (var participant in merged.Participants)
        {
            _participants.Row().Add(id).Add(participant.Actor.Value).Add(participant.Role.ToWire());
        }

        (_merged, _aggregate) = (null, null);
    }

    private static JsonRows Time(JsonRows rows, EventTime? time) =>
        rows.Add(time is null ? null : StoredValues.Date(time.Start))
            .Add(time is null ? null : StoredValues.Date(time.End))
            .Add(time is null ? null : EpochDays.From(time.Start))
            .Add(time is null ? null : EpochDays.From(time.End))
            .Add(time?.Granularity.ToWire())
            .Add(time?.Value);
}
