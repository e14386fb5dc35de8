using System.Collections.Immutable;
using NodaTime;
using Timeline.Core.Actors;
using Timeline.Query.Timelines;

namespace Timeline.Query.Actors;

/// <summary>Everything known about one actor within a window.</summary>
/// <param name="Actor">The actor with its aliases.</param>
/// <param name="Roles">Its own relations (the roles it holds, what it is part or member of), by type, other, title.</param>
/// <param name="Members">Relations pointing at it (who holds roles for it, what is part or member of it).</param>
/// <param name="Events">The events it takes part in.</param>
/// <param name="ByType">Its events by type.</param>
/// <param name="ByRole">Its participations by role.</param>
/// <param name="FirstSeen">Start of its earliest dated event, or null.</param>
/// <param name="LastSeen">End of its latest dated event, or null.</param>
/// <param name="TopCounterparts">The actors it shares most events with, most first, then by id.</param>
public sealed record ActorProfile(
    Actor Actor,
    ImmutableArray<ActorRole> Roles,
    ImmutableArray<ActorRole> Members,
    int Events,
    ImmutableArray<TypeCount> ByType,
    ImmutableArray<RoleCount> ByRole,
    LocalDate? FirstSeen,
    LocalDate? LastSeen,
    ImmutableArray<Counterpart> TopCounterparts);
