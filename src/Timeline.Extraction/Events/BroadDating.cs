using System.Collections.Frozen;
using System.Collections.Immutable;
using Timeline.Core.Time;

namespace Timeline.Extraction.Events;

/// <summary>Broad coverage only (<see cref="EventCoverage.Broad"/>): time expressions that do not date the events of
/// their sentence. A "since" after a superlative or "first" compares with the past ("its lowest level since 2003",
/// "its first annual loss since 1992", "the worst fall since 1987"): the year is the record's, not the event's. A time
/// expression in what someone said dates the content, not the saying. No running time: an event without a time
/// expression of its own is not dated by the time of an earlier sentence (the extractor passes none).</summary>
internal static class BroadDating
{
    private const int ComparisonWindow = 6;

    /// <summary>Tokens after a saying verb that still date it ("said on Friday night").</summary>
    private const int ReportWindow = 3;

    private static readonly FrozenSet<string> ComparisonWords = new[]
    {
        "lowest", "highest", "worst", "best", "biggest", "largest", "smallest", "first", "record", "most", "least",
        "longest", "strongest", "weakest", "sharpest", "steepest", "deepest", "greatest", "low", "high",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The time expressions that may date <paramref name="match"/>: none that compares ("since" after a
    /// superlative), and for saying, announcing and asking none after the words that follow the verb ("said Friday"
    /// dates the saying; "said it posted a profit in the third quarter" does not).</summary>
    public static ImmutableArray<Timex> For(SentenceAnalysis analysis, TriggerMatch match, ImmutableArray<Timex> timexes)
    {
        ArgumentNullException.ThrowIfNull(match);
        var usable = WithoutComparisons(analysis, timexes);
        if (usable.IsDefaultOrEmpty || !IsSaying(match.Entry))
        {
            return usable;
        }

        var last = match.Tokens.Max();
        return [.. usable.Where(t => SentenceAnalysis.TokenAt(analysis.Tokens, t.Span.Begin) is var at && (at < match.Head || at - last <= ReportWindow))];
    }

    /// <summary>Saying, announcing, reporting and asking; not unveiling or launching, which are acts of their own.</summary>
    private static bool IsSaying(TriggerEntry entry) =>
        (entry.Type == Core.Events.EventType.Statement && entry.Mode != "unveil") || (entry.Type == Core.Events.EventType.Request && entry.Mode == "ask");

    /// <summary>A verb in the past perfect without a time of its own ("had previously hired", "had already received"):
    /// background before the story, not news of the days before publication; it stays undated.</summary>
    public static bool IsPastPerfect(SentenceAnalysis analysis, TriggerMatch match)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(match);
        if (match.Entry.Frame == TriggerFrame.Np)
        {
            return false;
        }

        for (var t = match.Head - 1; t >= 0 && t >= match.Head - 3; t--)
        {
            var lower = analysis.Tokens[t].Lower;
            if (lower == "had")
            {
                return true;
            }

            if (lower is not ("previously" or "already" or "also" or "earlier" or "just" or "been"))
            {
                return false;
            }
        }

        return false;
    }

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
                if (ComparisonWords.Contains(tokens[k].Lower) || tokens[k].Lower is "seen" or "not" or "never")
                {
                    return false;
                }
            }

            return true;
        })];
    }
}
