using System.Collections.Immutable;
using Timeline.Core.Actors;
using Timeline.Core.Documents;
using Timeline.Core.Events;
using Timeline.Core.Relations;

namespace Timeline.Core.Graph;

/// <summary>A graph snapshot read while it is written out: documents, actors and relations are held in memory (they
/// grow with the number of articles and actors), the events are streamed from their source every time
/// <see cref="ReadEvents()"/> is called, so an export of millions of edges keeps memory bounded.</summary>
/// <remarks>Every actor that an event or relation names is in <see cref="Actors"/>; every document that a mention or
/// evidence names is in <see cref="Documents"/>. Documents, actors and relations are sorted by
/// <see cref="SnapshotOrder"/>; <see cref="ReadEvents()"/> yields in <see cref="SnapshotOrder.Events"/> order.
/// Disposing it releases what the source holds in its store (a read transaction).</remarks>
public interface ISnapshotSource : IDisposable
{
    /// <summary>The articles, by id.</summary>
    ImmutableArray<DocumentInfo> Documents { get; }

    /// <summary>The actors, by id.</summary>
    ImmutableArray<Actor> Actors { get; }

    /// <summary>The relations, in <see cref="SnapshotOrder.Relations"/> order.</summary>
    ImmutableArray<Relation> Relations { get; }

    /// <summary>How many events <see cref="ReadEvents()"/> yields.</summary>
    int EventCount { get; }

    /// <summary>How many participations (actor-event edges) the events have.</summary>
    int ParticipationCount { get; }

    /// <summary>Reads the events again from the start, in <see cref="SnapshotOrder.Events"/> order.</summary>
    IEnumerable<Event> ReadEvents();

    /// <summary>Reads the events again from the start, like <see cref="ReadEvents()"/>, with at least the
    /// <paramref name="parts"/> filled in; a part not asked for may be left empty (a store then does not read it).</summary>
    IEnumerable<Event> ReadEvents(EventParts parts) => ReadEvents();
}
