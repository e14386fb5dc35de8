using Timeline.Core.Actors;

namespace Timeline.Query.Exploration;

/// <summary>An actor within k hops of another.</summary>
/// <param name="Actor">The neighbour.</param>
/// <param name="Name">Its name.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Distance">Hops from the start actor (1 = direct).</param>
/// <param name="Via">The actor before it on a shortest path (the start actor for direct neighbours).</param>
/// <param name="SharedEvents">Events it shares with <paramref name="Via"/>.</param>
public sealed record Neighbour(ActorId Actor, string Name, ActorKind Kind, int Distance, ActorId Via, int SharedEvents);
