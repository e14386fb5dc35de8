using System.Collections.Immutable;
using Timeline.Core.Events;
using Timeline.Query.Timelines;

namespace Timeline.Query.Scoring;

/// <summary>Scores a dyad's events per period on the <see cref="CooperationConflictScale"/>.</summary>
public static class CooperationConflictScorer
{
    /// <summary>One point per period that has dated events, in time order. Undated events are not scored.</summary>
    public static ImmutableArray<DyadScorePoint> Score(IEnumerable<Event> events, Grouping grouping)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (grouping == Grouping.None)
        {
            return [];
        }

        var periods = new SortedDictionary<NodaTime.LocalDate, Accumulator>();
        foreach (var e in events)
        {
            if (e.Time is null)
            {
                continue;
            }

            var (start, end, label) = Periods.Of(e.Time.Start, grouping);
            if (!periods.TryGetValue(start, out var accumulator))
            {
                accumulator = new Accumulator(label, start, end);
                periods.Add(start, accumulator);
            }

            accumulator.Add(e);
        }

        return [.. periods.Values.Select(a => a.ToPoint())];
    }

    private sealed class Accumulator(string label, NodaTime.LocalDate start, NodaTime.LocalDate end)
    {
        private readonly int[] _classes = new int[5];
        private int _events;
        private int _counting;
        private double _score;

        public void Add(Event e)
        {
            _events++;
            _classes[(int)CooperationConflictScale.ClassOf(e.Type)]++;
            if (CooperationConflictScale.FactorOf(e.Modality) > 0)
            {
                _counting++;
            }

            _score += CooperationConflictScale.ScoreOf(e);
        }

        public DyadScorePoint ToPoint() => new(
            label,
            start,
            end,
            _events,
            _classes[(int)QuadClass.VerbalCooperation],
            _classes[(int)QuadClass.MaterialCooperation],
            _classes[(int)QuadClass.VerbalConflict],
            _classes[(int)QuadClass.MaterialConflict],
            Math.Round(_score, 3),
            _counting == 0 ? 0 : Math.Round(_score / _counting, 3));
    }
}
