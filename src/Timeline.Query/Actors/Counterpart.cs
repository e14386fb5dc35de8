using Timeline.Core.Actors;

namespace Timeline.Query.Actors;

/// <summary>An actor that shares events with the profiled one.</summary>
public sealed record Counterpart(ActorId Actor, string Name, int SharedEvents);
