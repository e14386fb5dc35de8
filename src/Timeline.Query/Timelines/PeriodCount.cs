using System.Collections.Immutable;
using NodaTime;

namespace Timeline.Query.Timelines;

/// <summary>The events of one period, counted by type.</summary>
/// <param name="Label">The period: <c>2024-03-05</c>, <c>2024-W10</c> or <c>2024-03</c>; <c>undated</c> for undated events.</param>
/// <param name="Start">First day of the period, or null for the undated bucket.</param>
/// <param name="End">Last day of the period, or null for the undated bucket.</param>
/// <param name="Total">Events in the period.</param>
/// <param name="ByType">Counts by type, in type order, without zeros.</param>
public sealed record PeriodCount(string Label, LocalDate? Start, LocalDate? End, int Total, ImmutableArray<TypeCount> ByType);
