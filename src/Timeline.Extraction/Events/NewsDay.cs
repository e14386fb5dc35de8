using System.Collections.Immutable;
using NodaTime;
using NodaTime.Text;
using Timeline.Core.Documents;
using Timeline.Core.Events;
using Timeline.Core.Time;

namespace Timeline.Extraction.Events;

/// <summary>Broad coverage only (<see cref="EventCoverage.Broad"/>): the day a news article reports on. When the lead
/// (the first <see cref="LeadSentences"/> sentences) dates a happened event to a day of the week before publication
/// ("Boeing unveiled its new jet on Sunday", "GM admitted Thursday night"), the article's other happened events
/// without a time of their own ("has unveiled", "received a letter", "the company said") get that day instead of the
/// default "on or before publication" window (or a month or year carried over from another sentence): a news
/// article's undated past events are mostly the news of its day.</summary>
internal static class NewsDay
{
    /// <summary>Sentences (title and dateline included) that make up the lead.</summary>
    public const int LeadSentences = 6;

    /// <summary>How far before publication the news day may lie.</summary>
    public const int MaxDaysBefore = 7;

    /// <summary>Applies the news day to <paramref name="events"/>. When no event of the lead is dated to such a day, the first time expression of the lead naming a day of the week before publication
    /// ("Sunday was chosen for the roll-out") gives the news day, whether or not the sentence's trigger found an
    /// actor.</summary>
    public static ImmutableArray<Event> Apply(ImmutableArray<Event> events, ImmutableArray<TextSpan> sentences, LocalDate? published, IReadOnlyList<Timex> timexes)
    {
        ArgumentNullException.ThrowIfNull(timexes);
        if (published is not { } day || events.IsDefaultOrEmpty || sentences.IsDefaultOrEmpty)
        {
            return events;
        }

        var leadEnd = sentences[Math.Min(LeadSentences, sentences.Length) - 1].End;
        var newsDay = events
            .Where(e => e.Modality == Modality.Asserted && e.Time is { Granularity: Granularity.Day } time
                && time.Start < day && time.Start >= day.PlusDays(-MaxDaysBefore))
            .SelectMany(e => e.Mentions.Where(m => m.TimeEvidence is not null && m.TriggerSpan.Begin < leadEnd).Select(m => (e.Time!, m.TriggerSpan.Begin)))
            .OrderBy(p => p.Begin)
            .Select(p => p.Item1)
            .FirstOrDefault()
            ?? timexes.FirstOrDefault(t => t.Span.Begin < leadEnd && t.Type == TimexType.Date && IsWeekday(t.Text)
                && t.Interval is { Granularity: Granularity.Day } time && time.Start < day && time.Start >= day.PlusDays(-MaxDaysBefore))?.Interval;
        if (newsDay is null)
        {
            return events;
        }

        var window = EventDater.PastWindow(day);
        var dated = new EventTime(newsDay.Start, newsDay.Start, Granularity.Day, LocalDatePattern.Iso.Format(newsDay.Start));
        return [.. events.Select(e => e.Modality == Modality.Asserted && (window.Equals(e.Time) || OnlyCarriedOver(e)) ? e with { Time = dated } : e)];
    }

    private static bool IsWeekday(string text) =>
        text.Split(' ').Any(w => w.ToUpperInvariant() is "MONDAY" or "TUESDAY" or "WEDNESDAY" or "THURSDAY" or "FRIDAY" or "SATURDAY" or "SUNDAY");

    /// <summary>An event dated only coarser than a day by a time expression of another sentence (the running time:
    /// "first flew in April 2005. ... Earlier in the day, Boeing received a letter"): no better clue than the news
    /// day.</summary>
    private static bool OnlyCarriedOver(Event e) =>
        e.Time is { Granularity: Granularity.Month or Granularity.Quarter or Granularity.Year }
        && e.Mentions.All(m => m.TimeEvidence is not { } evidence || !m.Sentence.Contains(evidence.Span));
}
