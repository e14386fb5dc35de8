using System.Collections.Immutable;
using NodaTime;
using Timeline.Core.Events;

namespace Timeline.Query.Timelines;

/// <summary>What a <c>timeline events</c> call asks for. Empty sets mean "any"; actor names are resolved through the
/// store (id, name or alias).</summary>
/// <param name="Actors">Events in which any of these actors takes part.</param>
/// <param name="Dyad">Events in which both take part, in either direction; null for none.</param>
/// <param name="IncludeMembers">Whether an actor also stands for its people and parts: everyone with a HOLDS_ROLE,
/// PART_OF or MEMBER_OF relation to it (transitively), so Blinken's events count for the USA.</param>
/// <param name="Types">Event types.</param>
/// <param name="Modes">Modes (<c>phone</c>, <c>meeting</c>), compared ordinally ignoring case.</param>
/// <param name="Modalities">Modalities.</param>
/// <param name="From">Earliest date, inclusive.</param>
/// <param name="To">Latest date, inclusive.</param>
/// <param name="Source">Only events reported by this outlet.</param>
/// <param name="MinConfidence">Lowest confidence, 0 for all.</param>
/// <param name="IncludeUndated">Whether undated events are listed (placed by their article, and marked).</param>
/// <param name="GroupBy">Period for counts and dyad scores.</param>
/// <param name="Limit">At most this many rows, or null.</param>
public sealed record TimelineRequest(
    ImmutableArray<string> Actors,
    (string First, string Second)? Dyad,
    bool IncludeMembers,
    ImmutableArray<EventType> Types,
    ImmutableArray<string> Modes,
    ImmutableArray<Modality> Modalities,
    LocalDate? From,
    LocalDate? To,
    string? Source,
    double MinConfidence,
    bool IncludeUndated,
    Grouping GroupBy,
    int? Limit)
{
    /// <summary>Everything, ungrouped.</summary>
    public static TimelineRequest All { get; } = new([], null, false, [], [], [], null, null, null, 0, true, Grouping.None, null);
}
