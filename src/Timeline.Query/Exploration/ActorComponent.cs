using System.Collections.Immutable;
using Timeline.Core.Actors;

namespace Timeline.Query.Exploration;

/// <summary>A connected component of the actor graph: largest first, then by smallest member id.</summary>
public sealed record ActorComponent(int Index, ImmutableArray<ActorId> Members);
