using System.Collections.Immutable;
using Timeline.Core.Time;

namespace Timeline.Core.Events;

/// <summary>A dated, typed event with its participants and every mention it was read from.</summary>
/// <param name="Id">Stable id from <see cref="EventIdentity"/>.</param>
/// <param name="Type">What kind of event.</param>
/// <param name="Mode">A refinement of the type from the trigger lexicon (<c>phone</c>, <c>meeting</c>, <c>troops</c>), or null.</param>
/// <param name="Modality">How the strongest mention presents it.</param>
/// <param name="Time">When it happened or is planned, or null when no text gives a clue.</param>
/// <param name="Participants">The actors with their roles, sources first, then by id.</param>
/// <param name="Confidence">0..1, from the evidence of its strongest mention plus agreement of further mentions.</param>
/// <param name="Mentions">Where it was read, in document and text order; never empty.</param>
public sealed record Event(
    EventId Id,
    EventType Type,
    string? Mode,
    Modality Modality,
    EventTime? Time,
    ImmutableArray<Participant> Participants,
    double Confidence,
    ImmutableArray<EventMention> Mentions)
{
    /// <summary>The first mention, whose sentence and trigger the timeline shows.</summary>
    public EventMention Primary => Mentions[0];

    public bool Equals(Event? other) =>
        other is not null && Id == other.Id && Type == other.Type && Mode == other.Mode && Modality == other.Modality
        && Equals(Time, other.Time) && Participants.SequenceEqual(other.Participants)
        && Confidence.Equals(other.Confidence) && Mentions.SequenceEqual(other.Mentions);

    public override int GetHashCode() => Id.GetHashCode();
}
