using System.Collections.Immutable;
using Timeline.Core.Actors;
using Timeline.Core.Events;

namespace Timeline.Extraction.Events;

/// <summary>One event mention before de-duplication: what one trigger in one sentence says.</summary>
internal sealed record EventCandidate(
    EventType Type,
    string? Mode,
    bool Symmetric,
    ImmutableArray<ActorId> Sources,
    ImmutableArray<ActorId> Targets,
    ImmutableArray<ActorId> Locations,
    DatedTime Time,
    EventMention Mention)
{
    /// <summary>Whether the first source is a person (an antecedent for "er", "he").</summary>
    public bool SourceIsPerson { get; init; }

    /// <summary>A nominal trigger ("the bombing"); its time expression does not become the running time.</summary>
    public bool Nominal { get; init; }

    public bool HasActors => !Sources.IsEmpty || !Targets.IsEmpty;
}
