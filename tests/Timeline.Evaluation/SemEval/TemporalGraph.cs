namespace Timeline.Evaluation.SemEval;

/// <summary>The temporal closure of BEFORE/SIMULTANEOUS links between intervals, as the TempEval-3 timegraph computes it
/// for these two relations: SIMULTANEOUS merges intervals into one class (their start and end points are equal), BEFORE
/// orders classes (end of one &lt; start of the other), and a relation is entailed when it follows by transitivity.</summary>
/// <remarks>Built relation by relation like <c>create_timegraph_from_weight_sorted_relations</c> of UzZaman's
/// <c>relation_to_timegraph.py</c>: a relation already entailed by the earlier ones is redundant (it is left out of the
/// reduced graph), one that contradicts them is a violation (kept in the reduced graph, as the scorer keeps violations
/// for systems, but not added to the closure), any other one is added.</remarks>
internal sealed class TemporalGraph
{
    private readonly Dictionary<string, string> _parent = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _after = new(StringComparer.Ordinal);
    private readonly List<TemporalRelation> _reduced = [];
    private readonly HashSet<TemporalRelation> _stated = [];

    /// <summary>The reduced graph: the relations that were neither duplicates nor entailed when they were added, in
    /// input order, violations included.</summary>
    public IReadOnlyList<TemporalRelation> Reduced => _reduced;

    /// <summary>Builds the graph of <paramref name="relations"/> in their order.</summary>
    public static TemporalGraph Build(IEnumerable<TemporalRelation> relations)
    {
        var graph = new TemporalGraph();
        foreach (var relation in relations)
        {
            if (graph._stated.Add(relation))
            {
                graph.Add(relation);
            }
        }

        return graph;
    }

    /// <summary>Whether <paramref name="relation"/> was stated (also reversed, for SIMULTANEOUS) or is in the closure
    /// of the added relations: the scorer's test for a match.</summary>
    public bool Matches(TemporalRelation relation)
    {
        ArgumentNullException.ThrowIfNull(relation);
        return _stated.Contains(relation)
            || (relation.Type == RelationType.Simultaneous && _stated.Contains(relation with { From = relation.To, To = relation.From }))
            || Entails(relation);
    }

    /// <summary>Whether the closure of the added relations contains <paramref name="relation"/>.</summary>
    public bool Entails(TemporalRelation relation)
    {
        ArgumentNullException.ThrowIfNull(relation);
        if (!_parent.ContainsKey(relation.From) || !_parent.ContainsKey(relation.To))
        {
            return relation.Type == RelationType.Simultaneous && relation.From == relation.To;
        }

        var from = Find(relation.From);
        var to = Find(relation.To);
        return relation.Type == RelationType.Simultaneous ? from == to : Reaches(from, to);
    }

    private void Add(TemporalRelation relation)
    {
        if (Entails(relation))
        {
            return;
        }

        _reduced.Add(relation);
        if (Contradicts(relation))
        {
            return;
        }

        var from = Find(relation.From);
        var to = Find(relation.To);
        if (relation.Type == RelationType.Before)
        {
            Successors(from).Add(to);
            return;
        }

        // Merge the class of To into the class of From, with its successors and the links that pointed at it.
        _parent[to] = from;
        var merged = Successors(from);
        merged.UnionWith(Successors(to));
        _after.Remove(to);
        foreach (var successors in _after.Values)
        {
            if (successors.Remove(to))
            {
                successors.Add(from);
            }
        }
    }

    private bool Contradicts(TemporalRelation relation)
    {
        if (!_parent.ContainsKey(relation.From) || !_parent.ContainsKey(relation.To))
        {
            return relation.Type == RelationType.Before && relation.From == relation.To;
        }

        var from = Find(relation.From);
        var to = Find(relation.To);
        return relation.Type == RelationType.Before
            ? from == to || Reaches(to, from)
            : Reaches(from, to) || Reaches(to, from);
    }

    private string Find(string node)
    {
        if (!_parent.TryGetValue(node, out var parent))
        {
            _parent[node] = node;
            return node;
        }

        while (parent != node)
        {
            node = parent;
            parent = _parent[node];
        }

        return node;
    }

    private HashSet<string> Successors(string root)
    {
        if (!_after.TryGetValue(root, out var successors))
        {
            _after[root] = successors = new HashSet<string>(StringComparer.Ordinal);
        }

        return successors;
    }

    /// <summary>Whether a path of one or more BEFORE links leads from class <paramref name="from"/> to class
    /// <paramref name="to"/>.</summary>
    private bool Reaches(string from, string to)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(from);
        while (pending.Count > 0)
        {
            if (!_after.TryGetValue(pending.Pop(), out var successors))
            {
                continue;
            }

            foreach (var next in successors)
            {
                if (next == to)
                {
                    return true;
                }

                if (visited.Add(next))
                {
                    pending.Push(next);
                }
            }
        }

        return false;
    }
}
