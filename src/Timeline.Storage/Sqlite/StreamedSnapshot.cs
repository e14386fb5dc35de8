using System.Collections.Immutable;
using Microsoft.Data.Sqlite;
using Timeline.Core.Actors;
using Timeline.Core.Documents;
using Timeline.Core.Events;
using Timeline.Core.Graph;
using Timeline.Core.Relations;

namespace Timeline.Storage.Sqlite;

/// <summary>A snapshot whose events stay in the store: documents, actors and relations are loaded, the events are read
/// chunk by chunk on every <see cref="ReadEvents()"/> inside the read transaction the store keeps open until
/// <see cref="Dispose"/>.</summary>
internal sealed class StreamedSnapshot : ISnapshotSource
{
    private readonly EventReader _events;
    private readonly EventFilter _filter;
    private readonly Func<SqliteException, Exception> _translate;
    private Action? _release;

    public StreamedSnapshot(
        ImmutableArray<DocumentInfo> documents,
        ImmutableArray<Actor> actors,
        ImmutableArray<Relation> relations,
        (int Events, int Participations) counts,
        EventReader events,
        EventFilter filter,
        Func<SqliteException, Exception> translate,
        Action release)
    {
        Documents = documents;
        Actors = actors;
        Relations = relations;
        (EventCount, ParticipationCount) = counts;
        _events = events;
        _filter = filter;
        _translate = translate;
        _release = release;
    }

    public ImmutableArray<DocumentInfo> Documents { get; }

    public ImmutableArray<Actor> Actors { get; }

    public ImmutableArray<Relation> Relations { get; }

    public int EventCount { get; }

    public int ParticipationCount { get; }

    public IEnumerable<Event> ReadEvents() => ReadEvents(EventParts.All);

    /// <summary>The events with only the <paramref name="parts"/> asked for: a part left out is not read at all
    /// (each part is one cursor).</summary>
    public IEnumerable<Event> ReadEvents(EventParts parts)
    {
        ObjectDisposedException.ThrowIf(_release is null, this);
        using var events = _events.Stream(_filter, parts).GetEnumerator();
        while (true)
        {
            Event current;
            try
            {
                if (!events.MoveNext())
                {
                    yield break;
                }

                current = events.Current;
            }
            catch (SqliteException ex)
            {
                throw _translate(ex);
            }

            yield return current;
        }
    }

    public void Dispose()
    {
        var release = _release;
        _release = null;
        release?.Invoke();
    }
}
