using System.Collections.Immutable;
using Timeline.Core.Actors;
using Timeline.Core.Events;

namespace Timeline.Core.Graph;

/// <summary>An <see cref="ISnapshotSource"/> over a <see cref="GraphSnapshot"/> held in memory: sorts it into
/// <see cref="SnapshotOrder"/> and adds the actors that events or relations name but the snapshot lacks, with their id
/// as name, so that no edge dangles.</summary>
public sealed class InMemorySnapshotSource : ISnapshotSource
{
    private readonly ImmutableArray<Event> _events;

    public InMemorySnapshotSource(GraphSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var actors = snapshot.Actors.ToDictionary(a => a.Id.Value, StringComparer.Ordinal);
        foreach (var id in snapshot.Events.SelectMany(e => e.Participants.Select(p => p.Actor))
                     .Concat(snapshot.Relations.SelectMany(r => new[] { r.Source, r.Target })))
        {
            actors.TryAdd(id.Value, new Actor(id, id.Value, ActorKind.Group, []));
        }

        Actors = [.. actors.Values.OrderBy(a => a.Id.Value, StringComparer.Ordinal)];
        Documents = [.. snapshot.Documents.OrderBy(d => d.Id.Value, StringComparer.Ordinal)];
        Relations = [.. snapshot.Relations.Order(SnapshotOrder.Relations)];
        _events = [.. snapshot.Events.Order(SnapshotOrder.Events)];
        ParticipationCount = _events.Sum(e => e.Participants.Length);
    }

    public ImmutableArray<Core.Documents.DocumentInfo> Documents { get; }

    public ImmutableArray<Actor> Actors { get; }

    public ImmutableArray<Relations.Relation> Relations { get; }

    public int EventCount => _events.Length;

    public int ParticipationCount { get; }

    public IEnumerable<Event> ReadEvents() => _events;

    /// <summary>Nothing to release.</summary>
    public void Dispose()
    {
    }
}
