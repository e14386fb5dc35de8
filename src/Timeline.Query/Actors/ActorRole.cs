using NodaTime;
using Timeline.Core.Actors;
using Timeline.Core.Relations;

namespace Timeline.Query.Actors;

/// <summary>A relation of an actor to another, aggregated over all its evidence.</summary>
/// <param name="Type">HOLDS_ROLE, PART_OF or MEMBER_OF.</param>
/// <param name="Other">The actor at the other end.</param>
/// <param name="OtherName">Its display name.</param>
/// <param name="Title">The role title for HOLDS_ROLE, else null.</param>
/// <param name="FirstObserved">The earliest date it was observed (publication date), or null.</param>
/// <param name="LastObserved">The latest date it was observed, or null.</param>
/// <param name="Evidence">How many places it was read from.</param>
public sealed record ActorRole(
    RelationType Type,
    ActorId Other,
    string OtherName,
    string? Title,
    LocalDate? FirstObserved,
    LocalDate? LastObserved,
    int Evidence);
