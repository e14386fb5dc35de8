using System.Collections.Immutable;
using Timeline.Core.Events;
using Timeline.Core.Graph;

namespace Timeline.Export.Model;

/// <summary>The actor graph of the HTML page: the most connected actors (by shared events), joined when they share
/// events, placed by a deterministic force-directed layout (Fruchterman–Reingold from a circle, fixed iterations).</summary>
internal sealed record ActorLayout(ImmutableArray<LayoutNode> Nodes, ImmutableArray<LayoutEdge> Edges)
{
    public const double Size = 600;

    public static ActorLayout Of(SnapshotView view, int maxActors) => Of(view.EventsWith(EventParts.Participants), view.Names, maxActors);

    /// <summary>The layout of <paramref name="events"/> (only their participants are used), with actor names from
    /// <paramref name="names"/>.</summary>
    public static ActorLayout Of(IEnumerable<Event> events, IReadOnlyDictionary<string, string> names, int maxActors)
    {
        var weights = new Dictionary<(string, string), int>();
        var degree = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            var actors = e.Participants.Where(p => p.Role != ParticipantRole.Location).Select(p => p.Actor.Value)
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            for (var i = 0; i < actors.Length; i++)
            {
                degree[actors[i]] = degree.GetValueOrDefault(actors[i]) + 1;
                for (var j = i + 1; j < actors.Length; j++)
                {
                    weights[(actors[i], actors[j])] = weights.GetValueOrDefault((actors[i], actors[j])) + 1;
                }
            }
        }

        var chosen = degree.OrderByDescending(d => d.Value).ThenBy(d => d.Key, StringComparer.Ordinal)
            .Take(maxActors).Select(d => d.Key).Order(StringComparer.Ordinal).ToArray();
        var index = chosen.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        var edges = weights.Where(w => index.ContainsKey(w.Key.Item1) && index.ContainsKey(w.Key.Item2))
            .OrderBy(w => w.Key.Item1, StringComparer.Ordinal).ThenBy(w => w.Key.Item2, StringComparer.Ordinal)
            .Select(w => (A: index[w.Key.Item1], B: index[w.Key.Item2], Weight: w.Value)).ToArray();
        var positions = Place(chosen.Length, edges);
        return new ActorLayout(
            [.. chosen.Select((id, i) => new LayoutNode(id, names.TryGetValue(id, out var n) ? n : id,
                Math.Round(positions[i].X, 1), Math.Round(positions[i].Y, 1), degree[id]))],
            [.. edges.Select(e => new LayoutEdge(chosen[e.A], chosen[e.B], e.Weight))]);
    }

    private static (double X, double Y)[] Place(int n, (int A, int B, int Weight)[] edges)
    {
        var center = Size / 2;
        var radius = Size * 0.4;
        var positions = Enumerable.Range(0, n)
            .Select(i => (X: center + radius * Math.Cos(2 * Math.PI * i / Math.Max(1, n)), Y: center + radius * Math.Sin(2 * Math.PI * i / Math.Max(1, n))))
            .ToArray();
        if (n < 3)
        {
            return positions;
        }

        var k = Math.Sqrt(Size * Size / n) * 0.6;
        var temperature = Size / 10;
        for (var iteration = 0; iteration < 150; iteration++)
        {
            var shift = new (double X, double Y)[n];
            for (var i = 0; i < n; i++)
            {
                for (var j = i + 1; j < n; j++)
                {
                    var dx = positions[i].X - positions[j].X;
                    var dy = positions[i].Y - positions[j].Y;
                    var distance = Math.Max(0.01, Math.Sqrt(dx * dx + dy * dy));
                    var force = k * k / distance;
                    shift[i] = (shift[i].X + dx / distance * force, shift[i].Y + dy / distance * force);
                    shift[j] = (shift[j].X - dx / distance * force, shift[j].Y - dy / distance * force);
                }
            }

            foreach (var (a, b, _) in edges)
            {
                var dx = positions[a].X - positions[b].X;
                var dy = positions[a].Y - positions[b].Y;
                var distance = Math.Max(0.01, Math.Sqrt(dx * dx + dy * dy));
                var force = distance * distance / k;
                shift[a] = (shift[a].X - dx / distance * force, shift[a].Y - dy / distance * force);
                shift[b] = (shift[b].X + dx / distance * force, shift[b].Y + dy / distance * force);
            }

            for (var i = 0; i < n; i++)
            {
                var length = Math.Max(0.01, Math.Sqrt(shift[i].X * shift[i].X + shift[i].Y * shift[i].Y));
                var step = Math.Min(length, temperature);
                positions[i] = (
                    Math.Clamp(positions[i].X + shift[i].X / length * step, 40, Size - 40),
                    Math.Clamp(positions[i].Y + shift[i].Y / length * step, 30, Size - 30));
            }

            temperature *= 0.97;
        }

        return positions;
    }
}
