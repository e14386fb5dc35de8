using Timeline.Core.Events;

namespace Timeline.Query.Actors;

/// <summary>How often an actor takes part in a role.</summary>
public sealed record RoleCount(ParticipantRole Role, int Count);
