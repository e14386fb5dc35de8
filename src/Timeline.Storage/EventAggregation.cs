using System.Collections.Immutable;
using Timeline.Core.Events;

namespace Timeline.Storage;

/// <summary>Merges what several documents report about one event into the stored event. Every store uses this, so
/// an event's attributes are the same function of its reports on each store and regardless of ingest order.</summary>
/// <remarks>
/// <para>A report is the <see cref="Event"/> one document gave (with that document's mentions only).</para>
/// <para>The <b>strongest mention</b> is the mention with the highest confidence; ties go to the smallest document
/// id (ordinal), then the earliest sentence, then the earliest trigger. The merged event takes its
/// <see cref="Event.Modality"/> from that mention and its type, mode, time and participants from that mention's
/// report.</para>
/// <para><b>Confidence</b> starts at the strongest report's confidence <c>c</c>; every other report raises it by a
/// quarter of the remaining doubt scaled by that report's confidence <c>cᵢ</c>: <c>c ← 1 − (1 − c)(1 − cᵢ/4)</c>.
/// One report keeps its confidence exactly; two reports at 0.8 give 0.84. The product of the factors
/// <c>(1 − cᵢ/4)</c> is kept as a sum of fixed-point logarithms (<see cref="DoubtOf"/>, integers), so that it is exact,
/// independent of the order the reports arrive in, and a store can add one report without reading the others
/// (<see cref="Corroborate"/>).</para>
/// <para>Mentions are in document id order, then sentence, then trigger; participants sources first, then by actor
/// id (ordinal), then role.</para>
/// </remarks>
public static class EventAggregation
{
    /// <summary>How much a further report reduces the remaining doubt, at full confidence.</summary>
    public const double CorroborationWeight = 0.25;

    /// <summary>Orders mentions by document id (ordinal), sentence start, trigger start, trigger end, sentence end.</summary>
    public static IComparer<EventMention> MentionOrder { get; } = Comparer<EventMention>.Create(CompareMentions);

    /// <summary>Orders participants sources first, then by actor id (ordinal), then by role.</summary>
    public static IComparer<Participant> ParticipantOrder { get; } = Comparer<Participant>.Create(CompareParticipants);

    /// <summary>Fixed-point scale of <see cref="DoubtOf"/>: 2⁴⁰.</summary>
    private const double DoubtScale = 1L << 40;

    /// <summary>A report's factor <c>(1 − c/4)</c> on the remaining doubt, as a fixed-point natural logarithm (≤ 0).
    /// Sums of these are exact and order-independent.</summary>
    public static long DoubtOf(double confidence) =>
        (long)Math.Round(Math.Log(1 - (CorroborationWeight * Math.Clamp(confidence, 0, 1))) * DoubtScale, MidpointRounding.ToEven);

    /// <summary>The merged confidence: the strongest report's <paramref name="strongest"/> corroborated by the other
    /// reports, whose <see cref="DoubtOf"/> values sum to <paramref name="othersDoubt"/>.</summary>
    public static double Corroborate(double strongest, long othersDoubt) =>
        othersDoubt == 0 ? Math.Clamp(strongest, 0, 1) : Math.Clamp(1 - ((1 - strongest) * Math.Exp(othersDoubt / DoubtScale)), 0, 1);

    /// <summary>Whether <paramref name="candidate"/> is a stronger mention than <paramref name="current"/>: higher
    /// confidence, then the earlier mention in <see cref="MentionOrder"/>.</summary>
    public static bool IsStronger(EventMention candidate, EventMention current)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(current);
        var byConfidence = candidate.Confidence.CompareTo(current.Confidence);
        return byConfidence != 0 ? byConfidence > 0 : CompareMentions(candidate, current) < 0;
    }

    /// <summary>The strongest mention of the reports and the report it belongs to.</summary>
    /// <exception cref="ArgumentException">No reports, different ids, or a report without mentions.</exception>
    public static (Event Report, EventMention Mention) Strongest(IReadOnlyCollection<Event> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        if (reports.Count == 0)
        {
            throw new ArgumentException("An event needs at least one report.", nameof(reports));
        }

        Event? strongestReport = null;
        EventMention? strongestMention = null;
        var id = reports.First().Id;
        foreach (var report in reports)
        {
            if (report.Id != id || report.Mentions.IsDefaultOrEmpty)
            {
                throw new ArgumentException($"Report of {report.Id} does not belong to {id} or has no mentions.", nameof(reports));
            }

            foreach (var mention in report.Mentions)
            {
                if (strongestMention is null || IsStronger(mention, strongestMention))
                {
                    (strongestMention, strongestReport) = (mention, report);
                }
            }
        }

        return (strongestReport!, strongestMention!);
    }

    /// <summary>Merges the reports of one event.</summary>
    /// <param name="reports">One event per document, all with the same id, each with mentions from its document only.</param>
    /// <returns>The merged event, with every mention of every report.</returns>
    /// <exception cref="ArgumentException">No reports, different ids, or a report without mentions.</exception>
    public static Event Merge(IReadOnlyCollection<Event> reports)
    {
        var (strongest, strongestMention) = Strongest(reports);
        long othersDoubt = 0;
        foreach (var other in reports)
        {
            if (!ReferenceEquals(other, strongest))
            {
                othersDoubt += DoubtOf(other.Confidence);
            }
        }

        var confidence = Corroborate(strongest.Confidence, othersDoubt);
        var mentions = reports.SelectMany(r => r.Mentions).Order(MentionOrder).ToImmutableArray();
        return new Event(
            strongest.Id,
            strongest.Type,
            strongest.Mode,
            strongestMention.Modality,
            strongest.Time,
            strongest.Participants.Distinct().Order(ParticipantOrder).ToImmutableArray(),
            confidence,
            mentions);
    }

    /// <summary>One document's event in canonical form: participants and mentions in the orders above.</summary>
    public static Event Normalize(Event report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report with
        {
            Participants = report.Participants.Distinct().Order(ParticipantOrder).ToImmutableArray(),
            Mentions = report.Mentions.Distinct().Order(MentionOrder).ToImmutableArray(),
        };
    }

    private static int CompareMentions(EventMention? x, EventMention? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        var result = string.CompareOrdinal(x.Document.Value, y.Document.Value);
        if (result == 0)
        {
            result = x.Sentence.Begin.CompareTo(y.Sentence.Begin);
        }

        if (result == 0)
        {
            result = x.TriggerSpan.Begin.CompareTo(y.TriggerSpan.Begin);
        }

        if (result == 0)
        {
            result = x.TriggerSpan.End.CompareTo(y.TriggerSpan.End);
        }

        return result != 0 ? result : x.Sentence.End.CompareTo(y.Sentence.End);
    }

    private static int CompareParticipants(Participant? x, Participant? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        var result = (x.Role != ParticipantRole.Source).CompareTo(y.Role != ParticipantRole.Source);
        if (result == 0)
        {
            result = string.CompareOrdinal(x.Actor.Value, y.Actor.Value);
        }

        return result != 0 ? result : x.Role.CompareTo(y.Role);
    }
}
