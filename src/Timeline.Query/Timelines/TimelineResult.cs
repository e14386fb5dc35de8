using System.Collections.Immutable;
using Timeline.Core.Actors;
using Timeline.Query.Scoring;

namespace Timeline.Query.Timelines;

/// <summary>The answer to a <see cref="TimelineRequest"/>.</summary>
/// <param name="Rows">The events in timeline order: dated by start then width; undated ones placed at their article's
/// publication date after the dated events of that day, or at the end when the article has no date.</param>
/// <param name="Actors">The actors the request named, as resolved, plus their members when expanded, by id.</param>
/// <param name="Periods">Counts per period (empty when not grouped).</param>
/// <param name="DyadScores">The cooperation–conflict score of the dyad per period (empty without a dyad or grouping).</param>
public sealed record TimelineResult(
    ImmutableArray<TimelineRow> Rows,
    ImmutableArray<ActorId> Actors,
    ImmutableArray<PeriodCount> Periods,
    ImmutableArray<DyadScorePoint> DyadScores);
