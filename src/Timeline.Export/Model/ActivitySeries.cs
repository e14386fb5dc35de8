using System.Collections.Immutable;
using NodaTime;
using Timeline.Core.Events;
using Timeline.Query.Scoring;
using Timeline.Query.Timelines;

namespace Timeline.Export.Model;

/// <summary>Dated events counted per period and quad class, for the activity chart. The period is a day for spans up
/// to 62 days, a week up to 2 years, else a month.</summary>
internal sealed record ActivitySeries(Grouping Grouping, ImmutableArray<ActivityPoint> Points)
{
    /// <summary>Counts the dated events in one pass (per day first, so memory grows with the days covered, not the
    /// events).</summary>
    public static ActivitySeries Of(IEnumerable<Event> events)
    {
        var perDay = new SortedDictionary<LocalDate, int[]>();
        foreach (var e in events)
        {
            if (e.Time is not { } time)
            {
                continue;
            }

            if (!perDay.TryGetValue(time.Start, out var classes))
            {
                classes = new int[5];
                perDay.Add(time.Start, classes);
            }

            classes[(int)CooperationConflictScale.ClassOf(e.Type)]++;
        }

        if (perDay.Count == 0)
        {
            return new ActivitySeries(Grouping.Day, []);
        }

        var first = perDay.Keys.First();
        var last = perDay.Keys.Last();
        var days = Period.Between(first, last, PeriodUnits.Days).Days;
        var grouping = days <= 62 ? Grouping.Day : days <= 731 ? Grouping.Week : Grouping.Month;
        var points = new SortedDictionary<LocalDate, (string Label, int[] Classes)>();
        foreach (var (day, classes) in perDay)
        {
            var (start, _, label) = Periods.Of(day, grouping);
            if (!points.TryGetValue(start, out var point))
            {
                point = (label, new int[5]);
                points.Add(start, point);
            }

            for (var i = 0; i < classes.Length; i++)
            {
                point.Classes[i] += classes[i];
            }
        }

        // Fill empty periods so the time axis is even.
        var filled = ImmutableArray.CreateBuilder<ActivityPoint>();
        var cursor = Periods.Of(first, grouping).Start;
        var end = Periods.Of(last, grouping).Start;
        while (cursor <= end)
        {
            var (start, periodEnd, label) = Periods.Of(cursor, grouping);
            filled.Add(points.TryGetValue(start, out var point)
                ? new ActivityPoint(label, start, [.. point.Classes])
                : new ActivityPoint(label, start, [0, 0, 0, 0, 0]));
            cursor = periodEnd.PlusDays(1);
        }

        return new ActivitySeries(grouping, filled.ToImmutable());
    }
}
