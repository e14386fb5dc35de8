using System.Collections.Immutable;
using Timeline.Core.Actors;
using Timeline.Core.Documents;
using Timeline.Core.Events;
using Timeline.Core.Graph;
using Timeline.Core.Relations;

namespace Timeline.Export.Model;

/// <summary>A snapshot in the fixed order every exporter writes: actors, documents and relations sorted ordinally,
/// events in timeline order (start, width, id; undated last by id). Actors that events or relations name but the
/// snapshot lacks are added with their id as name, so no edge dangles.</summary>
internal sealed class SnapshotView
{
    public SnapshotView(GraphSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var actors = snapshot.Actors.ToDictionary(a => a.Id.Value, StringComparer.Ordinal);
        foreach (var id in snapshot.Events.SelectMany(e => e.Participants.Select(p => p.Actor))
                     .Concat(snapshot.Relations.SelectMany(r => new[] { r.Source, r.Target })))
        {
            if (!actors.ContainsKey(id.Value))
            {
                actors.Add(id.Value, new Actor(id, id.Value, ActorKind.Group, []));
            }
        }

        Actors = [.. actors.Values.OrderBy(a => a.Id.Value, StringComparer.Ordinal)];
        Documents = [.. snapshot.Documents.OrderBy(d => d.Id.Value, StringComparer.Ordinal)];
        Relations =
        [
            .. snapshot.Relations
                .OrderBy(r => r.Source.Value, StringComparer.Ordinal)
                .ThenBy(r => r.Type)
                .ThenBy(r => r.Target.Value, StringComparer.Ordinal)
                .ThenBy(r => r.Evidence.Document.Value, StringComparer.Ordinal)
                .ThenBy(r => r.Evidence.Span.Begin)
                .ThenBy(r => r.Title ?? string.Empty, StringComparer.Ordinal),
        ];
        var events = snapshot.Events.ToArray();
        Array.Sort(events, CompareEvents);
        Events = ImmutableArray.Create(events);
        Names = Actors.ToDictionary(a => a.Id.Value, a => a.Name, StringComparer.Ordinal);
    }

    public ImmutableArray<Actor> Actors { get; }

    public ImmutableArray<DocumentInfo> Documents { get; }

    public ImmutableArray<Relation> Relations { get; }

    public ImmutableArray<Event> Events { get; }

    public IReadOnlyDictionary<string, string> Names { get; }

    public int ParticipationCount => Events.Sum(e => e.Participants.Length);

    public string NameOf(ActorId id) => Names.TryGetValue(id.Value, out var name) ? name : id.Value;

    public static int CompareEvents(Event? x, Event? y)
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
}
