using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Timeline.Core.Documents;
using Timeline.Core.Events;
using Timeline.Core.Time;

namespace Timeline.Extraction.Events;

/// <summary>Dates an event mention: the time expression of its clause, else of its sentence, else the running time of
/// its section (for happened events), else a tense default: happened events lie in the
/// <see cref="PastWindowDays"/> days up to publication (granularity <c>range</c>); planned, postponed and hypothetical
/// events stay undated. The publication date itself is never used as an event date.</summary>
internal static class EventDater
{
    /// <summary>Width of the default "on or before publication" window.</summary>
    public const int PastWindowDays = 30;

    public static DatedTime Date(
        SentenceAnalysis sentence,
        int clauseIndex,
        TriggerMatch match,
        Modality modality,
        ImmutableArray<Timex> sentenceTimexes,
        Timex? runningTime,
        LocalDate? published)
    {
        var clause = sentence.Clauses[clauseIndex];
        var tokens = sentence.Tokens;
        var clauseSpan = new TextSpan(tokens[clause.Start].Span.Begin, tokens[clause.End - 1].Span.End);
        var headPosition = tokens[match.Head].Span.Begin;
        var undatedModality = modality is Modality.Planned or Modality.Postponed or Modality.Hypothetical;

        var chosen = Nearest(sentenceTimexes.Where(t => clauseSpan.Contains(t.Span)), headPosition)
            ?? Nearest(sentenceTimexes, headPosition);
        if (chosen is not null)
        {
            var evidence = new TimeEvidence(chosen.Text, chosen.Span);
            if (chosen.Interval is { } interval)
            {
                return new DatedTime(interval, evidence, false);
            }

            if (chosen.Value == "PAST_REF" && published is { } day)
            {
                return new DatedTime(PastWindow(day), evidence, true);
            }

            return new DatedTime(null, evidence, true);
        }

        if (undatedModality)
        {
            return new DatedTime(null, null, true);
        }

        if (runningTime?.Interval is { } running && match.Entry.Frame != TriggerFrame.Np
            && (published is null || running.Start <= published.Value))
        {
            return new DatedTime(running, new TimeEvidence(runningTime.Text, runningTime.Span), false);
        }

        return published is { } date ? new DatedTime(PastWindow(date), null, true) : new DatedTime(null, null, true);
    }

    /// <summary>Whether a time expression can date an event (a calendar interval or a vague past/future reference).</summary>
    public static bool IsUsable(Timex timex) =>
        timex.Type != TimexType.Set && (timex.Interval is not null || timex.Value is "PAST_REF" or "FUTURE_REF");

    public static EventTime PastWindow(LocalDate published)
    {
        var start = published.PlusDays(-PastWindowDays);
        var value = string.Create(CultureInfo.InvariantCulture, $"{LocalDatePattern.Iso.Format(start)}/{LocalDatePattern.Iso.Format(published)}");
        return new EventTime(start, published, Granularity.Range, value);
    }

    private static Timex? Nearest(IEnumerable<Timex> timexes, int position)
    {
        Timex? best = null;
        var bestDistance = int.MaxValue;
        foreach (var timex in timexes)
        {
            var distance = Math.Abs(timex.Span.Begin - position);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (timex, distance);
            }
        }

        return best;
    }
}
