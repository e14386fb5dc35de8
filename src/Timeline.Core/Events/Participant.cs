using Timeline.Core.Actors;

namespace Timeline.Core.Events;

/// <summary>An actor taking part in an event, with its role.</summary>
public sealed record Participant(ActorId Actor, ParticipantRole Role);
