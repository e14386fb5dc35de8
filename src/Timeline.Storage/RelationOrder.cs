using Timeline.Core.Graph;
using Timeline.Core.Relations;

namespace Timeline.Storage;

/// <summary>The order of relations in a snapshot: <see cref="SnapshotOrder.Relations"/>.</summary>
public static class RelationOrder
{
    public static IComparer<Relation> Instance => SnapshotOrder.Relations;
}
