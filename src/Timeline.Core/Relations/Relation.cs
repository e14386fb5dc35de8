using NodaTime;
using Timeline.Core.Actors;

namespace Timeline.Core.Relations;

/// <summary>A directed relation between two actors, with the evidence it was read from.</summary>
/// <param name="Source">The actor the relation starts at (the person holding a role).</param>
/// <param name="Type">What relation.</param>
/// <param name="Target">The actor it points to (the country the role is for).</param>
/// <param name="Title">The role title for <see cref="RelationType.HoldsRole"/> (<c>Außenminister</c>), else null.</param>
/// <param name="Since">The date the relation was observed (the document's publication date), or null.</param>
/// <param name="Evidence">Where it was read.</param>
public sealed record Relation(ActorId Source, RelationType Type, ActorId Target, string? Title, LocalDate? Since, Evidence Evidence);
