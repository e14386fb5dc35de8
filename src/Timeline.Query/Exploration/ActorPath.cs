using System.Collections.Immutable;
using Timeline.Core.Actors;

namespace Timeline.Query.Exploration;

/// <summary>A shortest path between two actors, or none.</summary>
/// <param name="From">The start actor.</param>
/// <param name="To">The end actor.</param>
/// <param name="Found">Whether they are connected within the window.</param>
/// <param name="Steps">The hops, from <paramref name="From"/> to <paramref name="To"/>; empty when not found or equal.</param>
public sealed record ActorPath(ActorId From, ActorId To, bool Found, ImmutableArray<PathStep> Steps);
