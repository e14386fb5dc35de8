using System.Collections.Immutable;
using NodaTime;
using Timeline.Core.Events;
using Timeline.Core.Time;

namespace Timeline.Query.Timelines;

/// <summary>One event on the timeline.</summary>
/// <param name="Event">The event id.</param>
/// <param name="Type">Its type.</param>
/// <param name="Mode">Its mode, or null.</param>
/// <param name="Modality">Its modality.</param>
/// <param name="Start">First day, or null when undated.</param>
/// <param name="End">Last day (inclusive), or null when undated.</param>
/// <param name="Granularity">How precisely the date is known, or null when undated.</param>
/// <param name="TimeValue">The TIMEX3 value, or null when undated.</param>
/// <param name="Undated">True when the event has no date and was placed by its article (publication date, then
/// position in the text).</param>
/// <param name="Participants">The actors with names and roles.</param>
/// <param name="Confidence">0..1.</param>
/// <param name="Goldstein">The event's cooperation–conflict weight (see <see cref="Scoring.CooperationConflictScale"/>).</param>
/// <param name="Provenance">Article and sentence.</param>
public sealed record TimelineRow(
    EventId Event,
    EventType Type,
    string? Mode,
    Modality Modality,
    LocalDate? Start,
    LocalDate? End,
    Granularity? Granularity,
    string? TimeValue,
    bool Undated,
    ImmutableArray<TimelineParticipant> Participants,
    double Confidence,
    double Goldstein,
    Provenance Provenance);
