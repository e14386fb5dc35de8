using System.Collections.Immutable;
using QuikGraph;
using QuikGraph.Algorithms.ConnectedComponents;
using QuikGraph.Algorithms.Observers;
using QuikGraph.Algorithms.Ranking;
using QuikGraph.Algorithms.Search;
using Timeline.Core.Actors;
using Timeline.Core.Events;
using Timeline.Core.Graph;
using Timeline.Core.Relations;

namespace Timeline.Query.Exploration;

/// <summary>The undirected actor graph of a snapshot: two actors are adjacent when they share an event (locations
/// excluded) or a relation. Vertices and edges are inserted in ordinal order so every algorithm is deterministic.
/// QuikGraph stays inside this class.</summary>
internal sealed class ActorGraph
{
    private readonly UndirectedGraph<string, TaggedEdge<string, ActorLink>> _graph = new(allowParallelEdges: false);
    private readonly Dictionary<string, Actor> _actors;

    public ActorGraph(GraphSnapshot snapshot)
    {
        _actors = snapshot.Actors.ToDictionary(a => a.Id.Value, StringComparer.Ordinal);
        var events = new SortedDictionary<(string, string), List<Event>>(PairComparer.Instance);
        var relations = new SortedDictionary<(string, string), List<Relation>>(PairComparer.Instance);
        foreach (var e in snapshot.Events)
        {
            var actors = e.Participants.Where(p => p.Role != ParticipantRole.Location).Select(p => p.Actor.Value)
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            for (var i = 0; i < actors.Length; i++)
            {
                for (var j = i + 1; j < actors.Length; j++)
                {
                    Add(events, (actors[i], actors[j]), e);
                }
            }
        }

        foreach (var r in snapshot.Relations)
        {
            if (r.Source != r.Target)
            {
                Add(relations, Pair(r.Source.Value, r.Target.Value), r);
            }
        }

        foreach (var id in _actors.Keys.Order(StringComparer.Ordinal))
        {
            _graph.AddVertex(id);
        }

        foreach (var pair in events.Keys.Union(relations.Keys).Order(PairComparer.Instance))
        {
            _graph.AddVerticesAndEdge(new TaggedEdge<string, ActorLink>(
                pair.Item1,
                pair.Item2,
                new ActorLink(
                    events.TryGetValue(pair, out var shared) ? [.. shared] : [],
                    relations.TryGetValue(pair, out var related) ? [.. related] : [])));
        }
    }

    public bool Contains(ActorId actor) => _graph.ContainsVertex(actor.Value);

    public string NameOf(string id) => _actors.TryGetValue(id, out var actor) ? actor.Name : id;

    public ActorKind KindOf(string id) => _actors.TryGetValue(id, out var actor) ? actor.Kind : ActorKind.Group;

    /// <summary>A shortest path (fewest hops; ties broken by ordinal vertex order) as edges from root to target.</summary>
    public IReadOnlyList<(string From, string To, ActorLink Link)>? ShortestPath(string root, string target)
    {
        var predecessors = BreadthFirst(root);
        if (!predecessors.TryGetPath(target, out var path))
        {
            return null;
        }

        var steps = new List<(string, string, ActorLink)>();
        var current = root;
        foreach (var edge in path)
        {
            var next = edge.Source == current ? edge.Target : edge.Source;
            steps.Add((current, next, edge.Tag));
            current = next;
        }

        return steps;
    }

    /// <summary>Every vertex reachable from <paramref name="root"/> within <paramref name="maxHops"/>, with its
    /// distance and the vertex before it.</summary>
    public IEnumerable<(string Vertex, int Distance, string Via, ActorLink Link)> Neighbours(string root, int maxHops)
    {
        var predecessors = BreadthFirst(root);
        foreach (var vertex in _graph.Vertices.Where(v => v != root))
        {
            if (predecessors.TryGetPath(vertex, out var path))
            {
                var edges = path.ToList();
                if (edges.Count <= maxHops)
                {
                    var last = edges[^1];
                    yield return (vertex, edges.Count, last.Source == vertex ? last.Target : last.Source, last.Tag);
                }
            }
        }
    }

    public IEnumerable<(string Vertex, int Degree, int Weight)> Degrees() =>
        _graph.Vertices.Select(v => (v, _graph.AdjacentDegree(v),
            _graph.AdjacentEdges(v).Sum(e => e.Tag.Events.Length + e.Tag.Relations.Length)));

    /// <summary>PageRank on the symmetric directed version of the graph.</summary>
    public IDictionary<string, double> PageRank()
    {
        var directed = new BidirectionalGraph<string, Edge<string>>(allowParallelEdges: false);
        directed.AddVertexRange(_graph.Vertices);
        foreach (var edge in _graph.Edges)
        {
            directed.AddEdge(new Edge<string>(edge.Source, edge.Target));
            directed.AddEdge(new Edge<string>(edge.Target, edge.Source));
        }

        var algorithm = new PageRankAlgorithm<string, Edge<string>>(directed) { Damping = 0.85, Tolerance = 1e-10, MaxIterations = 200 };
        algorithm.Compute();
        var total = algorithm.Ranks.Values.Sum();
        return algorithm.Ranks.ToDictionary(r => r.Key, r => total > 0 ? r.Value / total : 0, StringComparer.Ordinal);
    }

    /// <summary>Connected components, largest first, then by smallest member.</summary>
    public ImmutableArray<ImmutableArray<string>> Components()
    {
        var algorithm = new ConnectedComponentsAlgorithm<string, TaggedEdge<string, ActorLink>>(_graph);
        algorithm.Compute();
        return
        [
            .. algorithm.Components
                .GroupBy(c => c.Value, c => c.Key)
                .Select(g => g.Order(StringComparer.Ordinal).ToImmutableArray())
                .OrderByDescending(m => m.Length)
                .ThenBy(m => m[0], StringComparer.Ordinal),
        ];
    }

    private UndirectedVertexPredecessorRecorderObserver<string, TaggedEdge<string, ActorLink>> BreadthFirst(string root)
    {
        var search = new UndirectedBreadthFirstSearchAlgorithm<string, TaggedEdge<string, ActorLink>>(_graph);
        var recorder = new UndirectedVertexPredecessorRecorderObserver<string, TaggedEdge<string, ActorLink>>();
        using (recorder.Attach(search))
        {
            search.Compute(root);
        }

        return recorder;
    }

    private static (string, string) Pair(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);

    private static void Add<T>(SortedDictionary<(string, string), List<T>> map, (string, string) key, T value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map.Add(key, list);
        }

        list.Add(value);
    }

    private sealed class PairComparer : IComparer<(string, string)>
    {
        public static readonly PairComparer Instance = new();

        public int Compare((string, string) x, (string, string) y)
        {
            var first = string.CompareOrdinal(x.Item1, y.Item1);
            return first != 0 ? first : string.CompareOrdinal(x.Item2, y.Item2);
        }
    }
}
