using System.Collections.Immutable;
using Timeline.Core.Events;

namespace Timeline.Extraction.Resolution;

/// <summary>Merges events that share an <see cref="EventId"/> (one real event read from several sentences or articles)
/// into one event with all their mentions.</summary>
/// <remarks>
/// The result does not depend on the order the articles came in: mentions are ordered by document id and offset, and
/// the event's modality, mode and participants come from its strongest mention (highest confidence; ties by document id,
/// then offset). Each further independent mention raises the confidence by a quarter of the remaining doubt:
/// <c>c = 1 - (1 - max) * 0.75^(n-1)</c>, rounded to two decimals.
/// </remarks>
public static class EventMerger
{
    /// <summary>Merges <paramref name="events"/> by id; the result keeps the order of each id's first appearance.</summary>
    public static ImmutableArray<Event> Merge(IEnumerable<Event> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var groups = new Dictionary<EventId, List<Event>>();
        var order = new List<EventId>();
        foreach (var item in events)
        {
            if (!groups.TryGetValue(item.Id, out var group))
            {
                groups[item.Id] = group = [];
                order.Add(item.Id);
            }

            group.Add(item);
        }

        return [.. order.Select(id => Combine(groups[id]))];
    }

    /// <summary>One event from several readings of it.</summary>
    public static Event Combine(IReadOnlyList<Event> readings)
    {
        ArgumentNullException.ThrowIfNull(readings);
        if (readings.Count == 1)
        {
            return readings[0];
        }

        var strongest = readings
            .OrderByDescending(e => e.Confidence)
            .ThenBy(e => e.Primary.Document.Value, StringComparer.Ordinal)
            .ThenBy(e => e.Primary.Sentence.Begin)
            .First();
        var mentions = readings.SelectMany(e => e.Mentions)
            .Distinct()
            .OrderBy(m => m.Document.Value, StringComparer.Ordinal)
            .ThenBy(m => m.Sentence.Begin)
            .ThenBy(m => m.TriggerSpan.Begin)
            .ToImmutableArray();
        var participants = readings.SelectMany(e => e.Participants)
            .GroupBy(p => p.Actor)
            .Select(g => strongest.Participants.FirstOrDefault(p => p.Actor == g.Key) ?? g.OrderBy(p => p.Role).First())
            .OrderBy(p => p.Role)
            .ThenBy(p => p.Actor.Value, StringComparer.Ordinal)
            .ToImmutableArray();
        var independent = mentions.Select(m => (m.Document, m.Sentence.Begin)).Distinct().Count();
        var confidence = Math.Round(1 - ((1 - strongest.Confidence) * Math.Pow(0.75, independent - 1)), 2);
        return strongest with
        {
            Participants = participants,
            Confidence = Math.Max(strongest.Confidence, confidence),
            Mentions = mentions,
        };
    }
}
