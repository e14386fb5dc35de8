using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Timeline.Core.Actors;
using Timeline.Core.Documents;
using Timeline.Core.Events;
using Timeline.Core.Extraction;
using Timeline.Core.Relations;
using Timeline.Core.Time;

namespace Timeline.Storage.Sqlite;

/// <summary>Writes one document's facts inside the caller's transaction, replacing whatever an earlier
/// version of the document contributed. Holds the prepared statements of the ingest path.</summary>
/// <remarks>
/// Order of work, chosen so that foreign keys hold after every statement: delete the old version's rows; upsert the
/// document; its actors (names, aliases, then the canonical row); actor mentions and relations; event reports and
/// mentions (a new event's row is inserted first); re-merge every event the old or new version touched that has other
/// reports (deleting events left without reports); finally delete actors that no stored document lists any more.
/// </remarks>
internal sealed class DocumentWriter : IDisposable
{
    private readonly ReportReader _reports;
    private readonly Statement _previousVersion;
    private readonly Statement _deleteEventMentions;
    private readonly Statement _deleteEventReport;
    private readonly Statement _deleteActorMentions;
    private readonly Statement _deleteRelations;
    private readonly Statement _deleteAliases;
    private readonly Statement _deleteActorName;
    private readonly Statement _upsertDocument;
    private readonly Statement _insertActorName;
    private readonly Statement _insertAlias;
    private readonly Statement _upsertActor;
    private readonly Statement _renameActor;
    private readonly Statement _deleteUnlistedActor;
    private readonly Statement _insertActorMention;
    private readonly Statement _insertRelation;
    private readonly Statement _insertEvent;
    private readonly Statement _updateEvent;
    private readonly Statement _eventState;
    private readonly Statement _corroborateEvent;
    private readonly Statement _deleteEvent;
    private readonly Statement _insertParticipant;
    private readonly Statement _deleteParticipants;
    private readonly Statement _insertReport;
    private readonly Statement _insertMention;
    private readonly Statement[] _all;
    private readonly List<QueuedReport> _pending = [];

    public DocumentWriter(SqliteConnection connection)
    {
        _reports = new ReportReader(connection);
        _previousVersion = new(connection, "SELECT actor_ids, event_ids FROM documents WHERE id = $id");
        _deleteEventMentions = new(connection, "DELETE FROM event_mentions WHERE event_id = $event AND document_id = $document");
        _deleteEventReport = new(connection, "DELETE FROM event_documents WHERE event_id = $event AND document_id = $document");
        _deleteActorMentions = new(connection, "DELETE FROM actor_mentions WHERE document_id = $document");
        _deleteRelations = new(connection, "DELETE FROM relations WHERE document_id = $document");
        _deleteAliases = new(connection, "DELETE FROM actor_aliases WHERE actor_id = $actor AND document_id = $document");
        _deleteActorName = new(connection, "DELETE FROM actor_names WHERE actor_id = $actor AND document_id = $document");
        _upsertDocument = new(connection, """
            INSERT INTO documents (id, title, language, published, published_day, source, source_key, url, origin, text, content_hash, actor_ids, event_ids)
            VALUES ($id, $title, $language, $published, $published_day, $source, $source_key, $url, $origin, $text, $content_hash, $actor_ids, $event_ids)
            ON CONFLICT (id) DO UPDATE SET
                title = excluded.title, language = excluded.language, published = excluded.published,
                published_day = excluded.published_day, source = excluded.source, source_key = excluded.source_key,
                url = excluded.url, origin = excluded.origin, text = excluded.text, content_hash = excluded.content_hash,
                actor_ids = excluded.actor_ids, event_ids = excluded.event_ids
            """);
        _insertActorName = new(connection, """
            INSERT INTO actor_names (actor_id, document_id, name, name_key, kind) VALUES ($actor, $document, $name, $name_key, $kind)
            """);
        _insertAlias = new(connection, """
            INSERT INTO actor_aliases (actor_id, document_id, alias, alias_key) VALUES ($actor, $document, $alias, $alias_key)
            ON CONFLICT DO NOTHING
            """);

        // The canonical name and kind come from the listing document with the smallest id: order-independent, and
        // one upsert per listing (the same document may rename it).
        _upsertActor = new(connection, """
            INSERT INTO actors (id, name, kind, name_document) VALUES ($actor, $name, $kind, $document)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, name_document = excluded.name_document
            WHERE excluded.name_document <= actors.name_document
            """);
        _renameActor = new(connection, """
            UPDATE actors SET (name, kind, name_document) =
                (SELECT name, kind, document_id FROM actor_names WHERE actor_id = $actor ORDER BY document_id LIMIT 1)
            WHERE id = $actor
            """);
        _deleteUnlistedActor = new(connection, """
            DELETE FROM actors WHERE id = $actor AND NOT EXISTS (SELECT 1 FROM actor_names WHERE actor_id = $actor)
            """);
        _insertActorMention = new(connection, """
            INSERT INTO actor_mentions (document_id, span_begin, span_end, actor_id, text, kind)
            VALUES ($document, $begin, $end, $actor, $text, $kind)
            ON CONFLICT DO NOTHING
            """);
        _insertRelation = new(connection, """
            INSERT INTO relations (source_id, type, target_id, title, since, since_day, document_id, span_begin, span_end)
            VALUES ($source, $type, $target, $title, $since, $since_day, $document, $begin, $end)
            ON CONFLICT DO NOTHING
            """);
        const string EventValues = "$type, $mode, $modality, $start_date, $end_date, $start_day, $end_day, $granularity, $value, "
            + "$confidence, $order_document, $order_offset, $strongest_document, $strongest_sentence_begin, $strongest_sentence_end, "
            + "$strongest_trigger_begin, $strongest_trigger_end, $strongest_confidence, $report_confidence, $doubt";
        _insertEvent = new(connection, $"""
            INSERT INTO events (id, type, mode, modality, start_date, end_date, start_day, end_day, granularity, value, confidence,
                order_document, order_offset, strongest_document, strongest_sentence_begin, strongest_sentence_end,
                strongest_trigger_begin, strongest_trigger_end, strongest_confidence, report_confidence, doubt)
            VALUES ($id, {EventValues})
            ON CONFLICT (id) DO NOTHING
            """);
        _updateEvent = new(connection, """
            UPDATE events SET (type, mode, modality, start_date, end_date, start_day, end_day, granularity, value, confidence,
                order_document, order_offset, strongest_document, strongest_sentence_begin, strongest_sentence_end,
                strongest_trigger_begin, strongest_trigger_end, strongest_confidence, report_confidence, doubt) =
                ($type, $mode, $modality, $start_date, $end_date, $start_day, $end_day, $granularity, $value, $confidence,
                $order_document, $order_offset, $strongest_document, $strongest_sentence_begin, $strongest_sentence_end,
                $strongest_trigger_begin, $strongest_trigger_end, $strongest_confidence, $report_confidence, $doubt)
            WHERE id = $id
            """);
        _eventState = new(connection, """
            SELECT strongest_document, strongest_sentence_begin, strongest_sentence_end, strongest_trigger_begin, strongest_trigger_end,
                strongest_confidence, report_confidence, doubt, order_document, order_offset
            FROM events WHERE id = $id
            """);
        _corroborateEvent = new(connection, """
            UPDATE events SET confidence = $confidence, doubt = $doubt, order_document = $order_document, order_offset = $order_offset
            WHERE id = $id
            """);
        _deleteEvent = new(connection, "DELETE FROM events WHERE id = $id");
        _insertParticipant = new(connection, """
            INSERT INTO event_participants (event_id, actor_id, role) VALUES ($event, $actor, $role) ON CONFLICT DO NOTHING
            """);
        _deleteParticipants = new(connection, "DELETE FROM event_participants WHERE event_id = $event");
        _insertReport = new(connection, """
            INSERT INTO event_documents (event_id, document_id, type, mode, start_date, end_date, start_day, end_day, granularity, value, confidence, participants)
            VALUES ($event, $document, $type, $mode, $start_date, $end_date, $start_day, $end_day, $granularity, $value, $confidence, $participants)
            """);
        _insertMention = new(connection, """
            INSERT INTO event_mentions (event_id, document_id, sentence_begin, sentence_end, sentence_text, trigger, trigger_begin, trigger_end,
                modality, confidence, time_text, time_begin, time_end)
            VALUES ($event, $document, $sentence_begin, $sentence_end, $sentence_text, $trigger, $trigger_begin, $trigger_end,
                $modality, $confidence, $time_text, $time_begin, $time_end)
            ON CONFLICT DO NOTHING
            """);
        _all =
        [
            _previousVersion, _deleteEventMentions, _deleteEventReport, _deleteActorMentions,
            _deleteRelations, _deleteAliases, _deleteActorName, _upsertDocument, _insertActorName, _insertAlias, _upsertActor,
            _renameActor, _deleteUnlistedActor, _insertActorMention, _insertRelation, _insertEvent, _updateEvent, _eventState,
            _corroborateEvent, _deleteEvent,
            _insertParticipant, _deleteParticipants, _insertReport, _insertMention,
        ];
    }

    /// <summary>Binds every statement to the transaction the next writes run in, and forgets the event reports a
    /// rolled-back transaction had queued.</summary>
    public void Enlist(SqliteTransaction? transaction)
    {
        foreach (var statement in _all)
        {
            statement.Transaction = transaction;
        }

        _reports.Enlist(transaction);
        _pending.Clear();
    }

    /// <summary>Writes (or rewrites) one document. A new document's event reports are queued and written by the next
    /// <see cref="Flush"/>, sorted by event id; a rewrite first flushes the queue and is written at once. On failure
    /// the caller rolls the transaction back.</summary>
    /// <param name="extraction">The document.</param>
    /// <param name="position">Its position in the caller's list: a failure of a queued report names it.</param>
    /// <exception cref="StoreException">The extraction refers to actors or documents it does not contain.</exception>
    /// <exception cref="QueuedReportException">Flushing the queue failed (this document was a rewrite).</exception>
    public void Write(DocumentExtraction extraction, int position)
    {
        var document = extraction.Document.Id.Value;
        var actors = DistinctActors(extraction.Actors);
        var reports = GroupReports(extraction.Events);
        DocumentValidation.Validate(extraction, actors);

        // SQLite's own API, not a SqliteCommand: this runs once per document, and a new document finds no row.
        var previous = _previousVersion.Set("$id", document).First(row => (Actors: row.GetString(0), Events: row.GetString(1)));
        if (previous.Actors is null)
        {
            // A new document: its events are written with those of the other new documents, in event-id order.
            WriteFacts(extraction, actors, reports);
            foreach (var report in reports)
            {
                _pending.Add(new QueuedReport(report.Id.Value, document, report, position));
            }

            return;
        }

        // A rewrite (or a document queued earlier in this transaction): the queued reports go first, so that the
        // previous version is complete before it is replaced.
        Flush();
        var previousActors = SplitIds(previous.Actors).ToList();
        var touchedEvents = new SortedSet<string>(SplitIds(previous.Events), StringComparer.Ordinal);
        if (previousActors.Count > 0 || touchedEvents.Count > 0)
        {
            DeletePreviousVersion(document, touchedEvents, previousActors);
        }

        WriteFacts(extraction, actors, reports);
        foreach (var report in reports)
        {
            if (touchedEvents.Contains(report.Id.Value))
            {
                WriteReport(document, report);
            }
            else
            {
                AddReport(document, report, touchedEvents);
            }
        }

        foreach (var id in touchedEvents)
        {
            Remerge(id);
        }

        foreach (var actor in previousActors)
        {
            if (_deleteUnlistedActor.Set("$actor", actor).Execute() == 0)
            {
                _renameActor.Set("$actor", actor).Execute();
            }
        }
    }

    /// <summary>Writes the queued event reports of new documents, sorted by event id and document id: consecutive
    /// writes then land on the same pages of the event tables and their indexes (all keyed by the random-looking
    /// event id first) instead of on a random page each. The result does not depend on the order (the merge is
    /// order-independent, docs/storage.md).</summary>
    /// <exception cref="QueuedReportException">A report failed; names the position of its document.</exception>
    public void Flush()
    {
        if (_pending.Count == 0)
        {
            return;
        }

        _pending.Sort(static (a, b) =>
        {
            var byEvent = string.CompareOrdinal(a.EventId, b.EventId);
            return byEvent != 0 ? byEvent : string.CompareOrdinal(a.DocumentId, b.DocumentId);
        });
        var remerge = new SortedSet<string>(StringComparer.Ordinal);
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var queued in _pending)
        {
            try
            {
                if (AddReport(queued.DocumentId, queued.Report, remerge))
                {
                    positions.TryAdd(queued.EventId, queued.Position);
                }
            }
            catch (Exception ex) when (ex is SqliteException or InvalidDataException)
            {
                throw new QueuedReportException(queued.Position, ex);
            }
        }

        foreach (var id in remerge)
        {
            try
            {
                Remerge(id);
            }
            catch (Exception ex) when (ex is SqliteException or InvalidDataException)
            {
                throw new QueuedReportException(positions[id], ex);
            }
        }

        _pending.Clear();
    }

    public void Dispose()
    {
        foreach (var statement in _all)
        {
            statement.Dispose();
        }

        _reports.Dispose();
    }

    private static IReadOnlyList<Actor> DistinctActors(ImmutableArray<Actor> actors) =>
        actors.IsDefault ? [] : actors.DistinctBy(a => a.Id).OrderBy(a => a.Id.Value, StringComparer.Ordinal).ToArray();

    /// <summary>One report per event id: a document's extraction lists each event once, but if it repeats one, the
    /// first occurrence's attributes win and all mentions are kept.</summary>
    private static IReadOnlyList<Event> GroupReports(ImmutableArray<Event> events) =>
        events.IsDefault
            ? []
            : events.GroupBy(e => e.Id)
                .Select(g => EventAggregation.Normalize(g.First() with { Mentions = [.. g.SelectMany(e => e.Mentions)] }))
                .ToArray();

    private void DeletePreviousVersion(string document, SortedSet<string> touchedEvents, List<string> previousActors)
    {
        foreach (var id in touchedEvents)
        {
            _deleteEventMentions.Set("$event", id).Set("$document", document).Execute();
            _deleteEventReport.Set("$event", id).Set("$document", document).Execute();
        }

        _deleteActorMentions.Set("$document", document).Execute();
        _deleteRelations.Set("$document", document).Execute();
        foreach (var actor in previousActors)
        {
            _deleteAliases.Set("$actor", actor).Set("$document", document).Execute();
            _deleteActorName.Set("$actor", actor).Set("$document", document).Execute();
        }
    }

    private static IEnumerable<string> SplitIds(string ids) => ids.Length == 0 ? [] : ids.Split('\n');

    /// <summary>The document row, its actors, actor mentions and relations.</summary>
    private void WriteFacts(DocumentExtraction extraction, IReadOnlyList<Actor> actors, IReadOnlyList<Event> reports)
    {
        var document = extraction.Document.Id.Value;
        WriteDocument(extraction, actors, reports);
        foreach (var actor in actors)
        {
            WriteActor(document, actor);
        }

        foreach (var mention in extraction.Mentions.IsDefault ? [] : extraction.Mentions)
        {
            _insertActorMention.Set("$document", document).Set("$begin", mention.Span.Begin).Set("$end", mention.Span.End)
                .Set("$actor", mention.Actor.Value).Set("$text", mention.Text).Set("$kind", mention.Kind.ToWire()).Execute();
        }

        foreach (var relation in extraction.Relations.IsDefault ? [] : extraction.Relations)
        {
            WriteRelation(document, relation);
        }
    }

    /// <summary>Adds a report of an event the document did not report before: a new event's merged form is its only
    /// report; when the event exists already, the report is added to the stored aggregate without reading the event's
    /// other reports.</summary>
    /// <returns>True when the event must be re-merged from all its reports after the write (written by version 1).</returns>
    private bool AddReport(string document, Event report, ISet<string> remerge)
    {
        // EventAggregation.Merge of this one report, without its sorting: GroupReports normalised the report already.
        var strongest = EventAggregation.Strongest([report]).Mention;
        var merged = report with { Modality = strongest.Modality, Confidence = EventAggregation.Corroborate(report.Confidence, 0) };
        var needsRemerge = false;
        if (BindEvent(_insertEvent, merged, strongest, report.Confidence, EventAggregation.DoubtOf(report.Confidence)).Execute() == 1)
        {
            WriteParticipants(merged);
        }
        else if (!Corroborate(report, strongest))
        {
            needsRemerge = remerge.Add(report.Id.Value);
        }

        WriteReport(document, report);
        return needsRemerge;
    }

    private void WriteDocument(DocumentExtraction extraction, IReadOnlyList<Actor> actors, IReadOnlyList<Event> reports)
    {
        var info = extraction.Document.Info;
        var text = extraction.Document.Text;
        _upsertDocument
            .Set("$id", info.Id.Value)
            .Set("$title", info.Title)
            .Set("$language", info.Language.ToCode())
            .Set("$published", info.Published is { } published ? StoredValues.Published.Format(published) : null)
            .Set("$published_day", info.Published is { } day ? EpochDays.From(day.Date) : null)
            .Set("$source", info.Source)
            .Set("$source_key", info.Source is null ? null : StoredValues.Key(info.Source))
            .Set("$url", info.Url)
            .Set("$origin", info.Origin)
            .Set("$text", text)
            .Set("$content_hash", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))))
            .Set("$actor_ids", string.Join('\n', actors.Select(a => a.Id.Value)))
            .Set("$event_ids", string.Join('\n', reports.Select(r => r.Id.Value).Order(StringComparer.Ordinal)))
            .Execute();
    }

    private void WriteActor(string document, Actor actor)
    {
        var id = actor.Id.Value;
        _insertActorName.Set("$actor", id).Set("$document", document).Set("$name", actor.Name)
            .Set("$name_key", StoredValues.Key(actor.Name)).Set("$kind", actor.Kind.ToWire()).Execute();
        _upsertActor.Set("$actor", id).Set("$name", actor.Name).Set("$kind", actor.Kind.ToWire()).Set("$document", document).Execute();
        if (!actor.Aliases.IsDefault)
        {
            foreach (var alias in actor.Aliases)
            {
                _insertAlias.Set("$actor", id).Set("$document", document).Set("$alias", alias)
                    .Set("$alias_key", StoredValues.Key(alias)).Execute();
            }
        }
    }

    private void WriteRelation(string document, Relation relation)
    {
        _insertRelation
            .Set("$source", relation.Source.Value)
            .Set("$type", relation.Type.ToWire())
            .Set("$target", relation.Target.Value)
            .Set("$title", relation.Title)
            .Set("$since", StoredValues.Date(relation.Since))
            .Set("$since_day", relation.Since is { } since ? EpochDays.From(since) : null)
            .Set("$document", document)
            .Set("$begin", relation.Evidence.Span.Begin)
            .Set("$end", relation.Evidence.Span.End)
            .Execute();
    }

    private void WriteReport(string document, Event report)
    {
        var id = report.Id.Value;
        BindTime(_insertReport, report.Time)
            .Set("$event", id)
            .Set("$document", document)
            .Set("$type", report.Type.ToWire())
            .Set("$mode", report.Mode)
            .Set("$confidence", report.Confidence)
            .Set("$participants", ParticipantCodec.Encode(report.Participants))
            .Execute();
        foreach (var mention in report.Mentions)
        {
            _insertMention
                .Set("$event", id)
                .Set("$document", document)
                .Set("$sentence_begin", mention.Sentence.Begin)
                .Set("$sentence_end", mention.Sentence.End)
                .Set("$sentence_text", mention.SentenceText)
                .Set("$trigger", mention.Trigger)
                .Set("$trigger_begin", mention.TriggerSpan.Begin)
                .Set("$trigger_end", mention.TriggerSpan.End)
                .Set("$modality", mention.Modality.ToWire())
                .Set("$confidence", mention.Confidence)
                .Set("$time_text", mention.TimeEvidence?.Text)
                .Set("$time_begin", mention.TimeEvidence?.Span.Begin)
                .Set("$time_end", mention.TimeEvidence?.Span.End)
                .Execute();
        }
    }

    private void WriteParticipants(Event merged)
    {
        var id = merged.Id.Value;
        foreach (var participant in merged.Participants)
        {
            _insertParticipant.Set("$event", id).Set("$actor", participant.Actor.Value).Set("$role", participant.Role.ToWire()).Execute();
        }
    }

    /// <summary>Recomputes a stored event from all its reports, or deletes it when none is left.</summary>
    private void Remerge(string id)
    {
        var reports = _reports.Load(id, publishedOnOrBefore: null);
        _deleteParticipants.Set("$event", id).Execute();
        if (reports.Count == 0)
        {
            _deleteEvent.Set("$id", id).Execute();
            return;
        }

        var merged = EventAggregation.Merge(reports);
        var (strongestReport, strongest) = EventAggregation.Strongest(reports);
        var doubt = reports.Sum(r => EventAggregation.DoubtOf(r.Confidence));
        BindEvent(_updateEvent, merged, strongest, strongestReport.Confidence, doubt).Execute();
        WriteParticipants(merged);
    }

    /// <summary>Adds another document's report to a stored event from the event's aggregate columns alone: the same
    /// result as <see cref="EventAggregation.Merge"/> over all reports, at a cost independent of how many there are.</summary>
    /// <returns>False when the event has no aggregate columns yet (written by schema version 1): re-merge it.</returns>
    private bool Corroborate(Event report, EventMention candidate)
    {
        var id = report.Id.Value;
        var state = _eventState.Set("$id", id).First(row => row.IsNull(7)
            ? null
            : new StoredAggregate(
                new EventMention(new DocumentId(row.GetString(0)), new TextSpan(row.GetInt32(1), row.GetInt32(2)), string.Empty,
                    string.Empty, new TextSpan(row.GetInt32(3), row.GetInt32(4)), Modality.Asserted, row.GetDouble(5), null),
                row.GetDouble(6),
                row.GetInt64(7),
                row.GetString(8),
                row.GetInt32(9)));
        if (state is null)
        {
            return false;
        }

        var doubt = state.Doubt + EventAggregation.DoubtOf(report.Confidence);
        var primary = report.Mentions[0];
        var (orderDocument, orderOffset) = (state.OrderDocument, state.OrderOffset);
        var byDocument = string.CompareOrdinal(primary.Document.Value, orderDocument);
        if (byDocument < 0 || (byDocument == 0 && primary.Sentence.Begin < orderOffset))
        {
            (orderDocument, orderOffset) = (primary.Document.Value, primary.Sentence.Begin);
        }

        if (EventAggregation.IsStronger(candidate, state.Strongest))
        {
            // The new report now decides type, mode, modality, time and participants.
            var confidence = EventAggregation.Corroborate(report.Confidence, doubt - EventAggregation.DoubtOf(report.Confidence));
            var merged = report with { Modality = candidate.Modality, Confidence = confidence };
            BindEvent(_updateEvent, merged, candidate, report.Confidence, doubt)
                .Set("$order_document", orderDocument).Set("$order_offset", orderOffset).Execute();
            _deleteParticipants.Set("$event", id).Execute();
            WriteParticipants(merged);
            return true;
        }

        _corroborateEvent
            .Set("$id", id)
            .Set("$confidence", EventAggregation.Corroborate(state.ReportConfidence, doubt - EventAggregation.DoubtOf(state.ReportConfidence)))
            .Set("$doubt", doubt)
            .Set("$order_document", orderDocument)
            .Set("$order_offset", orderOffset)
            .Execute();
        return true;
    }

    private static Statement BindEvent(Statement statement, Event merged, EventMention strongest, double reportConfidence, long doubt) =>
        BindTime(statement, merged.Time)
            .Set("$id", merged.Id.Value)
            .Set("$type", merged.Type.ToWire())
            .Set("$mode", merged.Mode)
            .Set("$modality", merged.Modality.ToWire())
            .Set("$confidence", merged.Confidence)
            .Set("$order_document", merged.Primary.Document.Value)
            .Set("$order_offset", merged.Primary.Sentence.Begin)
            .Set("$strongest_document", strongest.Document.Value)
            .Set("$strongest_sentence_begin", strongest.Sentence.Begin)
            .Set("$strongest_sentence_end", strongest.Sentence.End)
            .Set("$strongest_trigger_begin", strongest.TriggerSpan.Begin)
            .Set("$strongest_trigger_end", strongest.TriggerSpan.End)
            .Set("$strongest_confidence", strongest.Confidence)
            .Set("$report_confidence", reportConfidence)
            .Set("$doubt", doubt);

    /// <summary>A new document's event report, waiting for <see cref="Flush"/>.</summary>
    private sealed record QueuedReport(string EventId, string DocumentId, Event Report, int Position);

    /// <summary>What <see cref="Corroborate"/> reads of a stored event.</summary>
    private sealed record StoredAggregate(EventMention Strongest, double ReportConfidence, long Doubt, string OrderDocument, int OrderOffset);

    private static Statement BindTime(Statement statement, EventTime? time) =>
        statement
            .Set("$start_date", time is null ? null : StoredValues.Date(time.Start))
            .Set("$end_date", time is null ? null : StoredValues.Date(time.End))
            .Set("$start_day", time is null ? null : EpochDays.From(time.Start))
            .Set("$end_day", time is null ? null : EpochDays.From(time.End))
            .Set("$granularity", time?.Granularity.ToWire())
            .Set("$value", time?.Value);
}
