using System.Collections.Frozen;
using System.Collections.Immutable;
using Timeline.Core.Time;
using Timeline.Extraction.Text;

namespace Timeline.Extraction.Events;

/// <summary>Broad coverage only (<see cref="EventCoverage.Broad"/>): time expressions that do not date the events of
/// their sentence. A "since" after a superlative or "first" compares with the past ("its lowest level since 2003",
/// "its first annual loss since 1992", "the worst fall since 1987"): the year is the record's, not the event's. A time
/// expression in what someone said dates the content, not the saying. The base of a comparison ("compared to March of
/// 2008") and a weekday inside a name ("Black Monday") date nothing; a possessive time expression ("this year 's
/// show") gives way to another one. No running time: an event without a time expression of its own is not dated by
/// the time of an earlier sentence (the extractor passes none).</summary>
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

    private static readonly FrozenSet<string> Weekdays = new[] { "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The time expressions that may date <paramref name="match"/>: none that compares ("since" after a
    /// superlative), and for saying, announcing and asking none after the words that follow the verb ("said Friday"
    /// dates the saying; "said it posted a profit in the third quarter" does not).</summary>
    public static ImmutableArray<Timex> For(string text, SentenceAnalysis analysis, TriggerMatch match, ImmutableArray<Timex> timexes)
    {
        ArgumentNullException.ThrowIfNull(match);
        var usable = WithoutModifiers(analysis, match, [.. WithoutComparisons(analysis, timexes).Where(t => !IsNamedDay(text, t))]);
        if (usable.IsDefaultOrEmpty || !IsSaying(match.Entry))
        {
            return usable;
        }

        var last = match.Last;
        return [.. usable.Where(t => SentenceAnalysis.TokenAt(analysis.Tokens, t.Span.Begin) is var at && (at < match.Head || at - last <= ReportWindow))];
    }

    /// <summary>Saying, announcing, reporting and asking; not unveiling or launching, which are acts of their own.</summary>
    private static bool IsSaying(TriggerEntry entry) =>
        (entry.Type == Core.Events.EventType.Statement && entry.Mode != "unveil") || (entry.Type == Core.Events.EventType.Request && entry.Mode == "ask");

    /// <summary>An event dated by "since the start (beginning) of" a month, quarter or year ("has fallen 15 % since the
    /// start of this year") has run from a point, that period's first day: it is dated to that day. "since 2003" or
    /// "since March" keeps the year or month.</summary>
    public static DatedTime SinceStart(SentenceAnalysis analysis, DatedTime time)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(time);
        if (time.Evidence is not { } evidence || time.Time is not { Granularity: Granularity.Month or Granularity.Quarter or Granularity.Year } interval)
        {
            return time;
        }

        var at = SentenceAnalysis.TokenAt(analysis.Tokens, evidence.Span.Begin);
        var start = evidence.Text.StartsWith("the start", StringComparison.OrdinalIgnoreCase) || evidence.Text.StartsWith("the beginning", StringComparison.OrdinalIgnoreCase);
        if (at <= 0 || analysis.Tokens[at - 1].Lower != "since" || !start)
        {
            return time;
        }

        var first = interval.Start;
        return time with { Time = new EventTime(first, first, Granularity.Day, NodaTime.Text.LocalDatePattern.Iso.Format(first)) };
    }

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

    /// <summary>A day of the week that is part of a name ("Black Monday", "Super Tuesday"): the weekday follows a
    /// capitalised word inside the sentence (not its first word, not a weekday phrase's own "On" or "Last"). It names
    /// an episode, not a day of the article's week.</summary>
    public static bool IsNamedDay(string text, Timex timex)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(timex);
        if (!Weekdays.Contains(timex.Text.ToUpperInvariant()))
        {
            return false;
        }

        var end = timex.Span.Begin;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var begin = end;
        while (begin > 0 && char.IsLetter(text[begin - 1]))
        {
            begin--;
        }

        if (begin == end || !char.IsUpper(text[begin]))
        {
            return false;
        }

        var before = begin;
        while (before > 0 && text[before - 1] == ' ')
        {
            before--;
        }

        // Sentence-initial ("On Monday", "Monday's"): no name.
        return before > 0 && text[before - 1] is not ('.' or '!' or '?' or '\n' or ':' or ';');
    }

    /// <summary>A time expression that modifies a noun through a possessive ("this year 's conference", "Monday's
    /// vote") dates that noun, not a verb elsewhere in the sentence: when the sentence has another time expression, the
    /// possessive one dates only a trigger within the four words after it ("Yesterday , at this year 's fair , the
    /// company unveiled" is yesterday's).</summary>
    private static ImmutableArray<Timex> WithoutModifiers(SentenceAnalysis analysis, TriggerMatch match, ImmutableArray<Timex> timexes)
    {
        if (timexes.Length < 2)
        {
            return timexes;
        }

        var tokens = analysis.Tokens;
        bool Modifier(Timex t)
        {
            var last = SentenceAnalysis.TokenAt(tokens, Math.Max(t.Span.Begin, t.Span.End - 1));
            if (last < 0 || last + 1 >= tokens.Length)
            {
                return false;
            }

            var possessive = tokens[last + 1].Lower is "'s" or "’s"
                || (last + 2 < tokens.Length && tokens[last + 1].Lower is "'" or "’" && tokens[last + 2].Lower == "s");
            return possessive && (match.Head <= last || match.Head > last + 5);
        }

        var kept = timexes.Where(t => !Modifier(t)).ToImmutableArray();
        return kept.IsEmpty ? timexes : kept;
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
            if (IsComparisonBase(tokens, at, SentenceAnalysis.TokenAt(tokens, Math.Max(t.Span.Begin, t.Span.End - 1))))
            {
                return false;
            }

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

    /// <summary>The base of a comparison ("compared to March of 2008", "than in 2005", "compared with the same period
    /// last year", "versus 2008", "rose 3 % from
    /// a year earlier", "an increase of 54 points from March 12"): the time of the figure compared with, not of the
    /// event. "from" counts only after a figure and without "to"/"until" after the time ("from May to June" is a
    /// period).</summary>
    private static bool IsComparisonBase(ImmutableArray<Token> tokens, int at, int last)
    {
        if (at <= 0)
        {
            return false;
        }

        for (var k = at - 1; k >= 0 && k >= at - 4; k--)
        {
            var lower = tokens[k].Lower;
            if (lower is "compared" or "comparison" or "than" or "versus" or "vs" or "vs.")
            {
                return true;
            }

            if (lower is not ("to" or "with" or "in" or "of" or "the" or "a" or "same" or "period" or "levels"))
            {
                break; // "more orders than Airbus in 2005" compares companies, in 2005
            }
        }

        var from = tokens[at - 1].Lower == "from" ? at - 1 : at >= 2 && tokens[at - 2].Lower == "from" && tokens[at - 1].Lower is "the" or "a" ? at - 2 : -1;
        if (from < 0 || (last >= 0 && last + 1 < tokens.Length && tokens[last + 1].Lower is "to" or "until" or "till" or "through" or "-"))
        {
            return false;
        }

        for (var k = from - 1; k >= 0 && k >= from - 8; k--)
        {
            var lower = tokens[k].Lower;
            if (lower is "%" or "percent" or "points" or "point" || lower.Any(char.IsAsciiDigit))
            {
                return true;
            }
        }

        return false;
    }
}
