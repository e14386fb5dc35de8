using System.Collections.Immutable;
using Timeline.Core.Actors;
using Timeline.Core.Graph;
using Timeline.Core.Relations;
using Timeline.Query.Timelines;
using Timeline.Storage;

namespace Timeline.Query.Actors;

/// <summary>Builds <see cref="ActorProfile"/>s (the <c>timeline actor</c> command).</summary>
public static class ActorProfileService
{
    /// <summary>The profile of the actor named <paramref name="nameOrId"/> within <paramref name="window"/>.</summary>
    /// <exception cref="Timeline.Core.InputException">No actor has that name.</exception>
    public static async Task<ActorProfile> GetAsync(
        IGraphStore store, string nameOrId, SnapshotWindow window, int topCounterparts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(window);
        var actor = await ActorResolver.ResolveAsync(store, nameOrId, cancellationToken).ConfigureAwait(false);
        var snapshot = await store.LoadSnapshotAsync(window, cancellationToken).ConfigureAwait(false);
        return Build(snapshot, actor, topCounterparts);
    }

    /// <summary>The profile of <paramref name="actor"/> in a snapshot.</summary>
    public static ActorProfile Build(GraphSnapshot snapshot, Actor actor, int topCounterparts)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(actor);
        var names = snapshot.Actors.ToDictionary(a => a.Id.Value, a => a.Name, StringComparer.Ordinal);
        string NameOf(ActorId id) => names.TryGetValue(id.Value, out var name) ? name : id.Value;

        var events = snapshot.Events.Where(e => e.Participants.Any(p => p.Actor == actor.Id)).ToList();
        var byType = events.GroupBy(e => e.Type).OrderBy(g => g.Key).Select(g => new TypeCount(g.Key, g.Count()));
        var byRole = events.SelectMany(e => e.Participants.Where(p => p.Actor == actor.Id).Select(p => p.Role).Distinct())
            .GroupBy(r => r).OrderBy(g => g.Key).Select(g => new RoleCount(g.Key, g.Count()));
        var dated = events.Where(e => e.Time is not null).Select(e => e.Time!).ToList();
        var counterparts = events
            .SelectMany(e => e.Participants.Select(p => p.Actor).Where(a => a != actor.Id).Distinct())
            .GroupBy(a => a.Value, StringComparer.Ordinal)
            .Select(g => new Counterpart(new ActorId(g.Key), NameOf(new ActorId(g.Key)), g.Count()))
            .OrderByDescending(c => c.SharedEvents).ThenBy(c => c.Actor.Value, StringComparer.Ordinal)
            .Take(Math.Max(0, topCounterparts));

        return new ActorProfile(
            actor,
            Aggregate(snapshot.Relations.Where(r => r.Source == actor.Id), r => r.Target, NameOf),
            Aggregate(snapshot.Relations.Where(r => r.Target == actor.Id), r => r.Source, NameOf),
            events.Count,
            [.. byType],
            [.. byRole],
            dated.Count == 0 ? null : dated.Min(t => t.Start),
            dated.Count == 0 ? null : dated.Max(t => t.End),
            [.. counterparts]);
    }

    private static ImmutableArray<ActorRole> Aggregate(
        IEnumerable<Relation> relations, Func<Relation, ActorId> other, Func<ActorId, string> nameOf) =>
    [
        .. relations
            .GroupBy(r => (r.Type, Other: other(r).Value, Title: r.Title ?? string.Empty))
            .Select(g =>
            {
                var dates = g.Where(r => r.Since is not null).Select(r => r.Since!.Value).ToList();
                var otherId = new ActorId(g.Key.Other);
                return new ActorRole(
                    g.Key.Type,
                    otherId,
                    nameOf(otherId),
                    g.Key.Title.Length == 0 ? null : g.Key.Title,
                    dates.Count == 0 ? null : dates.Min(),
                    dates.Count == 0 ? null : dates.Max(),
                    g.Count());
            })
            .OrderBy(r => r.Type)
            .ThenBy(r => r.Other.Value, StringComparer.Ordinal)
            .ThenBy(r => r.Title ?? string.Empty, StringComparer.Ordinal),
    ];
}
