using NodaTime;

namespace Timeline.Storage;

/// <summary>Which part of the graph a snapshot holds.</summary>
/// <param name="From">Events ending on or after this date (inclusive), or null.</param>
/// <param name="To">Events starting on or before this date (inclusive), or null.</param>
/// <param name="AsOf">Only what had happened and been published by this date: events starting on or before it, mentions
/// from documents published on or before it. Null for everything.</param>
public sealed record SnapshotWindow(LocalDate? From, LocalDate? To, LocalDate? AsOf)
{
    public static SnapshotWindow Everything { get; } = new(null, null, null);
}
