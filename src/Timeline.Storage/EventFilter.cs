using System.Collections.Immutable;
using NodaTime;
using Timeline.Core.Actors;
using Timeline.Core.Events;

namespace Timeline.Storage;

/// <summary>Which events a timeline query wants. Empty sets mean "any".</summary>
/// <param name="Actors">Events in which any of these actors participates.</param>
/// <param name="Between">A dyad: events in which both participate, in either role; null for none.</param>
/// <param name="Types">Event types.</param>
/// <param name="Modalities">Modalities.</param>
/// <param name="From">Earliest date, inclusive: events whose interval ends on or after it.</param>
/// <param name="To">Latest date, inclusive: events whose interval starts on or before it.</param>
/// <param name="Source">Only events with a mention from a document of this source (outlet), case-insensitive.</param>
/// <param name="MinConfidence">Lowest confidence, 0 for all.</param>
/// <param name="IncludeUndated">Whether events without a date are returned (after the dated ones); they never match a From/To window.</param>
/// <param name="Limit">At most this many, or null for all.</param>
public sealed record EventFilter(
    ImmutableArray<ActorId> Actors,
    (ActorId First, ActorId Second)? Between,
    ImmutableArray<EventType> Types,
    ImmutableArray<Modality> Modalities,
    LocalDate? From,
    LocalDate? To,
    string? Source,
    double MinConfidence,
    bool IncludeUndated,
    int? Limit)
{
    /// <summary>Every event.</summary>
    public static EventFilter All { get; } = new([], null, [], [], null, null, null, 0, true, null);
}
