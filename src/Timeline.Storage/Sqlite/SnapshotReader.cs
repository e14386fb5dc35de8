using System.Collections.Immutable;
using Microsoft.Data.Sqlite;
using NodaTime;
using Timeline.Core.Actors;
using Timeline.Core.Documents;
using Timeline.Core.Events;
using Timeline.Core.Graph;
using Timeline.Core.Relations;

namespace Timeline.Storage.Sqlite;

/// <summary>Loads a <see cref="GraphSnapshot"/>: everything, or a window of it.</summary>
/// <remarks>
/// <para><see cref="SnapshotWindow.Everything"/> holds every document, actor, relation and event (undated ones too).</para>
/// <para>A window holds the dated events overlapping <c>From..To</c>; with <c>AsOf</c>, only events starting by then, each
/// re-merged from the reports of documents published by then (so its confidence, modality and mentions are what was
/// known on that day). Its actors are the participants of those events; its relations are those between two of them
/// whose evidence document was published by the window's end (the earlier of <c>To</c> and <c>AsOf</c>; a relation
/// observed before <c>From</c> still holds); its documents are those the events' mentions and the relations'
/// evidence come from.</para>
/// </remarks>
internal sealed class SnapshotReader : IDisposable
{
    private const string DocumentColumns = "id, title, language, published, source, url, origin";
    private const string RelationColumns = "r.source_id, r.type, r.target_id, r.title, r.since_day, r.document_id, r.span_begin, r.span_end";

    private readonly SqliteConnection _connection;
    private readonly EventReader _events;
    private readonly ActorReader _actors;
    private readonly ReportReader _reports;
    private readonly Statement _document;

    public SnapshotReader(SqliteConnection connection, EventReader events, ActorReader actors)
    {
        _connection = connection;
        _events = events;
        _actors = actors;
        _reports = new ReportReader(connection);
        _document = new(connection, $"SELECT {DocumentColumns} FROM documents WHERE id = $id");
    }

    public GraphSnapshot Load(SnapshotWindow window)
    {
        if (window.From is null && window.To is null && window.AsOf is null)
        {
            return new GraphSnapshot(
                [.. LoadDocuments()],
                [.. _actors.LoadAll()],
                [.. LoadRelations(null).Order(SnapshotOrder.Relations)],
                [.. _events.Find(EventFilter.All)]);
        }

        var filter = EventFilter.All with { From = window.From, To = window.To, IncludeUndated = false };
        var events = window.AsOf is { } asOf ? AsKnownOn(filter, asOf) : _events.Find(filter);

        var actorIds = events.SelectMany(e => e.Participants).Select(p => p.Actor.Value).ToHashSet(StringComparer.Ordinal);
        var end = (window.To, window.AsOf) switch
        {
            ({ } to, { } asOfDay) => LocalDate.Min(to, asOfDay),
            (var to, var asOfDay) => to ?? asOfDay,
        };
        var relations = LoadRelations(end)
            .Where(r => actorIds.Contains(r.Source.Value) && actorIds.Contains(r.Target.Value))
            .Order(SnapshotOrder.Relations)
            .ToImmutableArray();

        var documentIds = events.SelectMany(e => e.Mentions).Select(m => m.Document.Value)
            .Concat(relations.Select(r => r.Evidence.Document.Value))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        var documents = documentIds.Select(LoadDocument).ToImmutableArray();
        var actors = actorIds.Order(StringComparer.Ordinal).Select(id => _actors.Load(id)
            ?? throw new InvalidDataException($"event participant '{id}' is not a stored actor")).ToImmutableArray();
        return new GraphSnapshot(documents, actors, relations, [.. events]);
    }

    /// <summary>The snapshot of a window without <c>AsOf</c> with its events left in the store (see
    /// <see cref="StreamedSnapshot"/>): the same documents, actors, relations and events as <see cref="Load"/>.</summary>
    public StreamedSnapshot Open(SnapshotWindow window, Func<SqliteException, Exception> translate, Action release)
    {
        if (window.AsOf is not null)
        {
            throw new ArgumentException("an as-of window re-merges events and is loaded, not streamed", nameof(window));
        }

        if (window.From is null && window.To is null)
        {
            return new StreamedSnapshot(
                [.. LoadDocuments()],
                [.. _actors.LoadAll()],
                [.. LoadRelations(null).Order(SnapshotOrder.Relations)],
                _events.Count(EventFilter.All),
                _events,
                EventFilter.All,
                translate,
                release);
        }

        var filter = EventFilter.All with { From = window.From, To = window.To, IncludeUndated = false };
        var (actorIds, eventDocumentIds) = _events.Touched(filter);
        var members = actorIds.ToHashSet(StringComparer.Ordinal);
        var relations = LoadRelations(window.To)
            .Where(r => members.Contains(r.Source.Value) && members.Contains(r.Target.Value))
            .Order(SnapshotOrder.Relations)
            .ToImmutableArray();
        var documents = eventDocumentIds
            .Concat(relations.Select(r => r.Evidence.Document.Value))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(LoadDocument)
            .ToImmutableArray();
        var actors = actorIds.Select(id => _actors.Load(id)
            ?? throw new InvalidDataException($"event participant '{id}' is not a stored actor")).ToImmutableArray();
        return new StreamedSnapshot(documents, actors, relations, _events.Count(filter), _events, filter, translate, release);
    }

    public void Dispose()
    {
        _reports.Dispose();
        _document.Dispose();
    }

    /// <summary>The events as known on <paramref name="asOf"/>: re-merged from the reports published by then.</summary>
    private List<Event> AsKnownOn(EventFilter filter, LocalDate asOf)
    {
        var day = EpochDays.From(asOf);
        var result = new List<Event>();
        foreach (var candidate in _events.Find(filter, day))
        {
            var reports = _reports.Load(candidate.Id.Value, day);
            if (reports.Count == 0)
            {
                continue;
            }

            var merged = EventAggregation.Merge(reports);
            if (merged.Time is { } time && time.Start <= asOf
                && (filter.From is not { } from || time.End >= from) && (filter.To is not { } to || time.Start <= to))
            {
                result.Add(merged);
            }
        }

        result.Sort(TimelineOrder.Instance);
        return result;
    }

    private DocumentInfo LoadDocument(string id)
    {
        using var reader = _document.Set("$id", id).Read();
        return reader.Read() ? ReadDocument(reader) : throw new InvalidDataException($"document '{id}' is referenced but not stored");
    }

    private List<DocumentInfo> LoadDocuments()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT {DocumentColumns} FROM documents";
        using var reader = command.ExecuteReader();
        var documents = new List<DocumentInfo>();
        while (reader.Read())
        {
            documents.Add(ReadDocument(reader));
        }

        documents.Sort((x, y) => string.CompareOrdinal(x.Id.Value, y.Id.Value));
        return documents;
    }

    /// <summary>The stored documents among <paramref name="ids"/>, by id; unknown ids are left out.</summary>
    public IReadOnlyList<DocumentInfo> LoadDocuments(IEnumerable<string> ids)
    {
        var documents = new List<DocumentInfo>();
        IdListQuery.Run(_connection, $"SELECT {DocumentColumns} FROM documents WHERE id IN ({{ids}})", ids, reader => documents.Add(ReadDocument(reader)));
        documents.Sort((x, y) => string.CompareOrdinal(x.Id.Value, y.Id.Value));
        return documents;
    }

    /// <summary>The relations whose target is one of <paramref name="targets"/>, in <see cref="SnapshotOrder.Relations"/>.</summary>
    public IReadOnlyList<Relation> LoadRelationsTo(IEnumerable<string> targets)
    {
        var relations = new List<Relation>();
        IdListQuery.Run(_connection, $"SELECT {RelationColumns} FROM relations r WHERE r.target_id IN ({{ids}})", targets,
            reader => relations.Add(ReadRelation(reader)));
        relations.Sort(SnapshotOrder.Relations);
        return relations;
    }

    private static DocumentInfo ReadDocument(SqliteDataReader reader) => new(
        new DocumentId(reader.GetString(0)),
        reader.GetString(1),
        StoredValues.Language(reader.GetString(2)),
        StoredValues.ParsePublished(ReportReader.NullableString(reader, 3)),
        ReportReader.NullableString(reader, 4),
        ReportReader.NullableString(reader, 5),
        reader.GetString(6));

    /// <summary>Relations whose evidence was published on or before <paramref name="end"/>, or all when null.</summary>
    private List<Relation> LoadRelations(LocalDate? end)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"""
            SELECT {RelationColumns}
            FROM relations r JOIN documents d ON d.id = r.document_id
            WHERE $end IS NULL OR d.published_day <= $end
            """;
        command.Parameters.AddWithValue("$end", end is { } day ? EpochDays.From(day) : DBNull.Value);
        using var reader = command.ExecuteReader();
        var relations = new List<Relation>();
        while (reader.Read())
        {
            relations.Add(ReadRelation(reader));
        }

        return relations;
    }

    private static Relation ReadRelation(SqliteDataReader reader) => new(
        new ActorId(reader.GetString(0)),
        StoredValues.RelationType(reader.GetString(1)),
        new ActorId(reader.GetString(2)),
        ReportReader.NullableString(reader, 3),
        ReportReader.NullableLong(reader, 4) is { } since ? EpochDays.ToDate(since) : null,
        new Evidence(new DocumentId(reader.GetString(5)), new TextSpan(reader.GetInt32(6), reader.GetInt32(7))));
}
