using System.Collections.Frozen;
using System.Collections.Immutable;
using Timeline.Core.Time;

namespace Timeline.Extraction.Events;

/// <summary>Broad coverage only (<see cref="EventCoverage.Broad"/>): time expressions that do not date the events of
/// their sentence. A "since" after a superlative or "first" compares with the past ("its lowest level since 2003",
/// "its first annual loss since 1992", "the worst fall since 1987"): the year is the record's, not the event's.</summary>
internal static class BroadDating
{
    private const int ComparisonWindow = 6;

    private static readonly FrozenSet<string> ComparisonWords = new[]
    {
        "lowest", "highest", "worst", "best", "biggest", "largest", "smallest", "first", "record", "most", "least",
        "longest", "strongest", "weakest", "sharpest", "steepest", "deepest", "greatest", "low", "high",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static ImmutableArray<Timex> WithoutComparisons(SentenceAnalysis analysis, ImmutableArray<Timex> timexes)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        if (timexes.IsDefaultOrEmpty)
        {
            return timexes;
        }

        var tokens = analysis.Tokens;
        return [.. timexes.Where(t =>
        {
            var at = SentenceAnalysis.TokenAt(tokens, t.Span.Begin);
            if (at <= 0 || tokens[at - 1].Lower != "since")
            {
                return true;
            }

            for (var k = Math.Max(0, at - 1 - ComparisonWindow); k < at - 1; k++)
            {
                if (ComparisonWords.Contains(tokens[k].Lower))
                {
                    return false;
                }
            }

            return true;
        })];
    }
}
