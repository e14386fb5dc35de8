using System.Collections.Immutable;
using Timeline.Core.Actors;

namespace Timeline.Extraction.Actors;

/// <summary>One actor of the dictionary: its id, display name, kind and the surface forms it is recognised by.</summary>
/// <param name="Id">Stable slug id.</param>
/// <param name="Name">Display name.</param>
/// <param name="Kind">What it is.</param>
/// <param name="Aliases">Names that refer to it (the name itself is always one).</param>
/// <param name="Adjectives">Adjective stems for countries (<c>russisch</c>).</param>
/// <param name="Capitals">Cities that stand for its government (<c>Moskau</c>).</param>
/// <param name="Seats">Buildings that stand for its government (<c>Kreml</c>).</param>
/// <param name="Roles">Known roles with dates.</param>
/// <param name="PartOf">The actor it belongs to (State Department -> usa), or null.</param>
/// <param name="MemberOf">Alliances it is a member of.</param>
internal sealed record ActorEntry(
    ActorId Id,
    string Name,
    ActorKind Kind,
    ImmutableArray<string> Aliases,
    ImmutableArray<string> Adjectives,
    ImmutableArray<string> Capitals,
    ImmutableArray<string> Seats,
    ImmutableArray<RoleEntry> Roles,
    ActorId? PartOf,
    ImmutableArray<ActorId> MemberOf);
