using Timeline.Core.Events;
using Timeline.Core.Relations;

namespace Timeline.Core.Graph;

/// <summary>The fixed order in which snapshots are exported, so that the same graph gives the same bytes whatever
/// order a store returned it in.</summary>
public static class SnapshotOrder
{
    /// <summary>Dated events first, by start, then end, then id (ordinal); undated events last, by id.</summary>
    public static IComparer<Event> Events { get; } = Comparer<Event>.Create(CompareEvents);

    /// <summary>By source, type, target, title (ordinal, none first), evidence document, evidence begin and end.</summary>
    public static IComparer<Relation> Relations { get; } = Comparer<Relation>.Create(CompareRelations);

    private static int CompareEvents(Event? x, Event? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        if (x.Time is null != y.Time is null)
        {
            return x.Time is null ? 1 : -1;
        }

        if (x.Time is not null && y.Time is not null)
        {
            var byStart = x.Time.Start.CompareTo(y.Time.Start);
            if (byStart != 0)
            {
                return byStart;
            }

            var byEnd = x.Time.End.CompareTo(y.Time.End);
            if (byEnd != 0)
            {
                return byEnd;
            }
        }

        return string.CompareOrdinal(x.Id.Value, y.Id.Value);
    }

    private static int CompareRelations(Relation? x, Relation? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var order = string.CompareOrdinal(x.Source.Value, y.Source.Value);
        order = order != 0 ? order : x.Type.CompareTo(y.Type);
        order = order != 0 ? order : string.CompareOrdinal(x.Target.Value, y.Target.Value);
        order = order != 0 ? order : string.CompareOrdinal(x.Title, y.Title);
        order = order != 0 ? order : string.CompareOrdinal(x.Evidence.Document.Value, y.Evidence.Document.Value);
        order = order != 0 ? order : x.Evidence.Span.Begin.CompareTo(y.Evidence.Span.Begin);
        return order != 0 ? order : x.Evidence.Span.End.CompareTo(y.Evidence.Span.End);
    }
}
