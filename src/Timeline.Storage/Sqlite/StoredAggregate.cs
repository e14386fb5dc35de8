using Timeline.Core.Events;

namespace Timeline.Storage.Sqlite;

/// <summary>What an <c>events</c> row keeps for the incremental merge (docs/storage.md): the strongest mention's key
/// and confidence, its report's confidence, the sum of <see cref="EventAggregation.DoubtOf"/> over all reports, and the
/// first mention's document and sentence start.</summary>
internal sealed record StoredAggregate(EventMention Strongest, double ReportConfidence, long Doubt, string OrderDocument, int OrderOffset)
{
    /// <summary>The aggregate of an event's only report, whose strongest mention is <paramref name="strongest"/>.</summary>
    public static StoredAggregate Of(Event report, EventMention strongest)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(strongest, report.Confidence, EventAggregation.DoubtOf(report.Confidence), report.Primary.Document.Value, report.Primary.Sentence.Begin);
    }

    /// <summary>Adds another document's report, whose strongest mention is <paramref name="candidate"/>: the same
    /// result as <see cref="EventAggregation.Merge"/> over all reports, without reading the others.</summary>
    /// <returns>The new aggregate, the event's merged confidence, and whether the report's mention is now the strongest
    /// (then the report decides type, mode, modality, time and participants).</returns>
    public (StoredAggregate Next, double Confidence, bool Stronger) Add(Event report, EventMention candidate)
    {
        ArgumentNullException.ThrowIfNull(report);
        var doubt = Doubt + EventAggregation.DoubtOf(report.Confidence);
        var primary = report.Mentions[0];
        var (orderDocument, orderOffset) = (OrderDocument, OrderOffset);
        var byDocument = string.CompareOrdinal(primary.Document.Value, orderDocument);
        if (byDocument < 0 || (byDocument == 0 && primary.Sentence.Begin < orderOffset))
        {
            (orderDocument, orderOffset) = (primary.Document.Value, primary.Sentence.Begin);
        }

        if (EventAggregation.IsStronger(candidate, Strongest))
        {
            var confidence = EventAggregation.Corroborate(report.Confidence, doubt - EventAggregation.DoubtOf(report.Confidence));
            return (new StoredAggregate(candidate, report.Confidence, doubt, orderDocument, orderOffset), confidence, true);
        }

        return (this with { Doubt = doubt, OrderDocument = orderDocument, OrderOffset = orderOffset },
            EventAggregation.Corroborate(ReportConfidence, doubt - EventAggregation.DoubtOf(ReportConfidence)), false);
    }
}
