using System.Collections.Immutable;
using Timeline.Core.Actors;
using Timeline.Core.Documents;
using Timeline.Core.Events;
using Timeline.Core.Relations;

namespace Timeline.Core.Graph;

/// <summary>A consistent, immutable view of a store's graph (or a window of it): what the query layer explores and
/// the exporters write.</summary>
/// <param name="Documents">The articles, by id.</param>
/// <param name="Actors">The actors, by id.</param>
/// <param name="Relations">The relations, by source, type, target.</param>
/// <param name="Events">The events, in timeline order.</param>
public sealed record GraphSnapshot(
    ImmutableArray<DocumentInfo> Documents,
    ImmutableArray<Actor> Actors,
    ImmutableArray<Relation> Relations,
    ImmutableArray<Event> Events);
