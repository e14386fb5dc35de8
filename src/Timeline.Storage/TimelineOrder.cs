using Timeline.Core.Events;

namespace Timeline.Storage;

/// <summary>The order of a timeline: dated events by start, then width (end − start), then id (ordinal); undated
/// events after all dated ones, by document order (their first mention's document id, then sentence start), then id.</summary>
public sealed class TimelineOrder : IComparer<Event>
{
    public static TimelineOrder Instance { get; } = new();

    private TimelineOrder()
    {
    }

    public int Compare(Event? x, Event? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        if (x.Time is null || y.Time is null)
        {
            if (x.Time is not null || y.Time is not null)
            {
                return x.Time is null ? 1 : -1;
            }

            var byDocument = string.CompareOrdinal(x.Primary.Document.Value, y.Primary.Document.Value);
            if (byDocument != 0)
            {
                return byDocument;
            }

            var byOffset = x.Primary.Sentence.Begin.CompareTo(y.Primary.Sentence.Begin);
            return byOffset != 0 ? byOffset : string.CompareOrdinal(x.Id.Value, y.Id.Value);
        }

        var result = x.Time.Start.CompareTo(y.Time.Start);
        if (result == 0)
        {
            result = x.Time.Days.CompareTo(y.Time.Days);
        }

        return result != 0 ? result : string.CompareOrdinal(x.Id.Value, y.Id.Value);
    }
}
