using System.Collections.Immutable;
using Timeline.Core.Actors;
using Timeline.Core.Documents;
using Timeline.Core.Events;
using Timeline.Core.Graph;
using Timeline.Core.Relations;

namespace Timeline.Export.Model;

/// <summary>What every exporter writes, in the fixed <see cref="SnapshotOrder"/>: actors, documents and relations
/// in memory, events read from the source on every enumeration of <see cref="Events"/> (so a format that needs two
/// passes, nodes then edges, reads them twice instead of holding them).</summary>
internal sealed class SnapshotView
{
    private readonly ISnapshotSource _source;

    public SnapshotView(ISnapshotSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        _source = source;
        Names = source.Actors.ToDictionary(a => a.Id.Value, a => a.Name, StringComparer.Ordinal);
    }

    public ImmutableArray<Actor> Actors => _source.Actors;

    public ImmutableArray<DocumentInfo> Documents => _source.Documents;

    public ImmutableArray<Relation> Relations => _source.Relations;

    /// <summary>The events in <see cref="SnapshotOrder.Events"/> order, read again on every enumeration.</summary>
    public IEnumerable<Event> Events => _source.ReadEvents(EventParts.All);

    /// <summary>The events like <see cref="Events"/>, with only the <paramref name="parts"/> a pass uses (the others may
    /// be empty, and a store then does not read them).</summary>
    public IEnumerable<Event> EventsWith(EventParts parts) => _source.ReadEvents(parts);

    public int EventCount => _source.EventCount;

    public int ParticipationCount => _source.ParticipationCount;

    public IReadOnlyDictionary<string, string> Names { get; }

    public string NameOf(ActorId id) => Names.TryGetValue(id.Value, out var name) ? name : id.Value;
}
