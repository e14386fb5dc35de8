using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Timeline.Core.Documents;
using Timeline.Core.Events;
using Timeline.Core.Time;
using Timeline.Extraction.Text;
using Timeline.Extraction.Time;

namespace Timeline.Extraction.Events;

/// <summary>Dates an event mention: the time expression of its clause, else of its sentence, else the running time of
/// its section (for happened events), else a tense default: happened events lie in the
/// <see cref="PastWindowDays"/> days up to publication (granularity <c>range</c>); planned, postponed and hypothetical
/// events stay undated. The publication date itself is never used as an event date.</summary>
internal static class EventDater
{
    private static readonly TenseDetector EnglishTense = TenseDetector.For(Language.English);

    /// <summary>Width of the default "on or before publication" window.</summary>
    public const int PastWindowDays = 30;

    public static DatedTime Date(
        string text,
        SentenceAnalysis sentence,
        int clauseIndex,
        TriggerMatch match,
        Modality modality,
        ImmutableArray<Timex> sentenceTimexes,
        Timex? runningTime,
        LocalDate? published,
        CueLexicon cues,
        Language language)
    {
        var clause = sentence.Clauses[clauseIndex];
        var tokens = sentence.Tokens;
        var clauseSpan = new TextSpan(tokens[clause.Start].Span.Begin, tokens[clause.End - 1].Span.End);
        var headPosition = tokens[match.Head].Span.Begin;
        var undatedModality = modality is Modality.Planned or Modality.Postponed or Modality.Hypothetical;
        // Most sentences have no time expression: the search (and its closures) only runs for those that have.
        var chosen = sentenceTimexes.IsEmpty ? null : Choose(sentence, clauseIndex, match, modality, sentenceTimexes, published, cues, clauseSpan, headPosition);
        if (chosen is not null)
        {
            var evidence = new TimeEvidence(chosen.Text, chosen.Span);
            if (chosen.Interval is { } interval)
            {
                return new DatedTime(ComingWeekday(text, sentence, clause, match, chosen, interval, published, cues, language) ?? interval, evidence, false);
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

    /// <summary>Whether a time expression before the trigger belongs to a speech or announcement verb that governs the
    /// trigger ("announced on Sunday that it would provide", "said Friday it would investigate", "Am Montag kündigte
    /// er an, ... zu liefern"): it dates the announcement, not the announced event. An announced act that is not
    /// a plan ("announced on Sunday aid of ...", "announced Monday it has settled") happened with its announcement.</summary>
    private static bool DatesReportingVerb(SentenceAnalysis sentence, TriggerMatch match, Timex timex, CueLexicon cues, bool undated)
    {
        var tokens = sentence.Tokens;
        var at = SentenceAnalysis.TokenAt(tokens, timex.Span.Begin);
        if (at < 0)
        {
            return false;
        }

        if (at > match.Head)
        {
            // After the trigger: a relative clause in between ("expelled five Iraqis who were questioned ... last
            // month") or a trailing report ("..., a newspaper reported Friday") has its own time.
            for (var t = match.Head + 1; t < at; t++)
            {
                var lower = tokens[t].Lower;
                if (lower is "who" or "which" or "whose" || (t >= at - 3 && (lower == "reported" || cues.Is(lower, CueClass.Speech))))
                {
                    return true;
                }
            }

            return false;
        }

        // The verb stands right before the time expression ("announced on Sunday") or anywhere between it and the trigger.
        for (var v = Math.Max(0, at - 3); v < match.Head; v++)
        {
            if (tokens[v].IsWord && !match.Tokens.Contains(v) && (cues.Is(tokens[v].Lower, CueClass.Speech) || (undated && cues.Is(tokens[v].Lower, CueClass.Announce))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A weekday that the time tagger resolved to the days before publication, in a clause whose verb is in
    /// the present tense ("He and Arafat meet separately Monday with Albright" in a Friday's article): the act is
    /// planned for the coming weekday. A past or perfect form before the trigger or the weekday ("met", "has
    /// invited", a word ending in -ed outside a name: "glossed over warnings on Thursday") keeps the past day; a nominal trigger ("the blast ... Friday") shows no tense. German
    /// ("Scholz reist am Dienstag nach Moskau" in a Monday's article) reads the tense from the time layer's verb forms
    /// (<see cref="IsGermanPast"/>). Null when the rule does not apply.</summary>
    private static EventTime? ComingWeekday(string text, SentenceAnalysis sentence, Clause clause, TriggerMatch match, Timex timex, EventTime interval, LocalDate? published, CueLexicon cues, Language language)
    {
        if (published is not { } day || match.Entry.Frame == TriggerFrame.Np || interval.Granularity != Granularity.Day || interval.Start >= day || timex.Type != TimexType.Date)
        {
            return null;
        }

        var tokens = sentence.Tokens;
        var named = false;
        for (var t = 0; t < tokens.Length && !named; t++)
        {
            named = tokens[t].Span.Begin >= timex.Span.Begin && tokens[t].Span.End <= timex.Span.End && cues.Is(tokens[t].Lower, CueClass.Weekday);
        }

        var head = tokens[match.Head].Lower;
        if (!named || (language == Language.German ? IsGermanPast(text, sentence, clause, match, cues) : head.EndsWith("ed", StringComparison.Ordinal) || IrregularPast(head)))
        {
            return null;
        }

        // Any past form before the trigger or the weekday ("glossed over warnings from Moscow on Thursday") keeps it.
        var end = Math.Max(match.Head, SentenceAnalysis.TokenAt(tokens, timex.Span.Begin));
        for (var t = clause.Start; t <= end && t < clause.End && language != Language.German; t++)
        {
            var lower = tokens[t].Lower;
            if (tokens[t].IsWord && (cues.Is(lower, CueClass.Past) || IrregularPast(lower)
                || (lower.Length > 4 && lower.EndsWith("ed", StringComparison.Ordinal) && !sentence.InGroup(t))))
            {
                return null;
            }
        }

        var ahead = ((int)interval.Start.DayOfWeek - (int)day.DayOfWeek + 7) % 7;
        var coming = day.PlusDays(ahead == 0 ? 7 : ahead);
        return new EventTime(coming, coming, Granularity.Day, LocalDatePattern.Iso.Format(coming));
    }

    /// <summary>A simple past form the time tagger's tense lexicon lists ("fell", "lost", "rose", "sold"; English, as
    /// the weekday rule is): "fell another 1.4 % Thursday" is last Thursday, not the coming one.</summary>
    private static bool IrregularPast(string lower) =>
        !lower.Contains(' ', StringComparison.Ordinal) && EnglishTense.Detect(lower) == Direction.Past;

    /// <summary>Whether a German clause tells a past act: the time layer's tense markers say so (a listed past form such as
    /// "traf", a participle with a perfect auxiliary), a past or perfect auxiliary stands anywhere in the clause (the
    /// verb comes last: "dass er am Dienstag nach Moskau gereist ist"), or the trigger verb has a weak past ending
    /// ("reiste", "kritisierten").</summary>
    private static bool IsGermanPast(string text, SentenceAnalysis sentence, Clause clause, TriggerMatch match, CueLexicon cues)
    {
        var tokens = sentence.Tokens;
        foreach (var t in match.Tokens)
        {
            var form = tokens[t].Lower;
            if (form.Length > 4 && (form.EndsWith("te", StringComparison.Ordinal) || form.EndsWith("ten", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        for (var t = clause.Start; t < clause.End; t++)
        {
            if (tokens[t].IsWord && cues.Is(tokens[t].Lower, CueClass.Past))
            {
                return true;
            }
        }

        var begin = tokens[clause.Start].Span.Begin;
        return TenseDetector.For(Language.German).Detect(text.AsSpan(begin, tokens[clause.End - 1].Span.End - begin)) == Direction.Past;
    }

    /// <summary>Whether a time expression stands in another clause of the sentence that is a zu-infinitive ("begrüßt
    /// die Absicht, noch heuer den Verkehr zu regeln"): it dates the intended act, not the trigger's.</summary>
    private static bool InOtherInfinitiveClause(SentenceAnalysis sentence, int clauseIndex, Timex timex)
    {
        var at = SentenceAnalysis.TokenAt(sentence.Tokens, timex.Span.Begin);
        var other = at < 0 ? -1 : sentence.ClauseOf(at);
        if (other < 0 || other == clauseIndex)
        {
            return false;
        }

        var clause = sentence.Clauses[other];
        var tokens = sentence.Tokens;
        var last = clause.End - 1;
        while (last > clause.Start && !tokens[last].IsWord)
        {
            last--;
        }

        return last > clause.Start && tokens[last - 1].Lower == "zu";
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

    /// <summary>The sentence's time expression that dates the trigger: the nearest of its clause, else the nearest outside
    /// another infinitive clause.</summary>
    private static Timex? Choose(
        SentenceAnalysis sentence,
        int clauseIndex,
        TriggerMatch match,
        Modality modality,
        ImmutableArray<Timex> sentenceTimexes,
        LocalDate? published,
        CueLexicon cues,
        TextSpan clauseSpan,
        int headPosition)
    {
        var undatedModality = modality is Modality.Planned or Modality.Postponed or Modality.Hypothetical;
        // A plan lies ahead: a time that ended well before publication ("would investigate the massacre three years ago")
        // dates what the plan is about, not the plan.
        var own = sentenceTimexes.Where(t => !DatesReportingVerb(sentence, match, t, cues, undatedModality)
            && !(modality == Modality.Planned && published is { } issued && t.Interval is { } past && past.End < issued.PlusDays(-PastWindowDays))).ToList();

        return Nearest(own.Where(t => clauseSpan.Contains(t.Span)), headPosition)
            ?? Nearest(own.Where(t => !InOtherInfinitiveClause(sentence, clauseIndex, t)), headPosition);
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
