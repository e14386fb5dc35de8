using Timeline.Core.Relations;

namespace Timeline.Storage;

/// <summary>The order of relations in a snapshot: source, type, target, title (ordinal, null first), then evidence
/// document, start and end.</summary>
public sealed class RelationOrder : IComparer<Relation>
{
    public static RelationOrder Instance { get; } = new();

    private RelationOrder()
    {
    }

    public int Compare(Relation? x, Relation? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        var result = string.CompareOrdinal(x.Source.Value, y.Source.Value);
        if (result == 0)
        {
            result = x.Type.CompareTo(y.Type);
        }

        if (result == 0)
        {
            result = string.CompareOrdinal(x.Target.Value, y.Target.Value);
        }

        if (result == 0)
        {
            result = string.CompareOrdinal(x.Title, y.Title);
        }

        if (result == 0)
        {
            result = string.CompareOrdinal(x.Evidence.Document.Value, y.Evidence.Document.Value);
        }

        if (result == 0)
        {
            result = x.Evidence.Span.Begin.CompareTo(y.Evidence.Span.Begin);
        }

        return result != 0 ? result : x.Evidence.Span.End.CompareTo(y.Evidence.Span.End);
    }
}
