using Timeline.Core.Actors;
using Timeline.Core.Events;

namespace Timeline.Query.Timelines;

/// <summary>An actor in a timeline row, with its display name and role.</summary>
public sealed record TimelineParticipant(ActorId Actor, string Name, ParticipantRole Role);
