using System.Collections.Immutable;
using Timeline.Core.Events;
using Timeline.Core.Relations;

namespace Timeline.Query.Exploration;

/// <summary>Why two actors are connected: the events they share and the relations between them.</summary>
/// <param name="Events">Shared events, in timeline order.</param>
/// <param name="Relations">Relations between them, in either direction.</param>
internal sealed record ActorLink(ImmutableArray<Event> Events, ImmutableArray<Relation> Relations);
