using System.Collections.Immutable;
using Timeline.Core.Actors;

namespace Timeline.Extraction.Events;

/// <summary>The actors found for one trigger, by role; <see cref="SubjectIsPronoun"/> asks the caller to resolve the
/// source from the discourse (<see cref="PersonalPronoun"/>: from the last person).</summary>
internal sealed record ParticipantSlots(
    ImmutableArray<ActorId> Sources,
    ImmutableArray<ActorId> Targets,
    ImmutableArray<ActorId> Locations,
    bool SubjectIsPronoun)
{
    public bool PersonalPronoun { get; init; }

    public bool SourceIsPerson { get; init; }
}
