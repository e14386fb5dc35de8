using System.Collections.Immutable;
using Timeline.Core.Actors;
using Timeline.Core.Relations;
using Timeline.Storage;

namespace Timeline.Query.Actors;

/// <summary>Expands an actor to everyone who stands for it: the sources of HOLDS_ROLE, PART_OF and MEMBER_OF relations
/// pointing at it, transitively (a minister of a ministry that is part of a government counts for the country).</summary>
public static class MemberExpansion
{
    /// <summary>The actor and all its members, sorted ordinally, asking the store only for the relations into the
    /// actors found so far, one level at a time: the cost grows with the members, not with the graph.</summary>
    public static async Task<ImmutableArray<ActorId>> ExpandAsync(IGraphStore store, ActorId actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var seen = new HashSet<string>(StringComparer.Ordinal) { actor.Value };
        List<ActorId> frontier = [actor];
        while (frontier.Count > 0)
        {
            var relations = await store.FindRelationsToAsync(frontier, cancellationToken).ConfigureAwait(false);
            frontier = [.. relations.Select(r => r.Source).Where(source => seen.Add(source.Value))];
        }

        return [.. seen.Order(StringComparer.Ordinal).Select(v => new ActorId(v))];
    }

    /// <summary>The actor and all its members, sorted ordinally.</summary>
    public static ImmutableArray<ActorId> Expand(ActorId actor, IEnumerable<Relation> relations)
    {
        ArgumentNullException.ThrowIfNull(relations);
        var membersOf = relations
            .GroupBy(r => r.Target.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Source).Distinct().ToArray(), StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal) { actor.Value };
        var queue = new Queue<ActorId>();
        queue.Enqueue(actor);
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            if (!membersOf.TryGetValue(current.Value, out var members))
            {
                continue;
            }

            foreach (var member in members)
            {
                if (seen.Add(member.Value))
                {
                    queue.Enqueue(member);
                }
            }
        }

        return [.. seen.Order(StringComparer.Ordinal).Select(v => new ActorId(v))];
    }
}
