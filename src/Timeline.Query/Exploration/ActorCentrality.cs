using Timeline.Core.Actors;

namespace Timeline.Query.Exploration;

/// <summary>How central an actor is in the actor graph of a window.</summary>
/// <param name="Actor">The actor.</param>
/// <param name="Name">Its name.</param>
/// <param name="Degree">Distinct actors it is connected to.</param>
/// <param name="WeightedDegree">Shared events plus relations over all its connections.</param>
/// <param name="PageRank">PageRank (damping 0.85) on the symmetric actor graph, summing to 1 over the graph.</param>
/// <param name="Component">The index of its connected component (0 = largest).</param>
public sealed record ActorCentrality(ActorId Actor, string Name, int Degree, int WeightedDegree, double PageRank, int Component);
