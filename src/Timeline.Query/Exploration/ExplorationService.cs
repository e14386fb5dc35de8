using System.Collections.Immutable;
using Timeline.Core.Actors;
using Timeline.Core.Graph;
using Timeline.Core.Relations;
using Timeline.Query.Actors;
using Timeline.Storage;

namespace Timeline.Query.Exploration;

/// <summary>Relationship exploration on the actor graph of a window (the <c>timeline path</c> and
/// <c>timeline neighbours</c> commands): two actors are adjacent when they share an event or a relation.</summary>
public static class ExplorationService
{
    /// <summary>A shortest path between two named actors within <paramref name="window"/>.</summary>
    /// <exception cref="Timeline.Core.InputException">A name is unknown.</exception>
    public static async Task<ActorPath> PathAsync(
        IGraphStore store, string from, string to, SnapshotWindow window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var (snapshot, first) = await LoadAsync(store, from, window, cancellationToken).ConfigureAwait(false);
        var second = await ActorResolver.ResolveAsync(store, to, cancellationToken).ConfigureAwait(false);
        return Path(snapshot, first.Id, second.Id);
    }

    /// <summary>Actors within <paramref name="hops"/> hops of a named actor, by distance, then id.</summary>
    public static async Task<ImmutableArray<Neighbour>> NeighboursAsync(
        IGraphStore store, string actor, int hops, SnapshotWindow window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var (snapshot, resolved) = await LoadAsync(store, actor, window, cancellationToken).ConfigureAwait(false);
        return Neighbours(snapshot, resolved.Id, hops);
    }

    /// <summary>Degree and PageRank of every actor within <paramref name="window"/>, highest PageRank first.</summary>
    public static async Task<ImmutableArray<ActorCentrality>> CentralityAsync(
        IGraphStore store, SnapshotWindow window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        return Centrality(await store.LoadSnapshotAsync(window, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Connected components of the actor graph within <paramref name="window"/>.</summary>
    public static async Task<ImmutableArray<ActorComponent>> ComponentsAsync(
        IGraphStore store, SnapshotWindow window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        return Components(await store.LoadSnapshotAsync(window, cancellationToken).ConfigureAwait(false));
    }

    public static ActorPath Path(GraphSnapshot snapshot, ActorId from, ActorId to)
    {
        var graph = new ActorGraph(snapshot ?? throw new ArgumentNullException(nameof(snapshot)));
        if (from == to)
        {
            return new ActorPath(from, to, graph.Contains(from), []);
        }

        if (!graph.Contains(from) || !graph.Contains(to))
        {
            return new ActorPath(from, to, false, []);
        }

        var steps = graph.ShortestPath(from.Value, to.Value);
        return steps is null
            ? new ActorPath(from, to, false, [])
            : new ActorPath(from, to, true, [.. steps.Select(s => ToStep(graph, s.From, s.To, s.Link))]);
    }

    public static ImmutableArray<Neighbour> Neighbours(GraphSnapshot snapshot, ActorId actor, int hops)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentOutOfRangeException.ThrowIfLessThan(hops, 1);
        var graph = new ActorGraph(snapshot);
        if (!graph.Contains(actor))
        {
            return [];
        }

        return
        [
            .. graph.Neighbours(actor.Value, hops)
                .Select(n => new Neighbour(
                    new ActorId(n.Vertex), graph.NameOf(n.Vertex), graph.KindOf(n.Vertex), n.Distance, new ActorId(n.Via), n.Link.Events.Length))
                .OrderBy(n => n.Distance)
                .ThenBy(n => n.Actor.Value, StringComparer.Ordinal),
        ];
    }

    public static ImmutableArray<ActorCentrality> Centrality(GraphSnapshot snapshot)
    {
        var graph = new ActorGraph(snapshot ?? throw new ArgumentNullException(nameof(snapshot)));
        var ranks = graph.PageRank();
        var components = graph.Components();
        var componentOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < components.Length; i++)
        {
            foreach (var member in components[i])
            {
                componentOf[member] = i;
            }
        }

        return
        [
            .. graph.Degrees()
                .Select(d => new ActorCentrality(
                    new ActorId(d.Vertex),
                    graph.NameOf(d.Vertex),
                    d.Degree,
                    d.Weight,
                    Math.Round(ranks.TryGetValue(d.Vertex, out var rank) ? rank : 0, 6),
                    componentOf[d.Vertex]))
                .OrderByDescending(c => c.PageRank)
                .ThenByDescending(c => c.Degree)
                .ThenBy(c => c.Actor.Value, StringComparer.Ordinal),
        ];
    }

    public static ImmutableArray<ActorComponent> Components(GraphSnapshot snapshot)
    {
        var graph = new ActorGraph(snapshot ?? throw new ArgumentNullException(nameof(snapshot)));
        return [.. graph.Components().Select((members, i) => new ActorComponent(i, [.. members.Select(m => new ActorId(m))]))];
    }

    private static async Task<(GraphSnapshot Snapshot, Actor Actor)> LoadAsync(
        IGraphStore store, string name, SnapshotWindow window, CancellationToken cancellationToken)
    {
        var actor = await ActorResolver.ResolveAsync(store, name, cancellationToken).ConfigureAwait(false);
        var snapshot = await store.LoadSnapshotAsync(window, cancellationToken).ConfigureAwait(false);
        return (snapshot, actor);
    }

    private static PathStep ToStep(ActorGraph graph, string from, string to, ActorLink link)
    {
        var first = link.Events.Where(e => e.Time is not null).OrderBy(e => e.Time!.Start).FirstOrDefault() ?? link.Events.FirstOrDefault();
        if (first is not null)
        {
            return new PathStep(
                new ActorId(from), graph.NameOf(from), new ActorId(to), graph.NameOf(to), "event",
                first.Id.Value, first.Time?.Start, link.Events.Length);
        }

        var relation = link.Relations[0];
        return new PathStep(
            new ActorId(from), graph.NameOf(from), new ActorId(to), graph.NameOf(to), relation.Type.ToWire(),
            relation.Title ?? relation.Type.ToWire(), relation.Since, 0);
    }
}
